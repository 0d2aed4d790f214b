import { type BudgetDocument, type PositionedDocument, parsePositioned } from '@hezhang/core';
import { PdfReadError } from './errors.js';
import { extractWith, type PdfJsModule } from './extract.js';
import type { PdfOptions, ReadOptions } from './options.js';

/** The public API bound to one pdf.js build and its default resource locations. */
export function bindApi(pdfjs: PdfJsModule, defaults: () => PdfOptions) {
  async function extractPositioned(bytes: Uint8Array, options: ReadOptions = {}): Promise<PositionedDocument> {
    return extractWith(
      pdfjs,
      bytes,
      { ...defaults(), ...options },
      {
        onPage: (page, pages) => options.onProgress?.({ page, pages }),
      },
    );
  }

  /**
   * Reads a budget PDF into the model. Throws PdfReadError when the file cannot be read at all (not a
   * PDF, damaged, encrypted, no text layer anywhere); what can be read with doubts is read, and the
   * doubts are in `document.diagnostics`.
   */
  async function readBudgetPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<BudgetDocument> {
    const positioned = await extractPositioned(bytes, options);
    if (positioned.pages.every((p) => p.items.every((i) => i.text.trim() === ''))) throw new PdfReadError('no_text');
    return parsePositioned(positioned, { ...(options.name ? { name: options.name } : {}) });
  }

  return { extractPositioned, readBudgetPdf };
}
