import { readPdfAt } from '../pdf/read-pdf';
import { startPdfWorker } from '../pdf/worker';
import { checkedTogether } from '../together/read-together';
import type { PdfCache } from './cache';
import type { PdfReader } from './pdf-service';
import type { TogetherReader } from './together-service';

/** Firefox (MV2, no offscreen API): the background page can start Workers, so pdf.js runs here. */
export function pageReader(cache: PdfCache): PdfReader {
  startPdfWorker();
  return (url) => readPdfAt(url, (hash) => cache.byHash(hash));
}

/** Firefox: documents are read together in the background page too. */
export const pageTogether: TogetherReader = async (documents) => checkedTogether(documents);
