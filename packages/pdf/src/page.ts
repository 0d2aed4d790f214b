import type { PdfFont, PositionedPage, Ruling } from '@hezhang/core';
import type * as PdfJs from 'pdfjs-dist';
import { apply, IDENTITY, type Matrix, type Point, transformRect } from './geometry.js';
import { type FontLike, type Glyph, interpretPage, type OpCodes, opCodes, type PageContent } from './interpret.js';
import { type PageLimits, READ_LIMITS } from './limits.js';
import { buildRuns } from './runs.js';
import { type ExtractSettings, type ExtractSettingsInput, extractSettings } from './settings.js';

/**
 * One page of a loaded document, read in one pass: its operator list interpreted (interpret.ts), the
 * page turned when its content runs sideways, its glyphs made into runs (runs.ts).
 */

interface PdfObjects {
  has(id: string): boolean;
  get(id: string, callback?: (data: unknown) => void): unknown;
}

/** A font pdf.js is loading: it resolves once the font is bound (asynchronously in browsers). */
function fontReady(objs: PdfObjects, id: string): Promise<FontLike | undefined> {
  return new Promise((resolve) => {
    try {
      if (objs.has(id)) resolve(objs.get(id) as FontLike | undefined);
      else objs.get(id, (font) => resolve(font as FontLike | undefined));
    } catch {
      // A font pdf.js failed to load has no object: its glyphs are placed with default metrics.
      resolve(undefined);
    }
  });
}

/** The ids of the fonts an operator list selects (setFont, and the Font entry of setGState). */
function fontIds(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes): Set<string> {
  const ids = new Set<string>();
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.setFont && typeof args?.[0] === 'string') ids.add(args[0]);
    else if (fn === ops.setGState && Array.isArray(args?.[0]))
      for (const entry of args[0] as unknown[])
        if (Array.isArray(entry) && entry[0] === 'Font' && Array.isArray(entry[1]) && typeof entry[1][0] === 'string')
          ids.add(entry[1][0]);
  }
  return ids;
}

/** What reading a page needs from its document: the operator codes, the settings and bounds, optional content. */
export interface PageReading {
  ops: OpCodes;
  settings: ExtractSettings;
  limits: PageLimits;
  contentVisible?: (properties: unknown) => boolean;
}

/**
 * How pages of documents loaded with this pdf.js are read: its operator codes, the settings, the bounds and the
 * document's optional content (layers turned off in its default view are not printed).
 */
export async function pageReading(
  pdfjs: { OPS: unknown },
  pdf: PdfJs.PDFDocumentProxy,
  settings?: ExtractSettingsInput,
  limits: PageLimits = READ_LIMITS,
): Promise<PageReading> {
  const reading: PageReading = {
    ops: opCodes(pdfjs.OPS as Record<string, number>),
    settings: extractSettings(settings),
    limits,
  };
  const layers = await pdf.getOptionalContentConfig().catch(() => undefined);
  if (layers) reading.contentVisible = (properties) => contentVisible(layers, properties);
  return reading;
}

function contentVisible(layers: { isVisible(group: unknown): boolean }, properties: unknown): boolean {
  try {
    return layers.isVisible(properties);
  } catch {
    // pdf.js could not resolve the group: show the content, as its renderer does.
    return true;
  }
}

/** A page's operator list interpreted, in display coordinates (before any turn), with the fonts it used. */
export interface PageGlyphs {
  width: number;
  height: number;
  content: PageContent;
  fonts: Map<string, FontLike | undefined>;
}

export async function pageGlyphs(page: PdfJs.PDFPageProxy, reading: PageReading): Promise<PageGlyphs> {
  const viewport = page.getViewport({ scale: 1 });
  const operators = await page.getOperatorList();
  const objs = page.commonObjs as unknown as PdfObjects;
  const fonts = new Map<string, FontLike | undefined>();
  for (const id of fontIds(operators.fnArray, operators.argsArray, reading.ops))
    fonts.set(id, await fontReady(objs, id));
  const content = interpretPage(operators.fnArray, operators.argsArray, {
    ops: reading.ops,
    view: viewport.transform as unknown as Matrix,
    page: [0, 0, viewport.width, viewport.height],
    font: (id) => fonts.get(id),
    settings: reading.settings,
    limits: reading.limits,
    ...(reading.contentVisible ? { contentVisible: reading.contentVisible } : {}),
  });
  return { width: viewport.width, height: viewport.height, content, fonts };
}

/**
 * A page's runs (printed, clipped, hidden), rulings and images, turned upright when its printed text
 * runs sideways; the fonts its runs use are added to `fonts`.
 */
export async function readPage(
  page: PdfJs.PDFPageProxy,
  reading: PageReading,
  fonts: Map<string, PdfFont>,
): Promise<PositionedPage> {
  const { width, height, content, fonts: loaded } = await pageGlyphs(page, reading);
  const upright: PositionedPage = {
    page: page.pageNumber,
    width,
    height,
    rotation: page.rotate,
    items: [],
    clipped: [],
    hidden: [],
    rulings: content.rulings,
    images: content.images,
    ...(content.unreadable ? { unreadable: content.unreadable } : {}),
  };
  const turn = contentRotation(content.glyphs);
  const turned = turn === 0 ? upright : rotatePage(upright, turn);
  const frame = turnMatrix(turn, width, height);
  const glyphs = turn === 0 ? content.glyphs : content.glyphs.map((g) => turnGlyph(g, frame));
  const runs = buildRuns(glyphs, reading.settings.runs);
  for (const item of [...runs.items, ...runs.clipped, ...runs.hidden])
    if (!fonts.has(item.font))
      fonts.set(item.font, { id: item.font, name: fontName(loaded.get(item.font), item.font) });
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
