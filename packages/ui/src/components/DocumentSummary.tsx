import { documentTitle, type Report, readingProblems, reviewOf } from '@hezhang/core';
import type { ComponentChildren } from 'preact';
import { PUNCTUATION, useLang, useStrings } from '../i18n.js';
import { SEVERITIES } from '../report-model.js';
import { useReviewStrings } from '../review.js';
import { PairingNote } from './PairingNote.js';

interface DocumentSummaryProps {
  report: Report;
  /** Heading level of the document's name. */
  level?: 2 | 3;
  /** Actions shown under the summary (open, remove…). */
  children?: ComponentChildren;
}

/**
 * A document's verdict with its counts (a reviewed report: without the findings dismissed, and how
 * many were). Test hook: data-document (file name), data-status (verdict), data-dismissed.
 */
export function DocumentSummary({ report, level = 2, children }: DocumentSummaryProps) {
  const t = useStrings();
  const lang = useLang();
  const s = useReviewStrings();
  const { summary, document, previous } = report;
  const review = reviewOf(report);
  const verdict = summary.verdict;
  const Heading = level === 2 ? 'h2' : 'h3';
  // "上海市普陀区财政局 · 2024年度 · 部门决算": what the document is, in its template's words.
  const title = documentTitle(document.meta);
  // What could not be read, said on the card as the CLI says it after the verdict.
  const unread = readingProblems(report);
  const meta = [document.meta.department, title.year?.[lang], title.kind[lang]].filter(Boolean).join(' · ');
  return (
    <section
      class={`summary verdict-${verdict}`}
      data-document={report.source.name}
      data-status={verdict}
      data-dismissed={review?.dismissed}
      aria-label={`${report.source.name}: ${t.verdict[verdict]}`}
    >
      <Heading class="summary-name">{report.source.name}</Heading>
      {meta && <p class="summary-meta">{meta}</p>}
      <p class="summary-verdict">
        <span class={`badge badge-${verdict}`}>{t.verdict[verdict]}</span> {t.verdictLong[verdict]}
      </p>
      <p class="summary-counts">
        {t.counts(summary.checksRun, summary.notApplicable, summary.insufficientData)}
        {SEVERITIES.map((s) => (
          <span key={s} class={`count count-${s}`}>
            {t.severityCount(s, s === 'error' ? summary.errors : s === 'warning' ? summary.warnings : summary.infos)}
          </span>
        ))}
      </p>
      {unread.length > 0 && (
        <p class="summary-unread" data-unread={unread.map((p) => p.table ?? 'document').join(' ')}>
          {t.unread(unread.map((p) => p.name?.[lang] ?? p.reasons[0]?.[lang] ?? '').join(PUNCTUATION[lang].series))}
        </p>
      )}
      {review && review.confirmed + review.dismissed > 0 && (
        <p class="summary-review">{s.reviewCounts(review.confirmed, review.dismissed, review.open)}</p>
      )}
      {previous.length > 0 && (
        <p class="summary-previous">{t.comparedWith(previous.map((p) => p.name).join(PUNCTUATION[lang].series))}</p>
      )}
      <PairingNote report={report} />
      {children}
    </section>
  );
}
