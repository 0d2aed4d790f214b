import { GlobalWorkerOptions } from '@hezhang/pdf/browser';
import { workerUrl } from './worker-pool';

export { leasePdfWorker, releasePdfWorker, warmPdfWorkers } from './worker-pool';

/** pdf.js parses in its own Worker, shipped with the extension (the report page draws pages with it). */
export function startPdfWorker(): void {
  GlobalWorkerOptions.workerSrc = workerUrl;
}
