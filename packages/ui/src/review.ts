/**
 * The volunteer's marks as the components see them: a store the host keeps (the page keeps it in
 * IndexedDB) or, when the host keeps none, one in memory for as long as the report is open.
 */
import { applyReview, type Report, type ReviewedReport, type ReviewMark } from '@hezhang/core';
import { useContext, useMemo, useState } from 'preact/hooks';
import { LangContext } from './i18n.js';
import { REVIEW_STRINGS, type ReviewStrings } from './review-strings.js';

export interface ReviewStore {
  /** Marks by key (`reviewKeys`). */
  marks: ReadonlyMap<string, ReviewMark>;
  setMark(mark: ReviewMark): void;
}

const REVIEWED = new WeakMap<ReadonlyMap<string, ReviewMark>, WeakMap<Report, ReviewedReport>>();

/**
 * core's applyReview, made once per report and marks (a map, as a ReviewStore holds it): the page's
 * file list and the open report both show a report with its marks (a 300-finding report's review keys
 * took ~25 ms to make, twice, in the task that rendered it).
 */
export function withReview(report: Report, marks: ReadonlyMap<string, ReviewMark>): ReviewedReport {
  let byReport = REVIEWED.get(marks);
  if (!byReport) REVIEWED.set(marks, (byReport = new WeakMap()));
  let reviewed = byReport.get(report);
  if (!reviewed) byReport.set(report, (reviewed = applyReview(report, marks)));
  return reviewed;
}

/** Marks kept in component state only: lost when the report closes. */
export function useMemoryReview(): ReviewStore {
  const [marks, setMarks] = useState<ReadonlyMap<string, ReviewMark>>(new Map());
  return useMemo(
    () => ({ marks, setMark: (mark: ReviewMark) => setMarks((old) => new Map(old).set(mark.key, mark)) }),
    [marks],
  );
}

export function useReviewStrings(): ReviewStrings {
  return REVIEW_STRINGS[useContext(LangContext)];
}
