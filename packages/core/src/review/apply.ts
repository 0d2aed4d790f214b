import type { Lang } from '../model/bilingual.js';
import type { Report, ReportSummary } from '../model/report.js';
import { describeRefs } from '../report/places.js';
import { summarize } from '../report/report.js';
import { templateOf } from '../templates/index.js';
import { documentIdentity, formerKeys, reviewKeys } from './key.js';
import { REVIEW_FORMAT, type ReviewEntry, type ReviewFile, type ReviewMark, type ReviewStatus } from './mark.js';

/** A report's review: one mark per finding and what the marks change. */
export interface ReportReview {
  /** What the keys are keyed on: the file's SHA-256, or `name:<file name>` when none was computed. */
  identity: string;
  /** One mark per finding, in the order of `findings` (open, with no `at`, where nobody marked it). */
  marks: ReviewMark[];
  confirmed: number;
  dismissed: number;
  open: number;
  /** The summary as checked, before dismissed findings were taken out. */
  checked: ReportSummary;
}

/** A report with its review: `summary` counts only the findings not dismissed. */
export type ReviewedReport = Report & { review: ReportReview };

/** Marks by key, from a map or a list (a later mark of a key wins). */
export type MarkLookup = ReadonlyMap<string, ReviewMark> | readonly ReviewMark[];

function lookup(marks: MarkLookup): ReadonlyMap<string, ReviewMark> {
  return Array.isArray(marks) ? new Map(marks.map((m) => [m.key, m])) : (marks as ReadonlyMap<string, ReviewMark>);
}

/**
 * Applies marks to a report: each finding gets its mark (open when it has none), and the summary
 * and verdict are computed again without the dismissed findings (a finding marked 误报 is not a
 * mistake). Every finding stays in `findings`, with its mark beside it, so exports still list it.
 * The checks keep their status: a rule whose findings were all dismissed still found them.
 */
export function applyReview(report: Report, marks: MarkLookup): ReviewedReport {
  const byKey = lookup(marks);
  const keys = reviewKeys(report);
  const applied = keys.map((key): ReviewMark => {
    // A mark saved before the finding's rule was renamed is its mark too (key.ts, RENAMED_RULES).
    const mark =
      byKey.get(key) ??
      formerKeys(key)
        .map((k) => byKey.get(k))
        .find((m) => m !== undefined);
    return mark ? { key, status: mark.status, note: mark.note, ...(mark.at ? { at: mark.at } : {}) } : open(key);
  });
  const count = (status: ReviewStatus) => applied.filter((m) => m.status === status).length;
  const checked = 'review' in report ? (report as ReviewedReport).review.checked : report.summary;
  const kept = report.findings.filter((_, i) => applied[i]?.status !== 'dismissed');
  const summary = summarize({ ...report.document, tables: report.tables }, kept, report.checks);
  return {
    ...report,
    summary,
    review: {
      identity: documentIdentity(report),
      marks: applied,
      confirmed: count('confirmed'),
      dismissed: count('dismissed'),
      open: count('open'),
      checked,
    },
  };
}

const open = (key: string): ReviewMark => ({ key, status: 'open', note: '' });

/** The review of a report, when it has one. */
export function reviewOf(report: Report): ReportReview | undefined {
  return 'review' in report ? (report as ReviewedReport).review : undefined;
}

/**
 * The marks of a dossier's findings between documents: each is kept by the report that holds the
 * finding (`document`, at `index` in its findings), among `reports` (the dossier's, reviewed or not).
 */
export function dossierMarks(
  reports: readonly Report[],
): (entry: { document: string; index: number }) => ReviewMark | undefined {
  const byName = new Map(reports.map((r) => [r.source.name, r]));
  return ({ document, index }) => {
    const report = byName.get(document);
    return report ? reviewOf(report)?.marks[index] : undefined;
  };
}

/** A mark set now. */
export function markFinding(key: string, status: ReviewStatus, note = '', at = new Date()): ReviewMark {
  return { key, status, note: note.trim(), at: at.toISOString() };
}

/**
 * The marks file after a run: every finding of the reports with its mark (new findings open, so a
 * volunteer can fill them in) and what it is about, then the marks of findings this run did not
 * meet (other files, findings gone), unchanged. Findings of one file stay together, in report order.
 */
export function reviewFile(
  reports: readonly ReviewedReport[],
  previous: readonly ReviewEntry[] = [],
  lang: Lang = 'zh',
): ReviewFile {
  const entries: ReviewEntry[] = [];
  const met = new Set<string>();
  for (const report of reports) {
    const template = templateOf(report.document);
    report.findings.forEach((finding, i) => {
      const mark = report.review.marks[i];
      if (!mark) return;
      met.add(mark.key);
      for (const former of formerKeys(mark.key)) met.add(former);
      entries.push({
        ...mark,
        file: report.source.name,
        ...(report.source.sha256 ? { sha256: report.source.sha256 } : {}),
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message[lang],
        where: describeRefs(finding.refs.slice(0, MAX_PLACES), template, lang, report.document).join('；'),
      });
    });
  }
  for (const mark of previous) if (!met.has(mark.key)) entries.push(mark);
  return { format: REVIEW_FORMAT, version: 1, marks: entries };
}

/** Places named per entry of the marks file (a folded finding may point at dozens). */
const MAX_PLACES = 4;
