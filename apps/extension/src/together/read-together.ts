import { type BudgetDocument, buildDossiers, checkDocuments, type Dossier, Report } from '@hezhang/core';
import type { TogetherChecked, TogetherInput } from '../shared/messages';

/**
 * The PDFs of one listing page read together: core's `checkDocuments` pairs them (department, year,
 * kind) and checks each with the documents it was paired with, `buildDossiers` makes each
 * department's dossier. The documents come from the reports cached when each PDF was checked alone
 * (a report carries its document: `document` and `tables`), so nothing is fetched or read again. Runs
 * where the single checks run (the offscreen document, Firefox's background page) and in the report
 * page, which shows the full reports.
 */
export interface ReadTogether<T extends TogetherInput = TogetherInput> {
  /** The inputs whose report passed core's schema, in input order, each with its report read together. */
  documents: { input: T; report: Report }[];
  /** Departments with more than one document among them. */
  dossiers: Dossier[];
}

export function readTogether<T extends TogetherInput>(inputs: readonly T[]): ReadTogether<T> {
  const valid: { input: T; report: Report }[] = [];
  const names = new Set<string>();
  for (const input of inputs) {
    // The report crossed from storage and a message: taken only as the model it must be.
    const parsed = Report.safeParse(input.report);
    if (!parsed.success) continue;
    // Dossiers and pairings name documents by file name: two links may end in the same one.
    const name = unique(parsed.data.source.name, names);
    const source = { ...parsed.data.source, name };
    valid.push({ input, report: { ...parsed.data, source, document: { ...parsed.data.document, source } } });
  }
  const documents: BudgetDocument[] = valid.map(({ report }) => ({ ...report.document, tables: report.tables }));
  const reports = checkDocuments(documents);
  return {
    documents: valid.map(({ input }, i) => ({ input, report: reports[i] as Report })),
    dossiers: buildDossiers(reports).filter((d) => d.documents.length > 1),
  };
}

function unique(name: string, taken: Set<string>): string {
  let out = name;
  for (let n = 2; taken.has(out); n++) out = `${name} (${n})`;
  taken.add(out);
  return out;
}

/**
 * What the page shows of documents read together: per document its verdict with the findings between
 * documents counted, its pairing and those findings (a report's `across_documents` section); the
 * dossiers. The full reports stay where they were made.
 */
export function checkedTogether(inputs: readonly TogetherInput[]): TogetherChecked {
  const { documents, dossiers } = readTogether(inputs);
  return {
    documents: documents.flatMap(({ input, report }) => {
      if (!report.pairing) return [];
      const across = new Set(report.checks.filter((c) => c.section === 'across_documents').map((c) => c.rule));
      return [
        {
          hash: input.hash,
          name: report.source.name,
          summary: report.summary,
          pairing: report.pairing,
          findings: report.findings.filter((f) => across.has(f.rule) && f.severity !== 'info'),
        },
      ];
    }),
    dossiers,
  };
}
