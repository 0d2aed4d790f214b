import { FEN_PER, type Fen, formatAmount, roundTo, truncateTo, type Unit } from '../model/amount.js';
import { type Bilingual, bi } from '../model/bilingual.js';
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
export function stepOf(a: Pick<PrintedAmount, 'unit' | 'decimals'>): number {
  return Math.max(1, FEN_PER[a.unit] / 10 ** a.decimals);
}

export function matchPrinted(printed: PrintedAmount, fen: Fen): AmountMatch {
  if (roundTo(fen, printed.unit, printed.decimals) === printed.fen) return 'match';
  if (truncateTo(fen, printed.unit, printed.decimals) === printed.fen) return 'truncated';
  return 'mismatch';
}

/**
 * A printed change against two amounts of different documents (this year's and the year before's):
 * it agrees when it is their exact difference rounded to its precision, or the difference of the two
 * amounts each rounded to that precision first (18,976.76 − 15,621.11 = 3,355.65 while the exact
 * difference rounds to 3,355.64): both are how authors compute it, neither is a mistake.
 */
export function matchDifference(printed: PrintedAmount, now: Fen, then: Fen): AmountMatch {
  const exact = matchPrinted(printed, Math.abs(now - then));
  if (exact !== 'mismatch') return exact;
  const rounded = Math.abs(
    roundTo(now, printed.unit, printed.decimals) - roundTo(then, printed.unit, printed.decimals),
  );
  return rounded === printed.fen ? 'match' : 'mismatch';
}

export function toleranceText(printed: Pick<PrintedAmount, 'unit' | 'decimals'>): { zh: string; en: string } {
  return {
    zh: `按${printed.unit}保留${printed.decimals}位小数四舍五入`,
    // "rounded to 0.01 万元", "rounded to 1 万元": the step, never "1 decimals".
    en: `rounded to ${printed.decimals > 0 ? (10 ** -printed.decimals).toFixed(printed.decimals) : '1'} ${printed.unit}`,
  };
}

/** The exact range of values a printed (rounded) amount may stand for. */
export function rangeOf(a: PrintedAmount): [number, number] {
  const half = stepOf(a) / 2;
  return [a.fen - half, a.fen + half];
}

/** Does Σ parts agree with the total, given that every printed amount was rounded? */
export function sumAgrees(parts: readonly PrintedAmount[], total: PrintedAmount): boolean {
  let lo = 0;
  let hi = 0;
  for (const p of parts) {
    const [a, b] = rangeOf(p);
    lo += a;
    hi += b;
  }
  const [tlo, thi] = rangeOf(total);
  return lo <= thi && tlo <= hi;
}

/** Does a stated percentage follow from change / base, given the roundings of both? */
export function percentAgrees(stated: PrintedPercent, change: [number, number], base: [number, number]): boolean {
  if (base[1] <= 0) return false;
  const lo = (Math.max(0, change[0]) / base[1]) * 100;
  const hi = (change[1] / Math.max(1e-9, base[0])) * 100;
  const step = 10 ** -stated.decimals;
  const round = (x: number) => Math.round(x / step + 1e-9) * step;
  const value = stated.value / 100;
  return value >= round(lo) - 1e-9 && value <= round(hi) + 1e-9;
}

/** Where a compared quantity was printed, when both sides of a comparison are printed numbers. */
export const IN_TEXT = bi('文字', 'text');
export const IN_TABLES = bi('表格', 'tables');

/** A printed amount as a finding quantity, named by where it was printed when `label` is given. */
export function printedQuantity(a: PrintedAmount, label?: Bilingual): Quantity {
  return { fen: a.fen, unit: a.unit, text: `${a.text.replace(/\s+/g, '')}`, ...(label ? { label } : {}) };
}

/** A table amount shown in the unit and precision of the prose it is compared with. */
export function tableQuantity(fen: Fen, like: Pick<PrintedAmount, 'unit' | 'decimals'>, label?: Bilingual): Quantity {
  return {
    fen,
    unit: like.unit,
    text: `${formatAmount(fen, like.unit, Math.max(like.decimals, like.unit === '万元' ? 2 : 0))}${like.unit}`,
    ...(label ? { label } : {}),
  };
}

export function showAmount(fen: Fen, unit: Unit, decimals = 2): string {
  return `${formatAmount(fen, unit, decimals)}${unit}`;
}

/**
 * An amount with every decimal it has (at least 2 in 万元): 31,214,205.80 元 is 3,121.42058万元. Sums
 * and differences of exact amounts shown this way can be redone by hand and give the figure shown.
 */
export function exactAmount(fen: Fen, unit: Unit): string {
  const max = unit === '万元' ? 6 : 2;
  let decimals = max;
  while (decimals > (unit === '万元' ? 2 : 0) && fen % 10 ** (max - decimals + 1) === 0) decimals--;
  return showAmount(fen, unit, decimals);
}

/**
 * The unit a table's amounts were rounded to, in fen. Tables printed in 万元 to two decimals (决算
 * tables, 三公) round every amount to 0.01 万元. A 元 table whose every amount is a whole 元 was printed
 * in whole 元 by a system that holds 分 (shczj-2025: 302 printed 24,840,779, its 款 adding to
 * 24,840,778): its amounts are rounded to 1 元. A 元 table that prints 分 anywhere is exact (0).
 */
export function roundingStep(table: RoundedTable): number {
  if (table.unit === '万元') return FEN_PER.万元 / 100;
  // Every sum check of a table asks; a table of 100,000 rows must not be walked once per row.
  let whole = wholeYuan.get(table);
  if (whole === undefined) {
    whole = table.rows.every((r) => Object.values(r.values).every((v) => v === null || v % FEN_PER.元 === 0));
    wholeYuan.set(table, whole);
  }
  return whole ? FEN_PER.元 : 0;
}

type RoundedTable = { unit: Unit; rows: readonly { values: Record<string, number | null> }[] };
/** Tables are not changed once read, so whether a table prints whole 元 is worked out once. */
const wholeYuan = new WeakMap<RoundedTable, boolean>();

export type SumVerdict = 'exact' | 'rounding' | 'unprinted_fen' | 'mismatch';

/**
 * A total against the sum of its printed parts. Where the table's amounts are rounded (`step`, see
 * roundingStep), the sum may differ from the printed total by up to half a unit per amount involved —
 * a rounding difference, not a mistake. In a table that prints 分, a total printed as whole 元 while
 * its parts carry 分 and differ from it by less than 1 元 left its 分 out (`unprinted_fen`): a
 * presentation slip, not a wrong amount. Everything else must add up exactly.
 */
export function sumVerdict(sum: Fen, printed: Fen | null, parts: number, step: number): SumVerdict {
  const diff = Math.abs(sum - (printed ?? 0));
  if (diff === 0) return 'exact';
  if (printed === null) return 'mismatch';
  if (step > 0) return diff <= Math.floor((parts + 1) / 2) * step ? 'rounding' : 'mismatch';
  const yuan = FEN_PER.元;
  if (printed % yuan === 0 && sum % yuan !== 0 && diff < yuan) return 'unprinted_fen';
  return 'mismatch';
}

/** The tolerance a rounded table allows, in words. */
export function roundingTolerance(step: number, unit: Unit): { zh: string; en: string } {
  const half = formatAmount(step / 2, unit, unit === '万元' ? 3 : 1);
  return { zh: `每个数额半个打印单位（${half}${unit}）`, en: `half a printed unit per amount (${half} ${unit})` };
}
