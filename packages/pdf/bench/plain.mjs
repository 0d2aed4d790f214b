/**
 * Plain pdf.js, the floor any reader of a PDF's text and rulings through pdf.js pays: the text content
 * and the operator list of every page and the metadata, nothing done with them. It runs pdf.js' worker
 * on a worker thread of its own, as @hezhang/pdf does (and browsers), one document at a time, with
 * pdf.js' Node defaults otherwise (glyph outlines built, CFF fonts recompiled: no `fontLoading()`).
 * It loads pdf.js as @hezhang/pdf's Node entry does (no @napi-rs/canvas; Array.prototype.push and JSON
 * put back after the legacy build's core-js), but not that entry itself, which would start an idle
 * pdf.js thread of its own (~0.2 CPU-s) that plain pdf.js does not need. Needs the built package.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const { withoutCanvas } = await import('../dist/node-display.js');
const { threadHost } = await import('../dist/node-thread.js');
const require = createRequire(import.meta.url);
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
const pdfjs = await withoutCanvas(
  require.resolve('pdfjs-dist/legacy/build/pdf.mjs'),
  () => import('pdfjs-dist/legacy/build/pdf.mjs'),
);
Array.prototype.push = natives.push;
JSON.parse = natives.parse;
JSON.stringify = natives.stringify;
const root = dirname(require.resolve('pdfjs-dist/package.json'));
const resources = { cMapUrl: join(root, 'cmaps/'), standardFontDataUrl: join(root, 'standard_fonts/') };
const host = threadHost(pdfjs);

export async function plainPdfjs(bytes) {
  const lease = await host.acquire();
  try {
    const pdf = await pdfjs.getDocument({
      data: bytes.slice(),
      ...resources,
      cMapPacked: true,
      isEvalSupported: false,
      verbosity: 0,
      worker: lease.worker,
    }).promise;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      await page.getTextContent({ disableNormalization: true });
      await page.getOperatorList();
      page.cleanup();
    }
    await pdf.getMetadata();
    await pdf.destroy();
  } finally {
    lease.release(false);
  }
}
