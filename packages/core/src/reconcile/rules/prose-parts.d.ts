import { type Rule } from '../rule.js';
export declare const procurement: Rule;
export declare const vehicles: Rule;
export declare const organization: Rule;
export declare const projectParts: Rule;
export declare const products: Rule;
//# sourceMappingURL=prose-parts.d.ts.map
