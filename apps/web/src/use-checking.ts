import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Checking, type Entry } from './checking.js';
import { savedId, saveReport } from './history.js';
import { pdfResources, sampleUrl } from './resources.js';

/** Runs `task` when the browser is idle (within 2 s at the latest); returns a cancel function. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 200);
  return () => clearTimeout(timer);
}

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
  // The workers and pdf.js start once the page has painted and is idle, not before the first file.
  // Test hook: <html data-hezhang-warm="ready"> once they are.
  useEffect(
    () =>
      whenIdle(() => {
        void checking.warm(sampleUrl()).then(() => {
          document.documentElement.dataset.hezhangWarm = 'ready';
        });
      }),
    [checking],
  );
  return { checking, entries };
}
