import { z } from 'zod';
export declare const TABLE_KINDS: readonly [
  'finance_summary',
  'revenue_summary',
  'expenditure_summary',
  'fiscal_summary',
  'general_budget_by_function',
  'gov_fund_by_function',
  'state_capital_by_function',
  'basic_by_economic',
  'three_public',
  'final_summary',
  'final_revenue',
  'final_expenditure',
  'final_fiscal_summary',
  'final_general_budget_by_function',
  'final_basic_by_economic',
  'final_three_public',
  'final_gov_fund',
  'final_state_capital',
];
export declare const TableKind: z.ZodEnum<{
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
}>;
export type TableKind = z.infer<typeof TableKind>;
export declare const UnitSchema: z.ZodEnum<{
  元: '元';
  万元: '万元';
}>;
/** A cell: an integer number of 分, or null for a blank cell ("0.00" is 0, not null). */
export declare const CellValue: z.ZodNullable<z.ZodNumber>;
export declare const RowSide: z.ZodEnum<{
  income: 'income';
  expenditure: 'expenditure';
}>;
export type RowSide = z.infer<typeof RowSide>;
export declare const TableRow: z.ZodObject<
  {
    key: z.ZodString;
    label: z.ZodString;
    level: z.ZodNumber;
    side: z.ZodOptional<
      z.ZodEnum<{
        income: 'income';
        expenditure: 'expenditure';
      }>
    >;
    values: z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodNumber>>;
    source: z.ZodObject<
      {
        page: z.ZodOptional<z.ZodNumber>;
        line: z.ZodOptional<z.ZodNumber>;
        box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
      },
      z.core.$strip
    >;
    cells: z.ZodOptional<
      z.ZodRecord<
        z.ZodString,
        z.ZodObject<
          {
            page: z.ZodOptional<z.ZodNumber>;
            line: z.ZodOptional<z.ZodNumber>;
            box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
          },
          z.core.$strip
        >
      >
    >;
    labelSource: z.ZodDefault<
      z.ZodEnum<{
        printed: 'printed';
        recovered: 'recovered';
        missing: 'missing';
      }>
    >;
    inferred: z.ZodOptional<
      z.ZodObject<
        {
          reason: z.ZodString;
          ambiguous: z.ZodBoolean;
          uncertain: z.ZodArray<z.ZodString>;
        },
        z.core.$strip
      >
    >;
  },
  z.core.$strip
>;
export type TableRow = z.infer<typeof TableRow>;
export declare const BudgetTable: z.ZodObject<
  {
    kind: z.ZodEnum<{
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
    }>;
    title: z.ZodString;
    unit: z.ZodEnum<{
      元: '元';
      万元: '万元';
    }>;
    unitDeclared: z.ZodBoolean;
    department: z.ZodOptional<z.ZodString>;
    pages: z.ZodArray<z.ZodNumber>;
    headers: z.ZodDefault<z.ZodArray<z.ZodString>>;
    notes: z.ZodArray<z.ZodString>;
    columns: z.ZodArray<z.ZodString>;
    incomeColumns: z.ZodOptional<z.ZodArray<z.ZodString>>;
    rows: z.ZodArray<
      z.ZodObject<
        {
          key: z.ZodString;
          label: z.ZodString;
          level: z.ZodNumber;
          side: z.ZodOptional<
            z.ZodEnum<{
              income: 'income';
              expenditure: 'expenditure';
            }>
          >;
          values: z.ZodRecord<z.ZodString, z.ZodNullable<z.ZodNumber>>;
          source: z.ZodObject<
            {
              page: z.ZodOptional<z.ZodNumber>;
              line: z.ZodOptional<z.ZodNumber>;
              box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
            },
            z.core.$strip
          >;
          cells: z.ZodOptional<
            z.ZodRecord<
              z.ZodString,
              z.ZodObject<
                {
                  page: z.ZodOptional<z.ZodNumber>;
                  line: z.ZodOptional<z.ZodNumber>;
                  box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
                },
                z.core.$strip
              >
            >
          >;
          labelSource: z.ZodDefault<
            z.ZodEnum<{
              printed: 'printed';
              recovered: 'recovered';
              missing: 'missing';
            }>
          >;
          inferred: z.ZodOptional<
            z.ZodObject<
              {
                reason: z.ZodString;
                ambiguous: z.ZodBoolean;
                uncertain: z.ZodArray<z.ZodString>;
              },
              z.core.$strip
            >
          >;
        },
        z.core.$strip
      >
    >;
    source: z.ZodObject<
      {
        page: z.ZodOptional<z.ZodNumber>;
        line: z.ZodOptional<z.ZodNumber>;
        box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
      },
      z.core.$strip
    >;
    untrusted: z.ZodOptional<z.ZodString>;
    problems: z.ZodDefault<z.ZodArray<z.ZodString>>;
  },
  z.core.$strip
>;
export type BudgetTable = z.infer<typeof BudgetTable>;
//# sourceMappingURL=table.d.ts.map
