import { checkDocument } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { readBudgetPdf } from '../src/node.js';
import { REAL_DIR, realPdf } from './real.js';

describe.skipIf(!REAL_DIR)('a real department budget, end to end', () => {
  it('reads all nine tables of swj-2025-dept.pdf and their in-table identities hold', async () => {
    const doc = await readBudgetPdf(realPdf('swj-2025-dept.pdf'), { name: 'swj-2025-dept.pdf' });
    expect(doc.tables).toHaveLength(9);
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    const report = checkDocument(doc);
    expect(report.findings.filter((f) => f.rule.startsWith('in_table'))).toEqual([]);
  });
});
