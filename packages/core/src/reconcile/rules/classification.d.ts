import { type Rule } from '../rule.js';
export declare const staleSubjectNames: Rule;
export declare const codeNamesOfYear: Rule;
export declare const unknownCodes: Rule;
export declare const classCodes: Rule;
//# sourceMappingURL=classification.d.ts.map
