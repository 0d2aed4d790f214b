import type { UnitDocument } from './meta/units.js';
import type { BudgetDocument } from './model/document.js';
import type { Finding } from './model/finding.js';
import type { CheckResult, Report } from './model/report.js';
import { Tables } from './reconcile/cells.js';
import { distinctClaims } from './reconcile/claim-refs.js';
import { lostRows } from './reconcile/lost-rows.js';
import { oneWrongCell } from './reconcile/one-cell.js';
import { oneWrongStatement } from './reconcile/one-statement.js';
import type { CheckContext, Rule } from './reconcile/rule.js';
import { RULES } from './reconcile/rules/index.js';
import { tableUnits } from './reconcile/table-units.js';
import { makeReport } from './report/report.js';
import { type CompiledTemplate, compileTemplate, type Template, templateOf } from './templates/index.js';

/**
 * The engine's entry: a document through every rule into a report. It sits above the rules
 * (reconcile/) and the report (report/); several documents read together are together.ts's.
 */

export interface CheckOptions {
  /** Earlier documents of the same department or unit, nearest first, for the statements about earlier years. */
  previous?: readonly BudgetDocument[];
  /** Final accounts: the same year's budget of the department, for the initial budgets they state. */
  budget?: BudgetDocument;
  /** A department's document: its units' documents of the same year and kind (across.units). */
  units?: readonly UnitDocument[];
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
  const { findings, checks, read, ctx } = runRules(document, options, template);
  // Rows a table lacks are one finding with the sums they leave short (reconcile/lost-rows.ts); one
  // wrong cell is one finding, whichever sums it breaks (reconcile/one-cell.ts); one amount stated
  // wrong in the text is one finding, whatever statements were computed from it (one-statement.ts).
  const cells = oneWrongCell(lostRows(findings, read), read, template);
  const reported = oneWrongStatement(
    cells,
    document,
    (corrected) => runRules(corrected, { ...options, passes: false }, template).findings,
  );
  if (reported !== findings) for (const c of checks) c.findings = reported.filter((f) => f.rule === c.rule).length;
  const previous = [...(options.budget ? [options.budget] : []), ...(options.previous ?? [])].map((d) => ({
    name: d.source.name,
    ...(d.meta.year ? { year: d.meta.year } : {}),
  }));
  const report = makeReport(document, reported, checks, previous);
  return ctx.passes ? { ...report, passes: ctx.passes } : report;
}

/** Every rule on a document, as read in its tables' units: their findings and results, before any fold. */
function runRules(document: BudgetDocument, options: CheckOptions, template: CompiledTemplate) {
  const claims = distinctClaims(document.claims);
  // Every rule reads each table in the unit its amounts are in: a label the comparisons contradict
  // (单位：万元 over amounts in 元) is one finding, document.units', not one per comparison.
  const { document: read, doubts } = tableUnits(document, claims, template);
  const ctx: CheckContext = {
    document: read,
    claims,
    template,
    tables: new Tables(read),
    unitDoubts: doubts,
    previous: options.previous ?? [],
    ...(options.budget ? { budget: options.budget } : {}),
    ...(options.units && options.units.length > 0 ? { units: options.units } : {}),
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
  return { findings, checks, read, ctx };
}
