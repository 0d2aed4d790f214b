import { z } from 'zod';
export declare const CheckStatus: z.ZodEnum<{
  pass: 'pass';
  fail: 'fail';
  not_applicable: 'not_applicable';
  insufficient_data: 'insufficient_data';
}>;
export type CheckStatus = z.infer<typeof CheckStatus>;
/** What one rule concluded about one document. */
export declare const CheckResult: z.ZodObject<
  {
    rule: z.ZodString;
    title: z.ZodString;
    titleEn: z.ZodString;
    section: z.ZodString;
    severity: z.ZodEnum<{
      error: 'error';
      warning: 'warning';
      info: 'info';
    }>;
    status: z.ZodEnum<{
      pass: 'pass';
      fail: 'fail';
      not_applicable: 'not_applicable';
      insufficient_data: 'insufficient_data';
    }>;
    reason: z.ZodOptional<z.ZodString>;
    comparisons: z.ZodNumber;
    findings: z.ZodNumber;
  },
  z.core.$strip
>;
export type CheckResult = z.infer<typeof CheckResult>;
/**
 * ok: every check ran and none found an error or warning; warning / error: findings of that severity;
 * incomplete: no error found, but some checks could not run (the document is never called consistent then).
 */
export declare const Verdict: z.ZodEnum<{
  error: 'error';
  warning: 'warning';
  ok: 'ok';
  incomplete: 'incomplete';
}>;
export type Verdict = z.infer<typeof Verdict>;
export declare const ReportSummary: z.ZodObject<
  {
    verdict: z.ZodEnum<{
      error: 'error';
      warning: 'warning';
      ok: 'ok';
      incomplete: 'incomplete';
    }>;
    checksRun: z.ZodNumber;
    passed: z.ZodNumber;
    failed: z.ZodNumber;
    notApplicable: z.ZodNumber;
    insufficientData: z.ZodNumber;
    errors: z.ZodNumber;
    warnings: z.ZodNumber;
    infos: z.ZodNumber;
  },
  z.core.$strip
>;
export type ReportSummary = z.infer<typeof ReportSummary>;
/** A comparison that held, with its formula and cells (recorded on request, for green marks). */
export declare const PassedComparison: z.ZodObject<
  {
    rule: z.ZodString;
    formula: z.ZodString;
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
  },
  z.core.$strip
>;
export type PassedComparison = z.infer<typeof PassedComparison>;
export declare const Report: z.ZodObject<
  {
    source: z.ZodObject<
      {
        name: z.ZodString;
        kind: z.ZodEnum<{
          pdf: 'pdf';
          text: 'text';
          html: 'html';
        }>;
        format: z.ZodEnum<{
          html: 'html';
          tsv: 'tsv';
          markdown: 'markdown';
          plain: 'plain';
          positioned: 'positioned';
        }>;
        pages: z.ZodNumber;
      },
      z.core.$strip
    >;
    document: z.ZodObject<
      {
        source: z.ZodObject<
          {
            name: z.ZodString;
            kind: z.ZodEnum<{
              pdf: 'pdf';
              text: 'text';
              html: 'html';
            }>;
            format: z.ZodEnum<{
              html: 'html';
              tsv: 'tsv';
              markdown: 'markdown';
              plain: 'plain';
              positioned: 'positioned';
            }>;
            pages: z.ZodNumber;
          },
          z.core.$strip
        >;
        contents: z.ZodArray<
          z.ZodObject<
            {
              text: z.ZodString;
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
              source: z.ZodObject<
                {
                  page: z.ZodOptional<z.ZodNumber>;
                  line: z.ZodOptional<z.ZodNumber>;
                  box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
                },
                z.core.$strip
              >;
            },
            z.core.$strip
          >
        >;
        meta: z.ZodObject<
          {
            year: z.ZodOptional<z.ZodNumber>;
            department: z.ZodOptional<z.ZodString>;
            departmentCode: z.ZodOptional<z.ZodString>;
            scope: z.ZodEnum<{
              unit: 'unit';
              department: 'department';
            }>;
            stage: z.ZodEnum<{
              budget: 'budget';
              final: 'final';
            }>;
            region: z.ZodOptional<z.ZodString>;
            template: z.ZodString;
          },
          z.core.$strip
        >;
        sections: z.ZodArray<
          z.ZodObject<
            {
              kind: z.ZodEnum<{
                unknown: 'unknown';
                organization: 'organization';
                cover: 'cover';
                contents: 'contents';
                functions: 'functions';
                glossary: 'glossary';
                explanation: 'explanation';
                tables: 'tables';
                other: 'other';
                project: 'project';
              }>;
              heading: z.ZodString;
              paragraphs: z.ZodArray<
                z.ZodObject<
                  {
                    text: z.ZodString;
                    source: z.ZodObject<
                      {
                        page: z.ZodOptional<z.ZodNumber>;
                        line: z.ZodOptional<z.ZodNumber>;
                        box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
                      },
                      z.core.$strip
                    >;
                    pieces: z.ZodOptional<
                      z.ZodArray<
                        z.ZodObject<
                          {
                            start: z.ZodNumber;
                            end: z.ZodNumber;
                            page: z.ZodNumber;
                            box: z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
                          },
                          z.core.$strip
                        >
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
            },
            z.core.$strip
          >
        >;
        claims: z.ZodArray<
          z.ZodObject<
            {
              kind: z.ZodEnum<{
                total: 'total';
                subject: 'subject';
                three_public: 'three_public';
                operating_costs: 'operating_costs';
                procurement: 'procurement';
                performance: 'performance';
                vehicles: 'vehicles';
                equipment: 'equipment';
                organization: 'organization';
                project_budget: 'project_budget';
                product: 'product';
              }>;
              key: z.ZodString;
              label: z.ZodString;
              code: z.ZodOptional<z.ZodString>;
              amount: z.ZodOptional<
                z.ZodObject<
                  {
                    fen: z.ZodNumber;
                    unit: z.ZodEnum<{
                      元: '元';
                      万元: '万元';
                    }>;
                    decimals: z.ZodNumber;
                    text: z.ZodString;
                  },
                  z.core.$strip
                >
              >;
              planned: z.ZodOptional<
                z.ZodObject<
                  {
                    fen: z.ZodNumber;
                    unit: z.ZodEnum<{
                      元: '元';
                      万元: '万元';
                    }>;
                    decimals: z.ZodNumber;
                    text: z.ZodString;
                  },
                  z.core.$strip
                >
              >;
              count: z.ZodOptional<z.ZodNumber>;
              change: z.ZodOptional<
                z.ZodObject<
                  {
                    direction: z.ZodEnum<{
                      flat: 'flat';
                      increase: 'increase';
                      decrease: 'decrease';
                    }>;
                    baseYear: z.ZodOptional<z.ZodNumber>;
                    basis: z.ZodEnum<{
                      budget: 'budget';
                      execution: 'execution';
                      unspecified: 'unspecified';
                    }>;
                    amount: z.ZodOptional<
                      z.ZodObject<
                        {
                          fen: z.ZodNumber;
                          unit: z.ZodEnum<{
                            元: '元';
                            万元: '万元';
                          }>;
                          decimals: z.ZodNumber;
                          text: z.ZodString;
                        },
                        z.core.$strip
                      >
                    >;
                    percent: z.ZodOptional<
                      z.ZodObject<
                        {
                          value: z.ZodNumber;
                          decimals: z.ZodNumber;
                          text: z.ZodString;
                        },
                        z.core.$strip
                      >
                    >;
                    baseAmount: z.ZodOptional<
                      z.ZodObject<
                        {
                          fen: z.ZodNumber;
                          unit: z.ZodEnum<{
                            元: '元';
                            万元: '万元';
                          }>;
                          decimals: z.ZodNumber;
                          text: z.ZodString;
                        },
                        z.core.$strip
                      >
                    >;
                    text: z.ZodString;
                  },
                  z.core.$strip
                >
              >;
              parts: z.ZodOptional<
                z.ZodArray<
                  z.ZodObject<
                    {
                      key: z.ZodString;
                      label: z.ZodString;
                      amount: z.ZodOptional<
                        z.ZodObject<
                          {
                            fen: z.ZodNumber;
                            unit: z.ZodEnum<{
                              元: '元';
                              万元: '万元';
                            }>;
                            decimals: z.ZodNumber;
                            text: z.ZodString;
                          },
                          z.core.$strip
                        >
                      >;
                      count: z.ZodOptional<z.ZodNumber>;
                    },
                    z.core.$strip
                  >
                >
              >;
              path: z.ZodOptional<
                z.ZodArray<
                  z.ZodObject<
                    {
                      name: z.ZodOptional<z.ZodString>;
                      code: z.ZodOptional<z.ZodString>;
                      level: z.ZodOptional<z.ZodNumber>;
                    },
                    z.core.$strip
                  >
                >
              >;
              names: z.ZodOptional<z.ZodArray<z.ZodString>>;
              year: z.ZodOptional<z.ZodNumber>;
              text: z.ZodString;
              span: z.ZodObject<
                {
                  section: z.ZodNumber;
                  paragraph: z.ZodNumber;
                  start: z.ZodNumber;
                  end: z.ZodNumber;
                  page: z.ZodOptional<z.ZodNumber>;
                  line: z.ZodOptional<z.ZodNumber>;
                  box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
                },
                z.core.$strip
              >;
            },
            z.core.$strip
          >
        >;
        diagnostics: z.ZodArray<
          z.ZodObject<
            {
              code: z.ZodString;
              severity: z.ZodEnum<{
                error: 'error';
                warning: 'warning';
                info: 'info';
              }>;
              message: z.ZodString;
              messageEn: z.ZodString;
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
              source: z.ZodOptional<
                z.ZodObject<
                  {
                    page: z.ZodOptional<z.ZodNumber>;
                    line: z.ZodOptional<z.ZodNumber>;
                    box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
                  },
                  z.core.$strip
                >
              >;
            },
            z.core.$strip
          >
        >;
      },
      z.core.$strip
    >;
    tables: z.ZodArray<
      z.ZodObject<
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
      >
    >;
    findings: z.ZodArray<
      z.ZodObject<
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
      >
    >;
    checks: z.ZodArray<
      z.ZodObject<
        {
          rule: z.ZodString;
          title: z.ZodString;
          titleEn: z.ZodString;
          section: z.ZodString;
          severity: z.ZodEnum<{
            error: 'error';
            warning: 'warning';
            info: 'info';
          }>;
          status: z.ZodEnum<{
            pass: 'pass';
            fail: 'fail';
            not_applicable: 'not_applicable';
            insufficient_data: 'insufficient_data';
          }>;
          reason: z.ZodOptional<z.ZodString>;
          comparisons: z.ZodNumber;
          findings: z.ZodNumber;
        },
        z.core.$strip
      >
    >;
    passes: z.ZodOptional<
      z.ZodArray<
        z.ZodObject<
          {
            rule: z.ZodString;
            formula: z.ZodString;
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
          },
          z.core.$strip
        >
      >
    >;
    previous: z.ZodDefault<
      z.ZodArray<
        z.ZodObject<
          {
            name: z.ZodString;
            year: z.ZodOptional<z.ZodNumber>;
          },
          z.core.$strip
        >
      >
    >;
    summary: z.ZodObject<
      {
        verdict: z.ZodEnum<{
          error: 'error';
          warning: 'warning';
          ok: 'ok';
          incomplete: 'incomplete';
        }>;
        checksRun: z.ZodNumber;
        passed: z.ZodNumber;
        failed: z.ZodNumber;
        notApplicable: z.ZodNumber;
        insufficientData: z.ZodNumber;
        errors: z.ZodNumber;
        warnings: z.ZodNumber;
        infos: z.ZodNumber;
      },
      z.core.$strip
    >;
  },
  z.core.$strip
>;
export type Report = z.infer<typeof Report>;
//# sourceMappingURL=report.d.ts.map
