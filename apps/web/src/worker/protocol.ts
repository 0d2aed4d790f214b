/**
 * What the page and its checking workers exchange (plain, structured-clone friendly data). A document
 * goes from its reader straight to the checker (a MessageChannel between the two workers): the page
 * only hears that it was read. A report comes back in pieces (report-pieces.ts), each its own task on
 * the page's main thread, and the checker keeps it in IndexedDB itself.
 */
import type { BudgetDocument, Report } from '@hezhang/core';
import type { ReadLimits } from '@hezhang/pdf/limits';
import type { InputErrorCode } from '@hezhang/ui';

export interface InputError {
  code: InputErrorCode;
  /** The reader's own words, for the curious (English). */
  detail?: string;
  /** What happened, in both languages, when it says more than the code's standard words (a bound, a reader replaced). */
  reason?: { zh: string; en: string };
}

/**
 * One document of a file read: its name (a document of a file of several is named with its pages,
 * "file.pdf（第27–48页）", by core) and, when it could not be taken, why (its document was not sent).
 */
export interface DocumentRead {
  name: string;
  /** A document of a file of several: the file's pages it is printed on. */
  pages?: { from: number; to: number };
  error?: InputError;
}

/**
 * A file read: its documents went to the checker (one for most files; a department's budget with its
 * unit's after it is two), each under `documentId`; the page keeps the PDF's bytes only when it was a PDF.
 */
export type ReadOutcome =
  | { ok: true; kind: BudgetDocument['source']['kind']; documents: DocumentRead[] }
  | { ok: false; error: InputError };

/**
 * The id a file's document is sent to the checker under: the file's own for a file of one document
 * (as before files of several were read whole), `f3#2` for the second of several.
 */
export function documentId(fileId: string, index: number, count: number): string {
  return count === 1 ? fileId : `${fileId}#${index + 1}`;
}

/** Whether `id` names a document of the file `fileId` (itself, or one of its several). */
export function ofFile(id: string, fileId: string): boolean {
  return id === fileId || id.startsWith(`${fileId}#`);
}

/** What a reader sends the checker through their channel: a file's document (undefined: the warm-up read nothing). */
export interface DocumentMessage {
  id: string;
  document: BudgetDocument | undefined;
}

/** The id of the sample's document sent by a reader's idle warm-up. */
export const WARM_ID = '#warm';

/** A report checked: all of it but its bulk, and how many pieces of bulk follow on the page's port. */
export interface CheckedReport {
  id: string;
  /** Names the pieces of this report on the port (a later check of the same file sends other pieces). */
  ticket: string;
  head: Report;
  pieces: number;
  checkedAt: number;
}

export interface ReadProgress {
  page: number;
  pages: number;
}

/** Where pdf.js' resources are served: absolute URLs ending in '/'. */
export interface PdfResources {
  cMapUrl: string;
  standardFontDataUrl: string;
}

export interface CheckerApi {
  /** A reader: the port on which it sends the documents it reads to the checker. */
  connectReader(port: MessagePort): void;
  /** The checker: a port on which a reader sends documents, or (`page`) the one on which report pieces go to the page. */
  connectChecker(port: MessagePort, to: 'reader' | 'page'): void;
  /**
   * Reads one file (PDF or text) into its documents, each sent to the checker under
   * `documentId(id, i, count)`; never throws, failures come back as an InputError.
   */
  read(
    id: string,
    name: string,
    bytes: Uint8Array,
    resources: PdfResources,
    onProgress: (progress: ReadProgress) => void,
    limits?: Partial<ReadLimits>,
  ): Promise<ReadOutcome>;
  /**
   * A reader's warm-up while the page is idle: pdf.js' worker started and the sample (a URL) read, its
   * document sent to the checker as WARM_ID; abandoned when a file is read. True when it was sent.
   */
  warmReader(resources: PdfResources, sample: string): Promise<boolean>;
  /** The checker's warm-up: the sample's document (WARM_ID, or an empty one) checked once and forgotten. */
  warmChecker(): Promise<void>;
  /**
   * Keeps the document a reader sends under `id` among those checked together (the next check waits
   * for it); its reports are saved in the history under `savedAs` (a document of a file of several
   * with the file's pages it is on: `pages`).
   */
  add(id: string, savedAs: string, pages?: { from: number; to: number }): void;
  remove(id: string): void;
  /**
   * Checks the documents kept together, each against the earlier years of its department; returns
   * the reports that differ from those it returned before (their bulk follows on the page's port).
   */
  check(): Promise<CheckedReport[]>;
  /** Resolves once the reports checked so far are in the history. */
  saved(): Promise<void>;
}
