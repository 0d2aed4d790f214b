import { describe, expect, it } from 'vitest';
import { checkDocument, parseText, BudgetDocument as Schema } from '../src/index.js';

const table = (doc, kind) => doc.tables.find((t) => t.kind === kind);
const row = (doc, kind, key) => table(doc, kind)?.rows.find((r) => r.key === key);
/** Two by-function tables of one small department, in a given cell separator. */
function twoTables(sep, opts = {}) {
  const L = (...cells) => cells.join(sep);
  const expenditureRows = opts.nameLessPage
    ? [
        L('项目', '', '', '支出预算', '', ''),
        L('功能分类科目编码', '', '', '合计', '基本支出', '项目支出'),
        L('类', '款', '项', '', '', ''),
        L('208', '', '', '1,500', '1,000', '500'),
        L('208', '05', '', '1,500', '1,000', '500'),
        '',
        L('208', '05', '05', '机关事业单位基本养老保险缴费支出', '1,000', '1,000', ''),
        L('208', '05', '99', '其他行政事业单位养老支出', '500', '', '500'),
        L('合计', '', '', '', '1,500', '1,000', '500'),
      ]
    : [];
  // Printed again at the page break, as tables continued on a new page are.
  const revenueHeader = [
    L('项目', '', '', '收入预算', '', '', '', ''),
    L(
      '功能分类科目编码',
      '',
      '',
      '功能分类科目名称',
      '合计',
      '财政拨款收入',
      '事业收入',
      '事业单位经营收入',
      '其他收入',
    ),
  ];
  return [
    '2025年部门收入预算总表',
    '编制部门：上海市测试局',
    '单位：元',
    ...revenueHeader,
    L('类', '款', '项', '', '', '', '', '', ''),
    L('208', '', '', '社会保障和就业支出', '1,500', '1,500', '', '', ''),
    L('208', '05', '', '行政事业单位养老支出', '1,500', '1,500', '', '', ''),
    L('208', '05', '05', '机关事业单位基本养老保险缴费支出', '１，０００', '1,000', '', '', ''),
    '',
    ...revenueHeader,
    L('208', '05', '99', '其他行政事业单位养老支出', '500', '500', '', '', ''),
    L('合计', '', '', '', '1,500', '1,500', '', '', ''),
    '',
    '2025年部门支出预算总表',
    '编制部门：上海市测试局',
    '单位：元',
    ...expenditureRows,
  ].join('\n');
}
describe('tab-separated reader', () => {
  const doc = parseText(`上海市2025年市级部门预算\n\n${twoTables('\t', { nameLessPage: true })}`, { name: 't.txt' });
  it('continues a table across a page break with a repeated header', () => {
    expect(doc.source.format).toBe('tsv');
    expect(table(doc, 'revenue_summary')?.rows.map((r) => r.key)).toEqual([
      '208',
      '20805',
      '2080505',
      '2080599',
      'total',
    ]);
  });
  it('normalises full-width digits and commas in cells', () => {
    expect(row(doc, 'revenue_summary', '2080505')?.values.total).toBe(100_000);
  });
  it('keeps blank cells null and places values by their cell, not their order', () => {
    expect(row(doc, 'expenditure_summary', '2080599')?.values).toEqual({ total: 50_000, basic: null, project: 50_000 });
  });
  it('recovers names lost on a page from another table and says so', () => {
    expect(row(doc, 'expenditure_summary', '20805')).toMatchObject({
      label: '行政事业单位养老支出',
      labelSource: 'recovered',
    });
    expect(row(doc, 'expenditure_summary', '2080505')).toMatchObject({ labelSource: 'printed' });
  });
  it('produces a valid document whose identities hold', () => {
    expect(() => Schema.parse(doc)).not.toThrow();
    const report = checkDocument(doc);
    const withinAndAcross = report.findings.filter((f) => /^(in_table|cross_table)\./.test(f.rule));
    expect(withinAndAcross).toEqual([]);
    expect(report.checks.find((c) => c.rule === 'in_table.hierarchy')?.comparisons).toBeGreaterThan(0);
  });
});
describe('markdown reader', () => {
  const md = [
    '2025年部门支出预算总表',
    '',
    '编制部门：上海市测试局',
    '',
    '单位：元',
    '',
    '| 项目 | | | 支出预算 | | | |',
    '|---|---|---|---|---|---|---|',
    '| 功能分类科目编码 | | | 功能分类科目名称 | 合计 | 基本支出 | 项目支出 |',
    '| 类 | 款 | 项 | | | | |',
    '| 210 | | | 卫生健康支出 | 300.00 | 100.00 | 200.00 |',
    '| 210 | 11 | | 行政事业单位医疗 | 100.00 | 100.00 | 0.00 |',
    '',
    '| | | | | | | |',
    '|---|---|---|---|---|---|---|',
    '| 210 | 15 | | 医疗保障管理事务 | 200.00 | | 200.00 |',
    '| 合计 | | | | 300.00 | 100.00 | 200.00 |',
  ].join('\n');
  const doc = parseText(md, { name: 'm.md' });
  it('joins tables split at page breaks, blank header rows included', () => {
    expect(doc.source.format).toBe('markdown');
    expect(table(doc, 'expenditure_summary')?.rows.map((r) => r.key)).toEqual(['210', '21011', '21015', 'total']);
  });
  it('reads 0.00 as zero and an empty cell as blank', () => {
    expect(row(doc, 'expenditure_summary', '21011')?.values.project).toBe(0);
    expect(row(doc, 'expenditure_summary', '21015')?.values.basic).toBeNull();
  });
});
describe('plain-text reader (empty cells dropped, titles after rows)', () => {
  const plain = [
    '部门预算编制说明',
    '　　收入预算30万元。',
    '',
    '',
    '',
    '单位：元',
    '',
    '项目 预算数 项目 预算数',
    '',
    '一、财政拨款收入 300,000 一、卫生健康支出 300,000',
    '',
    '　　1. 一般公共预算',
    '资金',
    '',
    '300,000 二、住房保障支出',
    '二、事业收入',
    '收入总计 300,000 支出总计 300,000',
    '',
    '2025年部门财务收支预算总表',
    '',
    '编制部门：上海市测试局',
    '',
    '',
    '',
    '单位：元',
    '',
    '类 款 项',
    '',
    '210 卫生健康支出 300,000 100,000 200,000',
    '',
    '210 11 行政事业单位医疗 100,000 100,000',
    '',
    '210 11 01 行政单位医疗 100,000 100,000',
    '',
    '2025年部门支出预算总表',
    '',
    '项目 支出预算',
    '',
    '编制部门：上海市测试局',
    '',
    '',
    '',
    '类 款 项',
    '',
    '项目 支出预算',
    '',
    '210 15 医疗保障管理事务 200,000 200,000',
    '',
    '210 15 01 行政运行 200,000 200,000',
    '',
    '300,000 100,000 200,000合计',
  ].join('\n');
  const doc = parseText(plain, { name: 'p.txt' });
  it('assigns pages to the table whose title they carry, and continues on untitled pages', () => {
    expect(doc.source.format).toBe('plain');
    expect(table(doc, 'expenditure_summary')?.rows.map((r) => r.key)).toEqual([
      '210',
      '21011',
      '2101101',
      '21015',
      '2101501',
      'total',
    ]);
  });
  it('reads a total whose label is glued after its values', () => {
    expect(row(doc, 'expenditure_summary', 'total')?.values).toEqual({
      total: 30_000_000,
      basic: 10_000_000,
      project: 20_000_000,
    });
  });
  it('decides columns with the identities and marks the decision', () => {
    expect(row(doc, 'expenditure_summary', '21011')?.values).toEqual({
      total: 10_000_000,
      basic: 10_000_000,
      project: null,
    });
    expect(row(doc, 'expenditure_summary', '2101501')?.values).toEqual({
      total: 20_000_000,
      basic: null,
      project: 20_000_000,
    });
    expect(row(doc, 'expenditure_summary', '2101501')?.inferred).toMatchObject({ ambiguous: false });
  });
  it('joins summary labels wrapped across lines and values that start a line', () => {
    const general = table(doc, 'finance_summary')?.rows.find((r) => r.key === 'general_budget');
    expect(general).toMatchObject({ label: '1.一般公共预算资金', values: { amount: 30_000_000 } });
    expect(row(doc, 'finance_summary', '221')?.values.amount).toBeNull();
  });
  it('flags values the identities cannot place, and checks never pass on them', () => {
    // Both children print one value equal to their total: either could be 基本支出.
    const ambiguous = [
      '2025年部门支出预算总表',
      '单位：元',
      '210 卫生健康支出 300 100 200',
      '210 11 行政事业单位医疗 100 100',
      '210 15 医疗保障管理事务 100 100',
      '210 99 其他卫生健康支出 100 100',
      '300 100 200合计',
    ].join('\n');
    const d = parseText(ambiguous, { name: 'a.txt', format: 'plain' });
    const rows = table(d, 'expenditure_summary')?.rows ?? [];
    const decided = rows.filter((r) => r.inferred);
    expect(decided.map((r) => r.inferred?.ambiguous)).toEqual([true, true, true]);
    expect(decided[0]?.inferred?.uncertain).toEqual(['basic', 'project']);
    const report = checkDocument(d);
    expect(report.checks.find((c) => c.rule === 'in_table.hierarchy')?.status).toBe('insufficient_data');
    expect(report.summary.verdict).not.toBe('ok');
    expect(report.summary.insufficientData).toBeGreaterThan(0);
  });
});
describe('bad input', () => {
  it('says so when no table is found, and is never consistent', () => {
    const doc = parseText('这是一段与预算无关的文字。\n第二行。', { name: 'x.txt' });
    expect(doc.tables).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toContain('no_tables');
    expect(checkDocument(doc).summary.verdict).toBe('incomplete');
  });
  it('survives empty, binary-looking and huge inputs', () => {
    expect(parseText('', { name: 'e.txt' }).tables).toEqual([]);
    expect(parseText('\u0000\u0001\u0002', { name: 'b.txt' }).tables).toEqual([]);
    const many = Array.from({ length: 20000 }, (_, i) => `${100 + (i % 800)} 名称 ${i},000 ${i},000`).join('\n');
    expect(() => parseText(`2025年部门支出预算总表\n单位：元\n${many}`, { name: 'h.txt' })).not.toThrow();
  }, 30_000); // ~0.6 s alone; CI shares two cores with every other package's tests
});
//# sourceMappingURL=readers.test.js.map
