import { describe, expect, it } from 'vitest';
import { type PositionedItem, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * The final accounts' 收入支出决算总表 running over a page with its header repeated, in tall rows whose
 * labels print at the top and amounts at the bottom (blind.mjs: tall-mixed): the next page's first row
 * is "年初结转和结余 | 年末结转和结余" alone on its line, the amounts on the line below. Those words are
 * column headers of other tables (政府性基金 and 国有资本经营 决算表), so the line was taken for the
 * page's header: another table's, and the summary ended before its last rows (cross_table.identities:
 * 支出总计 0.00 ≠ 2,108.39, an error on a right document). A line of the open table's own row labels
 * only is its row.
 */
const text = (t: string, x: number, y: number) => printed(t, x, y);
const HEADER = (y: number): PositionedItem[] => [
  text('收入', 150, y),
  text('支出', 390, y),
  text('项目', 110, y + 30),
  text('决算数', 220, y + 30),
  text('项目', 350, y + 30),
  text('决算数', 460, y + 30),
];
/** A row as tall-mixed prints it: labels at the top of the row, amounts 18 pt below. */
const row = (y: number, income: string, incomeAmount: string, spend: string, spendAmount: string) => [
  text(income, 45, y),
  ...(incomeAmount ? [rightAligned(incomeAmount, 265, y + 18)] : []),
  text(spend, 275, y),
  ...(spendAmount ? [rightAligned(spendAmount, 505, y + 18)] : []),
];

describe('a page of a two-sided table opening, under its repeated header, with its own row labels', () => {
  it('goes on with the table, though other tables print those labels as column headers', () => {
    const doc = parsePositioned({
      pages: [
        landscape(1, [
          printed('收入支出决算总表', 220, 20, { size: 16 }),
          text('单位：万元', 460, 45),
          ...HEADER(60),
          ...row(110, '本年收入合计', '2,109.74', '本年支出合计', '2,108.39'),
        ]),
        landscape(2, [
          ...HEADER(60),
          ...row(110, '年初结转和结余', '43.93', '年末结转和结余', '45.28'),
          ...row(150, '总计', '2,153.67', '总计', '2,153.67'),
        ]),
      ],
      fonts: [],
    });
    const table = doc.tables.find((t) => t.kind === 'final_summary');
    expect(table?.pages).toEqual([1, 2]);
    expect(table?.rows.map((r) => [r.key, r.values.amount])).toEqual([
      ['income_year', 2_109_740_000],
      ['expenditure_total', 2_108_390_000],
      ['opening_balance', 43_930_000],
      ['closing_balance', 45_280_000],
      ['income_grand_total', 2_153_670_000],
      ['expenditure_grand_total', 2_153_670_000],
    ]);
  });
});
