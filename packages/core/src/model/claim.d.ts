import { z } from 'zod';
/** An amount as printed in prose: exact fen, its unit and the decimals shown (the precision to compare at). */
export declare const PrintedAmount: z.ZodObject<
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
>;
export type PrintedAmount = z.infer<typeof PrintedAmount>;
/** A stated percentage, in hundredths of a percent (20.59% → 2059) with its printed decimals. */
export declare const PrintedPercent: z.ZodObject<
  {
    value: z.ZodNumber;
    decimals: z.ZodNumber;
    text: z.ZodString;
  },
  z.core.$strip
>;
export type PrintedPercent = z.infer<typeof PrintedPercent>;
/** A place in the prose: section and paragraph index, character range, and page/box/line where known. */
export declare const TextSpan: z.ZodObject<
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
export type TextSpan = z.infer<typeof TextSpan>;
/** A change against another year, as stated: "比2024年预算减少1,945万元，减少20.59%", "与2024年预算持平". */
export declare const StatedChange: z.ZodObject<
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
>;
export type StatedChange = z.infer<typeof StatedChange>;
export declare const CLAIM_KINDS: readonly [
  'total',
  'subject',
  'three_public',
  'operating_costs',
  'procurement',
  'performance',
  'vehicles',
  'equipment',
  'organization',
  'project_budget',
  'product',
];
export declare const ClaimKind: z.ZodEnum<{
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
export type ClaimKind = z.infer<typeof ClaimKind>;
/**
 * A checkable statement from the prose. `key` says what quantity it states (e.g. "income_total",
 * "fiscal_grant", "three_public.reception", "procurement.goods", "subject:卫生健康支出",
 * "vehicles.total", "project:热线服务保障项目"), so statements of the same quantity can be compared.
 */
export declare const Claim: z.ZodObject<
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
>;
export type Claim = z.infer<typeof Claim>;
//# sourceMappingURL=claim.d.ts.map
