import { PAGE_LIMITS } from '../shared/limits';
import type { TogetherChecked, TogetherInput, TogetherResult } from '../shared/messages';
import type { FetchDecision } from '../shared/pdf-policy';
import { storedReports } from '../shared/status';
import type { PdfCache } from './cache';
import type { JobQueue } from './queue';

/** Reads checked PDFs together where core's checks run: the offscreen document (Chrome) or the background page (Firefox). */
export type TogetherReader = (documents: TogetherInput[]) => Promise<TogetherChecked>;

export interface TogetherServiceDeps {
  cache: PdfCache;
  queue: JobQueue<TogetherResult | null>;
  read: TogetherReader;
  /** The fetch policy (pdf-policy.ts) for a PDF linked from the page at `pageUrl`. */
  allowed: (url: string, pageUrl: string | undefined) => Promise<FetchDecision>;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A page's checked PDFs read together: only URLs the fetch policy lets this page link (as for a single
 * check), only PDFs already checked (their reports are cached: nothing is fetched here), each document
 * once however many links point to it, at most PAGE_LIMITS.maxTogether of them. Null when fewer than
 * two documents are left. The group is remembered for the report page, and read once at a time
 * whoever asks.
 */
export async function readPageTogether(
  deps: TogetherServiceDeps,
  urls: readonly string[],
  pageUrl: string | undefined,
): Promise<TogetherResult | null> {
  const byHash = new Map<string, { urls: string[]; report: unknown; file?: string; part?: number }>();
  let left = 0;
  for (const url of new Set(urls)) {
    if (!(await deps.allowed(url, pageUrl)).ok) continue;
    const hit = await deps.cache.report(url);
    if (!hit) {
      left++;
      continue;
    }
    // A PDF of several documents takes part with each of them (one that could not be checked aside:
    // its PDF's verdict says so), each under a hash of its own: the file's and its place in it.
    const reports = storedReports(hit.report);
    const several = reports.length > 1;
    for (const [part, report] of reports.entries()) {
      if (report === null || report === undefined) continue;
      const hash = several ? await sha256(`${hit.verdict.hash}#${part + 1}`) : hit.verdict.hash;
      const member = byHash.get(hash);
      if (member) {
        if (!member.urls.includes(url)) member.urls.push(url);
      } else if (byHash.size < PAGE_LIMITS.maxTogether)
        byHash.set(hash, { urls: [url], report, ...(several ? { file: hit.verdict.hash, part } : {}) });
      else left++;
    }
  }
  if (byHash.size < 2) return null;
  const hashes = [...byHash.keys()].sort();
  const id = await sha256(hashes.join('\n'));
  return deps.queue.run(id, async () => {
    await deps.cache.rememberGroup(
      id,
      [...byHash].map(([hash, m]) => ({
        hash,
        urls: m.urls,
        ...(m.file !== undefined && m.part !== undefined ? { file: m.file, part: m.part } : {}),
      })),
    );
    const checked = await deps.read([...byHash].map(([hash, m]) => ({ hash, report: m.report })));
    return {
      id,
      documents: checked.documents.map((d) => {
        const member = byHash.get(d.hash);
        return { ...d, urls: member?.urls ?? [], ...(member?.part !== undefined ? { part: member.part } : {}) };
      }),
      dossiers: checked.dossiers,
      left,
    };
  });
}

/** The reports of a group read together, for the report page (members whose report is gone are left out). */
export async function groupReports(
  cache: PdfCache,
  id: string,
): Promise<{ documents: (TogetherInput & { urls: string[]; part?: number })[] } | null> {
  const group = await cache.group(id);
  if (!group) return null;
  const documents: (TogetherInput & { urls: string[]; part?: number })[] = [];
  for (const m of group.members) {
    // A document of a PDF of several: its report in the list kept for the PDF's bytes.
    const report =
      m.file !== undefined && m.part !== undefined
        ? storedReports(await cache.reportOf(m.file))[m.part]
        : await cache.reportOf(m.hash);
    if (report !== undefined && report !== null)
      documents.push({ hash: m.hash, urls: m.urls, report, ...(m.part !== undefined ? { part: m.part } : {}) });
  }
  return { documents };
}
