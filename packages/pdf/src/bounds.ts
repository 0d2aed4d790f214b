/**
 * The bounds applied while pdf.js reads (limits.ts says which and why): handed to the extractor as
 * hooks, so that the extractor only calls them at its steps — the document opened, each page read —
 * and arms the watchdog on time without progress.
 */
import type { PositionedPage } from '@hezhang/core';
import { limitError } from './errors.js';
import type { ReadLimits } from './limits.js';

export interface ReadBounds {
  /** getDocument parameters that bound pdf.js itself (pixels of one image it decodes). */
  documentParams: { maxImageSize: number };
  /** Time one page may take; past it the read ends as stuck and pdf.js' worker is replaced. */
  stallMs: number;
  /** The error for a page that made no progress within stallMs. */
  stalled(page: number): Error;
  /** Throws past the page bound: pdf.js' own count (the pre-scan may not have followed the tree). */
  onDocument(pages: number): void;
  /** Throws past the text-run bound of one page (what the pre-scan could not count: encrypted content). */
  onPage(page: PositionedPage): void;
}

export function readBounds(limits: ReadLimits): ReadBounds {
  return {
    documentParams: { maxImageSize: limits.maxImagePixels },
    stallMs: limits.stallMs,
    stalled: (page) => limitError({ limit: 'stallMs', page }, limits),
    onDocument(pages) {
      if (pages > limits.maxPages) throw limitError({ limit: 'maxPages', actual: pages }, limits);
    },
    onPage(page) {
      if (page.items.length > limits.maxTextRunsPerPage)
        throw limitError({ limit: 'maxTextRunsPerPage', actual: page.items.length, page: page.page }, limits);
    },
  };
}
