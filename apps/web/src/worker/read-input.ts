/**
 * One dropped file to a BudgetDocument, through @hezhang/pdf's front door (`readBudgetFile`: a PDF or
 * a text in UTF-8, GB18030 or UTF-16, told apart by its bytes). Never throws: every failure comes back
 * as an InputError the page shows.
 */
import { type BudgetDocument, budgetRefusal, isPdf } from '@hezhang/core';
import { GlobalWorkerOptions, InputError, type ReadLimits, readBudgetFile } from '@hezhang/pdf/browser';
// pdf.js' worker with its orphaned rejections handled (see @hezhang/pdf's pdfjs-worker entry).
import PdfjsWorker from '@hezhang/pdf/pdfjs-worker?worker';
import type { InputError as PageInputError, PdfResources, ReadOutcome, ReadProgress } from './protocol.js';

/** pdf.js parses in a nested worker of its own; setting only workerSrc would run it on this thread. */
function ensurePdfWorker(): void {
  GlobalWorkerOptions.workerPort ??= new PdfjsWorker({ name: 'pdfjs' });
}

function pageError(error: unknown): PageInputError {
  const e = error instanceof InputError ? error : new InputError('failed', String(error));
  // A bound's reason names the bound (第 1 页有 200,000 段文字…): the card shows it rather than the code's words.
  return { code: e.code, detail: e.reason.en, ...(e.code === 'too_complex' ? { reason: e.reason } : {}) };
}

/**
 * Gets this worker ready to read while the page is idle: a pdf.js worker started and the sample budget
 * read with it once (CMaps loaded, pdf.js' and core's reading code compiled), so that the first file a
 * person chooses reads as fast as the next; that pdf.js worker then reads the real files. When a file
 * arrives first (`signal` aborts), the real read takes a pdf.js worker of its own at once and this
 * one ends once the sample's read has wound down: a pdf.js worker whose document load was abandoned
 * half-way can answer a later document's requests with the old ones' ("Cannot resolve callback").
 * Sends the sample's document (or undefined), for the checking worker to warm with, unless abandoned;
 * true when it did.
 */
export async function warmReader(
  resources: PdfResources,
  sample: string,
  signal: AbortSignal,
  send: (document: BudgetDocument | undefined) => void,
): Promise<boolean> {
  if (GlobalWorkerOptions.workerPort) return false;
  const port = new PdfjsWorker({ name: 'pdfjs' });
  let document: BudgetDocument | undefined;
  try {
    const response = await fetch(sample, { signal });
    if (response.ok) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      document = await readBudgetFile('sample.pdf', bytes, {
        ...resources,
        useWorkerFetch: true,
        signal,
        workerPort: port,
      });
    }
  } catch {
    document = undefined;
  }
  if (!signal.aborted) GlobalWorkerOptions.workerPort ??= port;
  if (GlobalWorkerOptions.workerPort !== port) port.terminate();
  if (signal.aborted) return false;
  send(document);
  return true;
}

export async function readInput(
  name: string,
  bytes: Uint8Array,
  resources: PdfResources,
  onProgress: (progress: ReadProgress) => void,
  limits: Partial<ReadLimits> | undefined,
  /** Where the document goes (the checker's port): the page hears only that the file was read. */
  send: (document: BudgetDocument) => void,
): Promise<ReadOutcome> {
  // The file's hash is computed beside the read (Web Crypto copies the bytes when called and digests
  // off this thread), not after it: a 3.6 MB PDF's digest no longer stands between the read and its check.
  const hashing = sha256(bytes).catch(() => undefined);
  try {
    if (isPdf(bytes)) ensurePdfWorker();
    const document = await readBudgetFile(name, bytes, {
      ...resources,
      useWorkerFetch: true,
      onProgress,
      ...(limits ? { limits } : {}),
    });
    // A note or a letter reads as text too: core decides whether it is a budget at all, as the CLI does.
    const refusal = budgetRefusal(document);
    if (refusal) return { ok: false, error: { code: refusal.code, detail: refusal.reason.en } };
    const hash = await hashing;
    send(hash ? { ...document, source: { ...document.source, sha256: hash } } : document);
    return { ok: true, kind: document.source.kind };
  } catch (error) {
    return { ok: false, error: pageError(error) };
  }
}

/**
 * The file's SHA-256 (lower-case hex), on which review marks are keyed; undefined where Web Crypto is
 * not offered (a page served over plain http from another machine): marks then key on the file name.
 */
export async function sha256(bytes: Uint8Array): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
