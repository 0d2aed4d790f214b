import { z } from 'zod';
import { Bilingual } from './bilingual.js';

/**
 * Documents read together: which belong to one department (its budget, its units' budgets, its final
 * accounts, the same again in other years), how each is paired with the others and why, which
 * pairing a rule needed was impossible and why (the dossier of a department: dossier.ts).
 */

/** 部门预算, 单位预算, 部门决算, 单位决算: a document's scope and stage in one word. */
export const DocumentKind = z.enum(['department_budget', 'unit_budget', 'department_final', 'unit_final']);
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * What the other document is to this one: `units` a unit of this department (same year and kind),
 * `department` this unit's department, `budget` this final account's budget of the same year, `final`
 * this budget's final account, `earlier` / `later` a document of the year before / after.
 */
export const Relation = z.enum(['units', 'department', 'budget', 'final', 'earlier', 'later']);
export type Relation = z.infer<typeof Relation>;

export const PairedDocument = z.object({
  name: z.string(),
  kind: DocumentKind,
  year: z.number().int().optional(),
  relation: Relation,
  /** The rule that compares the two (`across.units`, `across.budget`, `across.years`). */
  rule: z.string(),
  /** Why they belong together ("同一部门（普陀区财政局）、同一年度的部门预算与本部单位预算"). */
  reason: Bilingual,
});
export type PairedDocument = z.infer<typeof PairedDocument>;

/** A comparison a rule would make that this run cannot: the document it needs is not among the inputs. */
export const ImpossiblePairing = z.object({
  relation: Relation,
  rule: z.string(),
  reason: Bilingual,
});
export type ImpossiblePairing = z.infer<typeof ImpossiblePairing>;

/** A report's place among the documents read with it. */
export const Pairing = z.object({
  /** The department the document was recognised as (its name as printed, and the key it is grouped by). */
  department: z.string().optional(),
  key: z.string().optional(),
  /** A unit's document: the unit's name, as the department lists it when it does. */
  unit: z.string().optional(),
  year: z.number().int().optional(),
  kind: DocumentKind,
  paired: z.array(PairedDocument),
  impossible: z.array(ImpossiblePairing),
  /** Why nothing could be paired with this document (its department or year could not be read). */
  unpaired: Bilingual.optional(),
});
export type Pairing = z.infer<typeof Pairing>;
