/**
 * One dropped file to a BudgetDocument, through @hezhang/pdf's front door (`readBudgetFile`: a PDF or
 * a text in UTF-8, GB18030 or UTF-16, told apart by its bytes). Never throws: every failure comes back
 * as an InputError the page shows.
 */
import { type BudgetDocument, isPdf } from '@hezhang/core';
import { GlobalWorkerOptions, InputError, readBudgetFile } from '@hezhang/pdf/browser';
// pdf.js' worker with its orphaned rejections handled (see @hezhang/pdf's pdfjs-worker entry).
import PdfjsWorker from '@hezhang/pdf/pdfjs-worker?worker';
import type { InputError as PageInputError, PdfResources, ReadOutcome, ReadProgress } from './protocol.js';

/** pdf.js parses in a nested worker of its own; setting only workerSrc would run it on this thread. */
function ensurePdfWorker(): void {
  GlobalWorkerOptions.workerPort ??= new PdfjsWorker({ name: 'pdfjs' });
}

function pageError(error: unknown): PageInputError {
  const e = error instanceof InputError ? error : new InputError('failed', String(error));
  return { code: e.code, detail: e.reason.en };
}

/**
 * Gets this worker ready to read while the page is idle: pdf.js' worker started, and the sample budget
 * read once (CMaps loaded, pdf.js' and core's reading code compiled), so that the first file a person
 * chooses reads as fast as the next. Abandoned as soon as a real file arrives (`signal`). Returns the
 * sample's document, for the checking worker to warm with, or nothing.
 */
export async function warmReader(
  resources: PdfResources,
  sample: string,
  signal: AbortSignal,
): Promise<BudgetDocument | undefined> {
  ensurePdfWorker();
  try {
    const response = await fetch(sample, { signal });
    if (!response.ok) return undefined;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return await readBudgetFile('sample.pdf', bytes, { ...resources, useWorkerFetch: true, signal });
  } catch {
    return undefined;
  }
}

export async function readInput(
  name: string,
  bytes: Uint8Array,
  resources: PdfResources,
  onProgress: (progress: ReadProgress) => void,
): Promise<ReadOutcome> {
  try {
    if (isPdf(bytes)) ensurePdfWorker();
    const document = await readBudgetFile(name, bytes, { ...resources, useWorkerFetch: true, onProgress });
    if (document.tables.length === 0) return { ok: false, error: { code: 'not_budget' } };
    return { ok: true, document };
  } catch (error) {
    return { ok: false, error: pageError(error) };
  }
}
