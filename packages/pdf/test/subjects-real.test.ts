import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type Report } from '@hezhang/core';
import { REAL_DIR, REAL_FILES, realPdf } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { readBudgetPdf } from '../src/node.js';

/**
 * Subject lines and the classification on the published PDFs: every subject a document names is found
 * in its tables (qfb-2025-dept names them as hyphen-joined 类-款-项 paths), and the classification rules
 * find nothing on documents whose tables and prose use the names of their year (checked by hand: none
 * of these prints a former name, a code under a wrong class or a code that does not exist).
 */

const FILES = [...REAL_FILES, 'final-template-2024.pdf'].filter((f) => REAL_DIR && existsSync(join(REAL_DIR, f)));

const reports = new Map<string, Promise<Report>>();
const report = (file: string) => {
  let r = reports.get(file);
  if (!r) {
    r = readBudgetPdf(realPdf(file), { name: file }).then((doc) => checkDocument(doc));
    reports.set(file, r);
  }
  return r;
};
const check = (r: Report, rule: string) => r.checks.find((c) => c.rule === rule);
const findings = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule);

describe.skipIf(!FILES.includes('qfb-2025-dept.pdf'))('qfb-2025-dept: subjects named as hyphen-joined paths', () => {
  it('finds every subject in the tables and checks its amount', async () => {
    const r = await report('qfb-2025-dept.pdf');
    expect(findings(r, 'prose.subject_names')).toEqual([]);
    expect(check(r, 'prose.subjects')).toMatchObject({ status: 'pass', comparisons: 12 });
    expect(check(r, 'prose.subject_sum')?.status).toBe('pass');
  });
});

describe.skipIf(!FILES.includes('czj-2025-dept.pdf'))('czj-2025-dept: a subject printed with 其它 for 其他', () => {
  it('is found (its amount checked) and its name reported once', async () => {
    const r = await report('czj-2025-dept.pdf');
    const names = findings(r, 'prose.subject_names');
    expect(names.map((f) => f.actual?.text)).toEqual([
      '社会保障和就业支出/行政事业单位养老支出/其它行政事业单位养老支出',
    ]);
    expect(names[0]?.expected?.text).toBe('其他行政事业单位养老支出');
    expect(check(r, 'prose.subjects')?.comparisons).toBe(11);
  });
});

describe.skipIf(FILES.length === 0).each(FILES)('%s: the classification of its year', (file) => {
  it('reports no former name, wrong name, unknown code, wrong class code or code its name contradicts', async () => {
    const r = await report(file);
    for (const rule of [
      'classification.stale_names',
      'classification.code_names',
      'classification.unknown_codes',
      'classification.class_codes',
      'classification.printed_codes',
    ]) {
      expect(findings(r, rule), rule).toEqual([]);
      expect(check(r, rule)?.status, rule).toBe('pass');
    }
  });
});
