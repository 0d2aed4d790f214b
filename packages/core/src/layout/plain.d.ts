import type { Layout } from './types.js';
/** Empty lines that separate printed pages in plain-text extractions (seed 000 shows three). */
export declare const PAGE_GAP = 3;
/**
 * Plain text where the extractor dropped empty cells and column geometry (seed 000): cells are the
 * whitespace-separated tokens; which column a value belongs to must be decided later.
 * Pages are numbered from the large gaps the extractor leaves at page breaks.
 */
export declare function plainLayout(text: string): Layout;
//# sourceMappingURL=plain.d.ts.map
