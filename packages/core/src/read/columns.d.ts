import type { Ruling } from '../layout/pdf-types.js';
import type { Line } from '../layout/types.js';
import type { RowSide } from '../model/table.js';
import type { CompiledTable } from '../templates/index.js';
/**
 * The columns of a PDF table, read from its header: which x range holds which value column.
 *
 * Header cells are fragments of text placed in a grid of merged cells. A fragment that spans two or
 * more fragments printed side by side below it is a group header ("收入预算", "公务用车购置及运行费"
 * over 小计/购置费/运行费) and names no column. The other fragments stack into column headers: text
 * wrapped inside one cell ("事业单位" / "经营收入", "机关运行经费预算" / "数") is read top to bottom,
 * and characters spaced across a cell ("合  计") are joined when together they make a header word.
 * Boundaries between columns are the vertical rulings between their headers where the page has them,
 * else the middle of the gap.
 */
export interface ValueRegion {
  side: RowSide;
  /** Tables printed in blocks side by side (决算's basic expenditure by economic class): which block. */
  block: number;
  /** Column id. */
  id: string;
  /** Header extent. */
  x0: number;
  x1: number;
  /** Where cells of this column may lie (between the neighbouring boundaries). */
  left: number;
  right: number;
}
export interface ColumnModel {
  values: ValueRegion[];
  /** Label headers (项目): value columns never reach into them. */
  labels: Span[];
  /** Two-sided tables: x where the expenditure side begins (the left edge of its label column). */
  sideSplit?: number;
}
/** Code-column headers printed inside the first data row of some tables (类 / 款 / 项). */
export declare const CODE_HEADERS: Set<string>;
/**
 * Reads the columns from header lines (in printed order); `onPage` places their boundaries.
 * Undefined when the header names no value column.
 */
export declare function readColumns(header: readonly Line[], table: CompiledTable): ColumnModel | undefined;
/**
 * The columns placed on one page: boundaries from that page's rulings, else from the right edges of
 * its printed amounts (`edges`: amounts are right-aligned, so a column ends just after the rightmost
 * edge between its header and the next).
 */
export declare function onPage(model: ColumnModel, rulings: readonly Ruling[], edges: readonly number[]): ColumnModel;
interface Span {
  x0: number;
  x1: number;
}
//# sourceMappingURL=columns.d.ts.map
