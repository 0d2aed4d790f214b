import { z } from 'zod';
import { Bilingual } from './bilingual.js';
import { Finding } from './finding.js';
import { DocumentKind, Relation } from './pairing.js';
import { Verdict } from './report.js';

/**
 * The dossier of a department: every document of it read together, their verdicts, the findings
 * between them and its expenditure over the years — what the page, the HTML report and the CLI show
 * for a department with several documents.
 */

/** An amount per year, as a budget and as a final account printed it (分; absent where no document says). */
export const SeriesPoint = z.object({
  year: z.number().int(),
  budget: z.number().int().optional(),
  final: z.number().int().optional(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

export const Series = z.object({
  /** A function class code ("208"), a fund ("general_expenditure") or "total". */
  key: z.string(),
  name: Bilingual,
  points: z.array(SeriesPoint),
});
export type Series = z.infer<typeof Series>;

export const DossierDocument = z.object({
  name: z.string(),
  sha256: z.string().optional(),
  kind: DocumentKind,
  year: z.number().int().optional(),
  /** A unit's document: the unit. */
  unit: z.string().optional(),
  verdict: Verdict,
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});
export type DossierDocument = z.infer<typeof DossierDocument>;

/** One department and every document of it read together. */
export const Dossier = z.object({
  department: z.string(),
  key: z.string(),
  /** By year, then department before units, budget before final account. */
  documents: z.array(DossierDocument),
  /** Each pair once: `from` is the document whose report holds the comparison. */
  links: z.array(
    z.object({ from: z.string(), to: z.string(), relation: Relation, rule: z.string(), reason: Bilingual }),
  ),
  impossible: z.array(z.object({ document: z.string(), relation: Relation, rule: z.string(), reason: Bilingual })),
  /**
   * The findings between documents, each with the document whose report holds it and its place in that
   * report's `findings` (where its review mark is: `reviewOf(report).marks[index]`).
   */
  findings: z.array(z.object({ document: z.string(), index: z.number().int().nonnegative(), finding: Finding })),
  /** The department's expenditure over the years: in total, by fund and by function class (万元 in views). */
  years: z.array(z.number().int()),
  totals: z.array(Series),
  funds: z.array(Series),
  classes: z.array(Series),
});
export type Dossier = z.infer<typeof Dossier>;
