/**
 * pdf.js for drawing pages on the main thread, loaded the first time a page is shown. Documents are
 * opened with the app's own CMaps and standard fonts (Chinese text in non-embedded fonts needs them).
 */
import type { Pdfjs } from '@hezhang/ui';
import { pdfResources } from './resources.js';

let loading: Promise<Pdfjs> | undefined;

async function load(): Promise<Pdfjs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const resources = pdfResources();
  return { getDocument: (source) => pdfjs.getDocument({ ...source, ...resources, cMapPacked: true }) };
}

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= load();
  return loading;
}
