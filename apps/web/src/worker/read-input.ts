/**
 * One dropped file to its BudgetDocuments, through @hezhang/pdf's front door (`readBudgetDocuments`: a
 * PDF or a text in UTF-8, GB18030 or UTF-16, told apart by its bytes; every document a PDF holds — a
 * department's budget with its unit's after it —, each read on its own pages, as the CLI reads it).
 * Never throws: every failure comes back as an InputError the page shows.
 */
import { type BudgetDocument, budgetRefusal, isPdf } from '@hezhang/core';
import {
  GlobalWorkerOptions,
  InputError,
  type ReadLimits,
  readBudgetDocuments,
  readBudgetFile,
} from '@hezhang/pdf/browser';
// pdf.js' worker with its orphaned rejections handled (see @hezhang/pdf's pdfjs-worker entry).
import PdfjsWorker from '@hezhang/pdf/pdfjs-worker?worker';
import type {
  DocumentRead,
  InputError as PageInputError,
  PdfResources,
  ReadOutcome,
  ReadProgress,
} from './protocol.js';

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
        workerReadsPages: true,
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
  /** Where each document goes (the checker's port), with its place among the file's: the page hears only what was read. */
  send: (document: BudgetDocument, index: number, count: number) => void,
): Promise<ReadOutcome> {
  // The file's hash is computed beside the read (Web Crypto copies the bytes when called and digests
  // off this thread), not after it: a 3.6 MB PDF's digest no longer stands between the read and its check.
  const hashing = sha256(bytes).catch(() => undefined);
  try {
    if (isPdf(bytes)) ensurePdfWorker();
    const documents = await readBudgetDocuments(name, bytes, {
      ...resources,
      useWorkerFetch: true,
      // Pages are read inside @hezhang/pdf/pdfjs-worker, the only pdf.js worker this page starts.
      workerReadsPages: true,
      onProgress,
      ...(limits ? { limits } : {}),
    });
    const [first] = documents;
    if (!first) return { ok: false, error: pageError(new InputError('failed', 'no document')) };
    // A note or a letter reads as text too: core decides whether it is a budget at all, as the CLI does;
    // a file of several documents is refused only when its first is no budget (as the CLI).
    const refusal = budgetRefusal(first);
    if (refusal) return { ok: false, error: { code: refusal.code, detail: refusal.reason.en } };
    const hash = await hashing;
    const count = documents.length;
    const read: DocumentRead[] = [];
    for (const [index, document] of documents.entries()) {
      // A file's documents follow each other (core's recognize/documents.ts): each starts after the one before.
      const pages =
        count === 1 ? undefined : { from: (documents[index - 1]?.source.pages ?? 0) + 1, to: document.source.pages };
      const refused = index === 0 ? undefined : budgetRefusal(document);
      if (refused) {
        read.push({
          name: document.source.name,
          ...(pages ? { pages } : {}),
          error: { code: refused.code, detail: refused.reason.en },
        });
        continue;
      }
      // A document of a file of several has the identity the CLI gives it: the file's bytes and its
      // name with its pages (review marks made with one follow it to the other).
      const own =
        count === 1 ? hash : hash && (await sha256(withName(bytes, document.source.name)).catch(() => undefined));
      send(own ? { ...document, source: { ...document.source, sha256: own } } : document, index, count);
      read.push({ name: document.source.name, ...(pages ? { pages } : {}) });
    }
    return { ok: true, kind: first.source.kind, documents: read };
  } catch (error) {
    return { ok: false, error: pageError(error) };
  }
}

/** The file's bytes followed by a document's name in UTF-8: what the CLI hashes for a document of a file of several. */
function withName(bytes: Uint8Array, name: string): Uint8Array {
  const tail = new TextEncoder().encode(name);
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
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
