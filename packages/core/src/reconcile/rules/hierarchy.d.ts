import type { BudgetTable, TableRow } from '../../model/table.js';
import { RoundingInfos } from '../claim-refs.js';
import { type CheckContext, type Rule } from '../rule.js';
/** Children of each row in a coded table: 款 under 类, 项 under 款, 类 under 合计. */
export declare function childrenByParent(table: BudgetTable): Map<TableRow, TableRow[]>;
/** Rounding differences of 万元 tables, one info per table. */
export declare function roundingFindings(
  ctx: CheckContext,
  rounding: RoundingInfos,
  rule: string,
): {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  messageEn: string;
  refs: {
    table?:
      | 'three_public'
      | 'finance_summary'
      | 'revenue_summary'
      | 'expenditure_summary'
      | 'fiscal_summary'
      | 'general_budget_by_function'
      | 'gov_fund_by_function'
      | 'state_capital_by_function'
      | 'basic_by_economic'
      | 'final_summary'
      | 'final_revenue'
      | 'final_expenditure'
      | 'final_fiscal_summary'
      | 'final_general_budget_by_function'
      | 'final_basic_by_economic'
      | 'final_three_public'
      | 'final_gov_fund'
      | 'final_state_capital'
      | undefined;
    row?: string | undefined;
    column?: string | undefined;
    page?: number | undefined;
    box?: [number, number, number, number] | undefined;
    line?: number | undefined;
    text?: string | undefined;
    section?: number | undefined;
    paragraph?: number | undefined;
    start?: number | undefined;
    end?: number | undefined;
  }[];
  formula?: string | undefined;
  formulaEn?: string | undefined;
  expected?:
    | {
        unit: 'text' | '元' | '万元' | 'count' | 'year' | '%';
        text: string;
        fen?: number | undefined;
        value?: number | undefined;
      }
    | undefined;
  actual?:
    | {
        unit: 'text' | '元' | '万元' | 'count' | 'year' | '%';
        text: string;
        fen?: number | undefined;
        value?: number | undefined;
      }
    | undefined;
  difference?:
    | {
        unit: 'text' | '元' | '万元' | 'count' | 'year' | '%';
        text: string;
        fen?: number | undefined;
        value?: number | undefined;
      }
    | undefined;
  tolerance?: string | undefined;
  count?: number | undefined;
}[];
export declare const hierarchy: Rule;
export declare const grandTotal: Rule;
//# sourceMappingURL=hierarchy.d.ts.map
