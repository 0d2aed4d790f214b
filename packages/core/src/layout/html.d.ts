import type { Layout } from './types.js';
/**
 * A web page's budget content as plain data (no DOM types: core runs where there is no DOM). The
 * browser extension turns the page's DOM into this; `htmlLayout` turns it into slot lines.
 */
export interface HtmlPage {
  /** Text blocks and tables in reading order. */
  blocks: HtmlBlock[];
}
export type HtmlBlock = HtmlText | HtmlTable;
/** A heading, paragraph or list item; line breaks (`<br>`) are kept as `\n`. */
export interface HtmlText {
  type: 'text';
  text: string;
}
export interface HtmlTable {
  type: 'table';
  /** The table's `<caption>` (often its title). A title printed before the table is an HtmlText. */
  caption?: string;
  /** Rows of cells as in the markup: a cell covered by a span of an earlier row is not repeated. */
  rows: HtmlCell[][];
}
export interface HtmlCell {
  text: string;
  rowspan?: number;
  colspan?: number;
}
/** Where a layout line came from: a text block (or a table's caption), or a row of a table. */
export interface HtmlLineOrigin {
  block: number;
  /** Index of the table row (rows of `HtmlTable.rows`); absent for text and captions. */
  row?: number;
}
/** The cell of the markup that covers a slot of the expanded grid. */
export interface HtmlCellOrigin {
  row: number;
  cell: number;
}
export interface HtmlGrid {
  width: number;
  /** Per markup row, per column: the covering cell (one object per cell), or undefined where the markup left a hole. */
  cover: (HtmlCellOrigin | undefined)[][];
}
/**
 * Expands rowspan and colspan the way browsers lay tables out, so that each cell keeps its column:
 * every markup cell takes the first free column of its row, and covers `colspan` columns of
 * `rowspan` rows.
 */
export declare function expandTable(table: HtmlTable): HtmlGrid;
/**
 * A page of HTML tables and text as slot lines: each text line is a one-cell line, each table row a
 * line whose cell indexes are its columns (spans expanded). Lines are numbered from 1 in reading
 * order; `htmlLineOrigins` says where each came from, so a finding's `line` leads back to the markup.
 */
export declare function htmlLayout(page: HtmlPage): Layout;
/** The origin of each line of `htmlLayout(page)`: entry i is line number i + 1. */
export declare function htmlLineOrigins(page: HtmlPage): HtmlLineOrigin[];
//# sourceMappingURL=html.d.ts.map
