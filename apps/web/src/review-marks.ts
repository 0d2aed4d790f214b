/**
 * The volunteer's review marks, kept in this browser's IndexedDB (never sent anywhere) by key: the
 * file's SHA-256, the rule and the places a finding points at. Checking the same file again, today
 * or after a reload, finds its marks; they are deleted with "delete all" of the history.
 */
import type { ReviewMark } from '@hezhang/core';
import type { ReviewStore } from '@hezhang/ui';
import { clear, createStore, entries, set } from 'idb-keyval';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';

const marksStore = createStore('hezhang-review', 'marks');

export async function loadMarks(): Promise<Map<string, ReviewMark>> {
  return new Map(await entries<string, ReviewMark>(marksStore));
}

export function saveMark(mark: ReviewMark): Promise<void> {
  return set(mark.key, mark, marksStore);
}

export function deleteAllMarks(): Promise<void> {
  return clear(marksStore);
}

/** The marks as a ReviewStore: loaded once, each change shown at once and written behind. */
export function useReviewMarks(): ReviewStore & { forget: () => void } {
  const [marks, setMarks] = useState<ReadonlyMap<string, ReviewMark>>(new Map());
  useEffect(() => {
    loadMarks().then(
      // Marks set before the store answered win over the stored ones.
      (stored) => setMarks((now) => new Map([...stored, ...now])),
      () => undefined,
    );
  }, []);
  const setMark = useCallback((mark: ReviewMark) => {
    setMarks((old) => new Map(old).set(mark.key, mark));
    saveMark(mark).catch(() => undefined);
  }, []);
  const forget = useCallback(() => {
    setMarks(new Map());
    deleteAllMarks().catch(() => undefined);
  }, []);
  return useMemo(() => ({ marks, setMark, forget }), [marks, setMark, forget]);
}
