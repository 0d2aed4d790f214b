/**
 * @hezhang/pdf for Node: pdf.js' legacy build (the modern one needs browser APIs Node 20 lacks), with
 * CMaps and standard fonts read from the installed pdfjs-dist. pdf.js parses on worker threads of its
 * own (node-thread.ts), started once and reused, one document at a time each: `setPdfThreads(n)` reads
 * up to n documents at once (one per core is the most that helps).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fontLoading } from './font-loading.js';
import { READ_LIMITS } from './limits.js';
import { withoutCanvas, withoutFetchLoad } from './node-display.js';
import { threadHost } from './node-thread.js';
import type { PdfOptions } from './options.js';
import { nodeInflate } from './prescan/node-inflate.js';
import { bindApi } from './read.js';

/**
 * The legacy build bundles core-js, which on Node 20 replaces Array.prototype.push (for a V8 edge case
 * with non-writable lengths), JSON.parse and JSON.stringify with slower polyfills — for the whole
 * thread. pdf.js needs none of them: load it, then put the native functions back (the worker thread
 * does the same for the worker code). Reading a PDF gets up to 45% faster.
 */
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
const pdfjs = await withoutCanvas(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'), () =>
  withoutFetchLoad(() => import('pdfjs-dist/legacy/build/pdf.mjs')),
);
Array.prototype.push = natives.push;
JSON.parse = natives.parse;
JSON.stringify = natives.stringify;

export { InputError, type InputErrorCode, limitError, type PdfErrorCode, PdfReadError } from './errors.js';
export { type LimitBreach, READ_LIMITS, type ReadLimits } from './limits.js';
export type { PdfOptions, ReadOptions } from './options.js';
export { EXTRACT_SETTINGS, type ExtractSettings, type ExtractSettingsInput, extractSettings } from './settings.js';

let resources: PdfOptions | undefined;

/** pdf.js' CMaps and standard fonts as filesystem paths ending in `/` (what pdf.js wants in Node). */
export function nodeResources(): PdfOptions {
  if (!resources) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    resources = { cMapUrl: join(root, 'cmaps/'), standardFontDataUrl: join(root, 'standard_fonts/') };
  }
  return resources;
}

const threads = threadHost(pdfjs, READ_LIMITS, fontLoading());

/**
 * How many documents this thread reads at once, each on a pdf.js thread of its own (default 1). Reads
 * beyond it wait their turn. One per core is the most that helps: each pdf.js thread pre-scans, parses
 * and reads the pages of its document (node-thread-work.ts), and this thread builds the documents.
 */
export function setPdfThreads(n: number): void {
  threads.resize(n);
}

export const { extractPositioned, readBudgetPdf, readBudgetFile, readBudgetDocuments } = bindApi(pdfjs, nodeResources, {
  host: threads,
  inflateWhole: nodeInflate,
});
