/**
 * The one request the extension makes: a PDF a page links to, fetched only where pdf-policy.ts allows
 * (checked again here, and again on the address it was finally served from), and read streaming with
 * a cap, so that a server sending gigabytes costs the extension MAX_PDF_BYTES at most.
 */
import { PAGE_LIMITS } from '../shared/limits';
import { type FetchDecision, pdfFetchDecision } from '../shared/pdf-policy';

/** shared/limits.ts says why. */
export const MAX_PDF_BYTES = PAGE_LIMITS.maxPdfBytes;

export type Fetched =
  | { ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; code: 'refused' | 'too_large' | 'http' | 'network'; reason: { zh: string; en: string } };

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

const tooLarge = (max: number): Fetched => ({
  ok: false,
  code: 'too_large',
  reason: {
    zh: `PDF 超过 ${MB(max)}，未下载完`,
    en: `the PDF is larger than ${MB(max)}: not downloaded`,
  },
});

const refused = (decision: FetchDecision & { ok: false }): Fetched => ({
  ok: false,
  code: 'refused',
  reason: decision.reason,
});

/**
 * Fetches `url` (with the site's cookies: budgets behind a login are the user's to check), never more
 * than `max` bytes: a declared Content-Length over it is refused before the body is read, and the body
 * is counted as it arrives and cancelled once past it. Never rejects.
 */
export async function fetchPdf(url: string, max = MAX_PDF_BYTES, fetchImpl: typeof fetch = fetch): Promise<Fetched> {
  const before = pdfFetchDecision(url, undefined, true);
  if (!before.ok) return refused(before);
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'include', redirect: 'follow' });
  } catch (error) {
    return { ok: false, code: 'network', reason: { zh: `下载失败：${String(error)}`, en: String(error) } };
  }
  // A redirect may have led elsewhere: the final address passes the same rules, or the answer is dropped.
  const after = response.url ? pdfFetchDecision(response.url, undefined, true) : before;
  if (!after.ok) {
    await response.body?.cancel().catch(() => {});
    return refused(after);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return { ok: false, code: 'http', reason: { zh: `HTTP ${response.status}`, en: `HTTP ${response.status}` } };
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel().catch(() => {});
    return tooLarge(max);
  }
  if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > max) {
        await reader.cancel().catch(() => {});
        return tooLarge(max);
      }
      parts.push(value);
    }
  } catch (error) {
    return { ok: false, code: 'network', reason: { zh: `下载中断：${String(error)}`, en: String(error) } };
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { ok: true, bytes };
}
