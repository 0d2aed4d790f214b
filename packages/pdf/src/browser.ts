/**
 * @hezhang/pdf for browsers, Web Workers and extension offscreen documents: pdf.js' modern build.
 * The caller passes `cMapUrl` and `standardFontDataUrl` (URLs ending in `/` where pdfjs-dist's cmaps/
 * and standard_fonts/ are served) and, inside a Web Worker, `useWorkerFetch: true` and a nested
 * pdf.js worker (see the README).
 */
import * as pdfjs from 'pdfjs-dist';
import { bindApi } from './read.js';

export { InputError, type InputErrorCode, limitError, type PdfErrorCode, PdfReadError } from './errors.js';
export { type LimitBreach, READ_LIMITS, type ReadLimits } from './limits.js';
export type { PdfOptions, ReadOptions } from './options.js';
export { EXTRACT_SETTINGS, type ExtractSettings, type ExtractSettingsInput, extractSettings } from './settings.js';

/** pdf.js' GlobalWorkerOptions: set `workerPort` (or `workerSrc`) once before reading. */
export const GlobalWorkerOptions = pdfjs.GlobalWorkerOptions;

export const { extractPositioned, readBudgetPdf, readBudgetFile } = bindApi(pdfjs, () => ({}));
