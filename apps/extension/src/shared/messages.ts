import { Dossier, Finding, Pairing, ReportSummary, Verdict } from '@hezhang/core';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { PAGE_LIMITS } from './limits';
import { PdfVerdict, type Status, withUnread } from './status';

/**
 * Every message between the extension's parts, with the reply each expects, as zod schemas: both ends
 * validate (the receiver its request, the sender the reply), and each type names the parts that may
 * send it. Content scripts live in pages nobody here controls — a compromised page process can send
 * anything a content script can — so the background takes from them only the two requests they need,
 * and checks every URL they name (pdf-policy.ts). Content scripts and pages talk to the background;
 * the background talks to the offscreen document (Chrome), the popup to tabs.
 */

/** A URL as messages carry it: http(s) only, of a sane length. */
const WebUrl = z.url({ protocol: /^https?$/ }).max(4096);

const Text = z.string().max(2000);
const Bilingual = z.object({ zh: Text, en: Text });

/** Why a PDF link has no verdict. */
export const PdfFailure = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('needs-permission'), origin: Text }),
  z.object({ kind: z.literal('not-pdf') }),
  /** The extension will not fetch it (another site, a private address): `reason` says why. */
  z.object({ kind: z.literal('refused'), reason: Bilingual }),
  z.object({ kind: z.literal('unreadable'), code: z.string().max(40), message: Text, messageZh: Text }),
]);
export type PdfFailure = z.infer<typeof PdfFailure>;

export const PdfOutcome = z.union([
  z.object({ ok: z.literal(true), verdict: PdfVerdict }),
  z.object({ ok: z.literal(false), failure: PdfFailure }),
]);
export type PdfOutcome = z.infer<typeof PdfOutcome>;

/** What a tab reports about itself to the popup. */
export const PageState = z.object({
  url: z.string().max(4096),
  /** Verdict of the page's own tables, when it has budget tables. */
  verdict: Verdict.optional(),
  tables: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  pdfLinks: z.number().int().nonnegative(),
  /** Origins of PDF links the extension may not fetch yet. */
  pdfOriginsNeedingPermission: z.array(Text).max(1000),
  /** Badged PDF links checked (a report), and those that could not be (fetch failed, damaged, refused…). */
  pdfChecked: z.number().int().nonnegative().max(PAGE_LIMITS.maxPdfBadges),
  pdfUnread: z.number().int().nonnegative().max(PAGE_LIMITS.maxPdfBadges),
  /** When a checked PDF holds several documents: the documents in the checked PDFs, all told. */
  pdfDocuments: z
    .number()
    .int()
    .nonnegative()
    .max(PAGE_LIMITS.maxPdfBadges * PAGE_LIMITS.maxDocumentsPerPdf)
    .optional(),
  /** The checked PDFs that hold several documents: each document's verdict (or why it could not be checked). */
  several: z
    .array(
      z.object({
        name: Text,
        status: Verdict,
        documents: z
          .array(
            z.object({
              name: Text,
              status: Verdict,
              errors: z.number().int().nonnegative().optional(),
              warnings: z.number().int().nonnegative().optional(),
              failure: Bilingual.optional(),
            }),
          )
          .max(PAGE_LIMITS.maxDocumentsPerPdf),
      }),
    )
    .max(PAGE_LIMITS.maxPdfBadges)
    .optional(),
  /** When the page's checked PDFs were read together: how many, the findings between them, the worst one's severity. */
  together: z
    .object({
      documents: z.number().int().nonnegative().max(PAGE_LIMITS.maxTogether),
      findings: z
        .number()
        .int()
        .nonnegative()
        .max(PAGE_LIMITS.maxTogether * PAGE_LIMITS.maxAcrossFindings),
      worst: z.enum(['error', 'warning']).optional(),
    })
    .optional(),
});
export type PageState = z.infer<typeof PageState>;

/**
 * The page's verdict as the popup shows it: its tables', and never 'ok' while a linked PDF could not
 * be checked ('incomplete' then, also on a page with no tables of its own).
 */
export function pageVerdict(state: PageState): Status | undefined {
  return state.pdfUnread > 0 ? withUnread(state.verdict ?? 'ok', state.pdfUnread) : state.verdict;
}

/** What reading one PDF gave: a report (new or from the cache by content hash), or a failure. */
export const ReadResult = z.union([
  z.object({
    ok: z.literal(true),
    hash: z.string(),
    fresh: z.literal(true),
    report: z.unknown(),
    verdict: PdfVerdict.omit({ url: true, checkedAt: true }),
  }),
  z.object({ ok: z.literal(true), hash: z.string(), fresh: z.literal(false), verdict: PdfVerdict }),
  z.object({ ok: z.literal(false), failure: PdfFailure }),
]);
export type ReadResult = z.infer<typeof ReadResult>;

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

/** A checked PDF handed to the reader of documents together: its cached report (validated there as core's Report). */
export const TogetherInput = z.object({ hash: Hash, report: z.unknown() });
export type TogetherInput = z.infer<typeof TogetherInput>;

/** One document read with the others: its verdict with the findings between documents, its pairing, those findings. */
export const TogetherDocument = z.object({
  hash: Hash,
  /** Its name in the pairings and dossiers (the file name; made unique among the page's). */
  name: Text,
  summary: ReportSummary,
  pairing: Pairing,
  findings: z.array(Finding).max(PAGE_LIMITS.maxAcrossFindings),
});
export type TogetherDocument = z.infer<typeof TogetherDocument>;

/** What reading documents together gave (read-together.ts): departments with several documents have a dossier. */
export const TogetherChecked = z.object({
  documents: z.array(TogetherDocument).max(PAGE_LIMITS.maxTogether),
  dossiers: z.array(Dossier).max(PAGE_LIMITS.maxTogether),
});
export type TogetherChecked = z.infer<typeof TogetherChecked>;

/** A page's PDFs read together, as the page shows them. */
/** A document's place in a PDF of several (0: the first); absent for a PDF of one. */
const Part = z.number().int().nonnegative().max(PAGE_LIMITS.maxDocumentsPerPdf);

export const TogetherResult = TogetherChecked.extend({
  /** The group, for opening its reports and dossiers: SHA-256 of its documents' hashes. */
  id: Hash,
  documents: z
    .array(TogetherDocument.extend({ urls: z.array(WebUrl).max(PAGE_LIMITS.maxPdfBadges), part: Part.optional() }))
    .max(PAGE_LIMITS.maxTogether),
  /** Checked PDFs of the page left out: beyond maxTogether, or their report no longer cached. */
  left: z.number().int().nonnegative(),
});
export type TogetherResult = z.infer<typeof TogetherResult>;

// Replies that may be "nothing" accept null and undefined alike: a runtime may deliver a null reply as either.

/** The extension's parts, as a message's sender is told apart (senderKind). */
export type Part = 'content' | 'popup' | 'options' | 'report' | 'offscreen' | 'background';

const MESSAGES = {
  /** content → background: check the PDF at `url` (queued, cached). */
  'pdf:check': {
    from: ['content'],
    request: z.strictObject({ url: WebUrl, force: z.boolean().optional() }),
    reply: PdfOutcome,
  },
  /** content → background: open the full report of a checked PDF in an extension page. */
  'report:open': {
    from: ['content'],
    request: z.strictObject({ url: WebUrl, part: Part.optional() }),
    reply: z.null().optional(),
  },
  /** report page → background: the cached report of a checked PDF (JSON of a core Report, validated there). */
  'pdf:report': {
    from: ['report'],
    request: z.strictObject({ url: WebUrl }),
    reply: z.object({ verdict: PdfVerdict, report: z.unknown() }).nullish(),
  },
  /** offscreen → background: a report already made for these bytes. */
  'cache:lookup': {
    from: ['offscreen'],
    request: z.strictObject({ hash: Hash }),
    reply: PdfVerdict.nullish(),
  },
  /** background → offscreen: fetch and check one PDF. */
  'offscreen:read': { from: ['background'], request: z.strictObject({ url: WebUrl }), reply: ReadResult },
  /**
   * content → background: read together the page's checked PDFs at `urls` (each judged by the fetch
   * policy against the page, as for pdf:check); nothing when fewer than two documents are checked (one
   * PDF of several documents is enough).
   */
  'pdf:together': {
    from: ['content'],
    request: z.strictObject({ urls: z.array(WebUrl).min(1).max(PAGE_LIMITS.maxPdfBadges) }),
    reply: TogetherResult.nullish(),
  },
  /** content → background: open a document read together (`url`), or a department's dossier (`dossier`, its key). */
  'together:open': {
    from: ['content'],
    request: z.strictObject({ id: Hash, url: WebUrl.optional(), part: Part.optional(), dossier: Text.optional() }),
    reply: z.null().optional(),
  },
  /** report page → background: the cached reports of a group read together, to read them together again there. */
  'together:reports': {
    from: ['report'],
    request: z.strictObject({ id: Hash }),
    reply: z
      .object({
        documents: z
          .array(TogetherInput.extend({ urls: z.array(WebUrl).max(PAGE_LIMITS.maxPdfBadges), part: Part.optional() }))
          .max(PAGE_LIMITS.maxTogether),
      })
      .nullish(),
  },
  /** background → offscreen: read these checked PDFs together. */
  'offscreen:together': {
    from: ['background'],
    request: z.strictObject({ documents: z.array(TogetherInput).max(PAGE_LIMITS.maxTogether) }),
    reply: TogetherChecked,
  },
  /** popup → tab: the page's state; check it again when `recheck`. */
  'page:state': {
    from: ['popup'],
    request: z.strictObject({ recheck: z.boolean().optional() }),
    reply: PageState,
  },
  /** popup/options → background: settings changed; register the automatic sites again. */
  'settings:changed': { from: ['popup', 'options'], request: z.strictObject({}), reply: z.null().optional() },
} as const satisfies Record<string, { from: readonly Part[]; request: z.ZodType; reply: z.ZodType }>;

type Spec = typeof MESSAGES;
export type MessageType = keyof Spec;
export type Request<T extends MessageType> = z.infer<Spec[T]['request']>;
export type Reply<T extends MessageType> = z.infer<Spec[T]['reply']>;
export type Envelope<T extends MessageType = MessageType> = { type: T; payload: Request<T> };
export type Sender = { id?: string; tab?: { id?: number; url?: string }; url?: string; frameId?: number };
export type Handlers = {
  [T in MessageType]?: (payload: Request<T>, sender: Sender) => Promise<Reply<T>>;
};

/** A reply that did not pass its schema (from a part that misbehaves): the caller gets this error. */
export class BadReply extends Error {
  constructor(type: string) {
    super(`[hezhang] ${type}: the reply did not match its schema`);
  }
}

export async function sendMessage<T extends MessageType>(type: T, payload: Request<T>): Promise<Reply<T>> {
  return checkedReply(type, await browser.runtime.sendMessage({ type, payload } satisfies Envelope<T>));
}

export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: Request<T>): Promise<Reply<T>> {
  return checkedReply(type, await browser.tabs.sendMessage(tabId, { type, payload } satisfies Envelope<T>));
}

function checkedReply<T extends MessageType>(type: T, reply: unknown): Reply<T> {
  const parsed = MESSAGES[type].reply.safeParse(reply);
  if (!parsed.success) throw new BadReply(type);
  return parsed.data as Reply<T>;
}

const EXTENSION_PAGES: Record<string, Part> = {
  '/popup.html': 'popup',
  '/options.html': 'options',
  '/report.html': 'report',
  '/offscreen.html': 'offscreen',
};

/**
 * Which part of the extension a message came from, by the sender's URL: an extension page by its
 * path, the background as the extension's own context that is no page, a content script as a web
 * page's frame in a tab. Undefined for anything else (another extension: never accepted).
 */
export function senderKind(sender: Sender): Part | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const own = new URL(browser.runtime.getURL('/')).origin;
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    return undefined;
  }
  if (url.origin === own) return EXTENSION_PAGES[url.pathname] ?? (sender.tab ? undefined : 'background');
  if ((url.protocol === 'http:' || url.protocol === 'https:') && sender.tab?.id !== undefined) return 'content';
  return undefined;
}

/** Why a message was turned away (logged once per kind, for whoever debugs a misbehaving page). */
export type Refusal = 'not-ours' | 'wrong-sender' | 'bad-request';

/**
 * Answers the message types in `handlers` — each only from the parts its type names, each request
 * only when it passes its schema — and leaves every other message to other listeners (the offscreen
 * document and the background hear each other's broadcasts). A message turned away gets no answer
 * from here. Replies through `sendResponse` (Chrome); where a runtime passes none it takes the
 * returned promise instead. `onRefused` hears each refusal (tests, logging).
 */
export function handleMessages(handlers: Handlers, onRefused?: (type: string, why: Refusal) => void): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Sender, sendResponse?: (r: unknown) => void): true | false | Promise<unknown> => {
      const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
      if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return false;
      const spec = MESSAGES[type as MessageType];
      const handler = handlers[type as MessageType] as ((p: unknown, s: Sender) => Promise<unknown>) | undefined;
      if (!spec || !handler) return false;
      const part = senderKind(sender);
      if (!part) {
        onRefused?.(type, 'not-ours');
        return false;
      }
      if (!(spec.from as readonly Part[]).includes(part)) {
        onRefused?.(type, 'wrong-sender');
        return false;
      }
      const request = spec.request.safeParse((message as { payload?: unknown }).payload);
      if (!request.success) {
        onRefused?.(type, 'bad-request');
        return false;
      }
      const reply = handler(request.data, sender).catch((error: unknown) => {
        console.error('[hezhang]', type, error);
        return undefined;
      });
      if (typeof sendResponse !== 'function') return reply;
      void reply.then(sendResponse);
      return true;
    },
  );
}
