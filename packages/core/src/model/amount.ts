import { AMOUNT } from '../text/lexicon.js';

/**
 * Money is exact: every amount is an integer number of 分 (fen).
 * Tables print 元 (0 or 2 decimals) or 万元 (0–6 decimals); prose prints 万元.
 * Parsing works on the digit string, never through floating yuan.
 */

export type Fen = number;
export type Unit = '元' | '万元';

/** A unit named in English text (万元 keeps its own name, as English reports of these budgets write it). */
export const UNIT_EN: Record<Unit, string> = { 元: 'yuan', 万元: '万元 (10,000 yuan)' };

/** How many fen one unit holds. */
export const FEN_PER: Record<Unit, number> = { 元: 100, 万元: 1_000_000 };

/** Decimal places of a unit that still name whole fen. */
const MAX_DECIMALS: Record<Unit, number> = { 元: 2, 万元: 6 };

export { isAmountText } from '../text/lexicon.js';

export interface ParsedAmount {
  fen: Fen;
  /** Decimal places as printed: the precision a comparison must respect. */
  decimals: number;
}

/**
 * Parses "52,625,903.45" (元) or "1,645.8" (万元) into fen.
 * Returns null for text that is not an amount, or that has more decimals than whole fen allow.
 */
export function parseAmount(text: string, unit: Unit): ParsedAmount | null {
  const m = AMOUNT.exec(text.trim());
  if (!m) return null;
  // Group 1–3: sign, whole part, decimals; 4–5: whole part and decimals of a negative in parentheses.
  const [, sign, printedInt, printedFrac, bracketed, bracketedFrac] = m;
  const intPart = printedInt ?? bracketed ?? '';
  const frac = printedFrac ?? bracketedFrac ?? '';
  if (frac.length > MAX_DECIMALS[unit]) return null;
  const per = FEN_PER[unit];
  const fracFen = frac === '' ? 0 : Number(frac.padEnd(MAX_DECIMALS[unit], '0'));
  const fen = Number(intPart.replaceAll(',', '')) * per + fracFen;
  if (!Number.isSafeInteger(fen)) return null;
  return { fen: sign || bracketed !== undefined ? -fen : fen, decimals: frac.length };
}

/**
 * Formats fen in a unit with thousands separators: formatAmount(24613515400, '元') → "246,135,154".
 * Without `decimals`, 元 shows 2 decimals only when there are fen, 万元 always 2.
 */
export function formatAmount(fen: Fen, unit: Unit, decimals?: number): string {
  // A quotient by zero or a value that never was a number is not an amount: never "Infinity" or "NaN".
  if (!Number.isFinite(fen)) return NOT_COMPUTABLE;
  const per = FEN_PER[unit];
  const neg = fen < 0;
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / per);
  const rest = abs - whole * per;
  const maxDec = MAX_DECIMALS[unit];
  const dec = Math.min(decimals ?? (unit === '元' ? (rest === 0 ? 0 : 2) : 2), maxDec);
  let fracText = '';
  let wholePart = whole;
  if (dec > 0) {
    const scale = 10 ** (maxDec - dec);
    let fracDigits = Math.round(rest / scale);
    if (fracDigits >= 10 ** dec) {
      wholePart += 1;
      fracDigits -= 10 ** dec;
    }
    fracText = `.${String(fracDigits).padStart(dec, '0')}`;
  } else if (rest * 2 >= per) {
    wholePart += 1;
  }
  return `${neg ? '-' : ''}${groupThousands(wholePart)}${fracText}`;
}

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Rounds fen to the given decimals of a unit, half away from zero (how budgets round). */
export function roundTo(fen: Fen, unit: Unit, decimals: number): Fen {
  const step = FEN_PER[unit] / 10 ** decimals;
  if (step <= 1) return fen;
  const sign = fen < 0 ? -1 : 1;
  return sign * Math.round(Math.abs(fen) / step) * step;
}

/** Truncates fen to the given decimals of a unit (what careless authors do instead of rounding). */
export function truncateTo(fen: Fen, unit: Unit, decimals: number): Fen {
  const step = FEN_PER[unit] / 10 ** decimals;
  if (step <= 1) return fen;
  const sign = fen < 0 ? -1 : 1;
  return sign * Math.floor(Math.abs(fen) / step) * step;
}

/** Sum of cell values where blank (null) counts as zero. */
export function sumFen(values: Iterable<Fen | null | undefined>): Fen {
  let total = 0;
  for (const v of values) if (v != null) total += v;
  return total;
}

/** What is shown where a figure cannot be computed (a share of 0, a growth from 0). */
export const NOT_COMPUTABLE = '—';

/**
 * A percentage for people: "71.65%" at the given decimals, or "—" when it cannot be computed (a
 * quotient by zero). The one way rules write a computed percentage, so no view ever shows
 * "Infinity%" or "NaN%".
 */
export function formatPercent(percent: number, decimals: number): string {
  if (!Number.isFinite(percent)) return NOT_COMPUTABLE;
  const d = Math.max(0, Math.min(6, Math.trunc(decimals)));
  // Half away from zero on the decimal digits, as the documents round (toFixed rounds binary values).
  const scaled = Math.round(Math.abs(percent) * 10 ** d + 1e-7) / 10 ** d;
  return `${percent < 0 && scaled !== 0 ? '-' : ''}${scaled.toFixed(d)}%`;
}

/** part ÷ whole as a percentage; NaN (shown "—") when the whole is 0. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : (part / whole) * 100;
}
