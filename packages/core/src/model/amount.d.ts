/**
 * Money is exact: every amount is an integer number of 分 (fen).
 * Tables print 元 (0 or 2 decimals) or 万元 (0–6 decimals); prose prints 万元.
 * Parsing works on the digit string, never through floating yuan.
 */
export type Fen = number;
export type Unit = '元' | '万元';
/** How many fen one unit holds. */
export declare const FEN_PER: Record<Unit, number>;
/** True when the text (already normalised) looks like a printed amount. */
export declare function isAmountText(text: string): boolean;
export interface ParsedAmount {
  fen: Fen;
  /** Decimal places as printed: the precision a comparison must respect. */
  decimals: number;
}
/**
 * Parses "52,625,903.45" (元) or "1,645.8" (万元) into fen.
 * Returns null for text that is not an amount, or that has more decimals than whole fen allow.
 */
export declare function parseAmount(text: string, unit: Unit): ParsedAmount | null;
/**
 * Formats fen in a unit with thousands separators: formatAmount(24613515400, '元') → "246,135,154".
 * Without `decimals`, 元 shows 2 decimals only when there are fen, 万元 always 2.
 */
export declare function formatAmount(fen: Fen, unit: Unit, decimals?: number): string;
/** Rounds fen to the given decimals of a unit, half away from zero (how budgets round). */
export declare function roundTo(fen: Fen, unit: Unit, decimals: number): Fen;
/** Truncates fen to the given decimals of a unit (what careless authors do instead of rounding). */
export declare function truncateTo(fen: Fen, unit: Unit, decimals: number): Fen;
/** Sum of cell values where blank (null) counts as zero. */
export declare function sumFen(values: Iterable<Fen | null | undefined>): Fen;
//# sourceMappingURL=amount.d.ts.map
