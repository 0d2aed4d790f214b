/** Assembles a report and its verdict from a document, the findings and the per-rule results. */
export function makeReport(document, findings, checks, previous = []) {
  const { tables, ...rest } = document;
  return {
    source: document.source,
    document: rest,
    tables,
    findings,
    previous,
    checks,
    summary: summarize(document, findings, checks),
  };
}
export function summarize(document, findings, checks) {
  const count = (s) => checks.filter((c) => c.status === s).length;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.filter((f) => f.severity === 'info').length;
  const insufficientData = count('insufficient_data');
  const unreadable = document.diagnostics.some((d) => d.severity === 'error') || document.tables.length === 0;
  let verdict;
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
//# sourceMappingURL=report.js.map
