import type { PdfFont, PositionedPage } from '@hezhang/core';
import type * as PdfJs from 'pdfjs-dist';
import type { Matrix } from './geometry.js';
import { type FontLike, interpretPage, type OpCodes, opCodes, type PageContent } from './interpret.js';
import { type PageLimits, READ_LIMITS } from './limits.js';
import { pageFromContent } from './page-content.js';
import { type ExtractSettings, type ExtractSettingsInput, extractSettings } from './settings.js';
import { READ_PAGE, type ThreadPageReply, type ThreadPageRequest } from './thread-reading.js';

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
  // Without groups pdf.js shows all content (OptionalContentConfig.isVisible).
  if (layers && [...(layers as unknown as Iterable<unknown>)].length > 0)
    reading.contentVisible = (properties) => contentVisible(layers, properties);
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
 * A page read on this thread: its operator list interpreted here (pdf.js' worker sends it), made into
 * the model's page; the fonts its runs use are added to `fonts`.
 */
export async function readPage(
  page: PdfJs.PDFPageProxy,
  reading: PageReading,
  fonts: Map<string, PdfFont>,
): Promise<PositionedPage> {
  const { width, height, content, fonts: loaded } = await pageGlyphs(page, reading);
  const frame = { page: page.pageNumber, width, height, rotation: page.rotate };
  return pageFromContent(content, frame, reading.settings, (id) => loaded.get(id), fonts);
}

/** What the thread path uses of pdf.js' display side beyond its API (PDFDocumentProxy._transport). */
interface Transport {
  messageHandler: { sendWithPromise(action: string, data: unknown): Promise<unknown> };
  getRenderingIntent(
    intent: string,
    annotationMode: number,
    printAnnotationStorage: null,
    isEditing: boolean,
    isOpList: boolean,
  ): {
    renderingIntent: number;
    cacheKey: string;
    annotationStorageSerializable: { map: unknown };
    modifiedIds: unknown;
  };
}

/**
 * Pages read inside pdf.js' worker (thread-reading.ts): the page readPage would give, posted instead of
 * its operator list; taking it adds the fonts its runs use to `fonts`. Asked for with what
 * `page.getOperatorList()` would ask (pdf.js' display intent, annotations enabled, as an operator list).
 * Undefined where pages are read on this thread: a document with optional content groups, whose
 * visibility pdf.js' display side decides (OptionalContentConfig).
 */
export function threadPageReader(
  pdfjs: { AnnotationMode: { ENABLE: number } },
  pdf: PdfJs.PDFDocumentProxy,
  reading: PageReading,
  fonts: Map<string, PdfFont>,
): ((page: PdfJs.PDFPageProxy) => Promise<() => PositionedPage>) | undefined {
  if (reading.contentVisible) return undefined;
  const transport = (pdf as unknown as { _transport: Transport })._transport;
  const intent = transport.getRenderingIntent('display', pdfjs.AnnotationMode.ENABLE, null, false, true);
  return async (page) => {
    const viewport = page.getViewport({ scale: 1 });
    const request: ThreadPageRequest = {
      pageIndex: page.pageNumber - 1,
      intent: intent.renderingIntent,
      cacheKey: intent.cacheKey,
      annotationStorage: intent.annotationStorageSerializable.map,
      modifiedIds: intent.modifiedIds,
      frame: { page: page.pageNumber, width: viewport.width, height: viewport.height, rotation: page.rotate },
      view: viewport.transform as unknown as Matrix,
      ops: reading.ops,
      settings: reading.settings,
      limits: reading.limits,
    };
    const reply = (await transport.messageHandler.sendWithPromise(READ_PAGE, request)) as ThreadPageReply;
    // Taken in page order (the worker may answer a later page first): the fonts keep their order.
    return () => {
      for (const font of reply.fonts) if (!fonts.has(font.id)) fonts.set(font.id, font);
      return reply.page;
    };
  };
}
