import { z } from 'zod';
import { SourceRef } from './source.js';
export declare const SectionKind: z.ZodEnum<{
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
export type SectionKind = z.infer<typeof SectionKind>;
/** Where a range of a paragraph's text was printed (PDFs): lets a finding box a text span. */
export declare const TextPiece: z.ZodObject<
  {
    start: z.ZodNumber;
    end: z.ZodNumber;
    page: z.ZodNumber;
    box: z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
  },
  z.core.$strip
>;
export declare const Paragraph: z.ZodObject<
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
>;
export type Paragraph = z.infer<typeof Paragraph>;
export declare const Section: z.ZodObject<
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
>;
export type Section = z.infer<typeof Section>;
/** One line of the table of contents (目录). */
export declare const ContentsEntry: z.ZodObject<
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
>;
export type ContentsEntry = z.infer<typeof ContentsEntry>;
export declare const DocumentMeta: z.ZodObject<
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
export type DocumentMeta = z.infer<typeof DocumentMeta>;
/** Something the reader could not do or did not trust: these limit which checks can run. */
export declare const Diagnostic: z.ZodObject<
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
>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export declare const BudgetDocument: z.ZodObject<
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
export type BudgetDocument = z.infer<typeof BudgetDocument>;
export type { SourceRef };
//# sourceMappingURL=document.d.ts.map
