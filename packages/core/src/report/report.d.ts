import type { BudgetDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { CheckResult, Report, ReportSummary } from '../model/report.js';
/** Assembles a report and its verdict from a document, the findings and the per-rule results. */
export declare function makeReport(
  document: BudgetDocument,
  findings: Finding[],
  checks: CheckResult[],
  previous?: Report['previous'],
): Report;
export declare function summarize(document: BudgetDocument, findings: Finding[], checks: CheckResult[]): ReportSummary;
//# sourceMappingURL=report.d.ts.map
