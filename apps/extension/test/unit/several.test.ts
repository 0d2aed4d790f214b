/**
 * A PDF of several documents checked (src/pdf/several.ts): with core's own checks on hand-made budgets
 * of a department and its unit, what its verdict and its reports say, and what becomes of a document
 * whose check fails.
 */
import { type BudgetDocument, checkDocuments, parseText } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { type BudgetSpec, budgetText, sumOf } from '../../../../packages/core/test/budget-text';
import { severalChecked } from '../../src/pdf/several';
import { PdfVerdict } from '../../src/shared/status';

const UNIT: BudgetSpec = {
  name: '上海市普陀区示例局',
  year: 2025,
  scope: 'unit',
  leaves: [{ code: '2010301', basic: 1_234_567, project: 0 }],
};
const DEPARTMENT: BudgetSpec = {
  name: '上海市普陀区示例局',
  year: 2025,
  units: [{ name: '示例局本部' }],
  // 10,000 元 more than its one unit: a finding between the two documents.
  leaves: sumOf([UNIT]).map((l) => ({ ...l, basic: l.basic + 10_000 })),
};
const unit = (name = 'both.pdf（第10–17页）') => parseText(budgetText(UNIT), { name });
const docs = (): BudgetDocument[] => [parseText(budgetText(DEPARTMENT), { name: 'both.pdf（第1–9页）' }), unit()];
const bytes = new TextEncoder().encode('%PDF-1.7 stand-in bytes');
const HASH = 'a'.repeat(64);

describe('severalChecked', () => {
  it('checks the documents together, as core does, each with its report and verdict; the PDF takes the worst', async () => {
    const direct = checkDocuments(docs());
    const { report, verdict } = await severalChecked('both.pdf', HASH, bytes, docs());
    expect(PdfVerdict.omit({ url: true, checkedAt: true }).safeParse(verdict).success).toBe(true);
    expect(report.map((r) => r?.summary)).toEqual(direct.map((r) => r.summary));
    expect(direct[0]?.findings.some((f) => f.rule === 'across.units' && f.severity === 'error')).toBe(true);
    expect(verdict.documents?.map((d) => [d.name, d.summary?.verdict])).toEqual(
      direct.map((r) => [r.source.name, r.summary.verdict]),
    );
    expect(verdict.summary.verdict).toBe('error');
    expect(verdict.summary.errors).toBe(direct.reduce((n, r) => n + r.summary.errors, 0));
    // Each document's identity, as the CLI gives it: the file's bytes and its name.
    const ids = report.map((r) => r?.source.sha256);
    expect(new Set(ids).size).toBe(2);
    const expected = new Uint8Array(
      await crypto.subtle.digest(
        'SHA-256',
        new Uint8Array([...bytes, ...new TextEncoder().encode('both.pdf（第10–17页）')]),
      ),
    );
    expect(ids[1]).toBe(Array.from(expected, (b) => b.toString(16).padStart(2, '0')).join(''));
  });

  it('says a document whose check fails is unchecked, keeps the others’ verdicts, and is never ok', async () => {
    // A document core cannot check (no tables list): the check of all together throws, each is checked alone.
    const broken = { ...unit('both.pdf（第18–20页）'), tables: undefined as never };
    const { report, verdict } = await severalChecked('both.pdf', HASH, bytes, [unit(), broken]);
    expect(report.map((r) => r === null)).toEqual([false, true]);
    expect(verdict.documents?.[1]?.failure?.en).toMatch(/^the check failed/);
    expect(verdict.documents?.[0]?.summary?.verdict).toBe(checkDocuments([unit()])[0]?.summary.verdict);
    expect(verdict.summary.verdict).not.toBe('ok');
    expect(['incomplete', 'warning', 'error']).toContain(verdict.summary.verdict);
  });
});
