import type { Finding, Severity } from '../model/finding.js';

/**
 * The one order findings are shown in, by every view and export (page, CLI, JSON, CSV, 检查表, HTML
 * report, annotated PDF): errors, then warnings, then infos; within a severity, by the page (PDFs) or
 * line (text) where the finding is first seen, so a volunteer meets the mistakes before the rounding
 * notes and walks through the document once. Findings with no place come last in their severity;
 * ties keep the engine's order (rule by rule, so a page's findings stay in report-section order).
 */

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Where a finding is first seen: the page and line of the first reference that names one (the page its "show" opens). */
export function findingPlace(finding: Pick<Finding, 'refs'>): { page?: number; line?: number } {
  const page = finding.refs.find((r) => r.page !== undefined)?.page;
  const line = finding.refs.find((r) => r.line !== undefined)?.line;
  return { ...(page !== undefined ? { page } : {}), ...(line !== undefined ? { line } : {}) };
}

const last = Number.POSITIVE_INFINITY;

/** Severity first, then page, then line. A comparator for a stable sort. */
export function compareFindings(a: Pick<Finding, 'severity' | 'refs'>, b: Pick<Finding, 'severity' | 'refs'>): number {
  const bySeverity = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (bySeverity !== 0) return bySeverity;
  const pa = findingPlace(a);
  const pb = findingPlace(b);
  return (pa.page ?? last) - (pb.page ?? last) || (pa.line ?? last) - (pb.line ?? last) || 0;
}

/** Findings in the order they are shown (a new array; `Array.prototype.sort` is stable). */
export function orderFindings<F extends Pick<Finding, 'severity' | 'refs'>>(findings: readonly F[]): F[] {
  return [...findings].sort(compareFindings);
}
