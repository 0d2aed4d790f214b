/**
 * The part of pdf.js the page renderer uses. The host injects a loader that returns pdf.js with its
 * worker configured (the web page loads pdfjs-dist lazily; an extension may supply its own copy).
 */
export interface PdfViewport {
  width: number;
  height: number;
}

export interface PdfPage {
  /** `rotation`: the frame to draw in (clockwise degrees from user space); default the page's /Rotate. */
  getViewport(params: { scale: number; rotation?: number }): PdfViewport;
  /** pdf.js 5 draws on the canvas' own 2d context. */
  render(params: { canvas: HTMLCanvasElement | null; viewport: PdfViewport }): {
    promise: Promise<unknown>;
    /** Stops the drawing (its promise then rejects). */
    cancel?(): void;
  };
  cleanup(): unknown;
}

export interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}

export interface Pdfjs {
  getDocument(source: { data: Uint8Array; isEvalSupported?: boolean }): { promise: Promise<PdfDocument> };
}

export type PdfjsLoader = () => Promise<Pdfjs>;

/** What the page viewer needs to draw pages of one document: its bytes and a way to get pdf.js. */
export interface PdfSource {
  bytes: Uint8Array;
  loadPdfjs: PdfjsLoader;
  /**
   * The pages of the file the report's document is printed on, when the file holds several documents
   * (a department's budget with its unit's after it: "file.pdf（第27–48页）"); absent: the whole file.
   */
  pages?: { from: number; to: number };
}
