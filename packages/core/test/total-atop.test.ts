import { describe, expect, it } from 'vitest';
import { type PositionedItem, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * A table's bare total (合计, 总计: one cell, no amount) at the top of a page that goes on with it, its
 * columns given by the header of an earlier page. 合计 is also a header word (the total column's), so
 * it was read as the page's header: the page's columns were taken from that one word, and the rows
 * under it lost their amounts (stray content). Atop a continued page it is the table's row; its columns
 * stay those of the header before.
 */
const text = (t: string, x: number, y: number) => printed(t, x, y);
const HEAD: PositionedItem[] = [
  printed('2024年部门政府性基金预算支出功能分类预算表', 200, 20, { size: 16, bold: true }),
  text('单位：元', 700, 45),
  text('功能分类科目名称', 105, 65),
  text('合计', 327, 65),
  text('基本支出', 407, 65),
  text('项目支出', 507, 65),
];
const row = (code: string, name: string, y: number): PositionedItem[] => [
  text(code, 45, y),
  text(name, 105, y),
  rightAligned('100.00', 347, y),
  rightAligned('0.00', 447, y),
  rightAligned('100.00', 547, y),
];

describe('a bare 合计 atop a page going on with a table', () => {
  it('keeps the columns of the header before: the rows under it are read', () => {
    const doc = parsePositioned({
      pages: [
        landscape(1, [...HEAD, ...row('229', '其他支出', 85)]),
        landscape(2, [text('合计', 105, 40), ...row('212', '城乡社区支出', 60)]),
      ],
      fonts: [],
    });
    const table = doc.tables.find((t) => t.kind === 'gov_fund_by_function');
    expect(table?.problems).toEqual([]);
    expect(table?.rows.map((r) => [r.key, r.values])).toEqual([
      ['229', { total: 10_000, basic: 0, project: 10_000 }],
      ['212', { total: 10_000, basic: 0, project: 10_000 }],
    ]);
  });
});
