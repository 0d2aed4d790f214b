import { describe, expect, it } from 'vitest';
import { type PositionedItem, type PositionedPage, parsePositioned, ReadingTrace } from '../src/index.js';
import {
  afterTable as after,
  landscape,
  printed,
  rightAligned,
  type Style,
  SUMMARY_TABLE as TABLE,
} from './printed.js';

/**
 * Segmentation knows pages and type: a table ends at a page break unless the next page's first line
 * goes on with it, and a heading (larger type, or bold under a table that is not) is never a row —
 * even when lines with amounts follow it (issue 18, Part 1 item 6). The reading trace records these
 * decisions (issue 17 item 7): each line's role (title, frame, table line and why, heading, prose) with
 * its type size and weight, and where each table starts, goes on over a page break and ends, and why.
 */
const text = (t: string, x: number, y: number, style: Style = {}) => printed(t, x, y, style);
const amount = (t: string, x1: number, y: number) => rightAligned(t, x1, y);
const page = (n: number, items: PositionedItem[]) => landscape(n, items);

/** The table's rows go on on page 2, with no title and no header: row 208, then 合计. */
const CARRIED_OVER = [
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
    const { table } = read(CARRIED_OVER);
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
    const { edges } = traced(CARRIED_OVER);
    expect(edges).toEqual([
      '1 starts title: 2025年部门支出预算总表',
      '2 goes_on row: 208 社会保障和就业支出 500.00 500.00',
      '2 ends document end: 合计 3,500.00 1,500.00 2,000.00',
    ]);
  });
});

/**
 * A page that opens with a header (no title above it) after a table: the open table's own header goes
 * on with it; another table's header of the template is that table, its title not found (the title's
 * page lost, the title an image); a header of no table of the template, rows of values under it, is
 * kept apart — never glued onto the table before (czj-2025-dept without p. 19).
 */
describe('a page opening with a header and no title', () => {
  const economicHeader = [
    text('经济分类科目编码', 45, 40),
    text('经济分类科目名称', 105, 40),
    text('合计', 327, 40),
    text('人员经费', 407, 40),
    text('公用经费', 507, 40),
  ];
  const economicRows = [
    text('302', 45, 60),
    text('商品和服务支出', 105, 60),
    amount('900.00', 347, 60),
    amount('900.00', 547, 60),
    text('合计', 105, 80),
    amount('900.00', 347, 80),
    amount('900.00', 547, 80),
  ];

  it('goes on with the table when the header is the table’s own', () => {
    const { doc, table } = read([
      page(1, TABLE.slice(0, -4)),
      page(2, [...TABLE.slice(2, 7), ...(CARRIED_OVER[1]?.items ?? [])]),
    ]);
    expect(table?.rows.map((r) => r.key)).toEqual(['201', '208', 'total']);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('is the table whose header it is, its title not found, when the header is another table’s', () => {
    const { doc, table } = read([page(1, TABLE), page(2, [...economicHeader, ...economicRows])]);
    expect(table?.rows.map((r) => r.key)).toEqual(['201', 'total']);
    expect(table?.problems).toEqual([]);
    const economic = doc.tables.find((t) => t.kind === 'basic_by_economic');
    expect(economic?.rows.map((r) => r.key)).toEqual(['302', 'total']);
    expect(economic?.title).toBe('一般公共预算基本支出经济分类预算表');
    expect(doc.diagnostics.map((d) => [d.code, d.severity, d.params.page])).toContainEqual([
      'table_title_missing',
      'warning',
      2,
    ]);
  });

  it('is kept apart, not checked, when the header is no table’s of the template and values follow', () => {
    const unknown = [
      text('单位名称', 45, 40),
      text('项目名称', 165, 40),
      text('预算金额', 327, 40),
      text('某某中心', 45, 60),
      text('信息系统运维', 165, 60),
      amount('1,200.00', 347, 60),
    ];
    const { doc, table, prose } = read([page(1, TABLE), page(2, unknown)]);
    expect(table?.rows.map((r) => r.key)).toEqual(['201', 'total']);
    expect(table?.problems).toEqual([]);
    expect(doc.tables.map((t) => t.kind)).toEqual(['expenditure_summary']);
    expect(prose).not.toContain('信息系统运维');
    expect(doc.diagnostics.map((d) => [d.code, d.params.page])).toContainEqual(['table_unrecognised', 2]);
  });
});

describe('a name wrapped in its cell at the foot of a page with no rule under it', () => {
  /**
   * An unruled table whose names wrap, centred on their row's line (the row's code and amounts between
   * the name's pieces): page 1 ends with the last piece of 201's name, page 2 opens with the first piece
   * of 208's. Nothing of the table follows the last piece on its page, so no row lies ahead to keep it.
   */
  const wrapped = (y: number, code: string, head: string, tail: string, amounts: string[]) => [
    text(head, 105, y),
    text(code, 45, y + 12),
    ...amounts.map((a, i) => amount(a, 347 + 100 * i, y + 12)),
    text(tail, 105, y + 24),
  ];
  it('keeps the piece under its row, and the next page’s first piece with its row', () => {
    const { table, prose } = read([
      page(1, [
        ...TABLE.slice(0, 7),
        ...wrapped(80, '201', '一般公共服', '务支出', ['3,000.00', '1,000.00', '2,000.00']),
      ]),
      page(2, [
        ...wrapped(40, '208', '社会保障和就', '业支出', ['500.00', '500.00']),
        text('合计', 105, 90),
        amount('3,500.00', 347, 90),
        amount('1,500.00', 447, 90),
        amount('2,000.00', 547, 90),
        // A short line a paragraph's gap under the table, where its names start: no piece of a name.
        text('单位说明', 105, 110),
      ]),
    ]);
    expect(table?.problems).toEqual([]);
    expect(table?.rows.map((r) => [r.key, r.label])).toEqual([
      ['201', '一般公共服务支出'],
      ['208', '社会保障和就业支出'],
      ['total', '合计'],
    ]);
    expect(table?.pages).toEqual([1, 2]);
    expect(prose).toContain('单位说明');
  });
});
