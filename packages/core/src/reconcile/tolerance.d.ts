import { type Fen, type Unit } from '../model/amount.js';
import type { PrintedAmount, PrintedPercent } from '../model/claim.js';
import type { Quantity } from '../model/finding.js';
/**
 * Tolerances that fit the documents. Prose prints 万元 with 0–2 decimals: it matches a table amount
 * when it equals that amount rounded to the printed precision. Truncating instead of rounding
 * (833.12 for 8,331,275 元) is an info, not an error. Percentages match to their printed precision,
 * computed over the whole range the rounded amounts they come from allow.
 */
export type AmountMatch = 'match' | 'truncated' | 'mismatch';
/** One step of the printed precision, in fen (0.01 万元 = 10,000 fen). */
export declare function stepOf(a: Pick<PrintedAmount, 'unit' | 'decimals'>): number;
export declare function matchPrinted(printed: PrintedAmount, fen: Fen): AmountMatch;
export declare function toleranceText(printed: Pick<PrintedAmount, 'unit' | 'decimals'>): {
  zh: string;
  en: string;
};
/** The exact range of values a printed (rounded) amount may stand for. */
export declare function rangeOf(a: PrintedAmount): [number, number];
/** Does Σ parts agree with the total, given that every printed amount was rounded? */
export declare function sumAgrees(parts: readonly PrintedAmount[], total: PrintedAmount): boolean;
/** Does a stated percentage follow from change / base, given the roundings of both? */
export declare function percentAgrees(
  stated: PrintedPercent,
  change: [number, number],
  base: [number, number],
): boolean;
/** A printed amount as a finding quantity. */
export declare function printedQuantity(a: PrintedAmount): Quantity;
/** A table amount shown in the unit and precision of the prose it is compared with. */
export declare function tableQuantity(fen: Fen, like: Pick<PrintedAmount, 'unit' | 'decimals'>): Quantity;
export declare function showAmount(fen: Fen, unit: Unit, decimals?: number): string;
/**
 * A total against the sum of its printed parts. Tables in 元 must add up exactly; tables printed in
 * 万元 to two decimals (决算 tables, 三公) round every amount, so the sum may differ from the printed
 * total by up to half a unit per amount involved — a rounding difference, not a mistake.
 */
export declare function sumVerdict(
  sum: Fen,
  printed: Fen | null,
  parts: number,
  unit: Unit,
): 'exact' | 'rounding' | 'mismatch';
//# sourceMappingURL=tolerance.d.ts.map
