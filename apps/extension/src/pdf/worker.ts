import { GlobalWorkerOptions } from '@hezhang/pdf/browser';
// pdf.js' worker with its orphaned rejections handled (see @hezhang/pdf's pdfjs-worker entry), bundled
// as a file of the extension (no remote code).
import workerUrl from '@hezhang/pdf/pdfjs-worker?worker&url';

/** pdf.js parses in its own Worker, shipped with the extension (the report page draws pages with it). */
export function startPdfWorker(): void {
  GlobalWorkerOptions.workerSrc = workerUrl;
}

/**
 * pdf.js workers kept between reads, at most as many as PDFs are read at once (background.ts reads two):
 * a worker started for each read compiled pdf.js' worker code and loaded its CMaps and fonts again
 * every time.
 */
const idle: Worker[] = [];
const MAX_IDLE = 2;

const start = () => new Worker(workerUrl, { type: 'module', name: 'hezhang-pdfjs' });

/**
 * Starts pdf.js workers before the first read (up to `count` idle, at most two): their code is fetched
 * and compiled while the PDF is asked for, fetched and hashed, instead of after.
 */
export function warmPdfWorkers(count = MAX_IDLE): void {
  while (idle.length < Math.min(count, MAX_IDLE)) idle.push(start());
}

/** A pdf.js worker for one read: one an earlier read (or warmPdfWorkers) left warm, else a new one. */
export function leasePdfWorker(): Worker {
  return idle.pop() ?? start();
}

/**
 * The read is over: a worker whose read ended well is kept for the next one; after any failure (a
 * timeout, a bound broken, a damaged file) it is ended, so that nothing stuck in it (a loop, a load
 * abandoned half-way that could answer the next document's requests) meets the next PDF.
 */
export function releasePdfWorker(worker: Worker, endedWell: boolean): void {
  if (endedWell && idle.length < MAX_IDLE) idle.push(worker);
  else worker.terminate();
}
