import type { BudgetDocument } from '../model/document.js';
import type { Report } from '../model/report.js';
import { type CheckOptions, checkDocument } from './engine.js';
import { bareName } from './rules/document-text.js';

/**
 * Several documents at once: grouped by department (and scope and stage), each checked with the
 * earlier years of its group, so change statements meet last year's document.
 */
export interface DocumentGroup {
  department: string;
  scope: BudgetDocument['meta']['scope'];
  stage: BudgetDocument['meta']['stage'];
  /** Sorted by year. */
  documents: BudgetDocument[];
}

export function groupDocuments(documents: readonly BudgetDocument[]): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>();
  for (const doc of documents) {
    const department = bareName(doc.meta.department ?? doc.source.name);
    const key = `${department}|${doc.meta.scope}|${doc.meta.stage}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { department, scope: doc.meta.scope, stage: doc.meta.stage, documents: [] }));
    group.documents.push(doc);
  }
  for (const g of groups.values()) g.documents.sort((a, b) => (a.meta.year ?? 0) - (b.meta.year ?? 0));
  return [...groups.values()];
}

/** Checks every document with the earlier documents of its group; reports come back in input order. */
export function checkDocuments(
  documents: readonly BudgetDocument[],
  options: Omit<CheckOptions, 'previous'> = {},
): Report[] {
  const previousOf = new Map<BudgetDocument, BudgetDocument[]>();
  for (const g of groupDocuments(documents)) {
    for (const doc of g.documents) {
      const earlier = g.documents.filter((d) => d !== doc && (d.meta.year ?? 0) < (doc.meta.year ?? 0));
      previousOf.set(doc, earlier.reverse());
    }
  }
  return documents.map((doc) => checkDocument(doc, { ...options, previous: previousOf.get(doc) ?? [] }));
}
