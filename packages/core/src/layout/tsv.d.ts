import type { Layout } from './types.js';
/** Tab-separated cells, empty cells kept (seeds 001–003): a cell's index is its column. */
export declare function tsvLayout(text: string): Layout;
//# sourceMappingURL=tsv.d.ts.map
