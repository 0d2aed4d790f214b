import { describe, expect, it } from 'vitest';
import { type PositionedPage, parsePositioned, type Ruling } from '../src/index.js';
import { placed } from './printed.js';

/**
 * Hand-placed PDF text: what pdf.js does to narrow cells (fuses them), spaced headers, a page that
 * continues a table without its header, checked without pdf.js.
 */
const { text: item, amount } = placed(10);

/** Borders of the columns: codes 40–110, name 110–260, 合计 260–360, 基本支出 360–460, 项目支出 460–560. */
const COLUMNS = [40, 110, 260, 360, 460, 560];
function rulings(top: number, bottom: number, rows: number[]): Ruling[] {
  return [
    ...COLUMNS.map((x): Ruling => ({ axis: 'v', at: x, from: top, to: bottom })),
    ...[top, ...rows, bottom].map((y): Ruling => ({ axis: 'h', at: y, from: 40, to: 560 })),
  ];
}

const page1: PositionedPage = {
  page: 1,
  width: 600,
  height: 400,
  rotation: 0,
  images: 0,
  items: [
    item('2025年部门支出预算总表', 200, 20),
    item('编制部门：上海市测试局', 40, 40),
    item('单位：元', 500, 40),
    item('功能分类科目编码', 42, 62, 64),
    item('功能分类科目名称', 140, 62),
    item('合', 290, 62),
    item('计', 320, 62),
    item('基本支出', 390, 62),
    item('项目支出', 490, 62),
    // "208 05" fused with its name, and the values of 基本支出 and 项目支出, printed edge to edge
    // across their border, fused into one item.
    item('20805行政事业单位养老支出', 42, 82, 210),
    amount('1,500.00', 358, 82),
    item('1,000.00500.00', 418, 82, 74),
    // Codes fused ("2080505") and spaced ("208 05 99") in one cell.
    item('2080505', 42, 102, 35),
    item('机关事业单位基本养老保险缴费支出', 112, 102),
    amount('1,000.00', 358, 102),
    amount('1,000.00', 458, 102),
  ],
  rulings: rulings(58, 178, [78, 98, 118]),
};
const page2: PositionedPage = {
  page: 2,
  width: 600,
  height: 400,
  rotation: 0,
  images: 0,
  // No header: the columns of page 1 go on.
  items: [
    item('208 05 99', 42, 22, 60),
    item('其他行政事业单位养老支出', 112, 22),
    amount('500.00', 358, 22),
    amount('500.00', 558, 22),
    item('合  计', 150, 42, 60),
    amount('1,500.00', 358, 42),
    amount('1,000.00', 458, 42),
    amount('500.00', 558, 42),
  ],
  rulings: rulings(18, 58, [38]),
};

describe('tables rebuilt from positions', () => {
  const doc = parsePositioned({ pages: [page1, page2], fonts: [{ id: 'f1', name: 'SimSun' }] }, { name: 'hand.pdf' });
  const table = doc.tables[0];

  it('splits fused codes and values at the column boundaries and joins a spaced 合计', () => {
    expect(doc.tables.map((t) => t.kind)).toEqual(['expenditure_summary']);
    expect(table?.problems).toEqual([]);
    expect(table?.rows.map((r) => [r.key, r.label, r.values])).toEqual([
      ['20805', '行政事业单位养老支出', { total: 150000, basic: 100000, project: 50000 }],
      ['2080505', '机关事业单位基本养老保险缴费支出', { total: 100000, basic: 100000, project: null }],
      ['2080599', '其他行政事业单位养老支出', { total: 50000, basic: null, project: 50000 }],
      ['total', '合计', { total: 150000, basic: 100000, project: 50000 }],
    ]);
  });

  it('keeps where each value was printed', () => {
    const row = table?.rows.find((r) => r.key === '2080599');
    expect(row?.source.page).toBe(2);
    expect(row?.cells?.project?.box?.[2]).toBeCloseTo(558);
    expect(table?.department).toBe('上海市测试局');
    expect(table?.pages).toEqual([1, 2]);
  });
});
