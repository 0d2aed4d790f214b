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
import type { WorkerHost, WorkerLease } from './extract.js';
import { READ_LIMITS, type ReadLimits } from './limits.js';

/**
 * The thread's code, evaluated (no file to resolve from sources or the build). The legacy worker
 * bundles core-js, which replaces Array.prototype.push and JSON with slower polyfills: put the
 * natives back once it is loaded (see node.ts). Rejections nobody awaits are pdf.js' orphans (see
 * above): the read they belong to settles through its own messages.
 */
const THREAD_SOURCE = `
const { workerData } = require('node:worker_threads');
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
process.on('unhandledRejection', () => {});
import(workerData.workerModule).then(
  ({ WorkerMessageHandler }) => {
    Array.prototype.push = natives.push;
    JSON.parse = natives.parse;
    JSON.stringify = natives.stringify;
    WorkerMessageHandler.initializeFromPort(workerData.port);
  },
  // pdf.js cannot load: end the thread, so that reads fail at once instead of timing out.
  (error) => setImmediate(() => { throw error; }),
);
`;

interface PdfThread {
  thread: Worker;
  port: MessagePort;
  pdfWorker: PdfJs.PDFWorker;
  /** Rejects when the thread stops (crashed, terminated, or ended by `end`). */
  stopped: Promise<never>;
  /** Ends the thread now; `stopped` rejects with `error`. */
  end(error: InputError): void;
}

/** How often the memory watchdog looks at the process' resident memory during a read. */
const MEMORY_SAMPLE_MS = 50;

const THREAD_STOPPED = { zh: 'PDF 解析线程意外停止', en: 'the PDF parsing thread stopped' };

/**
 * One pdf.js thread per calling thread, started when the module loads, reading one document at a
 * time: concurrent reads wait their turn (pdf.js' worker is one thread either way), and a read's
 * timeout runs from its turn, not from its call. A read that times out, or that the watchdog stops
 * (a page without progress for stallMs), ends the thread: it may be stuck in a loop. The next read
 * starts another. A memory watchdog does the same when the process' resident memory grows by more
 * than readerMemoryMb during a read (pdf.js' memory is mostly outside V8's heap — typed arrays sent
 * between the threads — so a heap limit on the thread would not bound it; and Node can abort the
 * whole process when a thread's heap limit is hit faster than the thread can be stopped).
 */
export function threadHost(pdfjs: Pick<typeof PdfJs, 'PDFWorker'>, limits: ReadLimits = READ_LIMITS): WorkerHost {
  const workerModule = pathToFileURL(
    createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ).href;
  let current: PdfThread | undefined;
  let busy = false;
  const waiting: (() => void)[] = [];

  function start(): PdfThread {
    const { port1, port2 } = new MessageChannel();
    const thread = new Worker(THREAD_SOURCE, {
      eval: true,
      name: 'hezhang-pdfjs',
      workerData: { port: port2, workerModule },
      transferList: [port2],
    });
    // pdf.js talks to a port through postMessage and message events: a Node MessagePort has both.
    type WorkerPort = Parameters<typeof PdfJs.PDFWorker.create>[0]['port'];
    const pdfWorker = pdfjs.PDFWorker.create({ port: port1 as unknown as WorkerPort, verbosity: 0 });
    const t = { thread, port: port1, pdfWorker } as PdfThread;
    t.stopped = new Promise<never>((_, reject) => {
      const stop = (error: InputError) => {
        if (current === t) current = undefined;
        reject(error);
      };
      t.end = (error) => {
        stop(error);
        t.pdfWorker.destroy();
        t.port.close();
        void thread.terminate();
      };
      thread.once('error', (error) => stop(new InputError('failed', String(error), { reason: THREAD_STOPPED })));
      thread.once('exit', (code) => stop(new InputError('failed', `exit code ${code}`, { reason: THREAD_STOPPED })));
    });
    t.stopped.catch(() => {});
    return t;
  }

  /** The thread keeps the process alive only while a read uses it or waits for it. */
  function hold(t: PdfThread, held: boolean): void {
    if (held) {
      t.thread.ref();
      t.port.ref();
    } else {
      t.thread.unref();
      t.port.unref();
    }
  }

  function lease(): WorkerLease {
    const t = (current ??= start());
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
      stopped: t.stopped,
      release(stuck: boolean) {
        if (released) return;
        released = true;
        clearInterval(watch);
        if (stuck) {
          if (current === t) current = undefined;
          t.pdfWorker.destroy();
          t.port.close();
          void t.thread.terminate();
        }
        const next = waiting.shift();
        if (next) next();
        else {
          busy = false;
          if (current) hold(current, false);
        }
      },
    };
  }

  // Started at once, idle: the thread loads pdf.js' worker code while the caller loads and reads its files.
  current = start();
  hold(current, false);

  return {
    acquire(signal?: AbortSignal): Promise<WorkerLease> {
      if (signal?.aborted) return Promise.reject(new InputError('aborted'));
      if (!busy) {
        busy = true;
        return Promise.resolve(lease());
      }
      if (current) hold(current, true);
      return new Promise<WorkerLease>((resolve, reject) => {
        const turn = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(lease());
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
  };
}
