/** What the page and its checking worker exchange (plain, structured-clone friendly data). */
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

export type ReadOutcome = { ok: true; document: BudgetDocument } | { ok: false; error: InputError };

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
  /** Reads one file (PDF or text) into a document; never throws, failures come back as an InputError. */
  read(
    name: string,
    bytes: Uint8Array,
    resources: PdfResources,
    onProgress: (progress: ReadProgress) => void,
    limits?: Partial<ReadLimits>,
  ): Promise<ReadOutcome>;
  /**
   * A reader's warm-up while the page is idle: pdf.js' worker started and the sample (a URL) read;
   * abandoned when a file is read. Returns the sample's document, or nothing.
   */
  warmReader(resources: PdfResources, sample: string): Promise<BudgetDocument | undefined>;
  /** The checker's warm-up: the sample's document (or an empty one) checked once and forgotten. */
  warmChecker(sample: BudgetDocument | undefined): void;
  /** Keeps a document among those checked together. */
  add(id: string, document: BudgetDocument): void;
  remove(id: string): void;
  /**
   * Checks the documents kept together, each against the earlier years of its department; returns
   * the reports that differ from those it returned before.
   */
  check(): { id: string; report: Report }[];
}
