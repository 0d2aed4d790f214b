import type { Layout } from './types.js';
/**
 * Markdown tables (seed 004): one block per printed page, each with its own (sometimes blank) header
 * row and separator. Lines outside tables are single-cell lines; list markers are dropped.
 */
export declare function markdownLayout(text: string): Layout;
//# sourceMappingURL=markdown.d.ts.map
