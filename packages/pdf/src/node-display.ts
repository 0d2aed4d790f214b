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
 * Fetch. pdf.js' legacy build, as it loads, polyfills Response.prototype.bytes (`typeof
 * Response.prototype.bytes`): asking Node for `Response` loads its fetch implementation (undici: 30–60 ms
 * of CPU per thread that loads pdf.js), which reading in Node never uses (CMaps and fonts are read from
 * files). Node ≥ 20.19 has Response.prototype.bytes itself, so the polyfill does nothing there: while
 * pdf.js loads, `Response` is a stand-in that has it (`withoutFetchLoad`), and Node's own lazy
 * `Response` is put back at once. The pdf.js threads do the same (node-thread.ts).
 *
 * Fonts: font-loading.ts (shared with the browser entry's Web Workers).
 */
import { createRequire, Module } from 'node:module';

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

/**
 * Runs `load` (pdf.js' import) with Node's lazy `Response` global replaced by a stand-in whose prototype
 * has `bytes` (see above), where Node has not loaded its fetch implementation yet; puts Node's back.
 */
export async function withoutFetchLoad<T>(load: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'Response');
  // Only Node's lazy accessor is spared; a Response already loaded (a value) costs nothing more.
  if (!own?.get || !own.configurable) return load();
  Object.defineProperty(globalThis, 'Response', {
    value: RESPONSE_STAND_IN,
    configurable: true,
    writable: true,
    enumerable: own.enumerable,
  });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'Response', own);
  }
}

/** What pdf.js looks at while it loads: `Response.prototype.bytes`, a function (Node's own has it). */
const RESPONSE_STAND_IN = { prototype: { bytes() {} } };
