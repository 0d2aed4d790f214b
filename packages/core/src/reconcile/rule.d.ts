import type { Claim } from '../model/claim.js';
import type { BudgetDocument } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import type { CheckStatus, PassedComparison } from '../model/report.js';
import type { CompiledTemplate } from '../templates/index.js';
import type { Tables } from './cells.js';
/** The report sections rules are grouped under (UI and CLI group findings by them). */
export type RuleSection = 'in_table' | 'cross_table' | 'prose' | 'document' | 'text_layer' | 'across_documents';
export declare const SECTION_TITLES: Record<
  RuleSection,
  {
    zh: string;
    en: string;
  }
>;
export interface CheckContext {
  document: BudgetDocument;
  /** The document's claims, a statement printed twice word for word counted once. */
  claims: readonly Claim[];
  template: CompiledTemplate;
  tables: Tables;
  /** Earlier documents of the same department (last year's first), when the caller gave them. */
  previous: readonly BudgetDocument[];
  /** When set, comparisons that hold are recorded here with their formula (for green badges). */
  passes?: PassedComparison[];
}
/** What one rule concluded: its status, how many comparisons it made, and its findings. */
export interface RuleOutcome {
  status: CheckStatus;
  reason?: string;
  comparisons: number;
  findings: Finding[];
}
/**
 * A rule: one identity family. Data-driven where the template has the data (which columns compose,
 * which cells of two tables agree); the rule holds the logic and the wording of the evidence.
 */
export interface Rule {
  id: string;
  title: string;
  titleEn: string;
  section: RuleSection;
  /** Severity of its findings unless a finding says otherwise (rounding infos, conventions). */
  severity: Severity;
  /** The formula checked, in words. */
  formula: string;
  formulaEn: string;
  run(ctx: CheckContext): RuleOutcome;
}
/**
 * Accumulates a rule's comparisons. A comparison that needed a value that could not be read is
 * counted as unreadable, never as passed.
 */
export declare class Tally {
  private readonly ctx?;
  comparisons: number;
  unreadable: number;
  readonly findings: Finding[];
  private unreadableReasons;
  constructor(ctx?: Pick<CheckContext, 'passes'> | undefined);
  compared(): void;
  /** A comparison that held; its evidence is built only when the caller asked for passes. */
  passed(rule: string, evidence: () => Omit<PassedComparison, 'rule'>): void;
  couldNotRead(reason: string): void;
  add(finding: Finding): void;
  outcome(notApplicable?: string): RuleOutcome;
}
//# sourceMappingURL=rule.d.ts.map
