/**
 * @hezhang/pdf for Node: pdf.js' legacy build (the modern one needs browser APIs Node 20 lacks), with
 * CMaps and standard fonts read from the installed pdfjs-dist. Parsing runs on the calling thread: use
 * worker_threads to read several files at once.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfOptions } from './options.js';
import { bindApi } from './read.js';

/**
 * The legacy build bundles core-js, which on Node 20 replaces Array.prototype.push (for a V8 edge case
 * with non-writable lengths), JSON.parse and JSON.stringify with slower polyfills — for the whole
 * process. pdf.js needs none of them: load it (and its worker code, so no later import re-applies
 * them), then put the native functions back. Reading a PDF gets up to 45% faster.
 */
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// pdf.js runs its "fake worker" from this global instead of importing the worker module itself.
const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs'; // untyped: pdfjs-dist ships no declarations for it
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(workerModule);
Array.prototype.push = natives.push;
JSON.parse = natives.parse;
JSON.stringify = natives.stringify;

export { type PdfErrorCode, PdfReadError } from './errors.js';
export type { PdfOptions, ReadOptions } from './options.js';

let resources: PdfOptions | undefined;

/** pdf.js' CMaps and standard fonts as filesystem paths ending in `/` (what pdf.js wants in Node). */
export function nodeResources(): PdfOptions {
  if (!resources) {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    resources = { cMapUrl: join(root, 'cmaps/'), standardFontDataUrl: join(root, 'standard_fonts/') };
  }
  return resources;
}

export const { extractPositioned, readBudgetPdf } = bindApi(pdfjs, nodeResources);
