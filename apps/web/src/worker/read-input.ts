/**
 * One dropped file to a BudgetDocument: PDFs through @hezhang/pdf, text formats through core's
 * parseText. Decides by content first (a PDF starts with "%PDF-"), then by extension.
 */
import { type BudgetDocument, parseText } from '@hezhang/core';
import { GlobalWorkerOptions, PdfReadError, readBudgetPdf } from '@hezhang/pdf/browser';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { InputError, PdfResources, ReadOutcome, ReadProgress } from './protocol.js';

const TEXT_FILE = /\.(txt|text|md|markdown|tsv)$/i;
const PDF_FILE = /\.pdf$/i;
const PDF_MAGIC = '%PDF-';

function startsLikePdf(bytes: Uint8Array): boolean {
  // The header may follow a little garbage (the format allows it within the first 1024 bytes).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(PDF_MAGIC);
}

/** UTF-8 when it decodes cleanly, else GB18030 (older Chinese text files). */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** pdf.js parses in a nested worker of its own; setting only workerSrc would run it on this thread. */
function ensurePdfWorker(): void {
  GlobalWorkerOptions.workerPort ??= new Worker(pdfWorkerUrl, { type: 'module' });
}

async function readDocument(
  name: string,
  bytes: Uint8Array,
  resources: PdfResources,
  onProgress: (progress: ReadProgress) => void,
): Promise<BudgetDocument | InputError> {
  if (bytes.length === 0) return { code: 'empty' };
  if (startsLikePdf(bytes) || PDF_FILE.test(name)) {
    ensurePdfWorker();
    return readBudgetPdf(bytes, { name, ...resources, useWorkerFetch: true, onProgress });
  }
  if (TEXT_FILE.test(name)) return parseText(decodeText(bytes), { name });
  return { code: 'unsupported' };
}

export async function readInput(
  name: string,
  bytes: Uint8Array,
  resources: PdfResources,
  onProgress: (progress: ReadProgress) => void,
): Promise<ReadOutcome> {
  try {
    const result = await readDocument(name, bytes, resources, onProgress);
    if ('code' in result) return { ok: false, error: result };
    if (result.tables.length === 0) return { ok: false, error: { code: 'not_budget' } };
    return { ok: true, document: result };
  } catch (error) {
    if (error instanceof PdfReadError) return { ok: false, error: { code: error.code, detail: error.message } };
    return { ok: false, error: { code: 'failed', detail: error instanceof Error ? error.message : String(error) } };
  }
}
