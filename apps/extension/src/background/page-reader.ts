import { readPdfAt } from '../pdf/read-pdf';
import { startPdfWorker } from '../pdf/worker';
import type { PdfCache } from './cache';
import type { PdfReader } from './pdf-service';

/** Firefox (MV2, no offscreen API): the background page can start Workers, so pdf.js runs here. */
export function pageReader(cache: PdfCache): PdfReader {
  startPdfWorker();
  return (url) => readPdfAt(url, (hash) => cache.byHash(hash));
}
