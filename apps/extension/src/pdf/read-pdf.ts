import { type BudgetDocument, checkDocument, checkDocuments, documentTitle, isPdf, type Report } from '@hezhang/core';
import { type BrowserReadOptions, InputError, readBudgetDocuments } from '@hezhang/pdf/browser';
import { browser } from 'wxt/browser';
import { PAGE_LIMITS } from '../shared/limits';
import type { ReadResult } from '../shared/messages';
import { type DocumentVerdict, fileSummary, findingLines, type PdfVerdict } from '../shared/status';
import { fetchPdf } from './fetch-pdf';
import { leasePdfWorker } from './worker';

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

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

/** What the document is, in its template's words ("2025年部门预算"). */
function kindOf(doc: BudgetDocument): { zh: string; en: string } {
  const title = documentTitle(doc.meta);
  return {
    zh: [title.year?.zh, title.kind.zh].filter(Boolean).join(''),
    en: [title.year?.en, title.kind.en].filter(Boolean).join(' '),
  };
}

/**
 * A PDF of several documents (a department's budget with its unit's after it), each read on its own
 * pages: checked together, as the CLI checks a file's documents, each with its own report (the cache
 * keeps the list) and verdict; the PDF's verdict is the worst of theirs. Should the check of them
 * together fail, each is checked alone, and one that fails then is said to be unchecked — the others
 * keep their verdicts, and the PDF's is never 'ok'. Past PAGE_LIMITS.maxDocumentsPerPdf documents, the
 * rest is one unchecked entry.
 */
async function severalChecked(
  name: string,
  hash: string,
  bytes: Uint8Array<ArrayBuffer>,
  all: BudgetDocument[],
): Promise<{ report: (Report | null)[]; verdict: Omit<PdfVerdict, 'url' | 'checkedAt'> }> {
  const docs = all.slice(0, PAGE_LIMITS.maxDocumentsPerPdf - (all.length > PAGE_LIMITS.maxDocumentsPerPdf ? 1 : 0));
  // Each document's identity, as the CLI gives it: the file's bytes and its name with its pages.
  for (const [i, doc] of docs.entries())
    docs[i] = { ...doc, source: { ...doc.source, sha256: await sha256(withName(bytes, doc.source.name)) } };
  let reports: (Report | Error)[];
  try {
    reports = checkDocuments(docs);
  } catch {
    reports = docs.map((doc) => {
      try {
        return checkDocument(doc);
      } catch (error) {
        return error instanceof Error ? error : new Error(String(error));
      }
    });
  }
  const documents: DocumentVerdict[] = docs.map((doc, i) => {
    const report = reports[i];
    if (!report || report instanceof Error)
      return { name: doc.source.name, kind: kindOf(doc), failure: CHECK_FAILED(String(report)), findings: [] };
    return { name: doc.source.name, kind: kindOf(doc), summary: report.summary, findings: findingLines(report) };
  });
  if (all.length > docs.length) {
    const rest = all.length - docs.length;
    documents.push({ name: `${name}（另 ${rest} 份文档）`, failure: PAST_LIMIT(rest), findings: [] });
  }
  return {
    report: reports.map((r) => (r instanceof Error ? null : r)),
    verdict: { hash, name, summary: fileSummary(documents), documents },
  };
}

const CHECK_FAILED = (why: string) => ({ zh: `核对时出错：${why}`, en: `the check failed: ${why}` });
const PAST_LIMIT = (n: number) => ({
  zh: `本 PDF 还有 ${n} 份文档，超过一次核对的上限，未核对`,
  en: `${n} more documents in this PDF, past the limit of one check: not checked`,
});

/** The file's bytes followed by a document's name in UTF-8: what the CLI hashes for a document of a file of several. */
function withName(bytes: Uint8Array, name: string): Uint8Array<ArrayBuffer> {
  const tail = new TextEncoder().encode(name);
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
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
