/** Findings of one or more reports as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read Chinese). */
import { describeRefs, type Finding, type Report, templateOf } from '@hezhang/core';
import { sectionOf } from '../report-model.js';

/**
 * `rule`, `section` and `severity` are codes (to sort and filter by); everything else is words: the
 * places are named as the report names them (table, row and column names, pages), never by key.
 * `count` is how many findings of the document read exactly alike: those are one line (see foldAlike).
 */
const COLUMNS = [
  'document',
  'verdict',
  'rule',
  'section',
  'severity',
  'count',
  'message',
  'message_en',
  'formula',
  'formula_en',
  'expected',
  'actual',
  'difference',
  'tolerance',
  'place',
  'place_en',
  'page',
] as const;

function field(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A report's findings with those that read exactly alike (rule, severity, message and formula in both
 * languages) folded into the first, with how many there were and every place they point at: in a list
 * meant to be read, repeated identical lines look like duplicates.
 */
export function foldAlike(findings: readonly Finding[]): { finding: Finding; count: number; refs: Finding['refs'] }[] {
  const folded = new Map<string, { finding: Finding; count: number; refs: Finding['refs'] }>();
  for (const f of findings) {
    const key = JSON.stringify([f.rule, f.severity, f.message, f.formula ?? null]);
    const seen = folded.get(key);
    if (seen) {
      seen.count += f.count ?? 1;
      seen.refs = [...seen.refs, ...f.refs];
    } else folded.set(key, { finding: f, count: f.count ?? 1, refs: f.refs });
  }
  return [...folded.values()];
}

export function findingsCsv(reports: readonly Report[]): string {
  const lines = [COLUMNS.join(',')];
  for (const report of reports) {
    const template = templateOf(report.document);
    for (const { finding: f, count, refs } of foldAlike(report.findings)) {
      const places = (lang: 'zh' | 'en') => describeRefs(refs, template, lang, report.document).join('；');
      const cells = [
        report.source.name,
        report.summary.verdict,
        f.rule,
        sectionOf(report, f),
        f.severity,
        count,
        f.message.zh,
        f.message.en,
        f.formula?.zh,
        f.formula?.en,
        f.expected?.text,
        f.actual?.text,
        f.difference?.text,
        f.tolerance?.zh,
        places('zh'),
        places('en'),
        refs.find((r) => r.page !== undefined)?.page,
      ];
      lines.push(cells.map(field).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
