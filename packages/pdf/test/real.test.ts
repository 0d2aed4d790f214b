import { checkDocument } from '@hezhang/core';
import { REAL_DIR, realPdf } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { goldenTables } from '../../core/test/helpers.js';
import { extractPositioned, readBudgetPdf } from '../src/node.js';
import { printedAmounts, readAmounts } from './oracle.js';

/**
 * The published PDFs (read from outside the repository). Their golden tables were checked by hand
 * once against the rendered pages and `pdftotext -layout`; the in-table identities the printed
 * documents themselves break are listed here with the evidence.
 */
const DOCUMENTS: { file: string; tables: number; breaks: string[]; rounding?: string[]; diagnostics?: string[] }[] = [
  { file: 'swj-2025-dept.pdf', tables: 9, breaks: [] },
  { file: 'swj-2025-unit.pdf', tables: 9, breaks: [] },
  { file: 'wanli-2023-dept.pdf', tables: 9, breaks: [] },
  { file: 'wanli-2024-dept.pdf', tables: 9, breaks: [] },
  {
    file: 'shczj-2025-unit.pdf',
    tables: 9,
    // Printed 302 商品和服务支出 24,840,779; its eighteen 款 rows add up to 24,840,778. The table prints
    // whole 元 from amounts held in 分 (the 合计 row adds the printed 302): a rounding difference of
    // 1 元 among eighteen amounts, one info for the table (合计 and 公用经费 columns).
    breaks: [],
    rounding: ['in_table.hierarchy basic_by_economic ×2'],
  },
  // 财务收支预算总表 ruled one short segment per cell, rows spaced apart.
  { file: 'czj-2025-dept.pdf', tables: 9, breaks: [] },
  // Subjects named as hyphen-joined paths in the prose.
  { file: 'qfb-2025-dept.pdf', tables: 9, breaks: [] },
  {
    file: 'czj-2024-final.pdf',
    tables: 9,
    // Page 14, between two tables, is printed blank.
    diagnostics: ['text_blank_page'],
    // Final accounts in 万元 rounded from 元: the printed parts add up to 0.01–0.02 more than the
    // printed totals (301: 2,082.86 vs 2,082.85; 302: 171.09 vs 171.07; 合计 of the revenue, expenditure
    // and general-budget tables: 2,946.26 vs 2,946.25, 2,940.06 vs 2,940.05, 2,336.92 vs 2,336.91) —
    // rounding differences, reported as one info per table.
    breaks: [],
    rounding: [
      'in_table.hierarchy final_basic_by_economic ×2',
      'in_table.grand_total final_revenue ×2',
      'in_table.grand_total final_expenditure ×2',
      'in_table.grand_total final_general_budget_by_function ×2',
    ],
  },
];

describe.skipIf(!REAL_DIR).each(DOCUMENTS)('$file', ({ file, tables, breaks, rounding = [], diagnostics = [] }) => {
  const bytes = realPdf(file);
  const reading = Promise.all([readBudgetPdf(bytes, { name: file }), extractPositioned(bytes)]);

  it('reads every table without a problem', async () => {
    const [doc] = await reading;
    expect(doc.tables).toHaveLength(tables);
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual(diagnostics);
  });

  it('reads every amount printed in each table exactly once', async () => {
    const [doc, positioned] = await reading;
    for (const table of doc.tables) expect(readAmounts(table), table.kind).toEqual(printedAmounts(positioned, table));
  });

  it('keeps every in-table identity the printed document keeps', async () => {
    const [doc] = await reading;
    const report = checkDocument(doc);
    const inTable = report.findings.filter((f) => f.rule.startsWith('in_table'));
    const broken = inTable
      .filter((f) => f.severity !== 'info')
      .map((f) => `${f.rule} ${f.refs[0]?.table} ${f.refs[0]?.row} ${f.refs[0]?.column}`);
    // Reports list findings errors first, each severity by page: compared whatever their order.
    expect([...broken].sort()).toEqual([...breaks].sort());
    const rounded = inTable
      .filter((f) => f.severity === 'info')
      .map((f) => `${f.rule} ${f.refs[0]?.table} ×${f.count}`);
    expect([...rounded].sort()).toEqual([...rounding].sort());
  });

  it('matches the golden tables checked by hand', async () => {
    const [doc] = await reading;
    await expect(`${JSON.stringify(goldenTables(doc), null, 1)}\n`).toMatchFileSnapshot(
      `golden/real/${file.replace(/\.pdf$/, '')}.tables.json`,
    );
  });
});
