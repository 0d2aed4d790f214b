/**
 * The service worker waits for a quiet page (src/offline.ts): after the warm-up, with no file in
 * progress for QUIET_MS. whenQuiet on a stand-in for Checking (fake timers: no clock is read), then
 * the page itself: the registration comes after the first file's verdict, never during its read.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Entry, EntryState } from '../src/checking.js';
import { QUIET_MS, whenQuiet } from '../src/offline.js';
import { openSession, type Session } from './browser.js';
import { fixture, KNOWN_MISTAKE } from './fixtures.js';

/** Entries and their listeners, as Checking has them. */
function files() {
  const listeners = new Set<() => void>();
  const checking = {
    entries: [] as Entry[],
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(...states: EntryState['status'][]) {
      checking.entries = states.map((status, i) => ({
        id: `f${i}`,
        name: `${i}.pdf`,
        size: 1,
        state: (status === 'reading' ? { status, progress: { page: 1, pages: 2 } } : { status }) as EntryState,
      }));
      for (const l of listeners) l();
    },
    listeners,
  };
  return checking;
}

describe('whenQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('registers once, QUIET_MS after it is called on an idle page, and stops listening', () => {
    const checking = files();
    const register = vi.fn();
    whenQuiet(checking, register);
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(register).toHaveBeenCalledTimes(1);
    expect(checking.listeners.size).toBe(0);
    vi.advanceTimersByTime(10 * QUIET_MS);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('holds while a file is queued, read or checked, and counts the quiet from when it settled', () => {
    const checking = files();
    const register = vi.fn();
    whenQuiet(checking, register);
    vi.advanceTimersByTime(QUIET_MS - 10);
    checking.set('queued');
    checking.set('reading');
    vi.advanceTimersByTime(10 * QUIET_MS);
    checking.set('reading'); // progress
    checking.set('checking');
    vi.advanceTimersByTime(10 * QUIET_MS);
    expect(register).not.toHaveBeenCalled();
    checking.set('done');
    vi.advanceTimersByTime(QUIET_MS - 1);
    // A second file chosen before the quiet was over holds it again.
    checking.set('done', 'reading');
    vi.advanceTimersByTime(10 * QUIET_MS);
    expect(register).not.toHaveBeenCalled();
    checking.set('done', 'failed');
    vi.advanceTimersByTime(QUIET_MS);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('a page already busy when it is called waits for its files; cancelling stops it', () => {
    const checking = files();
    checking.set('reading');
    const register = vi.fn();
    const cancel = whenQuiet(checking, register);
    vi.advanceTimersByTime(10 * QUIET_MS);
    expect(register).not.toHaveBeenCalled();
    checking.set('cancelled');
    cancel();
    vi.advanceTimersByTime(10 * QUIET_MS);
    expect(register).not.toHaveBeenCalled();
    expect(checking.listeners.size).toBe(0);
  });
});

describe('the page registers its service worker once it is quiet', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    // Every registration, with what the page showed at that moment.
    await s.page.addInitScript(() => {
      const w = window as unknown as { __registered: unknown[] };
      w.__registered = [];
      const sw = navigator.serviceWorker;
      const register = sw.register.bind(sw);
      sw.register = (...args: Parameters<typeof sw.register>) => {
        w.__registered.push({
          warm: document.documentElement.dataset.hezhangWarm ?? null,
          verdict: document.querySelector('[data-document][data-status]') !== null,
          inProgress: document.querySelector('li.file-queued, li.file-reading, li.file-checking') !== null,
        });
        return register(...args);
      };
    });
  });
  afterAll(() => s?.close());

  it('after the warm-up and the first file’s verdict, not while the file is read; then it controls the page', async () => {
    await s.page.goto(s.url);
    // Chosen at once, before the warm-up is done: the registration must wait for both.
    await s.page.setInputFiles('input[data-pick="documents"]', {
      name: KNOWN_MISTAKE.file,
      mimeType: 'application/pdf',
      buffer: Buffer.from(fixture(KNOWN_MISTAKE.file).bytes),
    });
    await s.page.locator(`[data-document="${KNOWN_MISTAKE.file}"][data-status]`).waitFor();
    await s.page.locator('html[data-hezhang-offline="registered"]').waitFor({ state: 'attached' });
    await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const registered = await s.page.evaluate(() => (window as unknown as { __registered: unknown[] }).__registered);
    expect(registered).toEqual([{ warm: 'ready', verdict: true, inProgress: false }]);
  });
});
