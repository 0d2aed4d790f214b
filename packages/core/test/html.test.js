import { describe, expect, it } from 'vitest';
import { checkDocument, expandTable, htmlLayout, htmlLineOrigins, parseHtmlDocument, parseText } from '../src/index.js';
import { SEEDS } from './helpers.js';
import { htmlPageOf } from './html-fixture.js';

/** The merged header of a by-function table: 项目 over the codes and name, 支出预算 over the values. */
const EXPENDITURE_HEADER = [
  [
    { text: '项目', colspan: 4 },
    { text: '支出预算', colspan: 3 },
  ],
  [
    { text: '功能分类科目编码', colspan: 3 },
    { text: '功能分类科目名称', rowspan: 2 },
    { text: '合计', rowspan: 2 },
    { text: '基本支出', rowspan: 2 },
    { text: '项目支出', rowspan: 2 },
  ],
  [{ text: '类' }, { text: '款' }, { text: '项' }],
];
describe('expandTable', () => {
  it('places cells after rowspans of earlier rows and across colspans', () => {
    const table = {
      type: 'table',
      rows: [...EXPENDITURE_HEADER],
    };
    const grid = expandTable(table);
    expect(grid.width).toBe(7);
    expect(grid.cover[2]?.map((o) => (o ? `${o.row}.${o.cell}` : '-'))).toEqual([
      '2.0',
      '2.1',
      '2.2',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
    ]);
  });
  it('pads short rows and caps spans at the table end', () => {
    const grid = expandTable({ type: 'table', rows: [[{ text: 'a', rowspan: 9 }, { text: 'b' }], [{ text: 'c' }]] });
    expect(grid.width).toBe(2);
    expect(grid.cover.map((l) => l.map((o) => o?.cell))).toEqual([
      [0, 1],
      [0, 0],
    ]);
  });
});
describe('htmlLayout', () => {
  const page = {
    blocks: [
      { type: 'text', text: '2025年部门支出预算总表' },
      { type: 'text', text: '编制部门：上海市测试局\n单位：元' },
      {
        type: 'table',
        rows: [
          ...EXPENDITURE_HEADER,
          [
            { text: '208' },
            { text: '' },
            { text: '' },
            { text: '社会保障和就业支出' },
            { text: '1,500' },
            { text: '1,000' },
            { text: '500' },
          ],
          [
            { text: '208' },
            { text: '05' },
            { text: '' },
            { text: ' 行政事业单位\n养老支出 ' },
            { text: '1,500' },
            { text: '1,000' },
            { text: '500' },
          ],
          [{ text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }],
          [
            { text: '208' },
            { text: '05' },
            { text: '05' },
            { text: '机关事业单位基本养老保险缴费支出' },
            { text: '１，０００' },
            { text: '1,000' },
            { text: '' },
          ],
          [
            { text: '208' },
            { text: '05' },
            { text: '99' },
            { text: '其他行政事业单位养老支出' },
            { text: '500' },
            { text: '' },
            { text: '500' },
          ],
          [{ text: '合  计', colspan: 4 }, { text: '1,500' }, { text: '1,000' }, { text: '500' }],
        ],
      },
    ],
  };
  it('keeps every cell in its column and a spanning label in its first slot', () => {
    const layout = htmlLayout(page);
    expect(layout).toMatchObject({ format: 'html', mode: 'slots', pages: 0 });
    const total = layout.lines.at(-1);
    expect(total?.cells.map((c) => c.text)).toEqual(['合 计', '', '', '', '1,500', '1,000', '500']);
    expect(layout.lines[5]?.cells.map((c) => c.text)).toEqual(['类', '款', '项', '', '', '', '']);
    expect(layout.lines.map((l) => l.lineNo)).toEqual(layout.lines.map((_, i) => i + 1));
  });
  it('maps each line back to its block and row, skipping empty rows', () => {
    const origins = htmlLineOrigins(page);
    expect(origins).toHaveLength(htmlLayout(page).lines.length);
    expect(origins.slice(0, 3)).toEqual([{ block: 0 }, { block: 1 }, { block: 1 }]);
    expect(origins.slice(3).map((o) => o.row)).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
  });
  it('reads the table with merged headers into the model', () => {
    const doc = parseHtmlDocument(page, { name: 'page.html' });
    expect(doc.source).toMatchObject({ kind: 'html', format: 'html', name: 'page.html' });
    const table = doc.tables[0];
    expect(table?.kind).toBe('expenditure_summary');
    expect(table?.department).toBe('上海市测试局');
    expect(table?.rows.map((r) => [r.key, r.label, r.values])).toEqual([
      ['208', '社会保障和就业支出', { total: 150000, basic: 100000, project: 50000 }],
      ['20805', '行政事业单位 养老支出', { total: 150000, basic: 100000, project: 50000 }],
      ['2080505', '机关事业单位基本养老保险缴费支出', { total: 100000, basic: 100000, project: null }],
      ['2080599', '其他行政事业单位养老支出', { total: 50000, basic: null, project: 50000 }],
      ['total', '合 计', { total: 150000, basic: 100000, project: 50000 }],
    ]);
    const origins = htmlLineOrigins(page);
    expect(origins[(table?.rows[2]?.source.line ?? 0) - 1]).toEqual({ block: 2, row: 6 });
  });
});
describe('the seeds as HTML pages', () => {
  for (const seed of SEEDS) {
    describe(seed.file, () => {
      const text = parseText(seed.text, { name: seed.file });
      const page = htmlPageOf(text);
      const html = parseHtmlDocument(page, { name: seed.file });
      it('reads the same tables as the text, every value in its column', () => {
        const values = (d) => d.tables.map((t) => [t.kind, t.rows.map((r) => [r.key, r.side, r.values])]);
        expect(values(html)).toEqual(values(text));
        expect(html.tables.flatMap((t) => t.rows).filter((r) => r.inferred)).toEqual([]);
      });
      it('reads the same claims from the prose', () => {
        const keys = (d) => d.claims.map((c) => c.key.replace(/:\d+:/, ':'));
        expect(keys(html)).toEqual(keys(text));
      });
      it('finds no table problems and the same in-table findings', () => {
        expect(html.tables.flatMap((t) => t.problems)).toEqual([]);
        const inTable = (d) =>
          checkDocument(d)
            .findings.filter((f) => f.rule.startsWith('in_table.'))
            .map((f) => f.formula);
        expect(inTable(html)).toEqual(inTable(text));
      });
    });
  }
});
//# sourceMappingURL=html.test.js.map
