/**
 * Pages read where pdf.js parses them: inside pdf.js' worker (Node: its thread, node-thread.ts), each
 * page's operator list is interpreted (interpret.ts) and made into the model's page (page-content.ts)
 * as soon as the worker has built it, and only that page is posted to the calling thread. Read on the
 * calling thread instead (page.ts), every operator list is cloned across — every glyph of every text
 * operator, every path — and interpreted there, one document after another: the calling thread was
 * what bounded a batch on two cores (packages/pdf/bench/README.md).
 *
 * pdf.js' worker learns of it through two hooks of the repository's patch (patches/pdfjs-dist@*.patch):
 * `WorkerMessageHandler.onDocument`, called with each document's message handler, where this module
 * adds the action READ_PAGE; and the handler's `onFont`, told of each font as it is first sent, so
 * that the interpreter measures glyphs with the font objects pdf.js itself uses (the calling thread
 * sees copies of the same fields). An unpatched pdf.js never calls them; the reader then reads on the
 * calling thread (`installed` says which).
 */
import type { PdfFont, PositionedPage } from '@hezhang/core';
import type { Matrix } from './geometry.js';
import { type FontLike, interpretPage, type OpCodes } from './interpret.js';
import type { PageLimits } from './limits.js';
import { type PageFrame, pageFromContent } from './page-content.js';
import type { ExtractSettings } from './settings.js';

/** The message a document's handler answers with a read page. */
export const READ_PAGE = 'HezhangReadPage';

/** What the calling thread asks for: a page, how pdf.js displays it, and how to read it. */
export interface ThreadPageRequest {
  pageIndex: number;
  /** pdf.js' rendering intent and cache key of `page.getOperatorList()` (its defaults: display, annotations). */
  intent: number;
  cacheKey: string;
  annotationStorage: unknown;
  modifiedIds: unknown;
  frame: PageFrame;
  /** User space to display coordinates: the page's viewport transform at scale 1. */
  view: Matrix;
  ops: OpCodes;
  settings: ExtractSettings;
  limits: PageLimits;
}

export interface ThreadPageReply {
  page: PositionedPage;
  /** The fonts the page's runs use, in the order they first appear. */
  fonts: PdfFont[];
}

/** What pdf.js' patched worker hands each document (patches/pdfjs-dist@*.patch). */
interface DocumentHooks {
  handler: {
    on(action: string, answer: (data: never) => unknown): void;
    onFont?: (id: string, font: FontLike) => void;
  };
  getPage(pageIndex: number): Promise<WorkerPage>;
  runTask<T>(name: string, run: (task: unknown) => Promise<T>): Promise<T>;
}

/** pdf.js' worker-side page (src/core/document.js), as far as this module uses it. */
interface WorkerPage {
  getOperatorList(params: {
    handler: unknown;
    sink: OperatorSink;
    task: unknown;
    intent: number;
    cacheKey: string;
    annotationStorage: unknown;
    modifiedIds: unknown;
    pageIndex: number;
  }): Promise<unknown>;
}

/** The stream sink pdf.js' OperatorList flushes its chunks into (here: kept, not posted). */
interface OperatorSink {
  readonly ready: Promise<void>;
  readonly desiredSize: number;
  enqueue(chunk: { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }): void;
  close(): void;
  error(reason: unknown): void;
}

interface PatchedWorkerMessageHandler {
  onDocument?: ((hooks: DocumentHooks) => void) | null;
}

/**
 * Adds READ_PAGE to every document pdf.js' worker opens from now on. False when this pdf.js lacks the
 * hooks (an unpatched pdfjs-dist): nothing is added, and pages are read on the calling thread.
 */
export function installThreadReading(workerMessageHandler: unknown): boolean {
  const patched = workerMessageHandler as PatchedWorkerMessageHandler;
  if (!('onDocument' in patched)) return false;
  patched.onDocument = ({ handler, getPage, runTask }) => {
    // The document's fonts by id: pdf.js sends each once per document, on whichever page first uses it.
    const loaded = new Map<string, FontLike>();
    handler.onFont = (id, font) => loaded.set(id, font);
    handler.on(READ_PAGE, (request: ThreadPageRequest) => readPage(request, { handler, getPage, runTask }, loaded));
  };
  return true;
}

async function readPage(
  request: ThreadPageRequest,
  { handler, getPage, runTask }: DocumentHooks,
  loaded: Map<string, FontLike>,
): Promise<ThreadPageReply> {
  const page = await getPage(request.pageIndex);
  // The chunks pdf.js flushes, joined (it empties its arrays after each flush, so the elements are copied).
  const fnArray: number[] = [];
  const argsArray: unknown[] = [];
  const sink: OperatorSink = {
    ready: Promise.resolve(),
    desiredSize: Number.POSITIVE_INFINITY,
    enqueue(chunk) {
      for (let i = 0; i < chunk.fnArray.length; i++) {
        fnArray.push(chunk.fnArray[i] as number);
        argsArray.push(chunk.argsArray[i]);
      }
    },
    close() {},
    error() {},
  };
  await runTask(`${READ_PAGE}: page ${request.pageIndex}`, (task) =>
    page.getOperatorList({
      handler,
      sink,
      task,
      intent: request.intent,
      cacheKey: request.cacheKey,
      annotationStorage: request.annotationStorage,
      modifiedIds: request.modifiedIds,
      pageIndex: request.pageIndex,
    }),
  );
  const { frame } = request;
  const content = interpretPage(fnArray, argsArray, {
    ops: request.ops,
    view: request.view,
    page: [0, 0, frame.width, frame.height],
    font: (id) => loaded.get(id),
    settings: request.settings,
    limits: request.limits,
  });
  const fonts = new Map<string, PdfFont>();
  const read = pageFromContent(content, frame, request.settings, (id) => loaded.get(id), fonts);
  return { page: read, fonts: [...fonts.values()] };
}
