import { describe, expect, it } from 'vitest';
import {
  BudgetDocument,
  checkDocument,
  describeRefs,
  parseText,
  type Report,
  rulesMarkdown,
  templateOf,
} from '../src/index.js';
import { REGION_DOCUMENT } from './region/document.js';
import { TEST_REGION } from './region/template.js';

/**
 * A second region is a new data file and nothing else: the template of test/region/template.ts reads
 * and checks a document made for it, through the same code that reads Shanghai's.
 */

const read = (text: string) => parseText(text, { name: 'region.txt', template: TEST_REGION });
const check = (text: string) => checkDocument(read(text), { template: TEST_REGION, passes: true });
const status = (r: Report, rule: string) => r.checks.find((c) => c.rule === rule)?.status;
const findings = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule);

/** The document with one printed text replaced (fails loudly when the text is not there). */
function edit(from: string, to: string): string {
  expect(REGION_DOCUMENT.includes(from), from).toBe(true);
  return REGION_DOCUMENT.replace(from, to);
}

describe('a template of another region', () => {
  const doc = read(REGION_DOCUMENT);

  it('reads its four tables, under their own kinds, with the extra column', () => {
    expect(() => BudgetDocument.parse(doc)).not.toThrow();
    expect(doc.meta).toMatchObject({
      year: 2025,
      department: '某省测试局',
      template: 'test-region-budget',
      scope: 'department',
    });
    expect(doc.tables.map((t) => t.kind)).toEqual([
      'overview',
      'income_by_function',
      'spending_by_function',
      'general_by_function',
    ]);
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    const spending = doc.tables.find((t) => t.kind === 'spending_by_function');
    expect(spending?.columns).toEqual(['total', 'basic', 'project', 'operating']);
    expect(spending?.rows.find((r) => r.key === '2010101')?.values).toEqual({
      total: 170_000_000,
      basic: 100_000_000,
      project: 50_000_000,
      operating: 20_000_000,
    });
    expect(doc.claims.map((c) => [c.key, c.amount?.fen])).toEqual([
      ['income_total', 2_000_000_00],
      ['fiscal_income', 1_800_000_00],
      ['expenditure_total', 2_000_000_00],
    ]);
  });

  it('checks it: every identity of the template runs and holds', () => {
    const report = check(REGION_DOCUMENT);
    expect(report.findings).toEqual([]);
    expect(report.summary.verdict).toBe('ok');
    for (const rule of [
      'in_table.hierarchy',
      'in_table.grand_total',
      'in_table.composition',
      'in_table.summary_lines',
      'cross_table.identities',
      'prose.totals',
      'document.tables_present',
    ])
      expect(status(report, rule), rule).toBe('pass');
    // The extra column is part of the composition that held.
    expect(report.passes?.map((p) => p.formula.zh)).toContain(
      '201 一般公共服务支出：合计 = 基本支出 + 项目支出 + 经营支出：1,700,000 = 1,700,000',
    );
  });

  it('finds a total that leaves out the extra column, named as the template names it', () => {
    const report = check(
      edit(
        '201\t01\t01\t行政运行\t1,700,000\t1,000,000\t500,000\t200,000',
        '201\t01\t01\t行政运行\t1,500,000\t1,000,000\t500,000\t200,000',
      ),
    );
    // One wrong cell, one error (reconcile/one-cell.ts): its 款's sum, its row's composition with the
    // region's extra column and the revenue table all need the same 1,700,000.
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message.zh)).toEqual([
      '部门支出总表：2010101 行政运行的“合计”印作1,500,000元，它所在的3个勾稽关系都要求它为1,700,000元',
    ]);
    const [f] = errors;
    expect(f?.formula?.zh).toContain('2010101 行政运行：合计 = 基本支出 + 项目支出 + 经营支出');
    const operating = f?.refs.filter((r) => r.column === 'operating') ?? [];
    // The line the row was printed on, counted in the document itself.
    const line =
      REGION_DOCUMENT.split('\n').findIndex((l) => l.startsWith('201\t01\t01\t行政运行\t1,700,000\t1,000,000')) + 1;
    expect(describeRefs(operating, templateOf(report.document, [TEST_REGION]), 'en')).toEqual([
      `Spending by function · 2010101 行政运行 · operating expenditure · line ${line}`,
    ]);
  });

  it('finds prose that disagrees with the tables, through the region’s own words', () => {
    const report = check(edit('本年支出200万元', '本年支出210万元'));
    expect(findings(report, 'prose.totals').map((f) => f.message.zh)).toEqual([
      '文字中的“本年支出”210万元与表格不符（表中为200.00万元）',
    ]);
  });

  it('finds tables that disagree, by the region’s identities', () => {
    const report = check(edit('收入总计\t2,000,000', '收入总计\t2,100,000'));
    // 收入总计 printed wrong breaks its own lines' sum and the region's identity: one finding at the cell,
    // whose formula is the region's identity among the sums it breaks.
    const errors = report.findings.filter((f) => f.severity === 'error' && /^(in_table|cross_table)\./.test(f.rule));
    expect(errors.map((f) => f.message.zh)).toEqual([
      '部门收支总表：收入总计的“预算数”印作2,100,000元，它所在的3个勾稽关系都要求它为2,000,000元；文字所述（“本年收入”200万元）亦为此数',
    ]);
    expect(errors[0]?.formula?.zh).toContain('部门收入总表 合计 = 部门收支总表 收入总计');
  });

  it('documents its rules with its own formulas', () => {
    const page = rulesMarkdown([TEST_REGION]);
    expect(page).toContain('合计 = 基本支出 + 项目支出 + 经营支出');
    expect(page).toContain('部门收入总表 合计 = 部门收支总表 收入总计');
  });
});
