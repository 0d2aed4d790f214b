import type { Finding, Severity } from '../model/finding.js';
import { type Report, RuleSection } from '../model/report.js';
import { compareFindings, SEVERITIES } from './order.js';

/**
 * Findings as readers see them: by severity (errors, then warnings, then infos) and, within one, by
 * page (report/order.ts). Each finding keeps its report section (within tables, across tables,
 * prose, document …) for a label and a filter. Shared by the CLI report, the UI and the exports.
 */

export { SEVERITIES };

const SECTIONS: readonly RuleSection[] = RuleSection.options;

/** The section of a finding: the section of the rule that made it ('document' if unknown). */
export function sectionOf(report: Pick<Report, 'checks'>, finding: Pick<Finding, 'rule'>): RuleSection {
  const section = report.checks.find((c) => c.rule === finding.rule)?.section;
  return section && SECTIONS.includes(section) ? section : 'document';
}

/** A finding with its index in `report.findings` (what review marks are indexed by). */
export interface IndexedFinding {
  finding: Finding;
  index: number;
}

/**
 * The findings `keep` accepts, in the order they are shown, each with its index in `report.findings`.
 * Reports made by this build are in that order already; a report saved by an older one is put in it.
 */
export function orderedFindings(
  report: Pick<Report, 'findings'>,
  keep: (finding: Finding, index: number) => boolean = () => true,
): IndexedFinding[] {
  return report.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding, index }) => keep(finding, index))
    .sort((a, b) => compareFindings(a.finding, b.finding));
}

export interface FindingGroup {
  severity: Severity;
  /** The findings with their index in `report.findings`, by page. */
  findings: IndexedFinding[];
}

/** Findings (those `keep` accepts) grouped by severity, errors first; empty severities are left out. */
export function groupFindings(
  report: Pick<Report, 'findings'>,
  keep: (finding: Finding, index: number) => boolean = () => true,
): FindingGroup[] {
  const ordered = orderedFindings(report, keep);
  return SEVERITIES.map((severity) => ({
    severity,
    findings: ordered.filter((f) => f.finding.severity === severity),
  })).filter((g) => g.findings.length > 0);
}
