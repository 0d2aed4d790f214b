import { describe, expect, it } from 'vitest';
import { type PositionedItem, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * A table's 合计 printed in tall rows (blind.mjs tall-mixed: labels at the top or middle of the row,
 * amounts at its bottom) right under the header: the label "合计" stands alone on its line, its amounts
 * on the line below. 合计 is a header word too (the total column's), so the line was read as the last
 * header line and the amounts as a row with no label (values_without_code): the table had no total row.
 * blind-10 (seed 2): the economic table's last page holds only its repeated header and 合计, and
 * cross_table.identities compared the general budget's basic total with a total never read ("128,529,401
 * ≠ 0"); blind-04: the final accounts' 支出决算表 opens with 合计 under its header, and the planted
 * mistake in row 208 went unfound. A row's own label printed where the rows print their names, over
 * amounts that have no other label, is the row's: never header text.
 */
const text = (t: string, x: number, y: number) => printed(t, x, y);
const HEAD = (y: number): PositionedItem[] => [
  text('功能分类科目名称', 105, y),
  text('合计', 327, y),
  text('基本支出', 407, y),
  text('项目支出', 507, y),
];
const TITLE: PositionedItem[] = [
  printed('2024年部门政府性基金预算支出功能分类预算表', 200, 20, { size: 16, bold: true }),
  text('单位：元', 700, 45),
];
/** A tall row: its code and name at y, its amounts 18 pt below. */
const row = (code: string, name: string, y: number, [total, basic, project]: string[]): PositionedItem[] => [
  ...(code ? [text(code, 45, y)] : []),
  text(name, 105, y),
  rightAligned(total ?? '', 347, y + 18),
  rightAligned(basic ?? '', 447, y + 18),
  rightAligned(project ?? '', 547, y + 18),
];

describe('a total label alone above its amounts, under the header', () => {
  it('is the total row on a page holding only the repeated header and the total', () => {
    const doc = parsePositioned({
      pages: [
        landscape(1, [
          ...TITLE,
          ...HEAD(65),
          ...row('229', '其他支出', 85, ['100.00', '0.00', '100.00']),
          ...row('212', '城乡社区支出', 125, ['200.00', '50.00', '150.00']),
        ]),
        landscape(2, [...HEAD(40), ...row('', '合计', 60, ['300.00', '50.00', '250.00'])]),
      ],
      fonts: [],
    });
    const table = doc.tables.find((t) => t.kind === 'gov_fund_by_function');
    expect(table?.problems).toEqual([]);
    expect(table?.rows.map((r) => [r.key, r.values])).toEqual([
      ['229', { total: 10_000, basic: 0, project: 10_000 }],
      ['212', { total: 20_000, basic: 5_000, project: 15_000 }],
      ['total', { total: 30_000, basic: 5_000, project: 25_000 }],
    ]);
  });

  it('is the total row where the table opens with it, and header text where it prints over its column', () => {
    const doc = parsePositioned({
      pages: [
        landscape(1, [
          ...TITLE,
          ...HEAD(65),
          ...row('', '合计', 85, ['300.00', '50.00', '250.00']),
          ...row('229', '其他支出', 125, ['100.00', '0.00', '100.00']),
          ...row('212', '城乡社区支出', 165, ['200.00', '50.00', '150.00']),
        ]),
      ],
      fonts: [],
    });
    const table = doc.tables.find((t) => t.kind === 'gov_fund_by_function');
    expect(table?.problems).toEqual([]);
    expect(table?.rows.map((r) => [r.key, r.values])).toEqual([
      ['total', { total: 30_000, basic: 5_000, project: 25_000 }],
      ['229', { total: 10_000, basic: 0, project: 10_000 }],
      ['212', { total: 20_000, basic: 5_000, project: 15_000 }],
    ]);
    // The header's 合计 on a line of its own (the other headers wrapped above it), over its column, and
    // the first row's amounts right under it (printed at the top of its row, its name at the bottom).
    const headed = parsePositioned({
      pages: [
        landscape(1, [
          ...TITLE,
          text('功能分类科目名称', 105, 65),
          text('基本支出', 407, 65),
          text('项目支出', 507, 65),
          text('合计', 327, 78),
          rightAligned('100.00', 347, 95),
          rightAligned('0.00', 447, 95),
          rightAligned('100.00', 547, 95),
          text('229', 45, 113),
          text('其他支出', 105, 113),
        ]),
      ],
      fonts: [],
    });
    const column = headed.tables.find((t) => t.kind === 'gov_fund_by_function');
    // (Amounts printed above their row's name, unruled, are read apart from it: values_without_code.)
    expect(column?.headers.at(-1)).toBe('合计');
    expect(column?.columns).toContain('total');
  });
});
