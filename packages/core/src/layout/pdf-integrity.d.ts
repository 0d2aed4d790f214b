import type { Diagnostic } from '../model/document.js';
import type { BudgetTable } from '../model/table.js';
import type { PositionedDocument } from './pdf-types.js';
export interface TextIntegrity {
  diagnostics: Diagnostic[];
  /** Pages whose text cannot be trusted (garbage or private-use characters), with the reason. */
  untrusted: Map<number, string>;
}
export declare function textIntegrity(doc: PositionedDocument): TextIntegrity;
/**
 * Marks the tables printed on untrusted pages: every value counts as unread (checks then report
 * insufficient data rather than a comparison of garbage), and the table says why.
 */
export declare function markUntrusted(tables: BudgetTable[], untrusted: ReadonlyMap<number, string>): void;
//# sourceMappingURL=pdf-integrity.d.ts.map
