import type { Layout, Line } from '../layout/types.js';
import { type Unit } from '../model/amount.js';
import type { CompiledTemplate, TitleMatch } from '../templates/index.js';
/** The lines of one table, from its title to its last row, across pages. */
export interface TableBlock {
  match: TitleMatch;
  title: Line;
  /** Header and data lines in reading order. */
  body: Line[];
  /** Header lines, where the reader separated them from the body (PDF tables). */
  header?: Line[];
  notes: Line[];
  department?: string;
  unit?: Unit;
  pages: number[];
}
export interface Segments {
  tables: TableBlock[];
  /** Lines outside tables, in reading order (prose, cover, contents). */
  prose: Line[];
}
/**
 * Splits a layout into tables and prose. Where titles precede their tables (tsv, markdown, PDF) the
 * lines are read in order; where the extractor printed titles after the first page of rows (plain
 * text), whole pages are assigned to the table whose title they carry.
 */
export declare function segment(layout: Layout, template: CompiledTemplate): Segments;
//# sourceMappingURL=segment.d.ts.map
