/**
 * Findings of one or more reports as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
 * Chinese). A reviewed report adds each finding's mark (open, confirmed, dismissed) and note.
 */
import { documentTitle, type Report, reviewOf } from '@hezhang/core';
import { sectionOf } from '../report-model.js';

const COLUMNS = [
  'document',
  'verdict',
  'rule',
  'section',
  'severity',
  'message',
  'message_en',
  'formula',
  'formula_en',
  'expected',
  'actual',
  'difference',
  'tolerance',
  'table',
  'row',
  'column',
  'page',
  'document_kind',
  'review',
  'review_note',
] as const;

function field(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function findingsCsv(reports: readonly Report[]): string {
  const lines = [COLUMNS.join(',')];
  for (const report of reports) {
    // What the document is ("2024年度 部门决算"), in the words of its template.
    const title = documentTitle(report.document.meta);
    const kind = [title.year?.zh, title.kind.zh].filter(Boolean).join(' ');
    const marks = reviewOf(report)?.marks;
    for (const [i, f] of report.findings.entries()) {
      const ref = f.refs[0];
      const mark = marks?.[i];
      const cells = [
        report.source.name,
        report.summary.verdict,
        f.rule,
        sectionOf(report, f),
        f.severity,
        f.message.zh,
        f.message.en,
        f.formula?.zh,
        f.formula?.en,
        f.expected?.text,
        f.actual?.text,
        f.difference?.text,
        f.tolerance?.zh,
        ref?.table,
        ref?.row,
        ref?.column,
        ref?.page,
        kind,
        mark?.status,
        mark?.note,
      ];
      lines.push(cells.map(field).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
