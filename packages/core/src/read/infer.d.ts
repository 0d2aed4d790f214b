import type { RowSide } from '../model/table.js';
import { type DraftRow } from './draft.js';
import type { DraftTable } from './grid.js';
/**
 * Deciding columns where plain text lost the empty cells.
 *
 * "208 01 人力资源和社会保障管理事务 179,000 179,000" in a table of 合计/基本支出/项目支出 can be
 * 合计 + 基本支出 or 合计 + 项目支出. Each such row gets the placements its own composition allows
 * (合计 = 基本支出 + 项目支出), and the table's identities choose among them: a parent equals the sum of
 * its children in every column, the 合计 row the sum of the classes, and columns match other tables
 * already read (the revenue table's 财政拨款收入 total is the summary table's 财政拨款收入 line).
 * Amounts are assumed non-negative, as budget tables are: a blank parent column forces blank children.
 */
/** Σ rows[column] = value, from another table. */
export interface FixedSum {
  rows: readonly {
    key: string;
    side?: RowSide;
  }[];
  column: string;
  value: number;
  /** Where the value comes from, for the row's note ("finance_summary"). */
  from: string;
}
type Values = Record<string, number | null>;
/** A decision for every pending row of a table. */
export interface Placement {
  table: DraftTable;
  rows: {
    draft: DraftRow;
    values: Values;
    ambiguous: boolean;
    uncertain: string[];
  }[];
  /** False when no placement satisfies the identities (values then go left to right). */
  solved: boolean;
  /** True when some row could go in more than one way. */
  ambiguous: boolean;
  basis: string;
}
/** Decides the columns of a table's pending values, using its identities and sums fixed by other tables. */
export declare function planPlacement(table: DraftTable, fixed: readonly FixedSum[]): Placement;
/** Writes a placement into the rows and says in each row that its columns were decided. */
export declare function applyPlacement(plan: Placement): void;
//# sourceMappingURL=infer.d.ts.map
