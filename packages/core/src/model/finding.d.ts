import { z } from 'zod';
export declare const Severity: z.ZodEnum<{
  error: 'error';
  warning: 'warning';
  info: 'info';
}>;
export type Severity = z.infer<typeof Severity>;
/** A pointer at a cell, a row, a table or a text span involved in a finding. */
export declare const Ref: z.ZodObject<
  {
    table: z.ZodOptional<
      z.ZodEnum<{
        three_public: 'three_public';
        finance_summary: 'finance_summary';
        revenue_summary: 'revenue_summary';
        expenditure_summary: 'expenditure_summary';
        fiscal_summary: 'fiscal_summary';
        general_budget_by_function: 'general_budget_by_function';
        gov_fund_by_function: 'gov_fund_by_function';
        state_capital_by_function: 'state_capital_by_function';
        basic_by_economic: 'basic_by_economic';
        final_summary: 'final_summary';
        final_revenue: 'final_revenue';
        final_expenditure: 'final_expenditure';
        final_fiscal_summary: 'final_fiscal_summary';
        final_general_budget_by_function: 'final_general_budget_by_function';
        final_basic_by_economic: 'final_basic_by_economic';
        final_three_public: 'final_three_public';
        final_gov_fund: 'final_gov_fund';
        final_state_capital: 'final_state_capital';
      }>
    >;
    row: z.ZodOptional<z.ZodString>;
    column: z.ZodOptional<z.ZodString>;
    page: z.ZodOptional<z.ZodNumber>;
    box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
    line: z.ZodOptional<z.ZodNumber>;
    text: z.ZodOptional<z.ZodString>;
    section: z.ZodOptional<z.ZodNumber>;
    paragraph: z.ZodOptional<z.ZodNumber>;
    start: z.ZodOptional<z.ZodNumber>;
    end: z.ZodOptional<z.ZodNumber>;
  },
  z.core.$strip
>;
export type Ref = z.infer<typeof Ref>;
/** A compared quantity: money in fen with its unit of display, or a count or percentage. */
export declare const Quantity: z.ZodObject<
  {
    fen: z.ZodOptional<z.ZodNumber>;
    value: z.ZodOptional<z.ZodNumber>;
    unit: z.ZodEnum<{
      text: 'text';
      元: '元';
      万元: '万元';
      count: 'count';
      year: 'year';
      '%': '%';
    }>;
    text: z.ZodString;
  },
  z.core.$strip
>;
export type Quantity = z.infer<typeof Quantity>;
export declare const Finding: z.ZodObject<
  {
    rule: z.ZodString;
    severity: z.ZodEnum<{
      error: 'error';
      warning: 'warning';
      info: 'info';
    }>;
    message: z.ZodString;
    messageEn: z.ZodString;
    formula: z.ZodOptional<z.ZodString>;
    formulaEn: z.ZodOptional<z.ZodString>;
    refs: z.ZodArray<
      z.ZodObject<
        {
          table: z.ZodOptional<
            z.ZodEnum<{
              three_public: 'three_public';
              finance_summary: 'finance_summary';
              revenue_summary: 'revenue_summary';
              expenditure_summary: 'expenditure_summary';
              fiscal_summary: 'fiscal_summary';
              general_budget_by_function: 'general_budget_by_function';
              gov_fund_by_function: 'gov_fund_by_function';
              state_capital_by_function: 'state_capital_by_function';
              basic_by_economic: 'basic_by_economic';
              final_summary: 'final_summary';
              final_revenue: 'final_revenue';
              final_expenditure: 'final_expenditure';
              final_fiscal_summary: 'final_fiscal_summary';
              final_general_budget_by_function: 'final_general_budget_by_function';
              final_basic_by_economic: 'final_basic_by_economic';
              final_three_public: 'final_three_public';
              final_gov_fund: 'final_gov_fund';
              final_state_capital: 'final_state_capital';
            }>
          >;
          row: z.ZodOptional<z.ZodString>;
          column: z.ZodOptional<z.ZodString>;
          page: z.ZodOptional<z.ZodNumber>;
          box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
          line: z.ZodOptional<z.ZodNumber>;
          text: z.ZodOptional<z.ZodString>;
          section: z.ZodOptional<z.ZodNumber>;
          paragraph: z.ZodOptional<z.ZodNumber>;
          start: z.ZodOptional<z.ZodNumber>;
          end: z.ZodOptional<z.ZodNumber>;
        },
        z.core.$strip
      >
    >;
    expected: z.ZodOptional<
      z.ZodObject<
        {
          fen: z.ZodOptional<z.ZodNumber>;
          value: z.ZodOptional<z.ZodNumber>;
          unit: z.ZodEnum<{
            text: 'text';
            元: '元';
            万元: '万元';
            count: 'count';
            year: 'year';
            '%': '%';
          }>;
          text: z.ZodString;
        },
        z.core.$strip
      >
    >;
    actual: z.ZodOptional<
      z.ZodObject<
        {
          fen: z.ZodOptional<z.ZodNumber>;
          value: z.ZodOptional<z.ZodNumber>;
          unit: z.ZodEnum<{
            text: 'text';
            元: '元';
            万元: '万元';
            count: 'count';
            year: 'year';
            '%': '%';
          }>;
          text: z.ZodString;
        },
        z.core.$strip
      >
    >;
    difference: z.ZodOptional<
      z.ZodObject<
        {
          fen: z.ZodOptional<z.ZodNumber>;
          value: z.ZodOptional<z.ZodNumber>;
          unit: z.ZodEnum<{
            text: 'text';
            元: '元';
            万元: '万元';
            count: 'count';
            year: 'year';
            '%': '%';
          }>;
          text: z.ZodString;
        },
        z.core.$strip
      >
    >;
    tolerance: z.ZodOptional<z.ZodString>;
    count: z.ZodOptional<z.ZodNumber>;
  },
  z.core.$strip
>;
export type Finding = z.infer<typeof Finding>;
//# sourceMappingURL=finding.d.ts.map
