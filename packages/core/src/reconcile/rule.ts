import type { UnitDocument } from '../meta/units.js';
import { type Bilingual, bi, joinBi } from '../model/bilingual.js';
import type { Claim } from '../model/claim.js';
import type { BudgetDocument } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import type { CheckStatus, PassedComparison, RuleSection } from '../model/report.js';
import type { CompiledTemplate } from '../templates/index.js';
import { inDoubt, type Tables } from './cells.js';
import type { UnitDoubt } from './table-units.js';
import { unreadPages } from './unread-pages.js';

export interface CheckContext {
  document: BudgetDocument;
  /** The document's claims, a statement printed twice word for word counted once. */
  claims: readonly Claim[];
  template: CompiledTemplate;
  /** The tables as every rule reads them: a table whose label the comparisons contradict, in its amounts' unit. */
  tables: Tables;
  /** Those tables, with the comparisons that say so (table-units.ts; reported once by document.units). */
  unitDoubts: readonly UnitDoubt[];
  /** Earlier documents of the same department or unit (nearest year first, budgets and final accounts). */
  previous: readonly BudgetDocument[];
  /** Final accounts: the same year's budget of the department, when the caller gave it. */
  budget?: BudgetDocument;
  /** A department's document: its units' documents of the same year and kind, when the caller gave them. */
  units?: readonly UnitDocument[];
  /** When set, comparisons that hold are recorded here with their formula (for green badges). */
  passes?: PassedComparison[];
}

/** What one rule concluded: its status, how many comparisons it made, and its findings. */
export interface RuleOutcome {
  status: CheckStatus;
  reason?: Bilingual;
  comparisons: number;
  findings: Finding[];
}

/**
 * A rule: one identity family. Data-driven where the template has the data (which columns compose,
 * which cells of two tables agree); the rule holds the logic and the wording of the evidence.
 */
export interface Rule {
  id: string;
  title: Bilingual;
  section: RuleSection;
  /** Severity of its findings unless a finding says otherwise (rounding infos, conventions). */
  severity: Severity;
  /** The formula checked, in words, as the template states it (docs/rules.md is generated from it). */
  formula(template: CompiledTemplate): Bilingual;
  run(ctx: CheckContext): RuleOutcome;
}

const NOTHING_TO_COMPARE = bi('没有可比较的内容', 'nothing to compare');

/**
 * Accumulates a rule's comparisons. A comparison that needed a value that could not be read is
 * counted as unreadable, never as passed.
 */
export class Tally {
  comparisons = 0;
  unreadable = 0;
  readonly findings: Finding[] = [];
  private readonly unreadableReasons = new Map<string, Bilingual>();

  constructor(private readonly ctx?: Pick<CheckContext, 'passes'> & Partial<Pick<CheckContext, 'document'>>) {}

  compared(): void {
    this.comparisons++;
  }

  /** A comparison that held; its evidence is built only when the caller asked for passes. */
  passed(rule: string, evidence: () => Omit<PassedComparison, 'rule'>): void {
    this.ctx?.passes?.push({ rule, ...evidence() });
  }

  couldNotRead(reason: Bilingual): void {
    this.unreadable++;
    if (!this.unreadableReasons.has(reason.zh)) this.unreadableReasons.set(reason.zh, reason);
  }

  /**
   * A finding, unless it rests on a table that was only partly read: one misreading must not turn
   * into findings about the document, so the comparison counts as one that could not be made.
   */
  add(finding: Finding): void {
    const unread = onUnreadPages(this.ctx?.document, finding);
    if (unread.length > 0) {
      this.couldNotRead({
        zh: `第${unread.join('、')}页的文字无法读取，无法据此判断`,
        en: `the text of page ${unread.join(', ')} cannot be read: nothing can be concluded from it`,
      });
      return;
    }
    const partial = partlyRead(this.ctx?.document, finding);
    if (partial.length > 0) {
      this.couldNotRead({
        zh: `${partial.join('、')}未能完整读取，无法据此判断`,
        en: `${partial.join(', ')} could not be read in full: nothing can be concluded from it`,
      });
      return;
    }
    this.findings.push(finding);
  }

  /** A finding about the reading itself (it is what a partly read table gives). */
  addAboutReading(finding: Finding): void {
    this.findings.push(finding);
  }

  outcome(notApplicable?: Bilingual): RuleOutcome {
    const findings = this.findings;
    if (findings.length > 0) return { status: 'fail', comparisons: this.comparisons, findings };
    if (this.unreadable > 0)
      return {
        status: 'insufficient_data',
        reason: joinBi([...this.unreadableReasons.values()].slice(0, 3), '；', '; '),
        comparisons: this.comparisons,
        findings,
      };
    if (this.comparisons === 0)
      return { status: 'not_applicable', reason: notApplicable ?? NOTHING_TO_COMPARE, comparisons: 0, findings };
    return { status: 'pass', comparisons: this.comparisons, findings };
  }
}

/** The unreadable pages a finding points at (its text there is not what the page shows). */
function onUnreadPages(document: BudgetDocument | undefined, finding: Finding): number[] {
  if (!document) return [];
  const unread = unreadPages(document);
  if (unread.size === 0) return [];
  // Places in another document read with this one (ref.document) are that document's pages.
  return [
    ...new Set(
      finding.refs.flatMap((r) => (r.page !== undefined && !r.document && unread.has(r.page) ? [r.page] : [])),
    ),
  ];
}

/**
 * Titles of the partly read tables a finding rests on: untrusted text, or a reading problem that leaves
 * in doubt a cell, row or table the finding points at (a problem's scope; none: the whole table).
 */
function partlyRead(document: BudgetDocument | undefined, finding: Finding): string[] {
  if (!document) return [];
  // Places in another document read with this one (ref.document) are that document's tables.
  const own = finding.refs.filter((r) => !r.document);
  return document.tables
    .filter((t) =>
      t.untrusted !== undefined
        ? own.some((r) => r.table === t.kind)
        : t.problems.some((p) => own.some((r) => r.table === t.kind && inDoubt(t, p, r))),
    )
    .map((t) => t.title);
}
