import type { DocumentMeta, Section } from '../model/document.js';
import type { BudgetTable } from '../model/table.js';
import type { TableBlock } from '../recognize/segment.js';
export declare function readMeta(
  sections: Section[],
  blocks: TableBlock[],
  tables: BudgetTable[],
  templateId: string,
): DocumentMeta;
//# sourceMappingURL=meta.d.ts.map
