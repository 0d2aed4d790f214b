/// <reference lib="dom" />
/**
 * The test page itself (a document, as an extension's offscreen document): reads the PDF it is given
 * with @hezhang/pdf's browser build and `fonts: 'stand-in'`, pdf.js running in a real worker, and
 * answers the model, how many glyph outlines pdf.js' worker posted, and whether a FontFace of another
 * family is still the browser's own.
 */
import { readBudgetPdf } from '../../src/browser.js';

async function readHere(url: string) {
  // The patched build (skipCffCompile), as the worker test.
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
