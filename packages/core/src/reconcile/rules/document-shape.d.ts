import { type Rule } from '../rule.js';
export declare const tablesPresent: Rule;
export declare const emptyTables: Rule;
export declare const tablesReadable: Rule;
export declare const codeNames: Rule;
export declare const unitsFit: Rule;
//# sourceMappingURL=document-shape.d.ts.map
