import { type Rule } from '../rule.js';
export declare const years: Rule;
export declare const scopeWords: Rule;
/** A department's name without its printed code and qualifiers: "157上海市松江区医疗保障局（部门）" → "上海市松江区医疗保障局". */
export declare function bareName(name: string): string;
export declare const departmentNames: Rule;
export declare const leftovers: Rule;
export declare const punctuation: Rule;
export declare const repeatedParagraphs: Rule;
//# sourceMappingURL=document-text.d.ts.map
