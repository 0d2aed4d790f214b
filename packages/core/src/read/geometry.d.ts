import type { Ruling } from '../layout/pdf-types.js';
import type { TableBlock } from '../recognize/segment.js';
import type { CompiledTable } from '../templates/index.js';
/**
 * PDF table rows into slot lines: the geometry of a table (its header's columns, its rulings) decides
 * which column each printed value belongs to, and the slot readers do the rest.
 *
 * Per page of a table: the lines before the first line with a value are its header (a page without
 * one continues the columns of the page before); the rows are the bands between horizontal rulings
 * (a cell whose text wraps, or whose values sit higher than its name, stays one row), or the lines
 * themselves where the table has no rulings, a line holding only a name being the wrapped end of the
 * row above. Each value goes to the column whose boundaries hold its centre; an item pdf.js fused
 * across columns ("2101501", "1,000.00 2,000.00") is cut where the boundary falls.
 */
export interface Projected {
  block: TableBlock;
  /** The table as printed: optional columns its header does not name are left out. */
  table: CompiledTable;
  problems: string[];
}
export declare function projectBlock(
  block: TableBlock,
  full: CompiledTable,
  rulings: ReadonlyMap<number, readonly Ruling[]>,
): Projected;
//# sourceMappingURL=geometry.d.ts.map
