import { z } from 'zod';
import { Bilingual } from './bilingual.js';
import { BudgetDocument } from './document.js';
import { Finding, Ref, Severity } from './finding.js';
import { Pairing } from './pairing.js';
import { SourceInfo } from './source.js';
import { BudgetTable } from './table.js';

export const CheckStatus = z.enum(['pass', 'fail', 'not_applicable', 'insufficient_data']);
export type CheckStatus = z.infer<typeof CheckStatus>;

/** The report sections rules are grouped under (UI and CLI group findings by them), in report order. */
export const RuleSection = z.enum(['in_table', 'cross_table', 'prose', 'document', 'text_layer', 'across_documents']);
export type RuleSection = z.infer<typeof RuleSection>;

export const SECTION_TITLES: Readonly<Record<RuleSection, Bilingual>> = {
  in_table: { zh: '表内勾稽', en: 'Within tables' },
  cross_table: { zh: '表间勾稽', en: 'Across tables' },
  prose: { zh: '文字与表格', en: 'Prose against tables' },
  document: { zh: '文档完整性与规范', en: 'Document' },
  text_layer: { zh: '文本层', en: 'Text layer' },
  across_documents: { zh: '跨文档比较', en: 'Across documents' },
};

/** What one rule concluded about one document. */
export const CheckResult = z.object({
  rule: z.string(),
  title: Bilingual,
  section: RuleSection,
  severity: Severity,
  status: CheckStatus,
  /** Why the rule could not run (not_applicable / insufficient_data). */
  reason: Bilingual.optional(),
  /** How many comparisons the rule made. */
  comparisons: z.number().int().nonnegative(),
  findings: z.number().int().nonnegative(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/**
 * ok: every check ran and none found an error or warning; warning / error: findings of that severity;
 * incomplete: no error found, but some checks could not run (the document is never called consistent then).
 */
export const Verdict = z.enum(['ok', 'warning', 'error', 'incomplete']);
export type Verdict = z.infer<typeof Verdict>;

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
export type ReportSummary = z.infer<typeof ReportSummary>;

/** A comparison that held, with its formula and cells (recorded on request, for green marks). */
export const PassedComparison = z.object({
  rule: z.string(),
  formula: Bilingual,
  refs: z.array(Ref),
});
export type PassedComparison = z.infer<typeof PassedComparison>;

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
  /** Checked with other documents (`checkDocuments`): which were paired with it and why, which could not be. */
  pairing: Pairing.optional(),
  summary: ReportSummary,
});
export type Report = z.infer<typeof Report>;
