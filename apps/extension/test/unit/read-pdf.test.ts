/**
 * readPdfAt on the shared pdf.js worker (worker-pool.ts), with @hezhang/pdf's reader, the fetch and
 * core's check stood in for: which reads are read again alone, and what each PDF's badge says, when a
 * read beside it fails or gets stuck.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadResult } from '../../src/shared/messages';

type Script = (attempt: number, signal: AbortSignal, onStuck: () => void) => Promise<string>;
const scripts = new Map<string, Script>();
const attempts = new Map<string, number>();
const ports: unknown[] = [];

vi.mock('@hezhang/pdf/browser', async () => {
  class InputError extends Error {
    readonly reason: { zh: string; en: string };
    constructor(readonly code: string) {
      super(code);
      this.reason = { zh: code, en: code };
    }
  }
  return {
    InputError,
    readBudgetDocuments: async (
      name: string,
      _bytes: Uint8Array,
      options: { signal: AbortSignal; onStuck: () => void; workerPort: unknown },
    ) => {
      const attempt = (attempts.get(name) ?? 0) + 1;
      attempts.set(name, attempt);
      ports.push(options.workerPort);
      const script = scripts.get(name);
      if (!script) throw new Error(`no script for ${name}`);
      try {
        return [{ meta: {}, title: await script(attempt, options.signal, options.onStuck) }];
      } catch (error) {
        throw error instanceof InputError ? error : new InputError(String(error));
      }
    },
  };
});
vi.mock('@hezhang/core', async (original) => ({
  ...(await original<typeof import('@hezhang/core')>()),
  checkDocument: (doc: { title: string }) => ({ summary: { errors: 0, warnings: 0, title: doc.title } }),
  documentTitle: () => ({ kind: { zh: '预算', en: 'budget' } }),
}));
vi.mock('../../src/pdf/fetch-pdf', () => ({
  fetchPdf: async () => ({ ok: true, bytes: new TextEncoder().encode('%PDF-1.7\n%%EOF\n') }),
}));
vi.mock('../../src/pdf/worker', async () => {
  const { PdfWorkerPool } = await import('../../src/pdf/worker-pool');
  let made = 0;
  const pool = new PdfWorkerPool(() => ({ id: ++made, terminate() {} }));
  return { leasePdfWorker: (options?: { alone?: boolean }) => pool.lease(options) };
});

const { readPdfAt } = await import('../../src/pdf/read-pdf');
const read = (name: string) => readPdfAt(`https://example.gov.cn/${name}`, async () => null, 'stand-in');

/** Settles when `signal` aborts: the read's InputError 'aborted', as extract.ts throws it. */
const untilAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject('aborted'), { once: true }));
const code = (r: ReadResult) => (r.ok ? 'ok' : r.failure.kind === 'unreadable' ? r.failure.code : r.failure.kind);
const stuck = (onStuck: () => void) => {
  onStuck();
  return Promise.reject('timeout');
};

describe('readPdfAt on a shared pdf.js worker', () => {
  beforeEach(() => {
    scripts.clear();
    attempts.clear();
    ports.length = 0;
  });

  it('reads two PDFs at once on one worker, each once', async () => {
    scripts.set('a.pdf', async () => 'A');
    scripts.set('b.pdf', async () => 'B');
    const [a, b] = await Promise.all([read('a.pdf'), read('b.pdf')]);
    expect([code(a), code(b)]).toEqual(['ok', 'ok']);
    expect([attempts.get('a.pdf'), attempts.get('b.pdf')]).toEqual([1, 1]);
    expect(ports[0]).toBe(ports[1]);
  });

  it('a PDF that fails beside another (damaged, aborted) is reported; the other is not disturbed', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    scripts.set('damaged.pdf', async () => {
      throw 'malformed';
    });
    scripts.set('good.pdf', async (_, signal) => {
      await Promise.race([gate, untilAborted(signal)]);
      return 'G';
    });
    const good = read('good.pdf');
    const damaged = await read('damaged.pdf');
    release();
    expect(code(damaged)).toBe('malformed');
    expect(code(await good)).toBe('ok');
    expect([attempts.get('damaged.pdf'), attempts.get('good.pdf')]).toEqual([1, 1]);
  });

  it('a stuck read ends the worker: the read beside it is aborted and read again alone; the stuck one, alone, is reported', async () => {
    let stick!: () => void;
    const stuckNow = new Promise<void>((r) => (stick = r));
    scripts.set('loop.pdf', async (_attempt, _signal, onStuck) => {
      await stuckNow;
      return stuck(onStuck);
    });
    scripts.set('fine.pdf', async (attempt, signal) => {
      if (attempt === 1) {
        stick();
        return untilAborted(signal);
      }
      return 'F';
    });
    const [loop, fine] = await Promise.all([read('loop.pdf'), read('fine.pdf')]);
    expect(code(fine)).toBe('ok');
    expect(code(loop)).toBe('timeout');
    // Both were read again alone, each on a worker of its own, none the first one.
    expect([attempts.get('loop.pdf'), attempts.get('fine.pdf')]).toEqual([2, 2]);
    const [first, ...retries] = [ports[0], ...ports.slice(2)];
    expect(new Set([first, ...retries]).size).toBe(3);
  });

  it('a PDF that timed out in company but reads alone gets its verdict, never "stuck" on account of another', async () => {
    let started!: () => void;
    const otherStarted = new Promise<void>((r) => (started = r));
    scripts.set('slow.pdf', async (attempt, _signal, onStuck) => {
      if (attempt > 1) return 'S';
      await otherStarted;
      return stuck(onStuck);
    });
    scripts.set('other.pdf', async (_attempt, signal) => {
      started();
      return untilAborted(signal).catch(() => 'O');
    });
    const [slow, other] = await Promise.all([read('slow.pdf'), read('other.pdf')]);
    expect(code(slow)).toBe('ok');
    expect(attempts.get('slow.pdf')).toBe(2);
    // The other read ended well although its worker was ended under it: a read that succeeded keeps its result.
    expect(code(other)).toBe('ok');
  });

  it('a stuck read alone is reported at once, and the next read works on a new worker', async () => {
    scripts.set('loop.pdf', async (_attempt, _signal, onStuck) => stuck(onStuck));
    expect(code(await read('loop.pdf'))).toBe('timeout');
    expect(attempts.get('loop.pdf')).toBe(1);
    scripts.set('next.pdf', async () => 'N');
    expect(code(await read('next.pdf'))).toBe('ok');
    expect(ports[1]).not.toBe(ports[0]);
  });
});
