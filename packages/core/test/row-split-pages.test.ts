import { describe, expect, it } from 'vitest';
import { type PositionedItem, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * A word processor lets a table's row break across pages: a name wrapped in its cell prints its first
 * piece at the foot of one page and the rest atop the next, under the repeated header ("十九、灾害防治及
 * 应急管" | "理支出": blind seeds 3 and 4, word-table). Neither piece names a line of the template; both
 * were reported unplaced and the table's checks withheld. Together they are the row.
 */
const HEAD: PositionedItem[] = [
  printed('项目', 100, 65),
  printed('预算数', 250, 65),
  printed('项目', 450, 65),
  printed('预算数', 650, 65),
];
const side = (name: string, amount: string | undefined, x: number, right: number, y: number) => [
  printed(name, x, y),
  ...(amount ? [rightAligned(amount, right, y)] : []),
];
/** Every row ruled, as a word processor borders each cell: rules at the tops given and under the last. */
const rules = (ys: number[]) => ys.map((at) => ({ axis: 'h' as const, at, from: 40, to: 710 }));
const income = (name: string, amount: string | undefined, y: number) => side(name, amount, 45, 300, y);
const spending = (name: string, amount: string | undefined, y: number) => side(name, amount, 400, 700, y);

describe('a summary table’s row broken across pages', () => {
  it('is one row: the name’s pieces joined, its amount where it printed', () => {
    const doc = parsePositioned({
      pages: [
        landscape(
          1,
          [
            printed('2024年部门财务收支预算总表', 250, 20, { size: 16 }),
            printed('单位：元', 700, 45),
            ...HEAD,
            ...income('一、财政拨款收入', '300.00', 85),
            ...spending('一、社会保障和就业支出', '100.00', 85),
            ...income('二、事业收入', undefined, 105),
            ...spending('二、卫生健康支出', '150.00', 105),
            ...spending('三、灾害防治及应急管', '50.00', 125),
          ],
          { rulings: rules([60, 80, 100, 120, 137]) },
        ),
        landscape(
          2,
          [
            ...HEAD,
            ...spending('理支出', undefined, 85),
            ...spending('四、其他支出', undefined, 105),
            ...income('收入总计', '300.00', 125),
            ...spending('支出总计', '300.00', 125),
          ],
          { rulings: rules([60, 80, 100, 120, 137]) },
        ),
      ],
      fonts: [],
    });
    const table = doc.tables.find((t) => t.kind === 'finance_summary');
    expect(table?.problems).toEqual([]);
    expect(table?.rows.filter((r) => r.side === 'expenditure').map((r) => [r.key, r.values])).toEqual([
      ['208', { amount: 10_000 }],
      ['210', { amount: 15_000 }],
      ['224', { amount: 5_000 }],
      ['229', { amount: null }],
      ['expenditure_total', { amount: 30_000 }],
    ]);
  });
});
