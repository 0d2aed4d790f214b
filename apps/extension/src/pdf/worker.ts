import { GlobalWorkerOptions } from '@hezhang/pdf/browser';
// pdf.js' worker with its orphaned rejections handled (see @hezhang/pdf's pdfjs-worker entry), bundled
// as a file of the extension (no remote code).
import workerUrl from '@hezhang/pdf/pdfjs-worker?worker&url';

/** pdf.js parses in its own Worker, shipped with the extension (the report page draws pages with it). */
export function startPdfWorker(): void {
  GlobalWorkerOptions.workerSrc = workerUrl;
}

/** A pdf.js worker for one read, ended by the reader when the read is over (whatever its outcome). */
export function newPdfWorker(): Worker {
  return new Worker(workerUrl, { type: 'module', name: 'hezhang-pdfjs' });
}
