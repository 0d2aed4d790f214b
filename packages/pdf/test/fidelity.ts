import type * as PdfJs from 'pdfjs-dist';
import { boundsOf, type Matrix, multiply, type Rect } from '../src/geometry.js';
import type { Glyph } from '../src/interpret.js';
import { nodeResources } from '../src/node.js';
import { pageGlyphs, pageReading } from '../src/page.js';
import { EXTRACT_SETTINGS } from '../src/settings.js';

/**
 * The page reader against pdf.js' own text layer (`getTextContent`), page by page: the same characters
 * in the same order (whitespace aside: getTextContent writes gaps as spaces, the reader keeps them as
 * positions), and each text item's box — from its transform, width and font metrics, as the reader
 * placed items before it read glyphs — against the union of the glyph boxes of that item's characters.
 */

/** The pdf.js build in use (the tests pass the legacy one). */
type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS'>;

export interface PageFidelity {
  page: number;
  /** Characters (UTF-16 code units, whitespace and format marks aside) of getTextContent and of the reader. */
  textContent: string;
  glyphs: string;
  /** Items compared and the largest distance of any box edge from the reader's, in points and in em. */
  items: number;
  /**
   * Items ending in a space pdf.js wrote for a gap: their width runs over the gap, to the next glyph,
   * where the reader's glyphs end before it; their boxes are not compared.
   */
  trailingGap: number;
  worst: { points: number; em: number; text: string };
}

/** Whitespace and invisible format marks (getTextContent drops the latter; the reader keeps them raw). */
const IGNORED = /[\s\p{Cf}]/u;

export async function fidelity(pdfjs: PdfJsModule, bytes: Uint8Array): Promise<PageFidelity[]> {
  const pdf = await pdfjs.getDocument({
    data: bytes.slice(),
    ...nodeResources(),
    cMapPacked: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    const reading = await pageReading(pdfjs, pdf);
    const out: PageFidelity[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ disableNormalization: true });
      const view = page.getViewport({ scale: 1 }).transform as unknown as Matrix;
      const { content: read, width, height } = await pageGlyphs(page, reading);
      out.push(comparePage(n, content, view, read.glyphs, width, height));
      page.cleanup();
    }
    return out;
  } finally {
    await pdf.destroy();
  }
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

function comparePage(
  n: number,
  content: { items: unknown[]; styles: Record<string, { ascent: number; descent: number }> },
  view: Matrix,
  glyphs: readonly Glyph[],
  width: number,
  height: number,
): PageFidelity {
  const items = content.items.filter((i): i is TextItem => typeof (i as TextItem).str === 'string');
  const theirs: { ch: string; item: number }[] = [];
  items.forEach((item, k) => {
    for (const ch of item.str) if (!IGNORED.test(ch)) theirs.push({ ch, item: k });
  });
  // pdf.js' text layer leaves out glyphs whose origin is off the page; the reader keeps them (clipped).
  const onPage = glyphs.filter(
    (g) => !g.space && [g.start, g.end].some(([x, y]) => x >= 0 && x <= width && y >= 0 && y <= height),
  );
  const ours: { ch: string; glyph: Glyph }[] = [];
  for (const glyph of onPage) for (const ch of glyph.text) if (!IGNORED.test(ch)) ours.push({ ch, glyph });
  const result: PageFidelity = {
    page: n,
    textContent: theirs.map((c) => c.ch).join(''),
    glyphs: ours.map((c) => c.ch).join(''),
    items: 0,
    trailingGap: 0,
    worst: { points: 0, em: 0, text: '' },
  };
  if (result.textContent !== result.glyphs) return result;
  const byItem = new Map<number, Glyph[]>();
  theirs.forEach((c, i) => {
    const list = byItem.get(c.item) ?? [];
    const glyph = (ours[i] as { glyph: Glyph }).glyph;
    if (list.at(-1) !== glyph) list.push(glyph);
    byItem.set(c.item, list);
  });
  for (const [k, list] of byItem) {
    const item = items[k] as TextItem;
    if (/\s$/.test(item.str)) {
      result.trailingGap++;
      continue;
    }
    const style = content.styles[item.fontName];
    const box = itemBox(item, view, style && style.ascent > 0 ? style : undefined);
    const mine = boundsOf(
      list.flatMap(
        (g) =>
          [
            [g.box[0], g.box[1]],
            [g.box[2], g.box[3]],
          ] as [number, number][],
      ),
    );
    const points = Math.max(...box.map((v, i) => Math.abs(v - (mine[i] as number))));
    const size = Math.max(list[0]?.size ?? 1, 1);
    result.items++;
    if (points > result.worst.points) result.worst = { points, em: points / size, text: item.str };
  }
  return result;
}

/** An item's box as the reader placed pdf.js' text items: its baseline along the transform's x axis, descent to ascent across. */
function itemBox(item: TextItem, view: Matrix, metric?: { ascent: number; descent: number }): Rect {
  const ascent = metric?.ascent ?? EXTRACT_SETTINGS.glyphs.fallbackAscent;
  const descent = metric?.descent ?? EXTRACT_SETTINGS.glyphs.fallbackDescent;
  const m = multiply(view, item.transform as unknown as Matrix);
  const size = Math.hypot(m[2], m[3]) || item.height || 1;
  const along = Math.hypot(m[0], m[1]) || 1;
  const [ux, uy, vx, vy] = [m[0] / along, m[1] / along, m[2] / size, m[3] / size];
  const w = item.width * Math.hypot(view[0], view[1]);
  const corners: [number, number][] = [];
  for (const s of [0, w])
    for (const t of [descent * size, ascent * size]) corners.push([m[4] + ux * s + vx * t, m[5] + uy * s + vy * t]);
  return boundsOf(corners);
}
