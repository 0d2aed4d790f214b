/**
 * The extension's bounds on what a page may cost it, in one place with their reasons (the readers'
 * own bounds are @hezhang/pdf's READ_LIMITS). Pages nobody here controls decide how many rows, links
 * and bytes there are: each bound sits far above a real budget page and keeps the page responsive.
 */
export const PAGE_LIMITS = {
  /** Rows of one table: a published budget table has at most a few hundred; a longer one is no budget table. */
  maxTableRows: 3_000,
  /** Rows of all tables read together (core reads them on the page's thread). */
  maxRows: 10_000,
  /** Characters of text outside tables: core reads ~200,000 a second, on the page's thread. */
  maxTextChars: 300_000,
  /** Characters of one table cell: a cell holding pages of text is no budget cell. */
  maxCellChars: 2_000,
  /**
   * PDF links badged on one page: a district's listing page links a few hundred PDFs at most; past
   * it, one note says how many more there are.
   */
  maxPdfBadges: 300,
  /** Links looked at between two idle moments: the page's own work comes first. */
  linkSlice: 200,
  /**
   * Bytes of one PDF fetched: the offscreen document holds them two or three times while pdf.js reads
   * (its copy, the hash). Published budgets are up to ~10 MB (a 25-page final account: 3.7 MB).
   */
  maxPdfBytes: 64 * 1024 * 1024,
  /**
   * PDFs of one page read together (paired, checked with each other): those whose reports the cache
   * still holds (cache.ts MAX_REPORTS). A department's listing page links a dozen or so; a district's
   * page of every department links more, and the panel says how many were left out.
   */
  maxTogether: 20,
  /** Findings between documents a page is told of per document (the full report has them all). */
  maxAcrossFindings: 200,
  /**
   * Documents one PDF may hold (a department's budget with its units' after it): a district's bundle
   * of every unit's budget is some dozens; past it the file is said to be not fully checked.
   */
  maxDocumentsPerPdf: 60,
  /** Findings of each document of a PDF of several its verdict carries for the panel (the report has them all). */
  maxDocumentFindings: 20,
} as const;
