import type { Finding, Severity } from '../model/finding.js';
import { type Report, RuleSection } from '../model/report.js';

/**
 * Findings as readers see them: by report section (within tables, across tables, prose, document …)
 * and, within a section, by severity. Shared by the CLI report and the UI.
 */

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SECTIONS: readonly RuleSection[] = RuleSection.options;

/** The section of a finding: the section of the rule that made it ('document' if unknown). */
export function sectionOf(report: Pick<Report, 'checks'>, finding: Pick<Finding, 'rule'>): RuleSection {
  const section = report.checks.find((c) => c.rule === finding.rule)?.section;
  return section && SECTIONS.includes(section) ? section : 'document';
}

export interface FindingGroup {
  section: RuleSection;
  severity: Severity;
  /** The findings with their index in `report.findings`. */
  findings: { finding: Finding; index: number }[];
}

/** Findings (those `keep` accepts) grouped by section in report order, then by severity. */
export function groupFindings(report: Report, keep: (finding: Finding) => boolean = () => true): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  report.findings.forEach((finding, index) => {
    if (!keep(finding)) return;
    const section = sectionOf(report, finding);
    const key = `${section}|${finding.severity}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { section, severity: finding.severity, findings: [] }));
    group.findings.push({ finding, index });
  });
  return [...groups.values()].sort(
    (a, b) =>
      SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) ||
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
}
