import { type Rule } from '../rule.js';
export declare const changeArithmetic: Rule;
export declare const changeAgreement: Rule;
export declare const repeatedStatements: Rule;
//# sourceMappingURL=changes.d.ts.map
