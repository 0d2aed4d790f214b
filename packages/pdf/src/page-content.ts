import type { PdfFont, PositionedPage, Ruling } from '@hezhang/core';
import { apply, IDENTITY, type Matrix, type Point, transformRect } from './geometry.js';
import type { FontLike, Glyph, PageContent } from './interpret.js';
import { buildRuns } from './runs.js';
import type { ExtractSettings } from './settings.js';

/**
 * A page's interpreted content (interpret.ts) made into the model's page: turned upright when its printed
 * text runs sideways, its glyphs made into runs (runs.ts). Where the operator list was interpreted does
 * not matter: on the calling thread (page.ts) or inside pdf.js' worker (thread-reading.ts).
 */

/** The page as pdf.js displays it, before any turn. */
export interface PageFrame {
  page: number;
  width: number;
  height: number;
  rotation: number;
}

/**
 * A page's runs (printed, clipped, hidden), rulings and images, turned upright when its printed text
 * runs sideways; the fonts its runs use are added to `fonts`, named from `loaded` (pdf.js' fonts by id).
 */
export function pageFromContent(
  content: PageContent,
  frame: PageFrame,
  settings: ExtractSettings,
  loaded: (id: string) => FontLike | undefined,
  fonts: Map<string, PdfFont>,
): PositionedPage {
  const { width, height } = frame;
  const upright: PositionedPage = {
    page: frame.page,
    width,
    height,
    rotation: frame.rotation,
    items: [],
    clipped: [],
    hidden: [],
    rulings: content.rulings,
    images: content.images,
    ...(content.unreadable ? { unreadable: content.unreadable } : {}),
  };
  const turn = contentRotation(content.glyphs);
  const turned = turn === 0 ? upright : rotatePage(upright, turn);
  const m = turnMatrix(turn, width, height);
  const glyphs = turn === 0 ? content.glyphs : content.glyphs.map((g) => turnGlyph(g, m));
  const runs = buildRuns(glyphs, settings.runs);
  for (const item of [...runs.items, ...runs.clipped, ...runs.hidden])
    if (!fonts.has(item.font)) fonts.set(item.font, { id: item.font, name: fontName(loaded(item.font), item.font) });
  return { ...turned, items: runs.items, clipped: runs.clipped, hidden: runs.hidden };
}

function fontName(font: FontLike | undefined, id: string): string {
  return typeof font?.name === 'string' && font.name !== '' ? font.name : id;
}

/** The quarter turns most of the page's printed glyphs run at: content printed sideways. */
function contentRotation(glyphs: readonly Glyph[]): number {
  const weight = [0, 0, 0, 0];
  const count = (printed: boolean) => {
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i] as Glyph;
      if (g.space || (printed && g.visibility !== 'visible' && g.visibility !== 'ocr')) continue;
      const x = g.axis[0];
      const y = g.axis[1];
      const d = Math.abs(x) >= Math.abs(y) ? (x >= 0 ? 0 : 2) : y >= 0 ? 1 : 3;
      weight[d] = (weight[d] ?? 0) + g.text.length;
    }
  };
  count(true);
  if (weight.every((w) => w === 0)) count(false);
  let best = 0;
  for (let d = 1; d < 4; d++) if ((weight[d] ?? 0) > (weight[best] ?? 0)) best = d;
  return best;
}

/** The frame in which text running `turn` quarter turns clockwise reads left to right (w × h: the displayed page). */
function turnMatrix(turn: number, w: number, h: number): Matrix {
  return turn === 1
    ? [0, -1, 1, 0, 0, w]
    : turn === 2
      ? [-1, 0, 0, -1, w, h]
      : turn === 3
        ? [0, 1, -1, 0, h, 0]
        : IDENTITY;
}

function turnGlyph(g: Glyph, m: Matrix): Glyph {
  const linear = (v: Point): Point => [m[0] * v[0] + m[2] * v[1], m[1] * v[0] + m[3] * v[1]];
  return {
    ...g,
    box: transformRect(m, g.box),
    start: apply(m, ...g.start),
    end: apply(m, ...g.end),
    advance: linear(g.advance),
    axis: linear(g.axis),
  };
}

/** Turns a page's frame and rulings so that text running at `turn` quarter turns reads left to right. */
function rotatePage(page: PositionedPage, turn: number): PositionedPage {
  const { width: w, height: h } = page;
  const m = turnMatrix(turn, w, h);
  const rulings: Ruling[] = page.rulings.map((r) => {
    const b = transformRect(m, r.axis === 'h' ? [r.from, r.at, r.to, r.at] : [r.at, r.from, r.at, r.to]);
    return b[1] === b[3]
      ? { axis: 'h', at: b[1], from: b[0], to: b[2] }
      : { axis: 'v', at: b[0], from: b[1], to: b[3] };
  });
  const swapped = turn % 2 === 1;
  return {
    ...page,
    width: swapped ? h : w,
    height: swapped ? w : h,
    // Text running `turn` quarter turns clockwise is read by turning the frame as far back.
    rotation: (page.rotation + (4 - turn) * 90) % 360,
    rulings,
  };
}
