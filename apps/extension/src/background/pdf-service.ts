import type { PdfOutcome, ReadResult } from '../shared/messages';
import type { FetchDecision } from '../shared/pdf-policy';
import type { PdfCache } from './cache';
import { originPattern } from './permissions';
import type { JobQueue } from './queue';

/** Fetches and checks one PDF somewhere pdf.js can run: the offscreen document (Chrome) or the background page (Firefox). */
export type PdfReader = (url: string) => Promise<ReadResult>;

export interface PdfServiceDeps {
  cache: PdfCache;
  queue: JobQueue<PdfOutcome>;
  read: PdfReader;
  canFetch: (url: string) => Promise<boolean>;
  /** The fetch policy (pdf-policy.ts) for a PDF linked from the page at `pageUrl`, with the user's settings. */
  allowed: (url: string, pageUrl: string | undefined) => Promise<FetchDecision>;
}

/**
 * A PDF link's verdict: never for a link the fetch policy refuses (another site, a private address:
 * decided from the URL and the page that asks, before anything is sent), never without the user's
 * permission for the PDF's site, from the cache when the URL was checked lately, else read through
 * the queue (which limits how many are read at once).
 */
export async function checkPdf(
  deps: PdfServiceDeps,
  url: string,
  force = false,
  pageUrl?: string,
): Promise<PdfOutcome> {
  if (!/^https?:/.test(url)) return { ok: false, failure: { kind: 'not-pdf' } };
  const decision = await deps.allowed(url, pageUrl);
  if (!decision.ok) return { ok: false, failure: { kind: 'refused', reason: decision.reason } };
  if (!(await deps.canFetch(url)))
    return { ok: false, failure: { kind: 'needs-permission', origin: originPattern(url).replace(/\/\*$/, '') } };
  if (!force) {
    const hit = await deps.cache.byUrl(url);
    if (hit) return { ok: true, verdict: hit };
  }
  return deps.queue.run(url, async () => {
    const result = await deps.read(url);
    if (!result.ok) return { ok: false, failure: result.failure };
    const verdict = result.fresh
      ? await deps.cache.store(url, result.verdict, result.report)
      : await deps.cache.remember(url, result.hash);
    return verdict
      ? { ok: true, verdict }
      : {
          ok: false,
          failure: { kind: 'unreadable', code: 'cache', message: 'cache entry vanished', messageZh: '缓存已失效' },
        };
  });
}
