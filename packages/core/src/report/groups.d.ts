import type { Finding, Severity } from '../model/finding.js';
import type { Report } from '../model/report.js';
import { type RuleSection } from '../reconcile/rule.js';
/**
 * Findings as readers see them: by report section (within tables, across tables, prose, document …)
 * and, within a section, by severity. Shared by the CLI report and the UI.
 */
export declare const SEVERITIES: readonly Severity[];
/** The section of a finding: the section of the rule that made it ('document' if unknown). */
export declare function sectionOf(report: Pick<Report, 'checks'>, finding: Pick<Finding, 'rule'>): RuleSection;
export interface FindingGroup {
  section: RuleSection;
  severity: Severity;
  /** The findings with their index in `report.findings`. */
  findings: {
    finding: Finding;
    index: number;
  }[];
}
/** Findings (those `keep` accepts) grouped by section in report order, then by severity. */
export declare function groupFindings(report: Report, keep?: (finding: Finding) => boolean): FindingGroup[];
//# sourceMappingURL=groups.d.ts.map
