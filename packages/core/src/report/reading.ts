import type { Bilingual } from '../model/bilingual.js';
import { problemText } from '../model/problem.js';
import type { Report } from '../model/report.js';
import type { TableKind } from '../model/table.js';
import { tableName, templateOf } from '../templates/index.js';

/**
 * What of a document could not be read, as every report view says it (the CLI right after the
 * verdict, the page on the document's card): each table not read in full — by the name its template
 * gives it and the title it printed — with why; and the document's own errors (no table at all).
 * The checks that need what was not read report insufficient_data.
 */
export interface ReadingProblem {
  /** The table, when the problem is one table's. */
  table?: TableKind;
  /** The table: the title it printed (Chinese), its template's name for it (English). */
  name?: Bilingual;
  /** Why, one reason per problem: the text layer's first, then the cells'. */
  reasons: Bilingual[];
}

export function readingProblems(report: Pick<Report, 'tables' | 'document'>): ReadingProblem[] {
  const template = templateOf(report.document);
  const out: ReadingProblem[] = [];
  for (const t of report.tables) {
    if (t.problems.length === 0 && !t.untrusted) continue;
    const named = tableName(template, t.kind);
    out.push({
      table: t.kind,
      name: { zh: t.title || named.zh, en: named.en },
      reasons: [...(t.untrusted ? [t.untrusted] : []), ...t.problems].map(problemText),
    });
  }
  for (const d of report.document.diagnostics) if (d.severity === 'error') out.push({ reasons: [problemText(d)] });
  return out;
}
