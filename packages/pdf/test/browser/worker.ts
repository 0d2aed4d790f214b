/// <reference lib="webworker" />
/**
 * The test page's Web Worker: reads the PDF it is sent with @hezhang/pdf's browser build, pdf.js
 * running in a real nested worker, and posts back the model or the error code.
 */
import { GlobalWorkerOptions, PdfReadError, readBudgetPdf } from '../../src/browser.js';

GlobalWorkerOptions.workerPort = new Worker('/pdfjs/build/pdf.worker.min.mjs', { type: 'module' });

self.onmessage = async ({ data }: MessageEvent<{ url: string; password?: string }>) => {
  const bytes = new Uint8Array(await (await fetch(data.url)).arrayBuffer());
  try {
    const document = await readBudgetPdf(bytes, {
      name: data.url.split('/').pop() ?? data.url,
      cMapUrl: '/pdfjs/cmaps/',
      standardFontDataUrl: '/pdfjs/standard_fonts/',
      useWorkerFetch: true,
      ...(data.password ? { password: data.password } : {}),
    });
    self.postMessage({ document });
  } catch (error) {
    self.postMessage({ error: error instanceof PdfReadError ? error.code : String(error) });
  }
};
