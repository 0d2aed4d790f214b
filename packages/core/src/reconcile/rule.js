export const SECTION_TITLES = {
  in_table: { zh: '表内勾稽', en: 'Within tables' },
  cross_table: { zh: '表间勾稽', en: 'Across tables' },
  prose: { zh: '文字与表格', en: 'Prose against tables' },
  document: { zh: '文档完整性与规范', en: 'Document' },
  text_layer: { zh: '文本层', en: 'Text layer' },
  across_documents: { zh: '跨年度比较', en: 'Across documents' },
};
/**
 * Accumulates a rule's comparisons. A comparison that needed a value that could not be read is
 * counted as unreadable, never as passed.
 */
export class Tally {
  ctx;
  comparisons = 0;
  unreadable = 0;
  findings = [];
  unreadableReasons = new Set();
  constructor(ctx) {
    this.ctx = ctx;
  }
  compared() {
    this.comparisons++;
  }
  /** A comparison that held; its evidence is built only when the caller asked for passes. */
  passed(rule, evidence) {
    this.ctx?.passes?.push({ rule, ...evidence() });
  }
  couldNotRead(reason) {
    this.unreadable++;
    this.unreadableReasons.add(reason);
  }
  add(finding) {
    this.findings.push(finding);
  }
  outcome(notApplicable) {
    const findings = this.findings;
    if (findings.length > 0) return { status: 'fail', comparisons: this.comparisons, findings };
    if (this.unreadable > 0)
      return {
        status: 'insufficient_data',
        reason: [...this.unreadableReasons].slice(0, 3).join('；'),
        comparisons: this.comparisons,
        findings,
      };
    if (this.comparisons === 0)
      return { status: 'not_applicable', reason: notApplicable ?? '没有可比较的内容', comparisons: 0, findings };
    return { status: 'pass', comparisons: this.comparisons, findings };
  }
}
//# sourceMappingURL=rule.js.map
