import { browser } from 'wxt/browser';
import type { PdfVerdict } from '../shared/status';

/** A URL's verdict is reused for a day without fetching; after that the bytes are fetched and hashed again. */
export const URL_TTL_MS = 24 * 60 * 60 * 1000;
/** Full reports kept (storage.local holds 10 MB; a report is some 100–400 kB). */
export const MAX_REPORTS = 20;

/**
 * What the cached verdicts were made by. A cache made by an earlier reader is dropped, not answered
 * from: before version 2 a PDF of several documents was read as its first document only (its other
 * documents named, not checked), and that verdict would have stood for its bytes for good.
 */
export const CACHE_VERSION = 2;

interface CacheIndex {
  version?: number;
  /** URL → the hash of its bytes when last fetched. */
  urls: Record<string, { hash: string; checkedAt: number }>;
  /** Content hash → verdict; most recently used last. */
  verdicts: Record<string, Omit<PdfVerdict, 'url' | 'checkedAt'> & { usedAt: number }>;
}

/** Groups of a page's PDFs read together remembered (their members only: a few hundred bytes each). */
export const MAX_GROUPS = 20;

/** A page's PDFs read together: each document by its hash, with the page's URLs of it. */
export interface TogetherGroup {
  /** A document of a PDF of several: `file` is the PDF's hash, `part` its place in it (its report is the PDF's list's). */
  members: { hash: string; urls: string[]; file?: string; part?: number }[];
  usedAt: number;
}

const INDEX_KEY = 'pdfcache:index';
const GROUPS_KEY = 'pdfcache:groups';
const reportKey = (hash: string) => `pdfcache:report:${hash}`;

/**
 * Checked PDFs by URL and by content hash, in storage.local (the MV3 background is stopped when idle,
 * so nothing can live in its memory). The same bytes under another URL are not read again; a URL
 * checked within a day is not even fetched again.
 */
export class PdfCache {
  /** Index updates one at a time: parallel checks would otherwise overwrite each other. */
  private lock: Promise<unknown> = Promise.resolve();

  constructor(private readonly now: () => number = Date.now) {}

  private async stored(): Promise<CacheIndex | undefined> {
    return (await browser.storage.local.get(INDEX_KEY))[INDEX_KEY] as CacheIndex | undefined;
  }

  /** The index, empty when none is kept or it was made by an earlier reader (CACHE_VERSION). */
  private async index(): Promise<CacheIndex> {
    const stored = await this.stored();
    return stored?.version === CACHE_VERSION ? stored : { version: CACHE_VERSION, urls: {}, verdicts: {} };
  }

  private update<T>(change: (index: CacheIndex) => Promise<T> | T): Promise<T> {
    const next = this.lock.then(async () => {
      const stored = await this.stored();
      // An earlier reader's cache: its reports (and the groups read from them) go before the first new one is kept.
      if (stored && stored.version !== CACHE_VERSION)
        await browser.storage.local.remove([...Object.keys(stored.verdicts ?? {}).map(reportKey), GROUPS_KEY]);
      const index = await this.index();
      const result = await change(index);
      await browser.storage.local.set({ [INDEX_KEY]: index });
      return result;
    });
    this.lock = next.catch(() => undefined);
    return next;
  }

  /** The verdict of a URL checked less than URL_TTL_MS ago. */
  async byUrl(url: string): Promise<PdfVerdict | null> {
    const index = await this.index();
    const entry = index.urls[url];
    const verdict = entry ? index.verdicts[entry.hash] : undefined;
    if (!entry || !verdict || this.now() - entry.checkedAt > URL_TTL_MS) return null;
    return { ...stripUsed(verdict), url, checkedAt: entry.checkedAt };
  }

  /** A verdict already made for these bytes (under any URL). */
  async byHash(hash: string): Promise<PdfVerdict | null> {
    const index = await this.index();
    const verdict = index.verdicts[hash];
    return verdict ? { ...stripUsed(verdict), url: '', checkedAt: 0 } : null;
  }

  /** Keeps a new report; drops the least recently used beyond MAX_REPORTS. */
  store(url: string, verdict: Omit<PdfVerdict, 'url' | 'checkedAt'>, report: unknown): Promise<PdfVerdict> {
    return this.update(async (index) => {
      const now = this.now();
      await browser.storage.local.set({ [reportKey(verdict.hash)]: report });
      index.verdicts[verdict.hash] = { ...verdict, usedAt: now };
      index.urls[url] = { hash: verdict.hash, checkedAt: now };
      const hashes = Object.entries(index.verdicts).sort(([, a], [, b]) => a.usedAt - b.usedAt);
      const evicted = hashes.slice(0, Math.max(0, hashes.length - MAX_REPORTS)).map(([h]) => h);
      for (const h of evicted) delete index.verdicts[h];
      for (const [u, e] of Object.entries(index.urls)) if (!index.verdicts[e.hash]) delete index.urls[u];
      if (evicted.length > 0) await browser.storage.local.remove(evicted.map(reportKey));
      return { ...verdict, url, checkedAt: now };
    });
  }

  /** Points a URL at a report made for the same bytes. */
  remember(url: string, hash: string): Promise<PdfVerdict | null> {
    return this.update((index) => {
      const verdict = index.verdicts[hash];
      if (!verdict) return null;
      const now = this.now();
      verdict.usedAt = now;
      index.urls[url] = { hash, checkedAt: now };
      return { ...stripUsed(verdict), url, checkedAt: now };
    });
  }

  /** The full report made for these bytes, if still kept. */
  async reportOf(hash: string): Promise<unknown> {
    const key = reportKey(hash);
    return (await browser.storage.local.get(key))[key];
  }

  /**
   * Remembers a group read together (the report page reads it together again from its members'
   * reports); drops the least recently used beyond MAX_GROUPS.
   */
  rememberGroup(id: string, members: TogetherGroup['members']): Promise<void> {
    const next = this.lock.then(async () => {
      const groups = await this.groups();
      groups[id] = { members, usedAt: this.now() };
      const old = Object.entries(groups).sort(([, a], [, b]) => a.usedAt - b.usedAt);
      for (const [k] of old.slice(0, Math.max(0, old.length - MAX_GROUPS))) delete groups[k];
      await browser.storage.local.set({ [GROUPS_KEY]: groups });
    });
    this.lock = next.catch(() => undefined);
    return next;
  }

  async group(id: string): Promise<TogetherGroup | null> {
    return (await this.groups())[id] ?? null;
  }

  private async groups(): Promise<Record<string, TogetherGroup>> {
    return (
      ((await browser.storage.local.get(GROUPS_KEY))[GROUPS_KEY] as Record<string, TogetherGroup> | undefined) ?? {}
    );
  }

  /**
   * The full report of a checked URL, for the report page: a core Report, or for a PDF of several
   * documents a list of them (null for one that could not be checked; see status.ts storedReports).
   */
  async report(url: string): Promise<{ verdict: PdfVerdict; report: unknown } | null> {
    const index = await this.index();
    const entry = index.urls[url];
    const verdict = entry ? index.verdicts[entry.hash] : undefined;
    if (!entry || !verdict) return null;
    const key = reportKey(entry.hash);
    const report = (await browser.storage.local.get(key))[key] as unknown;
    return report !== undefined && report !== null
      ? { verdict: { ...stripUsed(verdict), url, checkedAt: entry.checkedAt }, report }
      : null;
  }
}

function stripUsed<T extends { usedAt: number }>(v: T): Omit<T, 'usedAt'> {
  const { usedAt: _, ...rest } = v;
  return rest;
}
