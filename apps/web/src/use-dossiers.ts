import { buildDossiers, type Dossier, type Report } from '@hezhang/core';
import { useRef } from 'preact/hooks';

/**
 * The dossiers of the session's reports (core's `buildDossiers`: departments with their documents read
 * together), made again only when a report changes — the file list re-renders many times a second
 * while files are read, and a new dossier would render the open report again.
 */
export function useDossiers(reports: readonly Report[]): Dossier[] {
  const last = useRef<{ reports: readonly Report[]; dossiers: Dossier[] }>();
  // A dossier shown is one of several documents: one report makes none worth its 5–25 ms (a 500-page one).
  if (reports.length < 2) return [];
  const previous = last.current;
  if (previous && previous.reports.length === reports.length && previous.reports.every((r, i) => r === reports[i]))
    return previous.dossiers;
  const dossiers = buildDossiers(reports);
  last.current = { reports, dossiers };
  return dossiers;
}
