/**
 * @hezhang/pdf for browsers, Web Workers and extension offscreen documents: pdf.js' modern build.
 * The caller passes `cMapUrl` and `standardFontDataUrl` (URLs ending in `/` where pdfjs-dist's cmaps/
 * and standard_fonts/ are served) and, inside a Web Worker, `useWorkerFetch: true` and a nested
 * pdf.js worker (see the README). In a Web Worker (no document: nothing there draws with fonts) fonts are
 * loaded as the Node entry loads them (font-loading.ts): no glyph outlines, no CFF recompiling.
 */
import * as pdfjs from 'pdfjs-dist';
import { fontLoading, withoutDocument } from './font-loading.js';
import { bindApi } from './read.js';

export { InputError, type InputErrorCode, limitError, type PdfErrorCode, PdfReadError } from './errors.js';
export { type LimitBreach, READ_LIMITS, type ReadLimits } from './limits.js';
export type { PdfOptions, ReadOptions } from './options.js';
export { EXTRACT_SETTINGS, type ExtractSettings, type ExtractSettingsInput, extractSettings } from './settings.js';

/** pdf.js' GlobalWorkerOptions: set `workerPort` (or `workerSrc`) once before reading. */
export const GlobalWorkerOptions = pdfjs.GlobalWorkerOptions;

export const { extractPositioned, readBudgetPdf, readBudgetFile } = bindApi(pdfjs, () => ({}), {
  // Asked at each read, not at import: a page that draws with pdf.js keeps its own FontFace.
  documentParams: () => (withoutDocument() ? fontLoading() : {}),
});
