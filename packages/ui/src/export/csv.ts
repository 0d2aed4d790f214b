/**
 * Findings of one or more reports as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
 * Chinese). A reviewed report adds each finding's mark (open, confirmed, dismissed) and note.
 */

import {
  describeRefs,
  documentTitle,
  type Finding,
  type IndexedFinding,
  orderedFindings,
  type Report,
  reviewOf,
  templateOf,
} from '@hezhang/core';
import { PUNCTUATION } from '../i18n.js';
import { sectionOf } from '../report-model.js';

/**
 * `rule`, `section` and `severity` are codes (to sort and filter by); everything else is words: the
 * places are named as the report names them (table, row and column names, pages), never by key.
 * `count` is how many findings of the document read exactly alike (and carry the same review mark): those
 * are one line (see foldAlike).
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
  'document_kind',
  'review',
  'review_note',
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
export function foldAlike(
  findings: readonly IndexedFinding[],
  markOf: (index: number) => string = () => '',
): { finding: Finding; count: number; refs: Finding['refs']; index: number }[] {
  const folded = new Map<string, { finding: Finding; count: number; refs: Finding['refs']; index: number }>();
  for (const { finding: f, index } of findings) {
    // Findings marked differently (one confirmed, one dismissed) stay apart: each line carries one mark.
    const key = JSON.stringify([f.rule, f.severity, f.message, f.formula ?? null, markOf(index)]);
    const seen = folded.get(key);
    if (seen) {
      seen.count += f.count ?? 1;
      seen.refs = [...seen.refs, ...f.refs];
    } else folded.set(key, { finding: f, count: f.count ?? 1, refs: f.refs, index });
  }
  return [...folded.values()];
}

export function findingsCsv(reports: readonly Report[]): string {
  const lines = [COLUMNS.join(',')];
  for (const report of reports) {
    // What the document is ("2024年度 部门决算"), in the words of its template.
    const title = documentTitle(report.document.meta);
    const kind = [title.year?.zh, title.kind.zh].filter(Boolean).join(' ');
    const marks = reviewOf(report)?.marks;
    const template = templateOf(report.document);
    const markOf = (i: number) => JSON.stringify([marks?.[i]?.status ?? null, marks?.[i]?.note ?? null]);
    for (const { finding: f, count, refs, index } of foldAlike(orderedFindings(report), markOf)) {
      const places = (lang: 'zh' | 'en') =>
        describeRefs(refs, template, lang, report.document).join(PUNCTUATION[lang].list);
      const mark = marks?.[index];
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
        kind,
        mark?.status,
        mark?.note,
      ];
      lines.push(cells.map(field).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
