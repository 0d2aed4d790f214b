/**
 * @hezhang/pdf for browsers, Web Workers and extension offscreen documents: pdf.js' modern build.
 * The caller passes `cMapUrl` and `standardFontDataUrl` (URLs ending in `/` where pdfjs-dist's cmaps/
 * and standard_fonts/ are served) and, inside a Web Worker, `useWorkerFetch: true` and a nested
 * pdf.js worker (see the README). In a Web Worker (no document: nothing there draws with fonts) fonts are
 * loaded as the Node entry loads them (font-loading.ts): no glyph outlines, no font program rebuilt. A
 * document that never draws with pdf.js (an extension's offscreen document that only reads) asks for
 * the same with `fonts: 'stand-in'` on each read.
 */
import * as pdfjs from 'pdfjs-dist';
import { fontLoading, withoutDocument } from './font-loading.js';
import type { ReadOptions } from './options.js';
import { bindApi } from './read.js';

export { InputError, type InputErrorCode, limitError, type PdfErrorCode, PdfReadError } from './errors.js';
export { type LimitBreach, READ_LIMITS, type ReadLimits } from './limits.js';
export type { PdfOptions, ReadOptions } from './options.js';
export { EXTRACT_SETTINGS, type ExtractSettings, type ExtractSettingsInput, extractSettings } from './settings.js';

/** pdf.js' GlobalWorkerOptions: set `workerPort` (or `workerSrc`) once before reading. */
export const GlobalWorkerOptions = pdfjs.GlobalWorkerOptions;

/** A read's options in a browser. */
export interface BrowserReadOptions extends ReadOptions {
  /**
   * How pdf.js loads this document's fonts on the calling thread. `'native'` (the default): with the
   * context's FontFace where there is a document (a page may draw them); in a Web Worker as below.
   * `'stand-in'`: loaded for reading only (font-loading.ts): no font program rebuilt, no font parsed by the
   * browser, no glyph outlines; the context's global FontFace is replaced by one that holds nothing
   * for pdf.js' own font families (other families still get the browser's FontFace). Only for a
   * context in which pdf.js never draws (pages drawn there would show no text).
   */
  fonts?: 'native' | 'stand-in';
}

// Asked at each read, not at import: a page that draws with pdf.js keeps its own FontFace.
const native = bindApi(pdfjs, () => ({}), { documentParams: () => (withoutDocument() ? fontLoading() : {}) });
const standIn = bindApi(pdfjs, () => ({}), { documentParams: fontLoading });
const api = (options: BrowserReadOptions) => (options.fonts === 'stand-in' ? standIn : native);
const rest = ({ fonts: _, ...options }: BrowserReadOptions): ReadOptions => options;

export const extractPositioned = (bytes: Uint8Array, options: BrowserReadOptions = {}) =>
  api(options).extractPositioned(bytes, rest(options));
export const readBudgetPdf = (bytes: Uint8Array, options: BrowserReadOptions = {}) =>
  api(options).readBudgetPdf(bytes, rest(options));
export const readBudgetFile = (name: string, bytes: Uint8Array, options: BrowserReadOptions = {}) =>
  api(options).readBudgetFile(name, bytes, rest(options));
export const readBudgetDocuments = (name: string, bytes: Uint8Array, options: BrowserReadOptions = {}) =>
  api(options).readBudgetDocuments(name, bytes, rest(options));
