import { describe, expect, it } from 'vitest';
import { ALL_FINDINGS, boxesByPage, groupFindings, rowMarks, sectionOf } from '../src/report-model.js';
import { seedReport } from './seed-report.js';

const report = seedReport();

describe('report views', () => {
  it('groups every finding once, errors first, each severity by line', () => {
    const groups = groupFindings(report);
    expect(groups.flatMap((g) => g.findings.map((f) => f.index)).sort((a, b) => a - b)).toEqual(
      report.findings.map((_, i) => i),
    );
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    for (const g of groups) {
      const lines = g.findings.map(({ finding }) => finding.refs.find((r) => r.line)?.line ?? Number.POSITIVE_INFINITY);
      expect(lines).toEqual([...lines].sort((a, b) => a - b));
      for (const { finding } of g.findings) expect(finding.severity).toBe(g.severity);
    }
  });

  it('filters by severity, section and text', () => {
    const errors = groupFindings(report, { ...ALL_FINDINGS, severities: new Set(['error']) });
    expect(errors.every((g) => g.severity === 'error')).toBe(true);
    expect(errors.reduce((n, g) => n + g.findings.length, 0)).toBe(report.summary.errors);
    const byText = groupFindings(report, { ...ALL_FINDINGS, text: '其他医疗救助' });
    expect(byText.flatMap((g) => g.findings).length).toBeGreaterThan(0);
    const prose = groupFindings(report, { ...ALL_FINDINGS, section: 'prose' });
    expect(prose.length).toBeGreaterThan(0);
    for (const g of prose) for (const { finding } of g.findings) expect(sectionOf(report, finding)).toBe('prose');
  });

  it('marks rows named by findings with their worst severity, rows only in comparisons that held as passed', () => {
    const marks = rowMarks(report);
    expect(marks.get('general_budget_by_function|2101399')).toBe('error');
    expect(marks.get('revenue_summary|208')).toBe('pass');
    expect(marks.has('revenue_summary|no-such-row')).toBe(false);
  });

  it('collects boxes by page and ignores references without one', () => {
    const finding = {
      rule: 'x',
      severity: 'error' as const,
      message: { zh: '', en: '' },
      refs: [
        {
          table: 'three_public' as const,
          row: 'total',
          page: 3,
          box: [1, 2, 3, 4] as [number, number, number, number],
        },
        { line: 12 },
        { page: 3, box: [5, 6, 7, 8] as [number, number, number, number] },
        { page: 5, box: [0, 0, 1, 1] as [number, number, number, number] },
      ],
    };
    expect([...boxesByPage(finding)]).toEqual([
      [
        3,
        [
          [1, 2, 3, 4],
          [5, 6, 7, 8],
        ],
      ],
      [5, [[0, 0, 1, 1]]],
    ]);
  });
});
