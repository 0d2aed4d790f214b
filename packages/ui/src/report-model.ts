/**
 * Views of a Report the components share: findings grouped and filtered, the places a finding points
 * at, each table row's worst finding, and display names. Nothing here checks anything: every
 * judgement comes from core's report.
 */
import {
  type Box,
  type BudgetTable,
  type CompiledTemplate,
  columnName,
  type Finding,
  type FindingGroup,
  groupFindings as groupReportFindings,
  type Report,
  RuleSection,
  reviewOf,
  SECTION_TITLES,
  SEVERITIES,
  type Severity,
  sectionOf,
  type TableKind,
  tableName,
} from '@hezhang/core';
import type { Lang } from './i18n.js';

export { type FindingGroup, SEVERITIES, sectionOf } from '@hezhang/core';
export const SECTIONS: readonly RuleSection[] = RuleSection.options;

export interface FindingFilter {
  /** Severities shown, of the findings not dismissed. */
  severities: ReadonlySet<Severity>;
  /** Whether findings dismissed as 误报 are shown (whatever their severity). */
  dismissed: boolean;
  section: RuleSection | 'all';
  text: string;
}

export const ALL_FINDINGS: FindingFilter = {
  severities: new Set(SEVERITIES),
  dismissed: true,
  section: 'all',
  text: '',
};

/** Whether the finding at `index` was dismissed as 误报 (a reviewed report's marks). */
export function isDismissed(report: Report, index: number): boolean {
  return reviewOf(report)?.marks[index]?.status === 'dismissed';
}

/**
 * What the filter's chips count: each severity's findings not dismissed (the verdict's counts), and
 * the findings dismissed as 误报 apart — the counts follow the marks.
 */
export function filterCounts(report: Report): Record<Severity | 'dismissed', number> {
  const counts = { error: 0, warning: 0, info: 0, dismissed: 0 };
  report.findings.forEach((f, i) => {
    if (isDismissed(report, i)) counts.dismissed++;
    else counts[f.severity]++;
  });
  return counts;
}

export function matchesFilter(report: Report, finding: Finding, filter: FindingFilter, index = -1): boolean {
  if (index >= 0 && isDismissed(report, index)) {
    if (!filter.dismissed) return false;
  } else if (!filter.severities.has(finding.severity)) return false;
  if (filter.section !== 'all' && sectionOf(report, finding) !== filter.section) return false;
  const text = filter.text.trim().toLowerCase();
  if (!text) return true;
  return [finding.message.zh, finding.message.en, finding.formula?.zh, finding.formula?.en, finding.rule]
    .filter((s): s is string => Boolean(s))
    .some((s) => s.toLowerCase().includes(text));
}

/** Findings that pass the filter, grouped by severity (errors first), each group by page: core's one order. */
export function groupFindings(report: Report, filter: FindingFilter = ALL_FINDINGS): FindingGroup[] {
  return groupReportFindings(report, (finding, index) => matchesFilter(report, finding, filter, index));
}

/** The boxes a finding points at, by page, in the order its references name the pages. */
export function boxesByPage(finding: Finding): Map<number, Box[]> {
  const pages = new Map<number, Box[]>();
  for (const ref of finding.refs) {
    if (ref.page === undefined || ref.box === undefined) continue;
    let boxes = pages.get(ref.page);
    if (!boxes) pages.set(ref.page, (boxes = []));
    boxes.push(ref.box);
  }
  return pages;
}

/** How a row fared: the worst severity of the findings that name it, or 'pass' when only comparisons that held did. */
export type RowMark = Severity | 'pass';

/** Each row's mark, keyed by rowKey(); rows no comparison touched have none. Passes come with `checkDocument(doc, { passes: true })`. */
export function rowMarks(report: Report): Map<string, RowMark> {
  const marks = new Map<string, RowMark>();
  for (const pass of report.passes ?? [])
    for (const ref of pass.refs) if (ref.table && ref.row !== undefined) marks.set(rowKey(ref.table, ref.row), 'pass');
  for (const finding of report.findings) {
    for (const ref of finding.refs) {
      if (!ref.table || ref.row === undefined) continue;
      const key = rowKey(ref.table, ref.row);
      const seen = marks.get(key);
      if (!seen || seen === 'pass' || SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(seen))
        marks.set(key, finding.severity);
    }
  }
  return marks;
}

export function rowKey(table: TableKind, row: string): string {
  return `${table}|${row}`;
}

export function tableTitle(template: CompiledTemplate, kind: TableKind, lang: Lang): string {
  return tableName(template, kind)[lang];
}

/** A column's name as its template gives it: the printed header in Chinese, the template's English name. */
export function columnTitle(template: CompiledTemplate, table: BudgetTable, column: string, lang: Lang): string {
  return columnName(template, table.kind, column)[lang];
}

/** The table and row of a finding's first reference, as the test hooks expose them. */
export function firstRef(finding: Finding): { table: string; row: string } {
  const ref = finding.refs[0];
  return { table: ref?.table ?? '', row: ref?.row ?? '' };
}

export function sectionTitle(section: RuleSection, lang: Lang): string {
  return SECTION_TITLES[section][lang];
}
