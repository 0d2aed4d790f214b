/** Draws one page of a PDF onto a canvas with the injected pdf.js. */
import type { PdfDocument, PdfSource } from './pdfjs.js';

const opened = new WeakMap<Uint8Array, Promise<PdfDocument>>();

/** Opens the document once per byte array; pdf.js takes ownership of what it is given, so it gets a copy. */
export function openDocument(source: PdfSource): Promise<PdfDocument> {
  let doc = opened.get(source.bytes);
  if (!doc) {
    doc = source
      .loadPdfjs()
      .then((pdfjs) => pdfjs.getDocument({ data: source.bytes.slice(), isEvalSupported: false }).promise);
    opened.set(source.bytes, doc);
    doc.catch(() => opened.delete(source.bytes));
  }
  return doc;
}

/** A page's size in PDF points (rotation applied): the coordinate space of the report's boxes. */
export interface PageSize {
  width: number;
  height: number;
}

/**
 * Renders the page at `cssWidth` CSS pixels wide (sharp on high-density screens) and returns its size
 * in points, so callers can lay boxes over it in the same coordinates.
 */
export async function renderPage(
  source: PdfSource,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  cssWidth: number,
): Promise<PageSize> {
  const doc = await openDocument(source);
  const page = await doc.getPage(pageNumber);
  const size = page.getViewport({ scale: 1 });
  const scale = cssWidth / size.width;
  const density = globalThis.devicePixelRatio || 1;
  const viewport = page.getViewport({ scale: scale * density });
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${(cssWidth * size.height) / size.width}px`;
  await page.render({ canvas, viewport }).promise;
  page.cleanup();
  return { width: size.width, height: size.height };
}
