import { checkDocument, documentTitle } from '@hezhang/core';
import { PdfReadError, readBudgetPdf } from '@hezhang/pdf/browser';
import { browser } from 'wxt/browser';
import type { ReadResult } from '../shared/messages';
import type { PdfVerdict } from '../shared/status';

/** Bytes 0–1023 of a PDF hold "%PDF-" (servers often send PDFs as application/octet-stream). */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** pdf.js' resource folders, copied in by a build hook, are not among WXT's typed public paths. */
const resourceUrl = browser.runtime.getURL as (path: string) => string;

function unreadable(code: string, message: string, messageZh = message): ReadResult {
  return { ok: false, failure: { kind: 'unreadable', code, message, messageZh } };
}

/**
 * Fetches a PDF (the only request the extension makes), and checks it unless a report for the same
 * bytes exists (`known`). Runs where pdf.js can: the offscreen document or Firefox's background page.
 */
export async function readPdfAt(url: string, known: (hash: string) => Promise<PdfVerdict | null>): Promise<ReadResult> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const response = await fetch(url, { credentials: 'include' });
    if (!response.ok) return unreadable('http', `HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    return unreadable('network', String(error), `下载失败：${String(error)}`);
  }
  if (!looksLikePdf(bytes)) return { ok: false, failure: { kind: 'not-pdf' } };
  const hash = await sha256(bytes);
  const cached = await known(hash);
  if (cached) return { ok: true, hash, fresh: false, verdict: cached };
  try {
    const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
    const doc = await readBudgetPdf(bytes, {
      name,
      cMapUrl: resourceUrl('/pdfjs/cmaps/'),
      standardFontDataUrl: resourceUrl('/pdfjs/standard_fonts/'),
    });
    const report = checkDocument(doc);
    const title = documentTitle(doc.meta);
    const kind = {
      zh: [title.year?.zh, title.kind.zh].filter(Boolean).join(''),
      en: [title.year?.en, title.kind.en].filter(Boolean).join(' '),
    };
    return { ok: true, hash, fresh: true, report, verdict: { hash, name, kind, summary: report.summary } };
  } catch (error) {
    if (error instanceof PdfReadError) return unreadable(error.code, error.message, error.messageZh);
    return unreadable('malformed', String(error));
  }
}
