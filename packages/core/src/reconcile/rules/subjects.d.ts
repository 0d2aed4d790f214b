import type { Rule } from '../rule.js';
export declare const subjectAmounts: Rule;
export declare const subjectNames: Rule;
export declare const subjectSum: Rule;
export declare const subjectTrend: Rule;
//# sourceMappingURL=subjects.d.ts.map
