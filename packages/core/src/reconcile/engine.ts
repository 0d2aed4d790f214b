import type { BudgetDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { CheckResult, Report } from '../model/report.js';
import { makeReport } from '../report/report.js';
import { compileTemplate, SHANGHAI_BUDGET, type Template, templateById } from '../templates/index.js';
import { Tables } from './cells.js';
import { distinctClaims } from './claim-refs.js';
import type { CheckContext, Rule } from './rule.js';
import { RULES } from './rules/index.js';

export interface CheckOptions {
  /** Earlier documents of the same department, for the change statements. */
  previous?: readonly BudgetDocument[];
  /** Rules to run (default: all). */
  rules?: readonly Rule[];
  template?: Template;
  /** Also record the comparisons that held, with their formulas (row marks in the UI and extension). */
  passes?: boolean;
}

/** Runs every rule on a document and assembles the report. A rule that throws is reported, not hidden. */
export function checkDocument(document: BudgetDocument, options: CheckOptions = {}): Report {
  const template = compileTemplate(options.template ?? templateById(document.meta.template) ?? SHANGHAI_BUDGET);
  const ctx: CheckContext = {
    document,
    claims: distinctClaims(document.claims),
    template,
    tables: new Tables(document),
    previous: options.previous ?? [],
    ...(options.passes ? { passes: [] } : {}),
  };
  const findings: Finding[] = [];
  const checks: CheckResult[] = [];
  for (const rule of options.rules ?? RULES) {
    let outcome: ReturnType<Rule['run']>;
    try {
      outcome = rule.run(ctx);
    } catch (error) {
      outcome = {
        status: 'insufficient_data',
        reason: `规则执行出错：${error instanceof Error ? error.message : String(error)}`,
        comparisons: 0,
        findings: [],
      };
    }
    findings.push(...outcome.findings);
    checks.push({
      rule: rule.id,
      title: rule.title,
      titleEn: rule.titleEn,
      section: rule.section,
      severity: rule.severity,
      status: outcome.status,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      comparisons: outcome.comparisons,
      findings: outcome.findings.length,
    });
  }
  const previous = (options.previous ?? []).map((d) => ({
    name: d.source.name,
    ...(d.meta.year ? { year: d.meta.year } : {}),
  }));
  const report = makeReport(document, findings, checks, previous);
  return ctx.passes ? { ...report, passes: ctx.passes } : report;
}
