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
  compileTemplate,
  type Finding,
  type Report,
  type RuleSection,
  SECTION_TITLES,
  type Severity,
  SHANGHAI_BUDGET,
  type TableKind,
  tableName,
  tableNameEn,
  templateById,
} from '@hezhang/core';
import type { Lang } from './i18n.js';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const SECTIONS = Object.keys(SECTION_TITLES) as RuleSection[];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The template a report's tables were read with (names of tables and columns). */
export function templateOf(report: Report): CompiledTemplate {
  return compileTemplate(templateById(report.document.meta.template) ?? SHANGHAI_BUDGET);
}

/** The report section of a finding: the section of the rule that made it. */
export function sectionOf(report: Report, finding: Finding): RuleSection {
  return ruleSection(report.checks.find((c) => c.rule === finding.rule)?.section);
}

/** A check's section as a known RuleSection ('document' for anything else). */
export function ruleSection(section: string | undefined): RuleSection {
  return section && section in SECTION_TITLES ? (section as RuleSection) : 'document';
}

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  section: RuleSection | 'all';
  text: string;
}

export const ALL_FINDINGS: FindingFilter = { severities: new Set(SEVERITIES), section: 'all', text: '' };

export function matchesFilter(report: Report, finding: Finding, filter: FindingFilter): boolean {
  if (!filter.severities.has(finding.severity)) return false;
  if (filter.section !== 'all' && sectionOf(report, finding) !== filter.section) return false;
  const text = filter.text.trim().toLowerCase();
  if (!text) return true;
  return [finding.message, finding.messageEn, finding.formula, finding.formulaEn, finding.rule]
    .filter((s): s is string => Boolean(s))
    .some((s) => s.toLowerCase().includes(text));
}

export interface FindingGroup {
  section: RuleSection;
  severity: Severity;
  findings: { finding: Finding; index: number }[];
}

/** Findings that pass the filter, grouped by section (in SECTION_TITLES order) then severity. */
export function groupFindings(report: Report, filter: FindingFilter = ALL_FINDINGS): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  report.findings.forEach((finding, index) => {
    if (!matchesFilter(report, finding, filter)) return;
    const section = sectionOf(report, finding);
    const key = `${section}|${finding.severity}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { section, severity: finding.severity, findings: [] }));
    group.findings.push({ finding, index });
  });
  return [...groups.values()].sort(
    (a, b) =>
      SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
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
      if (!seen || seen === 'pass' || SEVERITY_RANK[finding.severity] < SEVERITY_RANK[seen])
        marks.set(key, finding.severity);
    }
  }
  return marks;
}

export function rowKey(table: TableKind, row: string): string {
  return `${table}|${row}`;
}

export function tableTitle(template: CompiledTemplate, kind: TableKind, lang: Lang): string {
  return lang === 'zh' ? tableName(template, kind) : tableNameEn(template, kind);
}

/** A column's printed header (Chinese) or its id (English). */
export function columnTitle(template: CompiledTemplate, table: BudgetTable, column: string, lang: Lang): string {
  return lang === 'zh' ? columnName(template, table.kind, column) : column.replaceAll('_', ' ');
}

/** The table and row of a finding's first reference, as the test hooks expose them. */
export function firstRef(finding: Finding): { table: string; row: string } {
  const ref = finding.refs[0];
  return { table: ref?.table ?? '', row: ref?.row ?? '' };
}

export function sectionTitle(section: RuleSection, lang: Lang): string {
  return SECTION_TITLES[section][lang];
}
