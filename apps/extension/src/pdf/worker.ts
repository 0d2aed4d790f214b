import { GlobalWorkerOptions } from '@hezhang/pdf/browser';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/** pdf.js parses in its own Worker, shipped with the extension (no remote code). */
export function startPdfWorker(): void {
  GlobalWorkerOptions.workerSrc = workerUrl;
}
