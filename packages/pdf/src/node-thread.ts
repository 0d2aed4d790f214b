/**
 * pdf.js' worker in Node, on a worker thread of its own (as browsers run it in a Web Worker).
 *
 * pdf.js' "fake worker" (its Node default) parses on the calling thread, and some of its promises are
 * never awaited: Catalog.getPageDict prefetches the top-level page-tree kids (`xref.fetchAsync`
 * without a handler); when the first page then fails with XRefEntryException, pdf.js drops that cache
 * and re-parses in recovery mode, and the prefetched promise rejects with nobody listening. In a
 * browser that rejection dies inside pdf.js' worker; on the calling thread it is an unhandled
 * rejection, which ends a Node process (a budget PDF with a few bytes flipped killed the CLI) and
 * fails any test runner's run. On its own thread it is dropped there, and a parse stuck in a loop can
 * be ended by terminating the thread.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type * as PdfJs from 'pdfjs-dist';
import { InputError, limitError } from './errors.js';
import type { DocumentParams, WorkerHost, WorkerLease } from './extract.js';
import { READ_LIMITS, type ReadLimits } from './limits.js';
import type { PrescanAnswer, PrescanRequest } from './node-thread-work.js';

/**
 * The thread's code, evaluated (no file to resolve from sources or the build). The legacy worker
 * bundles core-js, which replaces Array.prototype.push and JSON with slower polyfills: put the
 * natives back once it is loaded (see node.ts). While it loads, Node's lazy `Response` is a stand-in, so
 * that pdf.js' no-op polyfill of Response.prototype.bytes does not load Node's fetch implementation
 * (node-display.ts, withoutFetchLoad). pdf.js' Flate streams are inflated by one call to zlib
 * each instead of Node's DecompressionStream (node-decompression.ts). Rejections nobody awaits are
 * pdf.js' orphans (see above): the read they belong to settles through its own messages.
 */
const THREAD_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
process.on('unhandledRejection', () => {});
const response = Object.getOwnPropertyDescriptor(globalThis, 'Response');
const spareFetch = response && response.get && response.configurable;
if (spareFetch)
  Object.defineProperty(globalThis, 'Response', { value: { prototype: { bytes() {} } }, configurable: true, writable: true });
const restoreFetch = () => { if (spareFetch) Object.defineProperty(globalThis, 'Response', response); };
Promise.all([import(workerData.workerModule), import(workerData.workModule)]).then(
  ([{ WorkerMessageHandler }, { installThreadReading, installOneShotInflate, answerPrescans }]) => {
    restoreFetch();
    installOneShotInflate();
    Array.prototype.push = natives.push;
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    answerPrescans(parentPort);
    parentPort.postMessage({ readsPages: installThreadReading(WorkerMessageHandler) });
    WorkerMessageHandler.initializeFromPort(workerData.port);
  },
  // pdf.js cannot load: end the thread, so that reads fail at once instead of timing out.
  (error) => { restoreFetch(); setImmediate(() => { throw error; }); },
);
`;

interface PdfThread {
  thread: Worker;
  port: MessagePort;
  pdfWorker: PdfJs.PDFWorker;
  readsPages: Promise<boolean>;
  /** The pre-scan of a file, run on the thread (node-thread-work.ts). */
  prescan(bytes: Uint8Array, limits: ReadLimits, password?: string): Promise<void>;
  /** Rejects when the thread stops (crashed, terminated, or ended by `end`). */
  stopped: Promise<never>;
  /** Ends the thread now; `stopped` rejects with `error`. */
  end(error: InputError): void;
}

/** How often the memory watchdog looks at the process' resident memory during a read. */
const MEMORY_SAMPLE_MS = 50;

const THREAD_STOPPED = { zh: 'PDF 解析线程意外停止', en: 'the PDF parsing thread stopped' };

/** A thread loading (or done loading) pdf.js' worker, and the port it listens on. */
interface Spawned {
  thread: Worker;
  port: MessagePort;
  /** Resolves when the thread stops (crashed, or terminated), with the error a read then fails with. */
  exited: Promise<InputError>;
  /** Whether pdf.js there reads whole pages (thread-reading.ts): false for an unpatched pdf.js. */
  readsPages: Promise<boolean>;
}

/** Threads started ahead (`startPdfThreads`) that no pool has taken yet. */
const early: Spawned[] = [];

function spawn(): Spawned {
  const require = createRequire(import.meta.url);
  const workerModule = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
  // Resolved by name, as the package exports it: the same file from the sources, the build and the CLI's bundle.
  const workModule = pathToFileURL(require.resolve('@hezhang/pdf/node-thread-work')).href;
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(THREAD_SOURCE, {
    eval: true,
    name: 'hezhang-pdfjs',
    workerData: { port: port2, workerModule, workModule },
    transferList: [port2],
  });
  // Heard from the start: a thread started ahead may stop before a pool takes it.
  const exited = new Promise<InputError>((resolve) => {
    thread.once('error', (error) => resolve(new InputError('failed', String(error), { reason: THREAD_STOPPED })));
    thread.once('exit', (code) => resolve(new InputError('failed', `exit code ${code}`, { reason: THREAD_STOPPED })));
  });
  const readsPages = new Promise<boolean>((resolve) => {
    thread.once('message', (message: { readsPages?: unknown }) => resolve(message?.readsPages === true));
    void exited.then(() => resolve(false));
  });
  // Idle, it keeps nothing alive: a run that reads no PDF ends as if it had not been started.
  thread.unref();
  port1.unref();
  return { thread, port: port1, exited, readsPages };
}

/**
 * Starts up to `n` pdf.js threads now, before the rest of the reader is loaded: each loads pdf.js'
 * worker code (~0.3 s) while the caller loads its own, and the first pool of this thread takes them
 * (the CLI's first step: its first page was parsed ~0.25 s later when the thread started only once
 * core and pdf.js' display side had loaded). Threads no pool takes end with the process.
 */
export function startPdfThreads(n: number): void {
  while (early.length < n) early.push(spawn());
}

/** pdf.js threads shared by every read of this (calling) thread. */
export interface ThreadPool extends WorkerHost {
  /**
   * Reads up to `size` documents at once, each on a pdf.js thread of its own (default 1; one per core
   * is the most that helps). Threads up to `size` are started at once, idle, so that they load pdf.js'
   * worker code while the caller gathers its files; extra idle threads end when the pool shrinks.
   */
  resize(size: number): void;
}

/**
 * pdf.js threads for one calling thread, started once and reused by every read: a read leases a whole
 * thread for its document (pdf.js' worker reads one document at a time), concurrent reads beyond the
 * pool's size wait their turn, and a read's timeout runs from its turn, not from its call. A read
 * that times out, or that the watchdog stops (a page without progress for stallMs), ends its thread
 * (it may be stuck in a loop); the next read starts another. Idle threads do not keep the process
 * alive. A memory watchdog ends a read's thread when the process' resident memory grows by more than
 * readerMemoryMb during the read (pdf.js' memory is mostly outside V8's heap — typed arrays sent
 * between the threads — so a heap limit on the thread would not bound it; and Node can abort the
 * whole process when a thread's heap limit is hit faster than the thread can be stopped). The process
 * is what is measured: with several reads at once, each is bounded by their growth together.
 */
export function threadHost(
  pdfjs: Pick<typeof PdfJs, 'PDFWorker'>,
  limits: ReadLimits = READ_LIMITS,
  documentParams?: Partial<DocumentParams>,
): ThreadPool {
  let size = 1;
  /** Live threads (idle or leased). */
  const live = new Set<PdfThread>();
  /** Live threads no read holds, the most recently used last. */
  const idle: PdfThread[] = [];
  const waiting: ((t: PdfThread) => void)[] = [];

  function start(): PdfThread {
    const { thread, port, exited, readsPages } = early.shift() ?? spawn();
    // pdf.js talks to a port through postMessage and message events: a Node MessagePort has both.
    type WorkerPort = Parameters<typeof PdfJs.PDFWorker.create>[0]['port'];
    const pdfWorker = pdfjs.PDFWorker.create({ port: port as unknown as WorkerPort, verbosity: 0 });
    const t = { thread, port, pdfWorker, readsPages } as PdfThread;
    t.prescan = (bytes, limits, password) => {
      const copy = bytes.slice();
      const { port1: answers, port2: reply } = new MessageChannel();
      const request: PrescanRequest = { bytes: copy, limits, ...(password !== undefined ? { password } : {}), reply };
      const answered = new Promise<void>((resolve, reject) => {
        answers.once('message', ({ refusal }: PrescanAnswer) => {
          answers.close();
          if (refusal) reject(new InputError(refusal.code, undefined, { reason: refusal.reason }));
          else resolve();
        });
      });
      thread.postMessage({ prescan: request }, [copy.buffer, reply]);
      // A thread that stops under the scan answers nothing: the read fails with its error.
      return Promise.race([answered, t.stopped]);
    };
    t.stopped = new Promise<never>((_, reject) => {
      const stop = (error: InputError) => {
        retire(t);
        reject(error);
      };
      t.end = (error) => {
        stop(error);
        t.pdfWorker.destroy();
        t.port.close();
        void thread.terminate();
      };
      void exited.then(stop);
    });
    t.stopped.catch(() => {});
    live.add(t);
    return t;
  }

  /** Forgets a thread that stopped or is being ended. */
  function retire(t: PdfThread): void {
    live.delete(t);
    const at = idle.indexOf(t);
    if (at >= 0) idle.splice(at, 1);
  }

  /** Ends a thread a read gave up on, or one the pool has no room for. */
  function end(t: PdfThread): void {
    t.end(new InputError('failed', 'ended', { reason: THREAD_STOPPED }));
  }

  /** A thread keeps the process alive only while a read uses it. */
  function hold(t: PdfThread, held: boolean): void {
    if (held) {
      t.thread.ref();
      t.port.ref();
    } else {
      t.thread.unref();
      t.port.unref();
    }
  }

  function park(t: PdfThread): void {
    hold(t, false);
    idle.push(t);
  }

  /** A free thread, or a new one while the pool has room. */
  function take(): PdfThread | undefined {
    const t = idle.pop();
    if (t) return t;
    return live.size < size ? start() : undefined;
  }

  function lease(t: PdfThread): WorkerLease {
    hold(t, true);
    let released = false;
    const baseline = process.memoryUsage.rss();
    const budget = limits.readerMemoryMb * 1024 * 1024;
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > budget) t.end(limitError({ limit: 'readerMemoryMb' }, limits));
    }, MEMORY_SAMPLE_MS);
    watch.unref();
    return {
      worker: t.pdfWorker,
      readsPages: t.readsPages,
      prescan: t.prescan,
      stopped: t.stopped,
      release(stuck: boolean) {
        if (released) return;
        released = true;
        clearInterval(watch);
        if (stuck) end(t);
        else if (!live.has(t)) {
          // It stopped under the read: nothing to give back.
        } else if (live.size > size) {
          end(t);
        } else {
          park(t);
        }
        const next = waiting.length > 0 ? take() : undefined;
        if (next) waiting.shift()?.(next);
      },
    };
  }

  function fill(): void {
    while (live.size < size) park(start());
    while (live.size > size && idle.length > 0) end(idle.shift() as PdfThread);
  }

  // Started at once, idle: the thread loads pdf.js' worker code while the caller loads and reads its files.
  fill();

  return {
    ...(documentParams ? { documentParams } : {}),
    acquire(signal?: AbortSignal): Promise<WorkerLease> {
      if (signal?.aborted) return Promise.reject(new InputError('aborted'));
      const free = waiting.length === 0 ? take() : undefined;
      if (free) return Promise.resolve(lease(free));
      return new Promise<WorkerLease>((resolve, reject) => {
        const turn = (t: PdfThread) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(lease(t));
        };
        const onAbort = () => {
          const at = waiting.indexOf(turn);
          if (at >= 0) waiting.splice(at, 1);
          reject(new InputError('aborted'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        waiting.push(turn);
      });
    },
    resize(n: number): void {
      size = Math.max(1, Math.floor(n));
      fill();
      // Room for more: start the reads that wait.
      while (waiting.length > 0) {
        const t = take();
        if (!t) break;
        waiting.shift()?.(t);
      }
    },
  };
}
