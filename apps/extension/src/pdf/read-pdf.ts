import { type BudgetDocument, checkDocument, isPdf } from '@hezhang/core';
import { type BrowserReadOptions, InputError, readBudgetDocuments } from '@hezhang/pdf/browser';
import { browser } from 'wxt/browser';
import type { ReadResult } from '../shared/messages';
import type { PdfVerdict } from '../shared/status';
import { fetchPdf } from './fetch-pdf';
import { kindOf, severalChecked, sha256 } from './several';
import { leasePdfWorker } from './worker';

/** pdf.js' resource folders, copied in by a build hook, are not among WXT's typed public paths. */
const resourceUrl = browser.runtime.getURL as (path: string) => string;

function unreadable(code: string, message: string, messageZh = message): ReadResult {
  return { ok: false, failure: { kind: 'unreadable', code, message, messageZh } };
}

function nameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

/**
 * Fetches a PDF (the only request the extension makes: fetch-pdf.ts, capped and within the fetch
 * policy), and checks it unless a report for the same bytes exists (`known`). Runs where pdf.js can:
 * the offscreen document or Firefox's background page. The reads at once share one pdf.js worker
 * (worker.ts: compiled once), each document its own in it. A read that gets stuck (a timeout: a loop
 * may hold the worker) ends that worker: the reads beside it are aborted at once, and every read that
 * was not alone on it — the stuck one included, since a loop in any document stalls them all — is
 * read once more on a worker of its own, whose outcome is the verdict: a PDF is never reported stuck,
 * nor well, on account of another. `fonts: 'stand-in'` where nothing draws with pdf.js (the offscreen
 * document): fonts loaded for reading only (@hezhang/pdf's browser entry). Never rejects: every
 * failure, pdf.js' and the readers' included, is a ReadResult the badge shows.
 */
export async function readPdfAt(
  url: string,
  known: (hash: string) => Promise<PdfVerdict | null>,
  fonts: BrowserReadOptions['fonts'] = 'native',
): Promise<ReadResult> {
  const fetched = await fetchPdf(url);
  if (!fetched.ok)
    return fetched.code === 'refused'
      ? { ok: false, failure: { kind: 'refused', reason: fetched.reason } }
      : unreadable(fetched.code, fetched.reason.en, fetched.reason.zh);
  const bytes = fetched.bytes;
  // Servers often send PDFs as application/octet-stream, and login pages as 200: go by the bytes.
  if (!isPdf(bytes)) return { ok: false, failure: { kind: 'not-pdf' } };
  try {
    const hash = await sha256(bytes);
    const cached = await known(hash).catch(() => null);
    if (cached) return { ok: true, hash, fresh: false, verdict: cached };
    const name = nameOf(url);
    const docs = await readOnWorker(name, bytes, fonts);
    if (docs.length === 1) {
      const doc = docs[0] as BudgetDocument;
      const report = checkDocument(doc);
      return {
        ok: true,
        hash,
        fresh: true,
        report,
        verdict: { hash, name, kind: kindOf(doc), summary: report.summary },
      };
    }
    return { ok: true, hash, fresh: true, ...(await severalChecked(name, hash, bytes, docs)) };
  } catch (error) {
    const e = error instanceof InputError ? error : new InputError('failed', String(error));
    return unreadable(e.code, e.reason.en, e.reason.zh);
  }
}

/** Reads on the shared worker; once more on a worker of its own when the shared one was ended (see above). */
async function readOnWorker(name: string, bytes: Uint8Array, fonts: BrowserReadOptions['fonts']) {
  for (let alone = false; ; alone = true) {
    const lease = leasePdfWorker({ alone });
    let stuck = false;
    try {
      return await readBudgetDocuments(name, bytes, {
        cMapUrl: resourceUrl('/pdfjs/cmaps/'),
        standardFontDataUrl: resourceUrl('/pdfjs/standard_fonts/'),
        workerPort: lease.port,
        // The pool's workers run @hezhang/pdf/pdfjs-worker: pages are read inside them.
        workerReadsPages: true,
        signal: lease.signal,
        onStuck: () => {
          stuck = true;
        },
        fonts,
      });
    } catch (error) {
      if (alone || !(lease.ended || (stuck && lease.hadCompany))) throw error;
    } finally {
      lease.release(stuck);
    }
  }
}
