/// <reference lib="dom" />
/**
 * The test page itself (a document, as an extension's offscreen document): reads the PDF it is given
 * with @hezhang/pdf's browser build and `fonts: 'stand-in'`, pdf.js running in a real worker, and
 * answers the model, how many glyph outlines pdf.js' worker posted, and whether a FontFace of another
 * family is still the browser's own.
 */
import { InputError, readBudgetPdf } from '../../src/browser.js';

async function readHere(url: string) {
  // The patched build (skipFontRebuild), as the worker test.
  const port = new Worker('/pdfjs/build/pdf.worker.mjs', { type: 'module' });
  let fontPaths = 0;
  port.addEventListener('message', ({ data }) => {
    if (data?.action === 'commonobj' && data.data?.[1] === 'FontPath') fontPaths++;
  });
  try {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    const document = await readBudgetPdf(bytes, {
      name: url.split('/').pop() ?? url,
      cMapUrl: '/pdfjs/cmaps/',
      standardFontDataUrl: '/pdfjs/standard_fonts/',
      workerPort: port,
      fonts: 'stand-in',
    });
    // Another family after the stand-in was installed: the browser's FontFace, usable by the document.
    const face = new FontFace('NotPdfJs', 'local(serif)');
    const fonts = window.document.fonts as unknown as Set<FontFace>; // setlike; TS' lib lacks add/has
    fonts.add(face);
    const nativeForOthers = face instanceof FontFace && typeof face.status === 'string' && fonts.has(face);
    return { document, fontPaths, nativeForOthers };
  } finally {
    port.terminate();
  }
}
(window as unknown as { readHere: typeof readHere }).readHere = readHere;

/** One read of `readOnOnePort`: abort it, or end the worker under it, once it has read `atPage` pages. */
interface SharedRead {
  url: string;
  timeoutMs?: number;
  abortAtPage?: number;
  /** Terminates the port's Worker and aborts this read (what the extension does to the reads beside a stuck one). */
  endWorkerAtPage?: number;
}

/**
 * Reads the PDFs at once on ONE pdf.js worker (one port), as the extension's offscreen document does,
 * then `then` on the same port (or on a new one if a read ended the worker): each read's model or
 * error code and whether it told onStuck.
 */
async function readOnOnePort(reads: SharedRead[], then?: string) {
  let port = new Worker('/pdfjs/build/pdf.worker.mjs', { type: 'module' });
  const ports = [port];
  const readOne = async (read: SharedRead, on: Worker) => {
    const controller = new AbortController();
    let stuck = false;
    try {
      const bytes = new Uint8Array(await (await fetch(read.url)).arrayBuffer());
      const document = await readBudgetPdf(bytes, {
        name: read.url.split('/').pop() ?? read.url,
        cMapUrl: '/pdfjs/cmaps/',
        standardFontDataUrl: '/pdfjs/standard_fonts/',
        workerPort: on,
        fonts: 'stand-in',
        signal: controller.signal,
        onStuck: () => {
          stuck = true;
        },
        ...(read.timeoutMs !== undefined ? { timeoutMs: read.timeoutMs } : {}),
        onProgress: ({ page }) => {
          if (page === read.abortAtPage) controller.abort();
          if (page === read.endWorkerAtPage) {
            on.terminate();
            controller.abort();
          }
        },
      });
      return { document, stuck };
    } catch (error) {
      return { error: error instanceof InputError ? error.code : String(error), stuck };
    }
  };
  try {
    const results = await Promise.all(reads.map((read) => readOne(read, port)));
    if (reads.some((r) => r.endWorkerAtPage !== undefined)) {
      port = new Worker('/pdfjs/build/pdf.worker.mjs', { type: 'module' });
      ports.push(port);
    }
    const after = then === undefined ? undefined : await readOne({ url: then }, port);
    return { results, after };
  } finally {
    for (const p of ports) p.terminate();
  }
}
(window as unknown as { readOnOnePort: typeof readOnOnePort }).readOnOnePort = readOnOnePort;
