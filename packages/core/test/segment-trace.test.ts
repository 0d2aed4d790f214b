import { describe, expect, it } from 'vitest';
import { type PositionedItem, type PositionedPage, parsePositioned, ReadingTrace } from '../src/index.js';
import { landscape, printed, rightAligned, type Style } from './printed.js';

/**
 * Segmentation's decisions are in the reading trace (issue 17 item 7): each line's role (title, frame,
 * table line and why, heading, prose) with its type size and weight, and where each table starts, goes
 * on over a page break and ends, with the reason.
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
const after = (y: number) => [
  text('一般公共服务支出', 58, y),
  amount('500.00', 400, y),
  text('主要用于机关日常运转，比上年增加10万元。', 58, y + 20),
];

function traced(pages: PositionedPage[]) {
  const trace = new ReadingTrace();
  parsePositioned({ pages, fonts: [] }, { trace });
  const edges = trace.segments.map((s) => `${s.page} ${s.edge} ${s.why}: ${s.text}`);
  return { trace, edges };
}

describe('the reading trace records segmentation', () => {
  it('a table ended at a page break by a heading: starts at its title, ends at the heading, and why', () => {
    const { trace, edges } = traced([
      page(1, TABLE),
      page(2, [text('第三部分 其他重要事项的情况说明', 58, 40, { bold: true }), ...after(70)]),
    ]);
    expect(edges).toEqual([
      '1 starts title: 2025年部门支出预算总表',
      '2 ends page break: 第三部分 其他重要事项的情况说明',
    ]);
    const heading = trace.lines.find((l) => l.text.startsWith('第三部分'));
    expect(heading).toMatchObject({ page: 2, role: 'heading', bold: true });
    expect(heading?.table).toBeUndefined();
    // Every line has its role; the table's lines say why they are the table's.
    const roles = trace.lines.map((l) => `${l.role}${l.why ? `/${l.why}` : ''}`);
    expect(roles.slice(0, 5)).toEqual(['title', 'frame', 'table/cells', 'table/cells', 'table/cells']);
    expect(roles.at(-1)).toBe('prose');
    expect(trace.lines.every((l) => l.size !== undefined && l.box !== undefined)).toBe(true);
    expect(trace.segmentation(2).segments.map((s) => s.edge)).toEqual(['ends']);
  });

  it('a heading on the same page: the table ends there because of it', () => {
    const { trace, edges } = traced([page(1, [...TABLE, text('三、其他说明', 58, 140, { size: 14 }), ...after(165)])]);
    expect(edges.at(-1)).toBe('1 ends heading: 三、其他说明');
    expect(trace.lines.find((l) => l.text === '三、其他说明')).toMatchObject({ role: 'heading', size: 14 });
  });

  it('a table going on over a page break says which line carried it over, and ends with the document', () => {
    const { edges } = traced([
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
    expect(edges).toEqual([
      '1 starts title: 2025年部门支出预算总表',
      '2 goes_on row: 208 社会保障和就业支出 500.00 500.00',
      '2 ends document end: 合计 3,500.00 1,500.00 2,000.00',
    ]);
  });
});
