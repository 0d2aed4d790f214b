/**
 * Past reports, kept in this browser's IndexedDB (never sent anywhere) and deletable. A small index
 * lists them; each report and its PDF are loaded only when opened. The checking worker saves the
 * reports (IndexedDB copies what it stores on the calling thread: a 500-page report took the page's
 * main thread 250 ms), the page saves the PDFs' bytes beside them.
 */
import type { Report, Verdict } from '@hezhang/core';
import { clear, createStore, del, get, set, values } from 'idb-keyval';

export interface SavedSummary {
  id: string;
  name: string;
  savedAt: number;
  verdict: Verdict;
  errors: number;
  warnings: number;
}

export interface SavedReport {
  report: Report;
  pdf?: Uint8Array;
  /** When it was checked (ms since 1970); reports saved before this was kept have none. */
  checkedAt?: number;
  /** A document of a file of several: the file's pages it is on (the PDF kept is the whole file). */
  pages?: { from: number; to: number };
}

const index = createStore('hezhang-history', 'index');
const reports = createStore('hezhang-reports', 'reports');
/** The PDFs' bytes; reports saved before the PDFs had a store of their own carry theirs in the report's record. */
const pdfs = createStore('hezhang-pdfs', 'pdfs');

/** One saved report per file name and size: checking the same file again replaces it. */
export function savedId(name: string, size: number): string {
  return `${name}|${size}`;
}

/** Saves a report (the checking worker does, where the report is). */
export async function saveReport(
  id: string,
  report: Report,
  checkedAt = Date.now(),
  pages?: { from: number; to: number },
): Promise<void> {
  const { verdict, errors, warnings } = report.summary;
  const saved: SavedReport = { report, checkedAt, ...(pages ? { pages } : {}) };
  await set(id, saved, reports);
  await set(id, { id, name: report.source.name, savedAt: Date.now(), verdict, errors, warnings }, index);
}

/** Saves the PDF a report was read from (the page does, where the bytes are). */
export function savePdf(id: string, pdf: Uint8Array): Promise<void> {
  return set(id, pdf, pdfs);
}

export async function listSaved(): Promise<SavedSummary[]> {
  const all = await values<SavedSummary>(index);
  return all.sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * The list of saved reports, listed again on `refresh()` (a report saved, one deleted) and told to who
 * shows it (the History panel subscribes): saving a report renders the history again, not the whole
 * page (a 500-page report's page took ~50 ms to render again after every save). A later listing wins
 * over an earlier one that answers after it.
 */
export class SavedList {
  items: readonly SavedSummary[] = [];
  private readonly listeners = new Set<() => void>();
  private asked = 0;

  readonly refresh = (): void => {
    const ask = ++this.asked;
    listSaved()
      .catch((): SavedSummary[] => [])
      .then((items) => {
        if (ask !== this.asked) return;
        this.items = items;
        for (const listener of this.listeners) listener();
      });
  };

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export async function loadSaved(id: string): Promise<SavedReport | undefined> {
  const saved = await get<SavedReport>(id, reports);
  if (!saved || saved.pdf) return saved;
  const pdf = await get<Uint8Array>(id, pdfs);
  return pdf ? { ...saved, pdf } : saved;
}

export async function deleteSaved(id: string): Promise<void> {
  await del(id, index);
  await del(id, reports);
  await del(id, pdfs);
}

export async function deleteAllSaved(): Promise<void> {
  await clear(index);
  await clear(reports);
  await clear(pdfs);
}
