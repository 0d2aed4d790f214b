import {
  type BudgetDocument,
  fileContent,
  inDrawnOrder,
  isPdf,
  type PositionedDocument,
  parsePositioned,
  parsePositionedParts,
  parseText,
} from '@hezhang/core';
import { readBounds } from './bounds.js';
import { InputError, limitError, unexpected } from './errors.js';
import { type DocumentParams, extractWith, type PdfJsModule, type WorkerHost, type WorkerLease } from './extract.js';
import { readLimits } from './limits.js';
import type { PdfOptions, ReadOptions } from './options.js';
import { type InflateWhole, prescan } from './prescan/index.js';

const NOTHING_READABLE = {
  zh: 'PDF 中没有可读的文字，也没有图像：文件可能已损坏',
  en: 'the PDF holds no readable text and no image: it may be damaged',
};

/**
 * What differs between platforms besides pdf.js: Node's worker thread, Node's one-shot inflate, what
 * pdf.js is told of a browser context at each read (browser.ts).
 */
export interface Platform {
  host?: WorkerHost;
  documentParams?: () => Partial<DocumentParams>;
  inflateWhole?: InflateWhole;
}

/** The public API bound to one pdf.js build, its default resource locations and its platform. */
export function bindApi(pdfjs: PdfJsModule, defaults: () => PdfOptions, platform: Platform = {}) {
  async function extractPositioned(bytes: Uint8Array, options: ReadOptions = {}): Promise<PositionedDocument> {
    const limits = readLimits(options.limits);
    // The file's cost, measured before pdf.js is given it: past a bound, a refusal in milliseconds. On
    // the thread that will parse it where the worker can (Node: node-thread-work.ts), else here.
    const scan = async (lease: WorkerLease | undefined) => {
      try {
        if (lease?.prescan) await lease.prescan(bytes, limits, options.password);
        else await prescan(bytes, limits, platform.inflateWhole, options.password);
      } catch (error) {
        // Anything but a refusal is structure the scan could not follow (test/prescan.test.ts reads
        // every damaged fixture without one): pdf.js reads it its own way, within the read-time bounds.
        if (error instanceof InputError) throw error;
      }
    };
    return extractWith(
      pdfjs,
      bytes,
      { ...defaults(), ...options },
      {
        onPage: (page, pages) => options.onProgress?.({ page, pages }),
        bounds: readBounds(limits),
        ...(bytes.length > 0 && isPdf(bytes) ? { prescan: scan } : {}),
        ...(platform.documentParams ? { documentParams: platform.documentParams() } : {}),
      },
      platform.host,
    );
  }

  /** The positioned text of a PDF that has any: InputError when it has none to read. */
  async function readablePositioned(bytes: Uint8Array, options: ReadOptions): Promise<PositionedDocument> {
    const positioned = await extractPositioned(bytes, options);
    if (positioned.pages.every((p) => p.items.every((i) => i.text.trim() === ''))) {
      // No text and no image anywhere is no scan: pdf.js recovered little or nothing of a damaged file.
      if (positioned.pages.some((p) => p.images > 0)) throw new InputError('no_text');
      throw new InputError('malformed', undefined, { reason: NOTHING_READABLE });
    }
    return positioned;
  }

  /**
   * Reads a budget PDF into the model. Throws InputError when the file cannot be read at all (not a
   * PDF, damaged, encrypted, no text layer anywhere); what can be read with doubts is read, and the
   * doubts are in `document.diagnostics`. A PDF of several documents gives its first, the others named
   * in its diagnostics as not checked (`readBudgetDocuments` reads them all).
   */
  async function readBudgetPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<BudgetDocument> {
    const positioned = await readablePositioned(bytes, options);
    try {
      return modelOf(positioned, options.name);
    } catch (error) {
      throw unexpected(error);
    }
  }

  /** Every document a budget PDF holds (core's parsePositionedParts): one for most files. */
  async function readBudgetPdfParts(bytes: Uint8Array, options: ReadOptions = {}): Promise<BudgetDocument[]> {
    const positioned = await readablePositioned(bytes, options);
    try {
      return parsePositionedParts(drawnOrder(positioned), options.name ? { name: options.name } : {});
    } catch (error) {
      throw unexpected(error);
    }
  }

  /** The front door's checks, then the file read as a PDF or as text, as its bytes say. */
  async function readAny<T>(
    name: string,
    bytes: Uint8Array,
    options: ReadOptions,
    pdf: (bytes: Uint8Array, options: ReadOptions) => Promise<T>,
    text: (document: BudgetDocument) => T,
  ): Promise<T> {
    try {
      if (options.signal?.aborted) throw new InputError('aborted');
      const limits = readLimits(options.limits);
      if (bytes.length > limits.maxFileBytes) throw limitError({ limit: 'maxFileBytes', actual: bytes.length }, limits);
      const content = fileContent(name, bytes);
      switch (content.kind) {
        case 'refused':
          throw new InputError(content.code, undefined, { reason: content.reason });
        case 'pdf':
          return await pdf(bytes, { ...options, name });
        default:
          if (bytes.length > limits.maxTextBytes)
            throw limitError({ limit: 'maxTextBytes', actual: bytes.length }, limits);
          return text(parseText(content.text, { name }));
      }
    } catch (error) {
      throw unexpected(error);
    }
  }

  /**
   * The front door: any file a person hands over (a PDF, or extracted text in UTF-8, GB18030 or
   * UTF-16), told apart by its bytes, read into the model. Throws nothing but InputError: a file that
   * is not a budget file, is damaged beyond reading, or made a reader fail says why in one line.
   */
  function readBudgetFile(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<BudgetDocument> {
    return readAny(name, bytes, options, readBudgetPdf, (document) => document);
  }

  /**
   * The front door for a file that may hold several documents (a PDF of a department's budget with its
   * units' after it): each read on its own pages, named with them; one for most files.
   */
  function readBudgetDocuments(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<BudgetDocument[]> {
    return readAny(name, bytes, options, readBudgetPdfParts, (document) => [document]);
  }

  return { extractPositioned, readBudgetPdf, readBudgetFile, readBudgetDocuments };
}

/**
 * The model of a PDF's positioned text. Its runs hold their characters in the order they are drawn:
 * direction controls in them change nothing shown and are taken out before core's table reader
 * splits runs (inDrawnOrder) — kept, "71\u202E3,505.17" was read as 3,505.17.
 */
export function modelOf(positioned: PositionedDocument, name?: string): BudgetDocument {
  return parsePositioned(drawnOrder(positioned), name ? { name } : {});
}

function drawnOrder(doc: PositionedDocument): PositionedDocument {
  return {
    ...doc,
    pages: doc.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => {
        const text = inDrawnOrder(item.text);
        return text === item.text ? item : { ...item, text };
      }),
    })),
  };
}
