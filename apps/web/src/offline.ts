/**
 * The service worker that makes the page work offline, registered in a quiet moment. Its install
 * fetches and precaches ~200 files (the app, two pdf.js workers, every CMap, the standard fonts) and
 * Chromium compiles each precached script to cache its code: 0.4–1 CPU-second on the service worker's
 * thread and the browser's, which, registered at `load` as vite-plugin-pwa's script does, ran while the
 * workers warmed up and while the first file chosen was read (measured: a third of a 2-core machine's
 * CPU during a 25-page budget's read). It is registered once the page has nothing to do: after the
 * warm-up, with no file queued, read or checked, and QUIET_MS later with none chosen meanwhile (a
 * file chosen restarts the wait). Once installed it takes over the page at once (clientsClaim).
 */
import { type Checking, inProgress } from './checking.js';

/** How long the page must stay without a file in progress before the service worker is registered. */
export const QUIET_MS = 3000;

/** Whether a file is waiting, being read, or being checked. */
export function busy(checking: Pick<Checking, 'entries'>): boolean {
  return checking.entries.some((e) => inProgress(e.state));
}

/**
 * Calls `register` once `checking` has had no file in progress for `quietMs` (from now, or from when
 * the last file in progress settled); returns a function that cancels it.
 */
export function whenQuiet(
  checking: Pick<Checking, 'entries' | 'subscribe'>,
  register: () => void,
  quietMs = QUIET_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hold = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const check = () => {
    if (busy(checking)) hold();
    else
      timer ??= setTimeout(() => {
        stop();
        register();
      }, quietMs);
  };
  const unsubscribe = checking.subscribe(check);
  const stop = () => {
    hold();
    unsubscribe();
  };
  check();
  return stop;
}

/** Registers the page's service worker (emitted by vite-plugin-pwa as sw.js beside index.html). */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
}
