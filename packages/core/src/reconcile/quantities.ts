import { type Fen, formatAmount, type Unit } from '../model/amount.js';
import { type Bilingual, bi } from '../model/bilingual.js';
import type { PrintedAmount } from '../model/claim.js';
import type { Quantity } from '../model/finding.js';
import { money } from './cells.js';

/** How findings show the quantities they compare. */

/** Where a compared quantity was printed, when both sides of a comparison are printed numbers. */
export const IN_TEXT = bi('文字', 'text');
export const IN_TABLES = bi('表格', 'tables');

/** A money quantity shown in a unit, named by what it is when `label` is given. */
export function moneyQuantity(fen: number | null, unit: Unit = '元', label?: Bilingual): Quantity {
  return { fen: fen ?? 0, unit, text: fen === null ? '空' : money(fen, unit), ...(label ? { label } : {}) };
}

/**
 * Expected/actual/difference of a money comparison, shown in the unit of the printed amount; `labels`
 * name the two sides when neither is computed from the other (two printed cells).
 */
export function moneyComparison(
  expected: number,
  actual: number | null,
  unit: Unit = '元',
  labels?: [Bilingual, Bilingual],
) {
  const diff = (actual ?? 0) - expected;
  return {
    expected: moneyQuantity(expected, unit, labels?.[0]),
    actual: moneyQuantity(actual, unit, labels?.[1]),
    difference: { fen: diff, unit, text: `${diff > 0 ? '+' : ''}${money(diff, unit)}` },
  };
}

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

/** A percentage as a finding quantity ("71.65%"). */
export function percentQuantity(value: number, text: string, label?: Bilingual): Quantity {
  return { ...(Number.isFinite(value) ? { value } : {}), unit: '%', text, ...(label ? { label } : {}) };
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
