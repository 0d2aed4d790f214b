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

/** The drawing each canvas is busy with: pdf.js refuses a second render on a canvas still drawn on. */
const drawing = new WeakMap<HTMLCanvasElement, Promise<unknown>>();

/**
 * Renders the page at `width` CSS pixels wide (or the width `width` gives for the page's size), sharp
 * on high-density screens, and returns its size in points and the width drawn, so callers can lay
 * boxes over it in the same coordinates. A drawing on the same canvas is waited for first; `signal`
 * cancels this one (stepping to the next finding while a page is drawn).
 */
export function renderPage(
  source: PdfSource,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  width: number | ((size: PageSize) => number),
  signal?: AbortSignal,
): Promise<{ size: PageSize; width: number }> {
  const before = drawing.get(canvas);
  const done = (async () => {
    await before?.catch(() => undefined);
    signal?.throwIfAborted();
    const doc = await openDocument(source);
    const page = await doc.getPage(pageNumber);
    signal?.throwIfAborted();
    const size = page.getViewport({ scale: 1 });
    const cssWidth = typeof width === 'number' ? width : width({ width: size.width, height: size.height });
    const scale = cssWidth / size.width;
    const density = globalThis.devicePixelRatio || 1;
    const viewport = page.getViewport({ scale: scale * density });
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    canvas.style.width = `${cssWidth}px`;
    canvas.style.height = `${(cssWidth * size.height) / size.width}px`;
    const task = page.render({ canvas, viewport });
    const cancel = () => task.cancel?.();
    signal?.addEventListener('abort', cancel);
    try {
      await task.promise;
    } finally {
      signal?.removeEventListener('abort', cancel);
      page.cleanup();
    }
    return { size: { width: size.width, height: size.height }, width: cssWidth };
  })();
  drawing.set(canvas, done);
  return done;
}
