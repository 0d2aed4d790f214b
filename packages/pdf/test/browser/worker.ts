/// <reference lib="webworker" />
/**
 * The test page's Web Worker: reads the PDF it is sent with @hezhang/pdf's browser build, pdf.js
 * running in a real nested worker, and posts back the model (with how many glyph outlines pdf.js' worker
 * posted) or the error code.
 */
import { GlobalWorkerOptions, PdfReadError, readBudgetPdf } from '../../src/browser.js';

// What the page's reading worker runs: @hezhang/pdf/pdfjs-worker (the patched pdf.js, skipFontRebuild),
// which reads each page where it parses it (thread-reading.ts).
const port = new Worker('/pdfjs-worker.js', { type: 'module' });
GlobalWorkerOptions.workerPort = port;
// Glyph outlines pdf.js' worker posts: only when a font could not be bound (a "FontFallback").
let fontPaths = 0;
port.addEventListener('message', ({ data }) => {
  if (data?.action === 'commonobj' && data.data?.[1] === 'FontPath') fontPaths++;
});

self.onmessage = async ({ data }: MessageEvent<{ url: string; password?: string }>) => {
  const bytes = new Uint8Array(await (await fetch(data.url)).arrayBuffer());
  try {
    const document = await readBudgetPdf(bytes, {
      name: data.url.split('/').pop() ?? data.url,
      cMapUrl: '/pdfjs/cmaps/',
      standardFontDataUrl: '/pdfjs/standard_fonts/',
      useWorkerFetch: true,
      workerReadsPages: true,
      ...(data.password ? { password: data.password } : {}),
    });
    self.postMessage({ document, fontPaths });
  } catch (error) {
    self.postMessage({ error: error instanceof PdfReadError ? error.code : String(error) });
  }
};
