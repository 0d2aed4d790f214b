/**
 * @hezhang/pdf for Node: pdf.js' legacy build (the modern one needs browser APIs Node 20 lacks), with
 * CMaps and standard fonts read from the installed pdfjs-dist. Parsing runs on the calling thread: use
 * worker_threads to read several files at once.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfOptions } from './options.js';
import { bindApi } from './read.js';

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
