import { type DocumentGroup, pairDocuments } from './across/pairing.js';
import { type CheckOptions, checkDocument } from './check.js';
import type { BudgetDocument } from './model/document.js';
import type { Report } from './model/report.js';

/**
 * Several documents read together (a folder, files dropped on the page together, the PDFs of one
 * listing page): grouped by department and paired (across/pairing.ts), each checked with the documents
 * it was paired with — last year's, its year's budget, its units' — and its report says which those
 * were and why, and which comparison this run could not make. Reports come back in input order; the
 * dossier of each department is `buildDossiers(reports)`.
 */
export function checkDocuments(
  documents: readonly BudgetDocument[],
  options: Omit<CheckOptions, 'previous' | 'budget' | 'units'> = {},
): Report[] {
  const { pairing, related } = pairDocuments(documents);
  return documents.map((doc) => {
    const r = related.get(doc);
    const report = checkDocument(doc, {
      ...options,
      previous: r?.previous ?? [],
      ...(r?.budget ? { budget: r.budget } : {}),
      ...(r?.units.length ? { units: r.units } : {}),
    });
    const p = pairing.get(doc);
    return p ? { ...report, pairing: p } : report;
  });
}

/** The departments among documents read together, each with its documents by year. */
export function groupDocuments(documents: readonly BudgetDocument[]): DocumentGroup[] {
  return pairDocuments(documents).groups;
}
