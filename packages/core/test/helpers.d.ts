import { type BudgetDocument } from '../src/index.js';
export declare const SEEDS_DIR: string;
export declare const SEEDS: {
  file: string;
  id: string;
  text: string;
}[];
/** The tables of a document in a compact, reviewable form: one line per row, blank cells as —. */
export declare function goldenTables(doc: BudgetDocument): Record<string, unknown>;
/**
 * Amount tokens printed on a source line (tab, pipe or space separated cells), leaving out the
 * function/economic codes that open a row ("210 15 01").
 */
export declare function amountTokens(line: string): string[];
//# sourceMappingURL=helpers.d.ts.map
