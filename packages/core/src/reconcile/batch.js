import { checkDocument } from './engine.js';
import { bareName } from './rules/document-text.js';
export function groupDocuments(documents) {
  const groups = new Map();
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
export function checkDocuments(documents, options = {}) {
  const previousOf = new Map();
  for (const g of groupDocuments(documents)) {
    for (const doc of g.documents) {
      const earlier = g.documents.filter((d) => d !== doc && (d.meta.year ?? 0) < (doc.meta.year ?? 0));
      previousOf.set(doc, earlier.reverse());
    }
  }
  return documents.map((doc) => checkDocument(doc, { ...options, previous: previousOf.get(doc) ?? [] }));
}
//# sourceMappingURL=batch.js.map
