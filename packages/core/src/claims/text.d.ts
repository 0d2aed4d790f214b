import type { PrintedAmount, PrintedPercent, StatedChange, TextSpan } from '../model/claim.js';
import type { Paragraph } from '../model/document.js';
/**
 * The vocabulary every claim pattern shares: amounts in 万元 ("1,945万元", "70.00万", "为0"),
 * percentages, and change phrases ("比2024年预算减少1,945万元，减少20.59%", "与2024年预算持平").
 * Pattern sources are strings so patterns can be composed; PDF text may carry spaces inside numbers
 * and words ("下属 5 家"), which the paragraph text keeps — patterns allow them where seen.
 */
export declare const NUM: string;
/** An amount with its unit: 万元, a bare 万 (seen: "70.00万"), or 元. */
export declare const AMOUNT: string;
/** Parses "1,945万元" / "70.00万" / "0" (a bare zero, as in "预算为0") into a printed amount. */
export declare function printedAmount(text: string): PrintedAmount | undefined;
export declare function printedPercent(text: string): PrintedPercent | undefined;
/**
 * A change against another year, right after the quantity it is about:
 * "比2024年预算减少1,945万元", "比2023年预算执行数增加46.19%", "与2024年预算持平",
 * "比2025年预算减少1364.7万元，减少20.59%".
 */
export declare const CHANGE: RegExp;
export declare function parseChange(text: string):
  | {
      change: StatedChange;
      length: number;
    }
  | undefined;
/** Where a character range of a paragraph is: section/paragraph indexes, page and box from its pieces. */
export declare function spanOf(p: Paragraph, section: number, paragraph: number, start: number, end: number): TextSpan;
/** The sentence around a position: from the previous 。；！？ to the next one. */
export declare function sentenceAround(
  text: string,
  start: number,
  end: number,
): {
  start: number;
  end: number;
};
//# sourceMappingURL=text.d.ts.map
