import type { Ruling } from '../layout/pdf-types.js';
import type { CellMode } from '../layout/types.js';
import type { BudgetTable } from '../model/table.js';
import type { TableBlock } from '../recognize/segment.js';
import type { CompiledTemplate } from '../templates/index.js';
/**
 * From table blocks to model tables: read each block with the reader its layout needs, decide the
 * columns plain text lost (tables whose identities settle them alone first, then with the cells other
 * tables fix), recover names lost on some pages, and assemble the model.
 */
export declare function readTables(
  blocks: TableBlock[],
  template: CompiledTemplate,
  mode: CellMode,
  rulings?: ReadonlyMap<number, readonly Ruling[]>,
): BudgetTable[];
//# sourceMappingURL=tables.d.ts.map
