import { isPdf, type PdfFont, type PositionedDocument, type PositionedPage } from '@hezhang/core';
import type * as PdfJs from 'pdfjs-dist';
import type { ReadBounds } from './bounds.js';
import { fromPdfJsError, InputError } from './errors.js';
import { type ReadLimits, readLimits } from './limits.js';
import type { PdfOptions } from './options.js';
import { pageReading, readPage, threadPageReader } from './page.js';

/** The pdf.js module in use: the legacy build in Node, the modern one in browsers. */
export type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS' | 'PDFWorker' | 'AnnotationMode'>;

export interface ExtractHooks {
  onPage?: (page: number, pages: number) => void;
  /** The read's bounds (bounds.ts): called at each step, and a watchdog on each page's time. */
  bounds?: ReadBounds;
  /** What pdf.js is told of the platform when no worker host is (a browser's Web Worker: font-loading.ts). */
  documentParams?: Partial<DocumentParams>;
  /** Refuses the file before pdf.js is given it (read.ts' pre-scan), on the lent worker's thread if it can. */
  prescan?: (lease: WorkerLease | undefined) => Promise<void>;
}

/** getDocument's parameters object. */
export type DocumentParams = Extract<Parameters<typeof PdfJs.getDocument>[0], { ownerDocument?: unknown }>;

/** A pdf.js worker lent to one read (Node: a worker thread, see node-thread.ts). */
export interface WorkerLease {
  worker: PdfJs.PDFWorker;
  /** The worker reads whole pages itself (thread-reading.ts), once it has loaded. */
  readsPages?: Promise<boolean>;
  /** Pre-scans a file where the worker runs (prescan/), before it is given to pdf.js. */
  prescan?(bytes: Uint8Array, limits: ReadLimits, password?: string): Promise<void>;
  /** Rejects with an InputError when the worker stops under the read. */
  stopped: Promise<never>;
  /** Gives the worker back; `stuck` when the read timed out (the worker may be in a loop). */
  release(stuck: boolean): void;
}

export interface WorkerHost {
  /** The worker once it is this read's turn; rejects with InputError 'aborted' if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<WorkerLease>;
  /** What pdf.js is told of this platform with every document (Node: font-loading.ts). */
  documentParams?: Partial<DocumentParams>;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Loads a PDF with the given pdf.js module and returns every page's text runs (boxes in display
 * coordinates, text running left to right; printed, clipped and hidden apart) and ruling lines, from
 * one pass over each page's operator list (interpret.ts). Every failure, pdf.js' own included,
 * is an InputError; every pdf.js promise is awaited or handled.
 */
export async function extractWith(
  pdfjs: PdfJsModule,
  bytes: Uint8Array,
  options: PdfOptions,
  hooks: ExtractHooks = {},
  host?: WorkerHost,
): Promise<PositionedDocument> {
  if (bytes.length === 0) throw new InputError('empty');
  if (!isPdf(bytes)) throw new InputError('not_pdf');

  // The clock starts when pdf.js is free for this read (Node: one document at a time per thread).
  const lease = options.workerPort || !host ? undefined : await host.acquire(options.signal);
  try {
    await hooks.prescan?.(lease);
  } catch (error) {
    lease?.release(false);
    throw error;
  }
  let rejectGuard: (error: InputError) => void = () => {};
  const guard = new Promise<never>((_, reject) => {
    rejectGuard = reject;
  });
  guard.catch(() => {});
  let worker: PdfJs.PDFWorker | undefined;
  let task: PdfJs.PDFDocumentLoadingTask;
  try {
    // A port's pdf.js worker: pdf.js keeps one PDFWorker per port (create() answers the same one), so
    // reads at once on one port share it, each document with its own docId. It lives as long as the
    // port: a read never destroys it (the caller ends the port), since another read may still be on
    // it, and a PDFWorker made anew on the same port restarts its message ids while answers to the old
    // one are in flight ("Cannot resolve callback"). Passed as `worker`, the task does not own it.
    worker = options.workerPort ? pdfjs.PDFWorker.create({ port: options.workerPort }) : lease?.worker;
    task = pdfjs.getDocument({
      // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
      data: bytes.slice(),
      ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
      ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
      ...(options.useWorkerFetch !== undefined ? { useWorkerFetch: options.useWorkerFetch } : {}),
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(worker ? { worker } : {}),
      ...hooks.documentParams,
      ...host?.documentParams,
      ...hooks.bounds?.documentParams,
      isEvalSupported: false,
      verbosity: 0,
    });
  } catch (error) {
    lease?.release(false);
    throw fromPdfJsError(error);
  }
  // pdf.js' destroy() may itself reject (a worker already gone): nobody must be left with that.
  const destroy = () => task.destroy().catch(() => {});
  // A password prompt would wait forever: an encrypted PDF without the right password is an error.
  task.onPassword = () => {
    rejectGuard(new InputError('encrypted'));
    void destroy();
  };
  let timedOut = false;
  const fail = (error: InputError, stuck: boolean) => {
    timedOut ||= stuck;
    rejectGuard(error);
    void destroy();
  };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = timeoutMs > 0 ? setTimeout(() => fail(new InputError('timeout'), true), timeoutMs) : undefined;
  // The watchdog: each page must be read within stallMs of the one before (restarted per page).
  let pageNumber = 1;
  let stall: ReturnType<typeof setTimeout> | undefined;
  const bounds = hooks.bounds;
  const watch = () => {
    clearTimeout(stall);
    if (bounds) stall = setTimeout(() => fail(bounds.stalled(pageNumber) as InputError, true), bounds.stallMs);
  };
  watch();
  // A thread that stopped (or was ended by the memory watchdog) answers nothing more, destroy() included.
  lease?.stopped.catch((error: InputError) => fail(error, true));
  const onAbort = () => fail(new InputError('aborted'), false);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const guarded = <T>(p: Promise<T>): Promise<T> => Promise.race([p, guard]);
  const onPage = (n: number, pages: number) => {
    // Progress is advisory: a failing callback (a closed page's proxy) must not fail the read.
    try {
      const result: unknown = hooks.onPage?.(n, pages);
      if (result instanceof Promise) result.catch(() => {});
    } catch {}
  };

  try {
    const pdf = await guarded(task.promise);
    bounds?.onDocument(pdf.numPages);
    const pages: PositionedPage[] = [];
    const fonts = new Map<string, PdfFont>();
    const reading = await guarded(pageReading(pdfjs, pdf, options.settings, readLimits(options.limits)));
    // Pages are read inside pdf.js' worker where it can (thread-reading.ts), else here from its operator lists.
    const readsPages = lease ? await lease.readsPages : options.workerReadsPages === true;
    const inThread = readsPages ? threadPageReader(pdfjs, pdf, reading, fonts) : undefined;
    // The next page is asked for before this one is read, so that pdf.js' worker parses it meanwhile:
    // one page at a time, the two threads took turns, each idle half the time.
    const ahead = (n: number) => {
      const next = pdf.getPage(n).then((page) => {
        const read = inThread?.(page);
        if (read) read.catch(() => {});
        else page.getOperatorList().catch(() => {});
        return { page, read: () => (read ? read.then((take) => take()) : readPage(page, reading, fonts)) };
      });
      // Settled through `guarded` when its turn comes; a read that ends before then leaves it unheard.
      next.catch(() => {});
      return next;
    };
    let coming = pdf.numPages > 0 ? ahead(1) : undefined;
    for (let n = 1; n <= pdf.numPages; n++) {
      pageNumber = n;
      watch();
      const { page, read } = await guarded(coming ?? ahead(n));
      coming = n < pdf.numPages ? ahead(n + 1) : undefined;
      pages.push(await guarded(read()));
      bounds?.onPage(pages[pages.length - 1] as PositionedPage);
      page.cleanup();
      onPage(n, pdf.numPages);
    }
    const info = (await guarded(pdf.getMetadata()).catch(() => undefined))?.info as Record<string, unknown> | undefined;
    const producer = [info?.Producer, info?.Creator].find((v): v is string => typeof v === 'string' && v !== '');
    return { pages, fonts: [...fonts.values()], ...(producer ? { producer } : {}) };
  } catch (error) {
    throw fromPdfJsError(error);
  } finally {
    if (timer) clearTimeout(timer);
    clearTimeout(stall);
    options.signal?.removeEventListener('abort', onAbort);
    // A worker stuck in a loop never answers destroy(): after a timeout, do not wait for it. On a port,
    // its owner may end the worker (a read beside this one got stuck) and abort this read, before or
    // while it waits: the abort ends the wait.
    if (timedOut) void destroy();
    else if (options.workerPort && options.signal) await untilAborted(destroy(), options.signal);
    else await destroy();
    lease?.release(timedOut);
    if (timedOut) {
      try {
        options.onStuck?.();
      } catch {}
    }
  }
}

/** `promise` settled, or `signal` aborted, whichever comes first. */
function untilAborted(promise: Promise<unknown>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    promise.then(done, done);
  });
}
