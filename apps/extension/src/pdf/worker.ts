import { GlobalWorkerOptions } from '@hezhang/pdf/browser';
// pdf.js' worker with its orphaned rejections handled (see @hezhang/pdf's pdfjs-worker entry), bundled
// as a file of the extension (no remote code).
import workerUrl from '@hezhang/pdf/pdfjs-worker?worker&url';
import { type PdfWorkerLease, PdfWorkerPool } from './worker-pool';

/** pdf.js parses in its own Worker, shipped with the extension (the report page draws pages with it). */
export function startPdfWorker(): void {
  GlobalWorkerOptions.workerSrc = workerUrl;
}

// The reads of this context (the offscreen document; Firefox's background page) share its workers.
const pool = new PdfWorkerPool<Worker>(() => new Worker(workerUrl, { type: 'module', name: 'hezhang-pdfjs' }));

/** Starts the shared pdf.js worker before the first read (the offscreen document, when it starts). */
export function warmPdfWorkers(): void {
  pool.warm();
}

/** A pdf.js worker for one read: the shared one, or (`alone`) one of its own. */
export function leasePdfWorker(options: { alone?: boolean } = {}): PdfWorkerLease {
  return pool.lease(options);
}
