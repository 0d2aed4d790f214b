import type { Verdict } from '@hezhang/core';
import { browser } from 'wxt/browser';
import type { PdfVerdict } from './status';

/**
 * Every message between the extension's parts, with the reply each expects. Content scripts and pages
 * talk to the background; the background talks to the offscreen document (Chrome) and to tabs.
 */

/** Why a PDF link has no verdict. */
export type PdfFailure =
  | { kind: 'needs-permission'; origin: string }
  | { kind: 'not-pdf' }
  | { kind: 'unreadable'; code: string; message: string; messageZh: string };

export type PdfOutcome = { ok: true; verdict: PdfVerdict } | { ok: false; failure: PdfFailure };

/** What a tab reports about itself to the popup. */
export interface PageState {
  url: string;
  /** Verdict of the page's own tables, when it has budget tables. */
  verdict?: Verdict;
  tables: number;
  errors: number;
  warnings: number;
  pdfLinks: number;
  /** Origins of PDF links the extension may not fetch yet. */
  pdfOriginsNeedingPermission: string[];
}

export interface Messages {
  /** content → background: check the PDF at `url` (queued, cached). */
  'pdf:check': { request: { url: string; force?: boolean }; reply: PdfOutcome };
  /** content → background: open the full report of a checked PDF in an extension page. */
  'report:open': { request: { url: string }; reply: null };
  /** report page → background: the cached report of a checked PDF (JSON of a core Report). */
  'pdf:report': { request: { url: string }; reply: { verdict: PdfVerdict; report: unknown } | null };
  /** offscreen → background: a report already made for these bytes. */
  'cache:lookup': { request: { hash: string }; reply: PdfVerdict | null };
  /** background → offscreen: fetch and check one PDF. */
  'offscreen:read': { request: { url: string }; reply: ReadResult };
  /** popup → tab: the page's state; check it again when `recheck`. */
  'page:state': { request: { recheck?: boolean }; reply: PageState };
  /** popup/options → background: settings changed; register the automatic sites again. */
  'settings:changed': { request: Record<string, never>; reply: null };
}

/** What reading one PDF gave: a report (new or from the cache by content hash), or a failure. */
export type ReadResult =
  | { ok: true; hash: string; fresh: true; report: unknown; verdict: Omit<PdfVerdict, 'url' | 'checkedAt'> }
  | { ok: true; hash: string; fresh: false; verdict: PdfVerdict }
  | { ok: false; failure: PdfFailure };

export type MessageType = keyof Messages;
export type Envelope<T extends MessageType = MessageType> = { type: T; payload: Messages[T]['request'] };
export type Handlers = {
  [T in MessageType]?: (payload: Messages[T]['request'], sender: Sender) => Promise<Messages[T]['reply']>;
};
export type Sender = { tab?: { id?: number; url?: string }; url?: string };

export function sendMessage<T extends MessageType>(
  type: T,
  payload: Messages[T]['request'],
): Promise<Messages[T]['reply']> {
  return browser.runtime.sendMessage({ type, payload } satisfies Envelope<T>) as Promise<Messages[T]['reply']>;
}

export function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Messages[T]['request'],
): Promise<Messages[T]['reply']> {
  return browser.tabs.sendMessage(tabId, { type, payload } satisfies Envelope<T>) as Promise<Messages[T]['reply']>;
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).type === 'string';
}

/**
 * Answers the message types in `handlers` and leaves every other message to other listeners (the
 * offscreen document and the background hear each other's broadcasts). Replies through
 * `sendResponse` (Chrome); where a runtime passes none it takes the returned promise instead.
 */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Sender, sendResponse?: (r: unknown) => void): true | false | Promise<unknown> => {
      if (!isEnvelope(message)) return false;
      const handler = handlers[message.type] as ((p: unknown, s: Sender) => Promise<unknown>) | undefined;
      if (!handler) return false;
      const reply = handler(message.payload, sender).catch((error: unknown) => {
        console.error('[hezhang]', message.type, error);
        return undefined;
      });
      if (typeof sendResponse !== 'function') return reply;
      void reply.then(sendResponse);
      return true;
    },
  );
}
