import { type BudgetDocument, checkDocument, checkDocuments, documentTitle, type Report } from '@hezhang/core';
import { PAGE_LIMITS } from '../shared/limits';
import { type DocumentVerdict, fileSummary, findingLines, type PdfVerdict } from '../shared/status';

/** SHA-256 of bytes, lower-case hex. */
export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the document is, in its template's words ("2025年部门预算"). */
export function kindOf(doc: BudgetDocument): { zh: string; en: string } {
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
export async function severalChecked(
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
