import { FEN_PER, formatAmount, roundTo, truncateTo } from '../model/amount.js';
/** One step of the printed precision, in fen (0.01 万元 = 10,000 fen). */
export function stepOf(a) {
  return Math.max(1, FEN_PER[a.unit] / 10 ** a.decimals);
}
export function matchPrinted(printed, fen) {
  if (roundTo(fen, printed.unit, printed.decimals) === printed.fen) return 'match';
  if (truncateTo(fen, printed.unit, printed.decimals) === printed.fen) return 'truncated';
  return 'mismatch';
}
export function toleranceText(printed) {
  return {
    zh: `按${printed.unit}保留${printed.decimals}位小数四舍五入`,
    en: `rounded to ${printed.decimals} decimals of ${printed.unit}`,
  };
}
/** The exact range of values a printed (rounded) amount may stand for. */
export function rangeOf(a) {
  const half = stepOf(a) / 2;
  return [a.fen - half, a.fen + half];
}
/** Does Σ parts agree with the total, given that every printed amount was rounded? */
export function sumAgrees(parts, total) {
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
export function percentAgrees(stated, change, base) {
  if (base[1] <= 0) return false;
  const lo = (Math.max(0, change[0]) / base[1]) * 100;
  const hi = (change[1] / Math.max(1e-9, base[0])) * 100;
  const step = 10 ** -stated.decimals;
  const round = (x) => Math.round(x / step + 1e-9) * step;
  const value = stated.value / 100;
  return value >= round(lo) - 1e-9 && value <= round(hi) + 1e-9;
}
/** A printed amount as a finding quantity. */
export function printedQuantity(a) {
  return { fen: a.fen, unit: a.unit, text: `${a.text.replace(/\s+/g, '')}` };
}
/** A table amount shown in the unit and precision of the prose it is compared with. */
export function tableQuantity(fen, like) {
  return {
    fen,
    unit: like.unit,
    text: `${formatAmount(fen, like.unit, Math.max(like.decimals, like.unit === '万元' ? 2 : 0))}${like.unit}`,
  };
}
export function showAmount(fen, unit, decimals = 2) {
  return `${formatAmount(fen, unit, decimals)}${unit}`;
}
/**
 * A total against the sum of its printed parts. Tables in 元 must add up exactly; tables printed in
 * 万元 to two decimals (决算 tables, 三公) round every amount, so the sum may differ from the printed
 * total by up to half a unit per amount involved — a rounding difference, not a mistake.
 */
export function sumVerdict(sum, printed, parts, unit) {
  const diff = Math.abs(sum - (printed ?? 0));
  if (diff === 0) return 'exact';
  if (unit !== '万元' || printed === null) return 'mismatch';
  const step = FEN_PER.万元 / 100;
  return diff <= Math.floor((parts + 1) / 2) * step ? 'rounding' : 'mismatch';
}
//# sourceMappingURL=tolerance.js.map
