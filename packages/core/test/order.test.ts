import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  type Finding,
  findingPlace,
  groupFindings,
  orderedFindings,
  parseText,
  type Report,
  SEVERITIES,
} from '../src/index.js';
import { SEEDS } from './helpers.js';

/** Errors, then warnings, then infos; within a severity by page, then line. */
function expectShownOrder(findings: readonly Finding[]): void {
  const key = (f: Finding) => {
    const { page, line } = findingPlace(f);
    return [SEVERITIES.indexOf(f.severity), page ?? Number.POSITIVE_INFINITY, line ?? Number.POSITIVE_INFINITY];
  };
  for (let i = 1; i < findings.length; i++) {
    const [a, b] = [key(findings[i - 1] as Finding), key(findings[i] as Finding)];
    const cmp =
      (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number);
    expect(cmp, `${findings[i - 1]?.rule} before ${findings[i]?.rule}`).toBeLessThanOrEqual(0);
  }
}

describe('the order findings are shown in', () => {
  const reports = SEEDS.map((s) => checkDocument(parseText(s.text, { name: s.file })));

  it('is the order of every report: errors first, then warnings, then infos, each by place', () => {
    for (const report of reports) expectShownOrder(report.findings);
    // Seed 003 has all three severities.
    const r003 = reports[3] as Report;
    expect(new Set(r003.findings.map((f) => f.severity))).toEqual(new Set(SEVERITIES));
  });

  it('puts a report of another order (saved by an older build) in it, keeping each finding’s index', () => {
    const report = reports[3] as Report;
    const reversed: Report = { ...report, findings: [...report.findings].reverse() };
    const ordered = orderedFindings(reversed);
    expectShownOrder(ordered.map((o) => o.finding));
    for (const { finding, index } of ordered) expect(reversed.findings[index]).toBe(finding);
    const groups = groupFindings(reversed);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    expect(groups.flatMap((g) => g.findings.map((f) => f.finding))).toEqual(ordered.map((o) => o.finding));
  });
});
