import { type Classification, codesNamed } from '../templates/index.js';
import { codePart, withoutRowNumber } from '../text/lexicon.js';

/**
 * A grid row's key from its printed codes and its name. The codes a row prints are its key — unless
 * they contradict the code its name determines: a class code printed "7" where 卫生健康支出 is 210, a
 * block of 款 codes that are row numbers (01, 02, 03 where the names say 11, 15, 99). Then the row is
 * read by its name (so that its sums, the other tables and the prose meet it where it belongs) and
 * the printed codes are kept on the row for the rule that reports them (classification.printed_codes).
 *
 * A name determines a code only when the 政府收支分类科目 dictionary gives it exactly one code in its
 * place: of the table's classification, and for a 款 or 项 under the row's parent as the rows above
 * establish it (行政运行 is a 项 of many 款), and with no other row of the block printing that
 * code for a name it fits (two rows claiming one code: the name may be the wrong one — the
 * code-names rule speaks about it). Rows whose names the dictionary does not know keep their printed
 * codes, but for the parent digits of a parent this block was seen to misprint.
 */

export interface RowCodes {
  /** The code parts the row is keyed by: 类, 款, 项 ("210", "15", "01"). */
  parts: string[];
  /** The codes as printed, when they are not the key ("7", "210 01"). */
  printed?: string;
}

/** Code parts printed without their class (a 2-digit first part) completed from the row above. */
function completed(codes: readonly string[], context: readonly string[]): string[] | undefined {
  if ((codes[0] ?? '').length !== 2) return [...codes];
  if (context.length === 0) return undefined;
  return [...context.slice(0, Math.max(1, Math.min(context.length, 3 - codes.length))), ...codes];
}

const splitCode = (code: string): string[] => [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].filter(Boolean);

/** The distinct codes a name stood for in any year, in one classification. */
function namedCodes(label: string, classification: Classification): string[] {
  return [...new Set(codesNamed(label, { classification }).map((n) => n.entry.code))];
}

/**
 * The one code a name determines in its place: a class by its name alone; a 款 or 项 only under the
 * parent the rows above establish (context: their key parts) — the dictionary holds the 款 and 项 the
 * documents print, not the whole classification, so a name is not moved to another parent on its word.
 */
function codeInPlace(candidates: readonly string[], context: readonly string[], length?: number): string | undefined {
  const above = context.join('');
  const here = candidates.filter((c) => c.length === 3 || above.startsWith(c.slice(0, c.length - 2)));
  // A name a 款 and its 项 share (其他卫生健康支出: 21099, 2109999): the level the row prints tells.
  const level = here.length > 1 && length ? here.filter((c) => c.length === length) : here;
  return level.length === 1 ? level[0] : undefined;
}

/** Code parts of the shape a code has: a 类 of three digits, then 款 and 项 of two. */
const wellFormed = (parts: readonly string[]) => parts.every((p, i) => p.length === (i === 0 ? 3 : 2));

/**
 * Keys the rows of one table block in printed order. `held`: the codes some row of the block prints
 * for a name they fit (or for a name the dictionary does not know) — a name is not read as a code
 * another row holds.
 */
export class BlockCodes {
  private context: string[] = [];
  /** The codes this block's rows were keyed by: a code keys one row of a block. */
  private readonly keyed = new Set<string>();
  /** Printed code prefixes this block misprinted, and what the names read them as ("21001" → "21011"). */
  private readonly misprinted = new Map<string, string>();

  constructor(
    private readonly classification: Classification | undefined,
    private readonly held: ReadonlySet<string>,
  ) {}

  /** The codes of every row of a block as printed, that their names fit or that no name contradicts. */
  static held(rows: readonly { codes: readonly string[]; label: string }[], classification?: Classification) {
    const held = new Set<string>();
    let context: string[] = [];
    for (const r of rows) {
      if (r.codes.length === 0) continue;
      const parts = completed(withoutRowNumber(r.codes), context);
      if (!parts) continue;
      context = parts;
      const key = parts.join('');
      const named = classification ? namedCodes(r.label, classification) : [];
      if (named.length === 0 || named.includes(key)) held.add(key);
    }
    return held;
  }

  /** The key parts of a row with printed codes; undefined when 款/项 codes have no class above them. */
  key(printedCodes: readonly string[], label: string): RowCodes | undefined {
    const codes = withoutRowNumber(printedCodes);
    const asPrinted = completed(codes, this.context);
    const printed = codes.join(' ');
    const named = this.classification ? namedCodes(label, this.classification) : [];
    // A one-digit first code may be a 款 or 项 stored as a number (05 printed 5) in its own column.
    const padded =
      (codes[0] ?? '').length === 1
        ? completed([codePart(codes[0] ?? ''), ...codes.slice(1)], this.context)
        : undefined;
    const fits = [asPrinted, padded].find((p) => p && named.includes(p.join('')));
    const length = asPrinted && wellFormed(asPrinted) ? asPrinted.join('').length : undefined;
    const code = fits ? undefined : codeInPlace(named, this.context, length);
    let result: RowCodes | undefined;
    if (fits) result = { parts: fits };
    else if (code && !this.held.has(code)) {
      result = { parts: splitCode(code), printed };
      if (asPrinted) this.misprinted.set(asPrinted.join(''), code);
    } else if (asPrinted) {
      // A name the dictionary does not place: its own code as printed, under its parent as read.
      const parent = asPrinted.slice(0, -1).join('');
      const read = parent ? this.misprinted.get(parent) : undefined;
      result = read ? { parts: [...splitCode(read), ...asPrinted.slice(-1)], printed } : { parts: asPrinted };
    }
    if (result) this.settle(result.parts);
    return result;
  }

  /**
   * The key of a row that prints no code (a sheet with names only, indented by level): the one code its
   * name has in its place (see codeInPlace), no other row of the block keyed by it — 其他卫生健康支出 is
   * 21099 and 2109999, and the 项 follows its 款. Undefined when the name places no row.
   */
  byName(label: string): RowCodes | undefined {
    if (!this.classification) return undefined;
    const named = namedCodes(label, this.classification).filter((c) => !this.keyed.has(c));
    const code = codeInPlace(named, this.context);
    if (!code) return undefined;
    const parts = splitCode(code);
    this.settle(parts);
    return { parts };
  }

  private settle(parts: string[]): void {
    this.context = parts;
    this.keyed.add(parts.join(''));
  }
}
