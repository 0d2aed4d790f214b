import { type Rule } from '../rule.js';
/**
 * The two summary tables: 收入总计 = Σ income lines, 财政拨款收入 = Σ its three sub-lines,
 * 支出总计 = Σ expenditure lines (each column), 收入总计 = 支出总计. A total printed blank while its
 * parts are not is reported as such.
 */
export declare const summaryLines: Rule;
//# sourceMappingURL=summary-lines.d.ts.map
