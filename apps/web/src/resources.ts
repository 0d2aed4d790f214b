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

/** Where the build serves the sample budget (vite/sample-document.ts), relative to the page. */
export const SAMPLE_PATH = 'sample/budget-sample.pdf';

/** The sample's name in the file list and its report: it says what the file is. */
export const SAMPLE_NAME = { zh: '示例-部门预算.pdf', en: 'sample-department-budget.pdf' } as const;

export function sampleUrl(): string {
  return new URL(SAMPLE_PATH, document.baseURI).href;
}
