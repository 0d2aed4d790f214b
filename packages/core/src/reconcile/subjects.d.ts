import type { Claim } from '../model/claim.js';
import type { TableKind } from '../model/table.js';
import type { Tables } from './cells.js';
/**
 * Finding the function code a subject line speaks of, by its path (class → 款 → 项): each level by its
 * printed code digits where it has them, else by name among the children of the level above — the
 * tables' names first (exactly, then leniently: spaces, bracket widths, 其它/其他, a trailing 支出), then
 * the dictionary's names of any year, so a former name ("医疗卫生与计划生育支出") still finds its code and
 * is marked stale. A single name without a path is looked for at every level: a 项 name printed under
 * several 款 ("行政运行") gives every code it names, and the amount check accepts any of them.
 */
export interface StaleLevel {
  printed: string;
  code: string;
  current: string;
  since: number;
}
export interface SubjectCode {
  code: string;
  /** The name the tables print for the code. */
  tableName: string;
  /** Every printed level name equals the table's (spaces and bracket widths aside). */
  exact: boolean;
  /** Levels found through a name the dictionary records as former in the document's year. */
  stale: StaleLevel[];
  /** Levels found only leniently or through the dictionary, and not stale: names that differ from the table's. */
  variants: string[];
}
export declare class SubjectIndex {
  private readonly year?;
  /** code → name as printed in the tables (fund tables first). */
  readonly names: Map<string, string>;
  constructor(tables: Tables, order: readonly TableKind[], year?: number | undefined);
  resolve(claim: Claim): SubjectCode[];
  private result;
  /** A printed whole code found in the tables: the printed names are compared with its path's. */
  private byCode;
  /** How a printed name stands to the code it was matched with: same, stale, or a variant. */
  private judge;
  /** The codes among `candidates` a printed name names: exact first, then lenient, then the dictionary's names. */
  private named;
  private anyLevel;
  private byPath;
}
//# sourceMappingURL=subjects.d.ts.map
