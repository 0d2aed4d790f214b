/** Where the build serves pdf.js' CMaps and standard fonts (copied there by vite/pdfjs-assets.ts). */
import type { PdfResources } from './worker/protocol.js';

export const PDFJS_ASSETS = 'pdfjs';

export function pdfResources(): PdfResources {
  const base = new URL(`${PDFJS_ASSETS}/`, document.baseURI);
  return {
    cMapUrl: new URL('cmaps/', base).href,
    standardFontDataUrl: new URL('standard_fonts/', base).href,
  };
}
