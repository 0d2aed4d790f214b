import { isPdf, type PdfFont, type PositionedDocument, type PositionedPage, type Ruling } from '@hezhang/core';
import type * as PdfJs from 'pdfjs-dist';
import { fromPdfJsError, InputError } from './errors.js';
import { apply, IDENTITY, type Matrix, type Point, transformRect } from './geometry.js';
import { type FontLike, type Glyph, interpretPage, type OpCodes, opCodes } from './interpret.js';
import type { PdfOptions } from './options.js';
import { buildRuns } from './runs.js';
import { type ExtractSettings, extractSettings } from './settings.js';

/** The pdf.js module in use: the legacy build in Node, the modern one in browsers. */
export type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS' | 'PDFWorker'>;

export interface ExtractHooks {
  onPage?: (page: number, pages: number) => void;
}

/** A pdf.js worker lent to one read (Node: a worker thread, see node-thread.ts). */
export interface WorkerLease {
  worker: PdfJs.PDFWorker;
  /** Rejects with an InputError when the worker stops under the read. */
  stopped: Promise<never>;
  /** Gives the worker back; `stuck` when the read timed out (the worker may be in a loop). */
  release(stuck: boolean): void;
}

export interface WorkerHost {
  /** The worker once it is this read's turn; rejects with InputError 'aborted' if `signal` aborts first. */
  acquire(signal?: AbortSignal): Promise<WorkerLease>;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Loads a PDF with the given pdf.js module and returns every page's text runs (boxes in display
 * coordinates, text running left to right; printed, clipped and hidden apart) and ruling lines, from
 * one pass over each page's operator list (interpret.ts). Every failure, pdf.js' own included,
 * is an InputError; every pdf.js promise is awaited or handled.
 */
export async function extractWith(
  pdfjs: PdfJsModule,
  bytes: Uint8Array,
  options: PdfOptions,
  hooks: ExtractHooks = {},
  host?: WorkerHost,
): Promise<PositionedDocument> {
  if (bytes.length === 0) throw new InputError('empty');
  if (!isPdf(bytes)) throw new InputError('not_pdf');

  // The clock starts when pdf.js is free for this read (Node: one document at a time per thread).
  const lease = options.workerPort || !host ? undefined : await host.acquire(options.signal);
  let rejectGuard: (error: InputError) => void = () => {};
  const guard = new Promise<never>((_, reject) => {
    rejectGuard = reject;
  });
  guard.catch(() => {});
  lease?.stopped.catch((error: InputError) => rejectGuard(error));
  let worker: PdfJs.PDFWorker | undefined;
  let task: PdfJs.PDFDocumentLoadingTask;
  try {
    worker = options.workerPort ? pdfjs.PDFWorker.create({ port: options.workerPort }) : lease?.worker;
    task = pdfjs.getDocument({
      // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
      data: bytes.slice(),
      ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
      ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
      ...(options.useWorkerFetch !== undefined ? { useWorkerFetch: options.useWorkerFetch } : {}),
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(worker ? { worker } : {}),
      isEvalSupported: false,
      verbosity: 0,
    });
  } catch (error) {
    lease?.release(false);
    throw fromPdfJsError(error);
  }
  // pdf.js' destroy() may itself reject (a worker already gone): nobody must be left with that.
  const destroy = () => task.destroy().catch(() => {});
  // A password prompt would wait forever: an encrypted PDF without the right password is an error.
  task.onPassword = () => {
    rejectGuard(new InputError('encrypted'));
    void destroy();
  };
  let timedOut = false;
  const fail = (code: 'aborted' | 'timeout') => {
    timedOut ||= code === 'timeout';
    rejectGuard(new InputError(code));
    void destroy();
  };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = timeoutMs > 0 ? setTimeout(() => fail('timeout'), timeoutMs) : undefined;
  const onAbort = () => fail('aborted');
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const guarded = <T>(p: Promise<T>): Promise<T> => Promise.race([p, guard]);
  const onPage = (n: number, pages: number) => {
    // Progress is advisory: a failing callback (a closed page's proxy) must not fail the read.
    try {
      const result: unknown = hooks.onPage?.(n, pages);
      if (result instanceof Promise) result.catch(() => {});
    } catch {}
  };

  try {
    const pdf = await guarded(task.promise);
    const pages: PositionedPage[] = [];
    const fonts = new Map<string, PdfFont>();
    const reading: PageReading = {
      ops: opCodes(pdfjs.OPS as unknown as Record<string, number>),
      settings: extractSettings(options.settings),
    };
    // Optional content (layers) turned off in the document's default view is not printed.
    const layers = await guarded(pdf.getOptionalContentConfig()).catch(() => undefined);
    if (layers) reading.contentVisible = (properties) => contentVisible(layers, properties);
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await guarded(pdf.getPage(n));
      pages.push(await guarded(readPage(page, reading, fonts)));
      page.cleanup();
      onPage(n, pdf.numPages);
    }
    const info = (await guarded(pdf.getMetadata()).catch(() => undefined))?.info as Record<string, unknown> | undefined;
    const producer = [info?.Producer, info?.Creator].find((v): v is string => typeof v === 'string' && v !== '');
    return { pages, fonts: [...fonts.values()], ...(producer ? { producer } : {}) };
  } catch (error) {
    throw fromPdfJsError(error);
  } finally {
    if (timer) clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    // A worker stuck in a loop never answers destroy(): after a timeout, do not wait for it.
    if (timedOut) void destroy();
    else await destroy();
    if (options.workerPort) worker?.destroy();
    lease?.release(timedOut);
  }
}

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

/** What one page's reading needs from its document: the operator codes, the settings, optional content. */
export interface PageReading {
  ops: OpCodes;
  settings: ExtractSettings;
  contentVisible?: (properties: unknown) => boolean;
}

async function readPage(
  page: PdfJs.PDFPageProxy,
  reading: PageReading,
  fonts: Map<string, PdfFont>,
): Promise<PositionedPage> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as unknown as Matrix;
  const operators = await page.getOperatorList();
  const objs = page.commonObjs as unknown as PdfObjects;
  const loaded = new Map<string, FontLike | undefined>();
  for (const id of fontIds(operators.fnArray, operators.argsArray, reading.ops))
    loaded.set(id, await fontReady(objs, id));
  const content = interpretPage(operators.fnArray, operators.argsArray, {
    ops: reading.ops,
    view,
    page: [0, 0, viewport.width, viewport.height],
    font: (id) => loaded.get(id),
    settings: reading.settings,
    ...(reading.contentVisible ? { contentVisible: reading.contentVisible } : {}),
  });
  const upright: PositionedPage = {
    page: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
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
  const frame = turnMatrix(turn, upright.width, upright.height);
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
    for (const g of glyphs) {
      if (g.space || (printed && g.visibility !== 'visible' && g.visibility !== 'ocr')) continue;
      const d = (Math.round(Math.atan2(g.axis[1], g.axis[0]) / (Math.PI / 2)) + 4) % 4;
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

function contentVisible(layers: { isVisible(group: unknown): boolean }, properties: unknown): boolean {
  try {
    return layers.isVisible(properties);
  } catch {
    // pdf.js could not resolve the group: show the content, as its renderer does.
    return true;
  }
}
