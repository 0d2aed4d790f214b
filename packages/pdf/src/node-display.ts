/**
 * What pdf.js' display side expects of a browser, stood in for in Node, where reading never renders.
 *
 * Canvas. pdf.js' legacy build, loaded in Node, requires @napi-rs/canvas at once (a native addon: 75–100 ms of
 * CPU per thread that loads it) only to take DOMMatrix, ImageData and Path2D from it for rendering.
 * Reading never renders; pdf.js' display side needs nothing of them but a DOMMatrix to build at load
 * time. So while pdf.js loads, the canvas package resolves to a stand-in (Node's documented
 * `require.cache`), removed again at once: a later `require('@napi-rs/canvas')` gets the real one.
 *
 * A process that renders with pdf.js as well should load @napi-rs/canvas' DOMMatrix into globalThis
 * before importing @hezhang/pdf: when DOMMatrix is there already, nothing is stood in.
 *
 * Fonts. Without the browser's font loading API (Node), pdf.js' worker compiles the outline of every
 * glyph it meets into a path and posts each to the calling thread, for a canvas to fill: about an
 * eighth of its time on the real budgets, for nothing a reader uses. Told that fonts load as a
 * browser loads them (`fontLoading`), it skips the outlines and hands each font to a FontFace, which
 * here holds nothing. The glyphs, their widths and the font objects the reader sees are the same
 * (test/fidelity.test.ts compares them with pdf.js' text layer).
 *
 * CFF fonts. pdf.js' worker recompiles every CFF font program (most Chinese budgets' fonts) into a
 * new one a browser's font sanitiser accepts — an eighth of the CLI's CPU on the real budgets — for
 * the FontFace above, which holds nothing. The repository's pdfjs-dist carries a patch
 * (patches/pdfjs-dist@*.patch) that keeps the program as parsed when a document asks with
 * `skipCffCompile: true`: the glyph mapping, widths and text are those of the parsed font (the
 * compile only writes bytes), so readings are the same. An unpatched pdfjs-dist ignores the unknown
 * parameter and compiles as before.
 */
import { createRequire, Module } from 'node:module';
import type { DocumentParams } from './extract.js';

/** A DOMMatrix that holds its six numbers: what pdf.js builds at load time; it never renders here. */
class DOMMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: readonly number[]) {
    if (init?.length === 6)
      [this.a, this.b, this.c, this.d, this.e, this.f] = init as [number, number, number, number, number, number];
  }
}

function unavailable(name: string) {
  return class {
    constructor() {
      throw new Error(
        `${name}: @hezhang/pdf/node does not render (load @napi-rs/canvas before it to render with pdf.js)`,
      );
    }
  };
}

/** Runs `load` (pdf.js' import) with @napi-rs/canvas stood in for, where it is installed and not yet loaded. */
export async function withoutCanvas<T>(pdfjsEntry: string, load: () => Promise<T>): Promise<T> {
  if (globalThis.DOMMatrix) return load();
  const require = createRequire(pdfjsEntry);
  let path: string;
  try {
    path = require.resolve('@napi-rs/canvas');
  } catch {
    return load(); // not installed: pdf.js warns as it always did
  }
  if (require.cache[path]) return load();
  const stand = new Module(path);
  stand.filename = path;
  stand.loaded = true;
  stand.exports = { DOMMatrix, ImageData: unavailable('ImageData'), Path2D: unavailable('Path2D') };
  require.cache[path] = stand;
  try {
    return await load();
  } finally {
    if (require.cache[path] === stand) delete require.cache[path];
  }
}

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
export type NodeDocumentParams = Partial<DocumentParams> & { skipCffCompile?: boolean };

/**
 * getDocument's parameters for fonts loaded as a browser would but never drawn (see above), with the
 * FontFace stood in where the process has none.
 */
export function fontLoading(): NodeDocumentParams {
  (globalThis as { FontFace?: unknown }).FontFace ??= FontFace;
  const fonts = { add() {}, delete() {} };
  // pdf.js reads nothing of its document but `fonts` when it loads fonts (FontLoader).
  return {
    disableFontFace: false,
    ownerDocument: { fonts } as unknown as DocumentParams['ownerDocument'],
    skipCffCompile: true,
  };
}
