import {
  isPdf,
  type PdfFont,
  type PositionedDocument,
  type PositionedItem,
  type PositionedPage,
  type Ruling,
} from '@hezhang/core';
import type * as PdfJs from 'pdfjs-dist';
import type { ReadBounds } from './bounds.js';
import { fromPdfJsError, InputError } from './errors.js';
import { type Matrix, multiply } from './geometry.js';
import type { PdfOptions } from './options.js';
import { type OpCodes, rulingsOf } from './rulings.js';

/** The pdf.js module in use: the legacy build in Node, the modern one in browsers. */
export type PdfJsModule = Pick<typeof PdfJs, 'getDocument' | 'OPS' | 'PDFWorker'>;

export interface ExtractHooks {
  onPage?: (page: number, pages: number) => void;
  /** The read's bounds (bounds.ts): called at each step, and a watchdog on each page's time. */
  bounds?: ReadBounds;
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
/** An item that starts with an amount printed as tables print them ("1,234", "12.34"). */
const STANDALONE_AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,2})(?:\s|$)/;
/** A table title ("…预算表", "…决算表", "…经费表") printed as one item. */
const TABLE_TITLE = /(?:预算|决算|经费|收支).{0,30}表$/;
/** Amounts a page must print to be treated as a table page. */
const MIN_AMOUNTS = 2;

/**
 * Loads a PDF with the given pdf.js module and returns every page's text items (boxes in display
 * coordinates, text running left to right) and ruling lines. Every failure, pdf.js' own included,
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
      ...hooks.bounds?.documentParams,
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
  const fail = (error: InputError, stuck: boolean) => {
    timedOut ||= stuck;
    rejectGuard(error);
    void destroy();
  };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timer = timeoutMs > 0 ? setTimeout(() => fail(new InputError('timeout'), true), timeoutMs) : undefined;
  // The watchdog: each page must be read within stallMs of the one before (restarted per page).
  let reading = 1;
  let stall: ReturnType<typeof setTimeout> | undefined;
  const bounds = hooks.bounds;
  const watch = () => {
    clearTimeout(stall);
    if (bounds) stall = setTimeout(() => fail(bounds.stalled(reading) as InputError, true), bounds.stallMs);
  };
  watch();
  // A thread that stopped (or was ended by the memory watchdog) answers nothing more, destroy() included.
  lease?.stopped.catch((error: InputError) => fail(error, true));
  const onAbort = () => fail(new InputError('aborted'), false);
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
    bounds?.onDocument(pdf.numPages);
    const pages: PositionedPage[] = [];
    const fonts = new Map<string, PdfFont>();
    for (let n = 1; n <= pdf.numPages; n++) {
      reading = n;
      watch();
      const page = await guarded(pdf.getPage(n));
      pages.push(await guarded(readPage(pdfjs, page, fonts)));
      bounds?.onPage(pages[pages.length - 1] as PositionedPage);
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
    clearTimeout(stall);
    options.signal?.removeEventListener('abort', onAbort);
    // A worker stuck in a loop never answers destroy(): after a timeout, do not wait for it.
    if (timedOut) void destroy();
    else await destroy();
    if (options.workerPort) worker?.destroy();
    lease?.release(timedOut);
  }
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

async function readPage(
  pdfjs: PdfJsModule,
  page: PdfJs.PDFPageProxy,
  fonts: Map<string, PdfFont>,
): Promise<PositionedPage> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as unknown as Matrix;
  // Raw text: core normalises look-alike characters itself and reports the ones it cannot.
  const content = await page.getTextContent({ disableNormalization: true });

  const items: PositionedItem[] = [];
  const directions: number[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItemLike;
    // Spaces carry no text and pdf.js gives them the width of the whole gap they stand for.
    if (item.str.trim() === '') continue;
    const style = content.styles[item.fontName];
    // Fonts whose metrics pdf.js could not read report an ascent of 0: fall back to typical CJK metrics.
    const metric = style && style.ascent > 0 ? style : undefined;
    const placed = placeItem(item, view, metric?.ascent, metric?.descent);
    items.push(placed.item);
    directions.push(placed.direction);
    if (!fonts.has(item.fontName)) fonts.set(item.fontName, { id: item.fontName, name: fontName(page, item.fontName) });
  }
  let rulings: Ruling[] = [];
  let images = 0;
  if (needsOperatorList(items)) {
    const operators = await page.getOperatorList();
    rulings = rulingsOf(operators.fnArray, operators.argsArray, pdfjs.OPS as unknown as OpCodes, view);
    images = countImages(operators.fnArray, pdfjs.OPS as unknown as Record<string, number>);
  }

  const turn = contentRotation(items, directions);
  const displayed: PositionedPage = {
    page: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    rotation: page.rotate,
    items,
    rulings,
    images,
  };
  return turn === 0 ? displayed : rotatePage(displayed, turn);
}

/**
 * The operator list (rulings, images) costs as much again as the text: it is built only for pages
 * that print standalone amounts (tables) and pages without text (a scan, or blank).
 */
export function needsOperatorList(items: readonly { text: string }[]): boolean {
  if (items.length === 0) return true;
  let amounts = 0;
  for (const item of items) {
    const text = item.text.trim();
    if (STANDALONE_AMOUNT.test(text) && ++amounts >= MIN_AMOUNTS) return true;
    // A table printed without amounts (an empty fund table, a template) still needs its borders.
    if (TABLE_TITLE.test(text.replace(/\s+/g, ''))) return true;
  }
  return false;
}

function fontName(page: PdfJs.PDFPageProxy, id: string): string {
  try {
    if (page.commonObjs.has(id)) return (page.commonObjs.get(id) as { name?: string } | null)?.name ?? id;
  } catch {
    // A font pdf.js failed to load has no object: its id is all we know.
  }
  return id;
}

/**
 * An item's box from its text matrix: the baseline runs along the matrix' x axis for `width`, the
 * glyphs rise along its y axis from the descent to the ascent. `direction` is the baseline's angle on
 * the displayed page, in quarter turns.
 */
function placeItem(
  item: TextItemLike,
  view: Matrix,
  ascent = 0.86,
  descent = -0.14,
): { item: PositionedItem; direction: number } {
  const m = multiply(view, item.transform as unknown as Matrix);
  const size = Math.hypot(m[2], m[3]) || item.height || 1;
  const along = Math.hypot(m[0], m[1]) || 1;
  const ux = m[0] / along;
  const uy = m[1] / along;
  const vx = m[2] / size;
  const vy = m[3] / size;
  const width = item.width * Math.hypot(view[0], view[1]);
  const corners: [number, number][] = [];
  for (const s of [0, width]) {
    for (const t of [descent * size, ascent * size]) corners.push([m[4] + ux * s + vx * t, m[5] + uy * s + vy * t]);
  }
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const direction = (Math.round(Math.atan2(uy, ux) / (Math.PI / 2)) + 4) % 4;
  return {
    item: {
      text: item.str,
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      font: item.fontName,
      size,
    },
    direction,
  };
}

/** The quarter turns most of the page's text runs at (by characters): content printed sideways. */
function contentRotation(items: PositionedItem[], directions: number[]): number {
  const weight = [0, 0, 0, 0];
  items.forEach((item, i) => {
    const d = directions[i] ?? 0;
    weight[d] = (weight[d] ?? 0) + item.text.length;
  });
  let best = 0;
  for (let d = 1; d < 4; d++) if ((weight[d] ?? 0) > (weight[best] ?? 0)) best = d;
  return best;
}

/** Turns a page so that text running at `turn` quarter turns reads left to right. */
function rotatePage(page: PositionedPage, turn: number): PositionedPage {
  const { width: w, height: h } = page;
  const map = (x: number, y: number): [number, number] =>
    turn === 1 ? [y, w - x] : turn === 2 ? [w - x, h - y] : [h - y, x];
  const box = (b: readonly [number, number, number, number]): [number, number, number, number] => {
    const [ax, ay] = map(b[0], b[1]);
    const [bx, by] = map(b[2], b[3]);
    return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
  };
  const rulings: Ruling[] = page.rulings.map((r) => {
    const b = box(r.axis === 'h' ? [r.from, r.at, r.to, r.at] : [r.at, r.from, r.at, r.to]);
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
    items: page.items.map((item) => ({ ...item, box: box(item.box) })),
    rulings,
  };
}

const IMAGE_OPS = [
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat',
  'paintInlineImageXObjectGroup',
  'paintImageMaskXObjectGroup',
];

function countImages(fnArray: ArrayLike<number>, ops: Record<string, number>): number {
  const codes = new Set(IMAGE_OPS.map((name) => ops[name]).filter((c): c is number => c !== undefined));
  let n = 0;
  for (let i = 0; i < fnArray.length; i++) if (codes.has(fnArray[i] as number)) n++;
  return n;
}
