import { type Rule } from '../rule.js';
/** Per-row identities between columns, as the template states them (合计 = 基本支出 + 项目支出 …). */
export declare const composition: Rule;
//# sourceMappingURL=composition.d.ts.map
