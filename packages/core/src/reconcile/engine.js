import { makeReport } from '../report/report.js';
import { compileTemplate, SHANGHAI_BUDGET, templateById } from '../templates/index.js';
import { Tables } from './cells.js';
import { distinctClaims } from './claim-refs.js';
import { RULES } from './rules/index.js';
/** Runs every rule on a document and assembles the report. A rule that throws is reported, not hidden. */
export function checkDocument(document, options = {}) {
  const template = compileTemplate(options.template ?? templateById(document.meta.template) ?? SHANGHAI_BUDGET);
  const ctx = {
    document,
    claims: distinctClaims(document.claims),
    template,
    tables: new Tables(document),
    previous: options.previous ?? [],
    ...(options.passes ? { passes: [] } : {}),
  };
  const findings = [];
  const checks = [];
  for (const rule of options.rules ?? RULES) {
    let outcome;
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
//# sourceMappingURL=engine.js.map
