/**
 * Fonts for reading, where nothing is drawn: the Node entry (node-display.ts) and the browser entry
 * inside a Web Worker (browser.ts) tell pdf.js the same thing.
 *
 * Outlines. Without a document whose `fonts` pdf.js can add a FontFace to (Node; a Web Worker, where
 * pdf.js finds no `document` and fails to bind every font, then asks its worker for a "FontFallback"),
 * pdf.js' worker compiles the outline of every glyph it meets into a path and posts each to the
 * calling thread, for a canvas to fill: about an eighth of its time on the real budgets (in Chromium's
 * reading worker, half of pdf.js' time on czj-2025-dept: 531 paths for 3 fonts), for nothing a reader
 * uses. Told that fonts load as a browser loads them (`fontLoading`), it skips the outlines and hands
 * each font to a FontFace, which here holds nothing. The glyphs, their widths and the font objects the
 * reader sees are the same (test/fidelity.test.ts compares them with pdf.js' text layer).
 *
 * CFF fonts. pdf.js' worker recompiles every CFF font program (most Chinese budgets' fonts) into a
 * new one a browser's font sanitiser accepts, for the FontFace above, which holds nothing. The
 * repository's pdfjs-dist carries a patch (patches/pdfjs-dist@*.patch) that keeps the program as
 * parsed when a document asks with `skipCffCompile: true`: the glyph mapping, widths and text are
 * those of the parsed font (the compile only writes bytes), so readings are the same. An unpatched
 * pdfjs-dist ignores the unknown parameter and compiles as before.
 *
 * The FontFace stand-in replaces the context's own (pdf.js builds `new FontFace` from the global): a
 * browser's would parse every font, and refuses some uncompiled CFF programs (pdf.js then falls back
 * to outlines). So it is used only where no document can draw with fonts: Node and Web Workers.
 */
import type { DocumentParams } from './extract.js';

/** A FontFace that holds nothing: pdf.js adds it to `fonts` below and waits for it to load. */
class FontFace {
  readonly family: string;
  readonly loaded: Promise<FontFace> = Promise.resolve(this);
  constructor(family: string) {
    this.family = family;
  }
  load(): Promise<FontFace> {
    return this.loaded;
  }
}

/** getDocument's parameters, with the one the patched pdf.js reads (see above). */
export type ReadingDocumentParams = Partial<DocumentParams> & { skipCffCompile?: boolean };

/** Whether this context has no document (Node, a Web Worker): nothing here draws with fonts. */
export function withoutDocument(): boolean {
  return typeof (globalThis as { document?: unknown }).document === 'undefined';
}

/**
 * getDocument's parameters for fonts loaded as a browser would but never drawn (see above), with the
 * FontFace stood in. Only for contexts without a document (`withoutDocument`).
 */
export function fontLoading(): ReadingDocumentParams {
  (globalThis as { FontFace?: unknown }).FontFace = FontFace;
  const fonts = { add() {}, delete() {} };
  // pdf.js reads nothing of its document but `fonts` when it loads fonts (FontLoader).
  return {
    disableFontFace: false,
    ownerDocument: { fonts } as unknown as DocumentParams['ownerDocument'],
    skipCffCompile: true,
  };
}
