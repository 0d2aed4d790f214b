import { type Fen, type Unit } from '../model/amount.js';
import type { BudgetDocument } from '../model/document.js';
import type { Ref } from '../model/finding.js';
import type { BudgetTable, RowSide, TableKind, TableRow } from '../model/table.js';
/**
 * Cell access for rules: a value with whether it can be trusted and a reference to where it was
 * printed. A value is unreadable when its row's column was left undecided by the plain-text reader.
 */
export interface CellValue {
  value: Fen | null;
  readable: boolean;
  ref: Ref;
  row?: TableRow;
}
export declare class Tables {
  readonly document: BudgetDocument;
  private readonly byKind;
  readonly duplicates: BudgetTable[];
  constructor(document: BudgetDocument);
  get(kind: TableKind): BudgetTable | undefined;
  all(): BudgetTable[];
  row(kind: TableKind, key: string, side?: RowSide): TableRow | undefined;
  /** A cell; a row missing from a present table reads as blank (tables omit empty codes). */
  cell(kind: TableKind, key: string, column: string, side?: RowSide): CellValue | undefined;
}
export declare function cellOf(table: BudgetTable, row: TableRow | undefined, column: string, key?: string): CellValue;
/** "210 卫生健康支出" — how a row is named in formulas. */
export declare function rowName(row: TableRow | undefined, key: string): string;
/** An amount in the unit its table prints (三公 in 万元 with 2 decimals). */
export declare function money(fen: Fen | null, unit: Unit): string;
//# sourceMappingURL=cells.d.ts.map
