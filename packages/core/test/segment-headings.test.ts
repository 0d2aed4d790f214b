import { describe, expect, it } from 'vitest';
import { type PositionedItem, type PositionedPage, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned, type Style } from './printed.js';

/**
 * Segmentation knows pages and type: a table ends at a page break unless the next page's first line
 * goes on with it, and a heading (larger type, or bold under a table that is not) is never a row —
 * even when lines with amounts follow it (issue 18, Part 1 item 6).
 */
const text = (t: string, x: number, y: number, style: Style = {}) => printed(t, x, y, style);
const amount = (t: string, x1: number, y: number) => rightAligned(t, x1, y);
const page = (n: number, items: PositionedItem[]) => landscape(n, items);

const TABLE = [
  text('2025年部门支出预算总表', 200, 20, { size: 16, bold: true }),
  text('单位：元', 500, 45),
  text('科目编码', 45, 65),
  text('科目名称', 105, 65),
  text('合计', 327, 65),
  text('基本支出', 407, 65),
  text('项目支出', 507, 65),
  text('201', 45, 85),
  text('一般公共服务支出', 105, 85),
  amount('3,000.00', 347, 85),
  amount('1,000.00', 447, 85),
  amount('2,000.00', 547, 85),
  text('合计', 105, 105),
  amount('3,000.00', 347, 105),
  amount('1,000.00', 447, 105),
  amount('2,000.00', 547, 105),
];
/** What follows the heading: a line of a name and an amount (a small untemplated table), then prose. */
const after = (y: number) => [
  text('一般公共服务支出', 58, y),
  amount('500.00', 400, y),
  text('主要用于机关日常运转，比上年增加10万元。', 58, y + 20),
];

function read(pages: PositionedPage[]) {
  const doc = parsePositioned({ pages, fonts: [] });
  const table = doc.tables.find((t) => t.kind === 'expenditure_summary');
  return { doc, table, prose: JSON.stringify(doc.sections) };
}

describe('a heading at the top of the page after a table', () => {
  for (const style of [{}, { bold: true }, { size: 14 }])
    it(`ends the table (${JSON.stringify(style)})`, () => {
      const { table, prose } = read([
        page(1, TABLE),
        page(2, [text('第三部分 其他重要事项的情况说明', 58, 40, style), ...after(70)]),
      ]);
      expect(table?.problems).toEqual([]);
      expect(table?.rows.map((r) => r.key)).toEqual(['201', 'total']);
      expect(table?.pages).toEqual([1]);
      expect(prose).toContain('第三部分');
      expect(prose).toContain('主要用于机关日常运转');
    });

  it('ends an empty table (a header and no rows)', () => {
    const { table, prose } = read([
      page(1, TABLE.slice(0, 7)),
      page(2, [text('第三部分 其他重要事项的情况说明', 58, 40), ...after(70)]),
    ]);
    expect(table?.problems).toEqual([]);
    expect(table?.rows).toEqual([]);
    expect(prose).toContain('一般公共服务支出');
  });

  it('goes on with the table when the page starts with its rows (no title, no header)', () => {
    const { table } = read([
      page(1, TABLE.slice(0, -4)),
      page(2, [
        text('208', 45, 40),
        text('社会保障和就业支出', 105, 40),
        amount('500.00', 347, 40),
        amount('500.00', 447, 40),
        text('合计', 105, 60),
        amount('3,500.00', 347, 60),
        amount('1,500.00', 447, 60),
        amount('2,000.00', 547, 60),
      ]),
    ]);
    expect(table?.rows.map((r) => r.key)).toEqual(['201', '208', 'total']);
    expect(table?.pages).toEqual([1, 2]);
  });

  it('goes on with the table when the page starts with a name wrapped over from its row', () => {
    const { table } = read([
      page(1, TABLE.slice(0, -4)),
      page(2, [
        text('社会保障和就业', 105, 30),
        text('208', 45, 40),
        amount('500.00', 347, 40),
        amount('500.00', 447, 40),
        text('支出', 105, 50),
      ]),
    ]);
    expect(table?.rows.map((r) => r.key)).toEqual(['201', '208']);
    expect(table?.rows[1]?.label).toBe('社会保障和就业支出');
  });
});

describe('a heading on the same page, right after a table', () => {
  for (const style of [{ bold: true }, { size: 14 }])
    it(`ends the table though lines with amounts follow (${JSON.stringify(style)})`, () => {
      const { table, prose } = read([page(1, [...TABLE, text('三、其他说明', 58, 140, style), ...after(165)])]);
      expect(table?.problems).toEqual([]);
      expect(table?.rows.map((r) => r.key)).toEqual(['201', 'total']);
      expect(prose).toContain('三、其他说明');
    });

  it('is a row where the table prints its own rows so (a bold total row)', () => {
    const bold = TABLE.map((i) => (i.text === '合计' && i.box[1] === 105 ? { ...i, bold: true } : i));
    const { table } = read([page(1, bold)]);
    expect(table?.rows.map((r) => r.key)).toEqual(['201', 'total']);
  });
});
