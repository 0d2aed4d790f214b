import { type Rule } from '../rule.js';
export declare const proseTotals: Rule;
export declare const proseThreePublic: Rule;
export declare const prosePerformance: Rule;
//# sourceMappingURL=prose-tables.d.ts.map
