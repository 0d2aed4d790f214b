import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractWith } from '../src/extract.js';
import { fontLoading, type ReadingDocumentParams } from '../src/font-loading.js';
import { threadHost } from '../src/node-thread.js';
import { readablePdfs } from './pdf-files.js';
import { sameReading } from './same-reading.js';

// The Node entry first, as an application loads it: it loads pdf.js.
const { extractPositioned, nodeResources } = await import('../src/node.js');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * The Node entry stands in for what pdf.js' display side takes from a browser (node-display.ts):
 * no @napi-rs/canvas loaded, and fonts handed to a FontFace that holds nothing instead of every
 * glyph's outline compiled and posted; and CFF font programs kept as parsed (`skipFontRebuild`, read by
 * the repository's patched pdf.js) instead of recompiled. What is read must not change by a bit.
 */

const FILES = readablePdfs('glyphs');

/** pdf.js as it is by default in Node: glyph outlines compiled and posted, no font loading API, CFF recompiled. */
const pdfjsDefaults = threadHost(pdfjs);

it('loads pdf.js without @napi-rs/canvas', () => {
  const require = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  const canvas = require.resolve('@napi-rs/canvas');
  expect(require.cache[canvas]).toBeUndefined();
  expect(typeof globalThis.DOMMatrix).toBe('function');
});

/**
 * The patch's half of it (`skipFontRebuild`): pdf.js' worker builds no new font program, so no font
 * reaches the reading thread with a program to hand to a FontFace. Asked to rebuild (the parameter
 * false, or an unpatched pdf.js), it posts an OpenType file per embedded font — the equality below
 * would not see the difference.
 */
it('posts no rebuilt font program to the reading thread', { timeout: 300_000 }, async () => {
  type FontFaceClass = new (family: string, source: unknown, descriptors?: object) => object;
  const scope = globalThis as unknown as { FontFace: FontFaceClass };
  const standIn = scope.FontFace;
  /** The sizes of the font programs pdf.js hands to a FontFace during `read`. */
  async function programs(read: () => Promise<unknown>): Promise<number[]> {
    const sizes: number[] = [];
    scope.FontFace = class extends standIn {
      constructor(family: string, source: unknown, descriptors?: object) {
        super(family, source, descriptors);
        sizes.push(ArrayBuffer.isView(source) ? source.byteLength : -1);
      }
    };
    try {
      await read();
    } finally {
      scope.FontFace = standIn;
    }
    return sizes;
  }
  const rebuild: ReadingDocumentParams = { ...fontLoading(), skipFontRebuild: false };
  const rebuilding = threadHost(pdfjs, undefined, rebuild);
  let rebuilt = 0;
  for (const file of FILES) {
    const bytes = new Uint8Array(readFileSync(file));
    rebuilt += (await programs(() => extractWith(pdfjs, bytes, nodeResources(), {}, rebuilding))).length;
    expect(await programs(() => extractPositioned(bytes)), file).toEqual([]);
  }
  // The real budgets and the fixtures embed TrueType, CFF and OpenType fonts.
  expect(rebuilt).toBeGreaterThan(FILES.length);
});

describe.each(FILES)('%s', (file) => {
  it('reads the same runs, boxes, edges, rulings and fonts as pdf.js with its Node defaults', {
    timeout: 120_000,
  }, async () => {
    const bytes = new Uint8Array(readFileSync(file));
    const ours = await extractPositioned(bytes);
    const defaults = await extractWith(pdfjs, bytes, nodeResources(), {}, pdfjsDefaults);
    expect(ours.pages.length).toBeGreaterThan(0);
    expect(sameReading(ours)).toEqual(sameReading(defaults));
  });
});
