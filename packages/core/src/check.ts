import { bareName } from './meta/department.js';
import type { BudgetDocument } from './model/document.js';
import type { Finding } from './model/finding.js';
import type { CheckResult, Report } from './model/report.js';
import { Tables } from './reconcile/cells.js';
import { distinctClaims } from './reconcile/claim-refs.js';
import type { CheckContext, Rule } from './reconcile/rule.js';
import { RULES } from './reconcile/rules/index.js';
import { makeReport } from './report/report.js';
import { compileTemplate, type Template, templateOf } from './templates/index.js';

/**
 * The engine's entry: a document through every rule into a report, and several documents grouped by
 * department so each meets last year's. It sits above the rules (reconcile/) and the report (report/).
 */

export interface CheckOptions {
  /** Earlier documents of the same department, for the change statements. */
  previous?: readonly BudgetDocument[];
  /** Final accounts: the same year's budget of the department, for the initial budgets they state. */
  budget?: BudgetDocument;
  /** Rules to run (default: all). */
  rules?: readonly Rule[];
  /** Template to check with (default: the one the document was read with, `templateOf(document)`). */
  template?: Template;
  /** Also record the comparisons that held, with their formulas (row marks in the UI and extension). */
  passes?: boolean;
}

/** Runs every rule on a document and assembles the report. A rule that throws is reported, not hidden. */
export function checkDocument(document: BudgetDocument, options: CheckOptions = {}): Report {
  const template = options.template ? compileTemplate(options.template) : templateOf(document);
  const ctx: CheckContext = {
    document,
    claims: distinctClaims(document.claims),
    template,
    tables: new Tables(document),
    previous: options.previous ?? [],
    ...(options.budget ? { budget: options.budget } : {}),
    ...(options.passes ? { passes: [] } : {}),
  };
  const findings: Finding[] = [];
  const checks: CheckResult[] = [];
  for (const rule of options.rules ?? RULES) {
    let outcome: ReturnType<Rule['run']>;
    try {
      outcome = rule.run(ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = {
        status: 'insufficient_data',
        reason: { zh: `规则执行出错：${message}`, en: `the rule failed: ${message}` },
        comparisons: 0,
        findings: [],
      };
    }
    findings.push(...outcome.findings);
    checks.push({
      rule: rule.id,
      title: rule.title,
      section: rule.section,
      severity: rule.severity,
      status: outcome.status,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      comparisons: outcome.comparisons,
      findings: outcome.findings.length,
    });
  }
  const previous = [...(options.budget ? [options.budget] : []), ...(options.previous ?? [])].map((d) => ({
    name: d.source.name,
    ...(d.meta.year ? { year: d.meta.year } : {}),
  }));
  const report = makeReport(document, findings, checks, previous);
  return ctx.passes ? { ...report, passes: ctx.passes } : report;
}

/**
 * Several documents at once: grouped by department (and scope and stage), each checked with the
 * earlier years of its group, so change statements meet last year's document; final accounts also
 * meet the same year's budget of their department and scope.
 */
export interface DocumentGroup {
  department: string;
  scope: BudgetDocument['meta']['scope'];
  stage: BudgetDocument['meta']['stage'];
  /** Sorted by year. */
  documents: BudgetDocument[];
}

export function groupDocuments(documents: readonly BudgetDocument[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const doc of documents) {
    const department = bareName(doc.meta.department ?? doc.source.name);
    const key = `${department}|${doc.meta.scope}|${doc.meta.stage}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { department, scope: doc.meta.scope, stage: doc.meta.stage, documents: [] }));
    group.documents.push(doc);
  }
  for (const g of groups.values()) g.documents.sort((a, b) => (a.meta.year ?? 0) - (b.meta.year ?? 0));
  return [...groups.values()];
}

/**
 * Checks every document with the earlier documents of its group (and a final account with its year's
 * budget); reports come back in input order.
 */
export function checkDocuments(
  documents: readonly BudgetDocument[],
  options: Omit<CheckOptions, 'previous' | 'budget'> = {},
): Report[] {
  const groups = groupDocuments(documents);
  const previousOf = new Map<BudgetDocument, BudgetDocument[]>();
  const budgetOf = new Map<BudgetDocument, BudgetDocument>();
  for (const g of groups) {
    for (const doc of g.documents) {
      const earlier = g.documents.filter((d) => d !== doc && (d.meta.year ?? 0) < (doc.meta.year ?? 0));
      previousOf.set(doc, earlier.reverse());
      if (g.stage !== 'final' || doc.meta.year === undefined) continue;
      const budgets = groups.find((b) => b.stage === 'budget' && b.scope === g.scope && b.department === g.department);
      const budget = budgets?.documents.find((d) => d.meta.year === doc.meta.year);
      if (budget) budgetOf.set(doc, budget);
    }
  }
  return documents.map((doc) => {
    const budget = budgetOf.get(doc);
    return checkDocument(doc, { ...options, previous: previousOf.get(doc) ?? [], ...(budget ? { budget } : {}) });
  });
}
