import type { Rule } from '../rule.js';
/** Every rule, in report order: within tables, across tables, prose, document, text layer, across documents. */
export declare const RULES: readonly Rule[];
//# sourceMappingURL=index.d.ts.map
