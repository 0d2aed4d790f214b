import { READ_LIMITS, type ReadLimits } from '@hezhang/pdf/limits';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Checking, type Entry } from './checking.js';
import { savedId, savePdf } from './history.js';
import { registerServiceWorker, whenQuiet } from './offline.js';
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

/**
 * A maintainer's setting, not in the interface: bounds on each read over @hezhang/pdf's READ_LIMITS,
 * as JSON in this browser's localStorage under `hezhang:read-limits` (e.g. `{"stallMs": 3000}`) — for
 * the real-browser tests of a reader that stalls, and for a volunteer whose files are bigger than the
 * bounds allow. Only known bounds, as positive numbers, are taken.
 */
export const READ_LIMITS_KEY = 'hezhang:read-limits';

function readLimitOverrides(): Partial<ReadLimits> | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(READ_LIMITS_KEY) ?? 'null') as Record<string, unknown> | null;
    if (!raw || typeof raw !== 'object') return undefined;
    const out = Object.fromEntries(
      Object.entries(raw).filter(([k, v]) => KNOWN.has(k) && typeof v === 'number' && v > 0),
    ) as Partial<ReadLimits>;
    return Object.keys(out).length > 0 ? out : undefined;
  } catch {
    return undefined;
  }
}

const KNOWN = new Set(Object.keys(READ_LIMITS));

/** The session's Checking, its entries kept in component state; each finished report is saved. */
export function useChecking(onSaved: () => void): { checking: Checking; entries: Entry[] } {
  // One Checking per page: onSaved is read through a ref so a new callback never restarts it.
  const saved = useRef(onSaved);
  saved.current = onSaved;
  const checking = useMemo(() => {
    // A later check (another year read) sends a report again; its PDF is saved once per report kept
    // (each document of a file of several is kept apart, with the file's PDF).
    const pdfsSaved = new WeakMap<Uint8Array, Set<string>>();
    return new Checking(
      pdfResources(),
      (entry) => {
        if (!entry.pdf) return;
        const id = savedId(entry.name, entry.size);
        const saved = pdfsSaved.get(entry.pdf) ?? new Set<string>();
        if (saved.has(id)) return;
        saved.add(id);
        pdfsSaved.set(entry.pdf, saved);
        void savePdf(id, entry.pdf).catch(() => undefined);
      },
      () => saved.current(),
      readLimitOverrides(),
    );
  }, []);
  const [entries, setEntries] = useState<Entry[]>(checking.entries);
  useEffect(() => checking.subscribe(() => setEntries(checking.entries)), [checking]);
  // The workers and pdf.js start once the page has painted and is idle, not before the first file;
  // then, once no file is in progress for a while, the service worker (offline.ts): its install would
  // compete with the warm-up and with the first file's read.
  // Test hooks: <html data-hezhang-warm="ready"> once they are, data-hezhang-offline="registered" after.
  useEffect(() => {
    let gone = false;
    let stopQuiet: (() => void) | undefined;
    const cancelIdle = whenIdle(() => {
      void checking.warm(sampleUrl()).then(() => {
        document.documentElement.dataset.hezhangWarm = 'ready';
        if (gone) return;
        stopQuiet = whenQuiet(checking, () => {
          document.documentElement.dataset.hezhangOffline = 'registered';
          registerServiceWorker();
        });
      });
    });
    return () => {
      gone = true;
      cancelIdle();
      stopQuiet?.();
    };
  }, [checking]);
  return { checking, entries };
}
