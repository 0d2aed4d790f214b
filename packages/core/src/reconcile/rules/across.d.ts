import { type Rule } from '../rule.js';
/**
 * With last year's document of the same department loaded, the change statements of this year
 * ("比2024年预算减少1,945万元", "与2024年预算持平") are checked against last year's tables.
 */
export declare const againstLastYear: Rule;
//# sourceMappingURL=across.d.ts.map
