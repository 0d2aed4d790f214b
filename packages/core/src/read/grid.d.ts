import type { CellMode } from '../layout/types.js';
import type { Unit } from '../model/amount.js';
import type { TableBlock } from '../recognize/segment.js';
import type { CompiledTable } from '../templates/index.js';
import { type DraftRow } from './draft.js';
export interface DraftTable {
  block: TableBlock;
  table: CompiledTable;
  unit: Unit;
  rows: DraftRow[];
  problems: string[];
}
/**
 * Reads a grid table (rows keyed by function or economic codes, a 合计 row) or a single-row table
 * (三公). Values are placed when the layout tells their columns; otherwise left pending.
 */
export declare function readGrid(block: TableBlock, table: CompiledTable, mode: CellMode, unit: Unit): DraftTable;
//# sourceMappingURL=grid.d.ts.map
