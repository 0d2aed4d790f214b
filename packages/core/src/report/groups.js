import { SECTION_TITLES } from '../reconcile/rule.js';
/**
 * Findings as readers see them: by report section (within tables, across tables, prose, document …)
 * and, within a section, by severity. Shared by the CLI report and the UI.
 */
export const SEVERITIES = ['error', 'warning', 'info'];
const SECTIONS = Object.keys(SECTION_TITLES);
/** The section of a finding: the section of the rule that made it ('document' if unknown). */
export function sectionOf(report, finding) {
  const section = report.checks.find((c) => c.rule === finding.rule)?.section;
  return section && section in SECTION_TITLES ? section : 'document';
}
/** Findings (those `keep` accepts) grouped by section in report order, then by severity. */
export function groupFindings(report, keep = () => true) {
  const groups = new Map();
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
//# sourceMappingURL=groups.js.map
