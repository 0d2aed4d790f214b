import type { Cell, CellMode, Line } from '../layout/types.js';
import { type Unit } from '../model/amount.js';
import type { CompiledTable } from '../templates/index.js';
/**
 * The anatomy of a table line: its codes, its name and its amounts, and — when the layout tells —
 * the column of each amount. Turning anatomies into rows (and deciding columns the layout lost)
 * is the job of the table readers.
 */
export interface AmountCell {
  fen: number;
  text: string;
  /** Index into the side's value columns, when the layout tells; undefined in token mode. */
  column?: number;
  cell: Cell;
  /** The line the value was printed on, when it differs from its row's (plain text wraps). */
  line?: Line;
}
export interface GridAnatomy {
  line: Line;
  /** Code digits as printed, one entry per printed code cell ("208", "05", "01"). */
  codes: string[];
  label: string;
  /** 合计 / 总计 row. */
  total: boolean;
  /** One entry per value column in slot/geometry mode (null = blank); the values found in token mode. */
  amounts: (AmountCell | null)[];
  /** True when every amount's column is known. */
  placed: boolean;
  /** Cells the reader could not place (text where a value should be, values where text should be). */
  stray: string[];
}
export interface SideGroup {
  label: string;
  amounts: (AmountCell | null)[];
  placed: boolean;
  line: Line;
  labelCell: Cell;
}
export declare function amountOf(text: string, unit: Unit): number | null;
/** An amount glued to a label ("257,585,000合计", "合计257,585,000"), as two parts; undefined otherwise. */
export declare function gluedParts(text: string): [string, string] | undefined;
/** Splits glued amount+label tokens of plain text into separate cells. */
export declare function splitGlued(cells: Cell[]): Cell[];
/** True when every non-empty cell of the line is a header word of the table. */
export declare function isHeaderLine(line: Line, table: CompiledTable): boolean;
/**
 * A line of header text as PDFs print it: every cell a header word or a piece of one, wrapped inside
 * its cell ("功能分类科目" / "编码", "本年收入合" / "计"), a year before it allowed.
 */
export declare function isHeaderText(line: Line, table: CompiledTable): boolean;
/** Reads a grid line (function or economic codes, name, values). */
export declare function gridAnatomy(line: Line, table: CompiledTable, mode: CellMode, unit: Unit): GridAnatomy;
/**
 * Splits a line of a two-sided summary table into label groups: "一、财政拨款收入 278,487,424
 * 一、社会保障和就业支出 12,912,812" → two groups, each with its cells in column order. (Plain text is
 * read as a stream instead: see readTwoSided.)
 */
export declare function sideGroups(line: Line, mode: CellMode, unit: Unit): SideGroup[];
/** A label that starts with an enumerator ("一、", "1.", "（一）"). */
export declare function isEnumerated(text: string): boolean;
/** Summary-table labels start with an enumerator or are totals; anything else continues a label. */
export declare function startsNewLabel(text: string): boolean;
/** The label without its enumerator: "一、财政拨款收入" → "财政拨款收入". */
export declare function stripEnumerator(label: string): string;
//# sourceMappingURL=anatomy.d.ts.map
