import type { Unit } from '../model/amount.js';
import type { Bilingual } from '../model/bilingual.js';
import type { Quantity } from '../model/finding.js';
import { money } from './cells.js';

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
