import { type Rule } from '../rule.js';
export declare const crossTable: Rule;
export declare const conventions: Rule;
//# sourceMappingURL=cross-table.d.ts.map
