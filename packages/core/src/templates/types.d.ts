import type { Unit } from '../model/amount.js';
import type { SectionKind } from '../model/document.js';
import type { TableKind } from '../model/table.js';
/**
 * A value column: its id and the header words that name it (matched without spaces). "合计/预算数"
 * names the 预算数 column printed under 合计 (several columns share a leaf header).
 */
export interface ColumnSpec {
  id: string;
  headers: readonly string[];
  /** Printed by some layouts only: the table has the column when a row fills it. */
  optional?: boolean;
}
/**
 * A named line of a two-sided summary table, found by its label. A label printed twice takes the
 * first spec it matches, then the next (the three funds of this year, then of the carry-over).
 */
export interface LineSpec {
  key: string;
  /** Regular expressions on the label without its enumerator ("一、", "1.") and spaces. */
  patterns: readonly string[];
  level: number;
  /** The line this one is a part of (一般公共预算资金 is part of 财政拨款收入). */
  parent?: string;
}
/** A per-row identity inside one table: total = sum of parts (blank counts as zero). */
export interface Composition {
  total: string;
  parts: readonly string[];
}
export interface TableSpec {
  kind: TableKind;
  /** Chinese and English names of the table. */
  name: string;
  nameEn: string;
  /**
   * Regular expressions matched against a whole line with spaces removed. Named groups: `year`,
   * `scope` (部门 or 单位). An optional prefix (the department's name) is allowed by the matcher.
   */
  titles: readonly string[];
  unit: Unit;
  /** grid: rows keyed by codes; two_sided: income lines beside expenditure lines; single_row: one row of values. */
  layout: 'grid' | 'two_sided' | 'single_row';
  /** Which classification the row codes follow (grid tables). */
  codes?: 'function' | 'economic';
  /** Value columns in printed order (the expenditure side of two-sided tables). */
  columns: readonly ColumnSpec[];
  /** Two-sided tables: value columns of the income side. */
  incomeColumns?: readonly ColumnSpec[];
  /** Two-sided tables: the income lines. */
  incomeLines?: readonly LineSpec[];
  /**
   * Two-sided tables: expenditure lines besides the function classes (keyed by class code). Without
   * them, 支出总计 / 支出合计 is `expenditure_total`.
   */
  expenditureLines?: readonly LineSpec[];
  /** Grid tables: rows keyed by their name rather than a code (决算's 人员经费合计 / 公用经费合计). */
  namedRows?: readonly LineSpec[];
  /** Per-row identities between the value columns. */
  compositions: readonly Composition[];
  /** Words that only occur in this table's header rows (besides the column headers). */
  headerWords: readonly string[];
}
/** One cell (or, with `each`, one cell per code) of a table, for identities across tables. */
export interface Operand {
  table: TableKind;
  /** Row key; `{code}` is replaced by each code when the identity has `each`. */
  row: string;
  column: string;
  side?: 'income' | 'expenditure';
}
/**
 * An identity between tables: Σ left (relation) Σ right, blank cells counting as zero.
 * With `each`, it holds for every class (or every code) row found in either table.
 */
export interface CrossIdentity {
  id: string;
  /** error: the documents' own rules; warning: conventions that usually hold (职业年金 = 30109 …). */
  severity: 'error' | 'warning';
  relation: '=' | '>=' | '<=';
  left: readonly Operand[];
  right: readonly Operand[];
  each?: 'class' | 'code';
  /** The identity in words. */
  zh: string;
  en: string;
}
/**
 * Where the tables state a quantity the prose states (claim key → cells). Alternatives in order of
 * preference, each a sum of cells; the first whose tables are present is used.
 */
export interface ClaimTarget {
  key: string;
  cells: readonly (readonly Operand[])[];
  /** warning where prose and tables need not agree exactly (绩效目标资金 vs 项目支出). */
  severity: 'error' | 'warning';
}
export interface SectionSpec {
  kind: SectionKind;
  /** Regular expressions on a heading line with spaces removed. */
  patterns: readonly string[];
}
/** Everything region- and year-specific the reader needs. A new region is a new template file. */
export interface Template {
  id: string;
  name: string;
  /** Which documents it fits: regions (matched against the cover / department) and stage. */
  regions: readonly string[];
  stage: 'budget' | 'final';
  tables: readonly TableSpec[];
  identities: readonly CrossIdentity[];
  claimTargets: readonly ClaimTarget[];
  /** Tables whose rows, summed by code, give a subject's 财政拨款 amount. */
  fiscalTables: readonly TableKind[];
  sections: readonly SectionSpec[];
}
//# sourceMappingURL=types.d.ts.map
