import { GlobalWorkerOptions } from '@hezhang/pdf/browser';
// pdf.js' worker with its orphaned rejections handled (see @hezhang/pdf's pdfjs-worker entry), bundled
// as a file of the extension (no remote code).
import workerUrl from '@hezhang/pdf/pdfjs-worker?worker&url';

/** pdf.js parses in its own Worker, shipped with the extension. */
export function startPdfWorker(): void {
  GlobalWorkerOptions.workerSrc = workerUrl;
}
