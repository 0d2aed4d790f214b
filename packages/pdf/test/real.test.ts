import { checkDocument } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { goldenTables } from '../../core/test/helpers.js';
import { extractPositioned, readBudgetPdf } from '../src/node.js';
import { printedAmounts, readAmounts } from './oracle.js';
import { REAL_DIR, realPdf } from './real.js';

/**
 * The six published PDFs (read from outside the repository). Their golden tables were checked by hand
 * once against the rendered pages and `pdftotext -layout`; the in-table identities the printed
 * documents themselves break are listed here with the evidence.
 */
const DOCUMENTS: { file: string; tables: number; breaks: string[] }[] = [
  { file: 'swj-2025-dept.pdf', tables: 9, breaks: [] },
  { file: 'swj-2025-unit.pdf', tables: 9, breaks: [] },
  { file: 'wanli-2023-dept.pdf', tables: 9, breaks: [] },
  { file: 'wanli-2024-dept.pdf', tables: 9, breaks: [] },
  {
    file: 'shczj-2025-unit.pdf',
    tables: 9,
    // Printed 302 商品和服务支出 24,840,779; its eighteen 款 rows add up to 24,840,778.
    breaks: ['in_table.hierarchy basic_by_economic 302 total', 'in_table.hierarchy basic_by_economic 302 public'],
  },
];

describe.skipIf(!REAL_DIR).each(DOCUMENTS)('$file', ({ file, tables, breaks }) => {
  const bytes = realPdf(file);
  const reading = Promise.all([readBudgetPdf(bytes, { name: file }), extractPositioned(bytes)]);

  it('reads every table without a problem', async () => {
    const [doc] = await reading;
    expect(doc.tables).toHaveLength(tables);
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads every amount printed in each table exactly once', async () => {
    const [doc, positioned] = await reading;
    for (const table of doc.tables) expect(readAmounts(table), table.kind).toEqual(printedAmounts(positioned, table));
  });

  it('keeps every in-table identity the printed document keeps', async () => {
    const [doc] = await reading;
    const report = checkDocument(doc);
    const broken = report.findings
      .filter((f) => f.rule.startsWith('in_table'))
      .map((f) => `${f.rule} ${f.refs[0]?.table} ${f.refs[0]?.row} ${f.refs[0]?.column}`);
    expect(broken).toEqual(breaks);
  });

  it('matches the golden tables checked by hand', async () => {
    const [doc] = await reading;
    await expect(`${JSON.stringify(goldenTables(doc), null, 1)}\n`).toMatchFileSnapshot(
      `golden/real/${file.replace(/\.pdf$/, '')}.tables.json`,
    );
  });
});
