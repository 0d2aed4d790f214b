/**
 * Past reports, kept in this browser's IndexedDB (never sent anywhere) and deletable. A small index
 * lists them; each report and its PDF are loaded only when opened.
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
}

const index = createStore('hezhang-history', 'index');
const reports = createStore('hezhang-reports', 'reports');

/** One saved report per file name and size: checking the same file again replaces it. */
export function savedId(name: string, size: number): string {
  return `${name}|${size}`;
}

export async function saveReport(id: string, report: Report, pdf?: Uint8Array, checkedAt = Date.now()): Promise<void> {
  const { verdict, errors, warnings } = report.summary;
  const saved: SavedReport = pdf ? { report, pdf, checkedAt } : { report, checkedAt };
  await set(id, saved, reports);
  await set(id, { id, name: report.source.name, savedAt: Date.now(), verdict, errors, warnings }, index);
}

export async function listSaved(): Promise<SavedSummary[]> {
  const all = await values<SavedSummary>(index);
  return all.sort((a, b) => b.savedAt - a.savedAt);
}

export function loadSaved(id: string): Promise<SavedReport | undefined> {
  return get<SavedReport>(id, reports);
}

export async function deleteSaved(id: string): Promise<void> {
  await del(id, index);
  await del(id, reports);
}

export async function deleteAllSaved(): Promise<void> {
  await clear(index);
  await clear(reports);
}
