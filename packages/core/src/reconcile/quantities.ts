import type { Unit } from '../model/amount.js';
import type { Quantity } from '../model/finding.js';
import { money } from './cells.js';

/** A money quantity shown in a unit. */
export function moneyQuantity(fen: number | null, unit: Unit = '元'): Quantity {
  return { fen: fen ?? 0, unit, text: fen === null ? '空' : money(fen, unit) };
}

/** Expected/actual/difference of a money comparison, shown in the unit of the printed amount. */
export function moneyComparison(expected: number, actual: number | null, unit: Unit = '元') {
  const diff = (actual ?? 0) - expected;
  return {
    expected: moneyQuantity(expected, unit),
    actual: moneyQuantity(actual, unit),
    difference: { fen: diff, unit, text: `${diff > 0 ? '+' : ''}${money(diff, unit)}` },
  };
}
