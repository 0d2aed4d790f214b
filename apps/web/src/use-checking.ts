import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Checking, type Entry } from './checking.js';
import { savedId, saveReport } from './history.js';
import { pdfResources } from './resources.js';

/** The session's Checking, its entries kept in component state; each finished report is saved. */
export function useChecking(onSaved: () => void): { checking: Checking; entries: Entry[] } {
  // One Checking per page: onSaved is read through a ref so a new callback never restarts it.
  const saved = useRef(onSaved);
  saved.current = onSaved;
  const checking = useMemo(
    () =>
      new Checking(pdfResources(), (entry, report) => {
        const checkedAt = entry.state.status === 'done' ? entry.state.checkedAt : undefined;
        saveReport(savedId(entry.name, entry.size), report, entry.pdf, checkedAt).then(
          () => saved.current(),
          () => undefined,
        );
      }),
    [],
  );
  const [entries, setEntries] = useState<Entry[]>(checking.entries);
  useEffect(() => checking.subscribe(() => setEntries(checking.entries)), [checking]);
  return { checking, entries };
}
