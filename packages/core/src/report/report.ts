import { type Bilingual, tidyQuotes } from '../model/bilingual.js';
import type { BudgetDocument } from '../model/document.js';
import type { Finding, Quantity } from '../model/finding.js';
import type { CheckResult, Report, ReportSummary, Verdict } from '../model/report.js';
import { orderFindings } from './order.js';

/**
 * Assembles a report and its verdict from a document, the findings and the per-rule results. The
 * findings are put in the order every view shows them (errors first, then by page: report/order.ts).
 */
export function makeReport(
  document: BudgetDocument,
  findings: Finding[],
  checks: CheckResult[],
  previous: Report['previous'] = [],
): Report {
  const { tables, ...rest } = document;
  return {
    source: document.source,
    document: rest,
    tables,
    findings: orderFindings(findings.map((f) => finite(tidyFinding(f)))),
    previous,
    checks,
    summary: summarize(document, findings, checks),
  };
}

export function summarize(document: BudgetDocument, findings: Finding[], checks: CheckResult[]): ReportSummary {
  const count = (s: CheckResult['status']) => checks.filter((c) => c.status === s).length;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.filter((f) => f.severity === 'info').length;
  const insufficientData = count('insufficient_data');
  const unreadable = document.diagnostics.some((d) => d.severity === 'error') || document.tables.length === 0;
  let verdict: Verdict;
  if (errors > 0) verdict = 'error';
  // A document is never called consistent when checks could not run or nothing could be checked.
  else if (insufficientData > 0 || unreadable || checks.length === 0) verdict = 'incomplete';
  else if (warnings > 0) verdict = 'warning';
  else verdict = 'ok';
  return {
    verdict,
    checksRun: count('pass') + count('fail'),
    passed: count('pass'),
    failed: count('fail'),
    notApplicable: count('not_applicable'),
    insufficientData,
    errors,
    warnings,
    infos,
  };
}

const tidy = (text: Bilingual): Bilingual => ({ zh: tidyQuotes(text.zh), en: tidyQuotes(text.en) });

/**
 * A finding's words as every view shows them: quotations inside quotations with single marks (rules
 * quote labels that carry their own quotes: never "““三公”经费”"). What it points at is left as read.
 */
function tidyFinding(finding: Finding): Finding {
  return { ...finding, message: tidy(finding.message), ...(finding.formula ? { formula: tidy(finding.formula) } : {}) };
}

/**
 * The last guard before any view: a quantity whose value is not a finite number (a quotient by zero)
 * keeps its text and loses the value, so no app ever shows or exports "Infinity" or "NaN" (rules
 * format percentages with formatPercent, which prints "—" for them).
 */
function finite(f: Finding): Finding {
  const fix = (q: Quantity | undefined) =>
    q && q.value !== undefined && !Number.isFinite(q.value) ? (({ value: _, ...rest }) => rest)(q) : q;
  if (![f.expected, f.actual, f.difference].some((q) => q?.value !== undefined && !Number.isFinite(q.value))) return f;
  const expected = fix(f.expected);
  const actual = fix(f.actual);
  const difference = fix(f.difference);
  return {
    ...f,
    ...(expected ? { expected } : {}),
    ...(actual ? { actual } : {}),
    ...(difference ? { difference } : {}),
  };
}
