import { describe, expect, it } from 'vitest';
import { type PositionedItem, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * A summary table padded with blank lines printed "-" (blank-rows-dashes) whose padding runs over a
 * page break, unruled, no header repeated (blind.mjs printed seed 002 so): the next page opens with
 * lines of only "-", then 收入总计 and 支出总计. A line of placeholders did not go on with the table,
 * so the page was read as prose and the totals were lost: cross_table.identities reported the totals
 * row missing (an error on a right document).
 */
const text = (t: string, x: number, y: number) => printed(t, x, y);
const pair = (y: number, income: string, incomeAmount: string, spend: string, spendAmount: string) => [
  ...(income ? [text(income, 60, y)] : []),
  ...(incomeAmount ? [rightAligned(incomeAmount, 300, y)] : []),
  ...(spend ? [text(spend, 320, y)] : []),
  ...(spendAmount ? [rightAligned(spendAmount, 560, y)] : []),
];
const PAGE1: PositionedItem[] = [
  printed('2024年部门财务收支预算总表', 250, 40, { size: 16 }),
  text('编制部门：上海市测试局', 60, 70),
  text('单位：元', 520, 70),
  text('本年收入', 160, 95),
  text('本年支出', 420, 95),
  text('项目', 100, 115),
  text('预算数', 250, 115),
  text('项目', 360, 115),
  text('预算数', 510, 115),
  ...pair(140, '一、财政拨款收入', '1,000', '一、卫生健康支出', '1,000'),
  ...pair(165, '1、一般公共预算资金', '1,000', '', ''),
  ...pair(190, '2、政府性基金', '', '', ''),
  ...pair(215, '3、国有资本经营预算', '', '', ''),
  ...pair(240, '二、事业收入', '', '', ''),
  ...pair(265, '三、事业单位经营收入', '', '', ''),
  ...pair(290, '四、其他收入', '', '', ''),
  ...pair(315, '', '-', '', '-'),
];
const PAGE2: PositionedItem[] = [
  ...pair(40, '', '-', '', '-'),
  ...pair(65, '', '-', '', '-'),
  ...pair(90, '收入总计', '1,000', '支出总计', '1,000'),
];

describe('blank lines of "-" atop a page going on with a table', () => {
  it('go on with it: the totals under them are the table’s', () => {
    const doc = parsePositioned({ pages: [landscape(1, PAGE1), landscape(2, PAGE2)], fonts: [] });
    const table = doc.tables.find((t) => t.kind === 'finance_summary');
    expect(table?.pages).toEqual([1, 2]);
    const totals = table?.rows.filter((r) => r.key.endsWith('_total')).map((r) => [r.key, r.values.amount]);
    expect(totals).toEqual([
      ['income_total', 100_000],
      ['expenditure_total', 100_000],
    ]);
  });
});
