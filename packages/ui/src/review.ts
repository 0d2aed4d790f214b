/**
 * The volunteer's marks as the components see them: a store the host keeps (the page keeps it in
 * IndexedDB) or, when the host keeps none, one in memory for as long as the report is open.
 */
import type { ReviewMark } from '@hezhang/core';
import { useContext, useMemo, useState } from 'preact/hooks';
import { LangContext } from './i18n.js';
import { REVIEW_STRINGS, type ReviewStrings } from './review-strings.js';

export interface ReviewStore {
  /** Marks by key (`reviewKeys`). */
  marks: ReadonlyMap<string, ReviewMark>;
  setMark(mark: ReviewMark): void;
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
