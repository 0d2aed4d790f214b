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
 * Font programs. pdf.js' worker rebuilds every embedded font program into one a browser's font
 * sanitiser accepts, for the FontFace above, which holds nothing: TrueType glyphs checked and copied one
 * by one, every CFF charstring interpreted and the program recompiled (most Chinese budgets' fonts),
 * new cmap, OS/2 and name tables, the file assembled and posted to the calling thread — about a fifth of
 * the CPU of `hezhang check` on the real budgets. The repository's pdfjs-dist carries a patch
 * (patches/pdfjs-dist@*.patch) that, for a document opened with `skipFontRebuild: true`, reads from
 * each program only what text and positions need — its tables' metrics, cmap, post and name (which can
 * amend the text of a TrueType font) — notes which TrueType glyphs are empty from `loca` alone, and
 * builds no new program (the FontFace gets an empty one). The glyphs' text and widths come from the PDF's
 * own dictionaries and those tables, so readings are the same (test/node-display.test.ts compares with
 * pdf.js' defaults). An unpatched pdfjs-dist ignores the unknown parameter and rebuilds as before.
 *
 * The FontFace stand-in replaces the context's own (pdf.js builds `new FontFace` from the global): a
 * browser's would parse every font, and refuses some uncompiled CFF programs (pdf.js then falls back
 * to outlines). It holds nothing only for the families pdf.js names its fonts by (`g_d0_f1`,
 * `g_d0_s1`: PDF_FAMILY); any other family gets the browser's own FontFace (where there is one), so
 * code of the same context that loads web fonts is not affected. pdf.js' fonts themselves can no
 * longer be drawn there: the stand-in is used by default only where no document can draw with fonts
 * (Node, Web Workers), and in a document only when its caller says it never draws (the browser entry's
 * `fonts: 'stand-in'`, e.g. an extension's offscreen document that only reads).
 */
import type { DocumentParams } from './extract.js';

/** The names pdf.js gives the fonts it loads (`${docId}_f${n}`, `${docId}_s${n}`, docId `g_d${n}`). */
export const PDF_FAMILY = /^g_(d\d+_[fs]\d+|font_error)$/;

type FontFaceClass = new (family: string, source: unknown, descriptors?: object) => object;
const STAND_IN = Symbol.for('hezhang.fontFaceStandIn');

/**
 * A FontFace class that holds nothing for pdf.js' families (pdf.js adds it to `fonts` below and waits
 * for it to load) and builds the context's own FontFace (`native`, if any) for every other family.
 */
function standInFontFace(native: FontFaceClass | undefined): FontFaceClass {
  class FontFace {
    static readonly [STAND_IN] = true;
    readonly family!: string;
    readonly loaded: Promise<FontFace> = Promise.resolve(this);
    constructor(family: string, source?: unknown, descriptors?: object) {
      // biome-ignore lint/correctness/noConstructorReturn: the browser's own FontFace for other families
      if (native && !PDF_FAMILY.test(family)) return new native(family, source, descriptors) as FontFace;
      this.family = family;
    }
    load(): Promise<FontFace> {
      return this.loaded;
    }
    /** `x instanceof FontFace` stays true for the browser's own. */
    static [Symbol.hasInstance](value: unknown): boolean {
      return (
        (native !== undefined && value instanceof native) ||
        (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === FontFace.prototype)
      );
    }
  }
  return FontFace;
}

/** getDocument's parameters, with the one the patched pdf.js reads (see above). */
export type ReadingDocumentParams = Partial<DocumentParams> & { skipFontRebuild?: boolean };

/** Whether this context has no document (Node, a Web Worker): nothing here draws with fonts. */
export function withoutDocument(): boolean {
  return typeof (globalThis as { document?: unknown }).document === 'undefined';
}

/**
 * getDocument's parameters for fonts loaded as a browser would but never drawn (see above), with the
 * FontFace stood in (once per context). Only for contexts without a document (`withoutDocument`) or
 * whose caller says nothing there draws with pdf.js.
 */
export function fontLoading(): ReadingDocumentParams {
  const scope = globalThis as { FontFace?: FontFaceClass & { [STAND_IN]?: boolean } };
  if (!scope.FontFace?.[STAND_IN]) scope.FontFace = standInFontFace(scope.FontFace);
  const fonts = { add() {}, delete() {} };
  // pdf.js reads nothing of its document but `fonts` when it loads fonts (FontLoader).
  return {
    disableFontFace: false,
    ownerDocument: { fonts } as unknown as DocumentParams['ownerDocument'],
    skipFontRebuild: true,
  };
}
