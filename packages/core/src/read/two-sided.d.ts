import type { CellMode } from '../layout/types.js';
import type { Unit } from '../model/amount.js';
import type { TableBlock } from '../recognize/segment.js';
import type { CompiledTable } from '../templates/index.js';
import type { DraftTable } from './grid.js';
/**
 * Reads a two-sided summary table: income lines (财政拨款收入, 事业收入 … 收入总计) beside expenditure
 * lines (function classes … 支出总计). Income lines are keyed by the template's slugs, expenditure
 * lines by their function class code.
 */
export declare function readTwoSided(block: TableBlock, table: CompiledTable, mode: CellMode, unit: Unit): DraftTable;
//# sourceMappingURL=two-sided.d.ts.map
