import { type DocumentGroup, pairDocuments, type Related } from './across/pairing.js';
import { type CheckOptions, checkDocument } from './check.js';
import type { UnitDocument } from './meta/units.js';
import type { BudgetDocument } from './model/document.js';
import type { Report } from './model/report.js';

/** Options of documents checked together: what each is checked with is the pairing's, not the caller's. */
export type TogetherOptions = Omit<CheckOptions, 'previous' | 'budget' | 'units'>;

/**
 * Several documents read together (a folder, files dropped on the page together, the PDFs of one
 * listing page): grouped by department and paired (across/pairing.ts), each checked with the documents
 * it was paired with — last year's, its year's budget, its units' — and its report says which those
 * were and why, and which comparison this run could not make. Reports come back in input order; the
 * dossier of each department is `buildDossiers(reports)`.
 */
export function checkDocuments(documents: readonly BudgetDocument[], options: TogetherOptions = {}): Report[] {
  return checkingTogether(options).reports(documents);
}

/**
 * Documents checked together as they arrive (the CLI's files as each is read, the page's as each is
 * dropped). `add` checks a document at once, alone: most documents are paired with nothing, and their
 * report is then done while the others are still being read. `reports` pairs the documents it is given
 * and checks again only a document whose companions (`Related`) differ from those of its last report —
 * the same reports as `checkDocuments`, without checking twice what nothing changed. Reports are kept
 * per document object (weakly: a document dropped is forgotten with it).
 */
export interface CheckingTogether {
  /** Checks a document now, with no other document beside it. */
  add(document: BudgetDocument): void;
  /** The reports of these documents read together, in their order (as `checkDocuments`). */
  reports(documents: readonly BudgetDocument[]): Report[];
}

export function checkingTogether(options: TogetherOptions = {}): CheckingTogether {
  /** Each document's last report (before its pairing is attached) and the companions it was made with. */
  const made = new WeakMap<BudgetDocument, { related: Related; report: Report }>();
  const reportWith = (document: BudgetDocument, related: Related): Report => {
    const last = made.get(document);
    if (last && sameRelated(last.related, related)) return last.report;
    const report = checkDocument(document, {
      ...options,
      previous: related.previous,
      ...(related.budget ? { budget: related.budget } : {}),
      ...(related.units.length > 0 ? { units: related.units } : {}),
    });
    made.set(document, { related, report });
    return report;
  };
  return {
    add(document) {
      reportWith(document, ALONE);
    },
    reports(documents) {
      const { pairing, related } = pairDocuments(documents);
      return documents.map((doc) => {
        const report = reportWith(doc, related.get(doc) ?? ALONE);
        const p = pairing.get(doc);
        return p ? { ...report, pairing: p } : report;
      });
    },
  };
}

const ALONE: Related = { previous: [], units: [] };

/** The same documents, in the same roles and order: a report made with one is the report with the other. */
function sameRelated(a: Related, b: Related): boolean {
  return (
    a.budget === b.budget &&
    a.previous.length === b.previous.length &&
    a.previous.every((d, i) => d === b.previous[i]) &&
    a.units.length === b.units.length &&
    a.units.every((u, i) => sameUnitDocument(u, b.units[i] as UnitDocument))
  );
}

function sameUnitDocument(a: UnitDocument, b: UnitDocument): boolean {
  return (
    a.document === b.document &&
    a.headquarters === b.headquarters &&
    JSON.stringify(a.listed ?? null) === JSON.stringify(b.listed ?? null)
  );
}

/** The departments among documents read together, each with its documents by year. */
export function groupDocuments(documents: readonly BudgetDocument[]): DocumentGroup[] {
  return pairDocuments(documents).groups;
}
