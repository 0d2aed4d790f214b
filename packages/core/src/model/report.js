import { z } from 'zod';
import { BudgetDocument } from './document.js';
import { Finding, Ref, Severity } from './finding.js';
import { SourceInfo } from './source.js';
import { BudgetTable } from './table.js';
export const CheckStatus = z.enum(['pass', 'fail', 'not_applicable', 'insufficient_data']);
/** What one rule concluded about one document. */
export const CheckResult = z.object({
  rule: z.string(),
  title: z.string(),
  titleEn: z.string(),
  section: z.string(),
  severity: Severity,
  status: CheckStatus,
  /** Why the rule could not run (not_applicable / insufficient_data). */
  reason: z.string().optional(),
  /** How many comparisons the rule made. */
  comparisons: z.number().int().nonnegative(),
  findings: z.number().int().nonnegative(),
});
/**
 * ok: every check ran and none found an error or warning; warning / error: findings of that severity;
 * incomplete: no error found, but some checks could not run (the document is never called consistent then).
 */
export const Verdict = z.enum(['ok', 'warning', 'error', 'incomplete']);
export const ReportSummary = z.object({
  verdict: Verdict,
  checksRun: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  notApplicable: z.number().int().nonnegative(),
  insufficientData: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  infos: z.number().int().nonnegative(),
});
/** A comparison that held, with its formula and cells (recorded on request, for green marks). */
export const PassedComparison = z.object({
  rule: z.string(),
  formula: z.string(),
  formulaEn: z.string().optional(),
  refs: z.array(Ref),
});
export const Report = z.object({
  source: SourceInfo,
  /** The document as read, without its tables (those are in `tables`). */
  document: BudgetDocument.omit({ tables: true }),
  tables: z.array(BudgetTable),
  findings: z.array(Finding),
  checks: z.array(CheckResult),
  /** Comparisons that held, when `checkDocument(doc, { passes: true })` asked for them. */
  passes: z.array(PassedComparison).optional(),
  /** Earlier documents of the same department the report was checked against. */
  previous: z.array(z.object({ name: z.string(), year: z.number().int().optional() })).default([]),
  summary: ReportSummary,
});
//# sourceMappingURL=report.js.map
