import { z } from 'zod';
import { Box } from './source.js';

/** An amount as printed in prose: exact fen, its unit and the decimals shown (the precision to compare at). */
export const PrintedAmount = z.object({
  fen: z.number().int(),
  unit: z.enum(['元', '万元']),
  decimals: z.number().int().nonnegative(),
  text: z.string(),
});
export type PrintedAmount = z.infer<typeof PrintedAmount>;

/** A stated percentage, in hundredths of a percent (20.59% → 2059) with its printed decimals. */
export const PrintedPercent = z.object({
  value: z.number(),
  decimals: z.number().int().nonnegative(),
  text: z.string(),
});
export type PrintedPercent = z.infer<typeof PrintedPercent>;

/** A place in the prose: section and paragraph index, character range, and page/box/line where known. */
export const TextSpan = z.object({
  section: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
  box: Box.optional(),
});
export type TextSpan = z.infer<typeof TextSpan>;

/** A place in the prose that is not the claim's own span (the comparison sentence after an item). */
export const ProsePlace = z.object({
  section: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  page: z.number().int().positive().optional(),
  box: Box.optional(),
  line: z.number().int().positive().optional(),
});
export type ProsePlace = z.infer<typeof ProsePlace>;

/** A change against another year, as stated: "比2024年预算减少1,945万元，减少20.59%", "与2024年预算持平". */
export const StatedChange = z.object({
  direction: z.enum(['increase', 'decrease', 'flat']),
  /** The year compared with, as printed. */
  baseYear: z.number().int().optional(),
  /** 预算 (last year's budget) or 执行数 (last year's execution). */
  basis: z.enum(['budget', 'execution', 'unspecified']),
  amount: PrintedAmount.optional(),
  percent: PrintedPercent.optional(),
  /** Last year's figure when the sentence states it ("2025年当年预算执行数为A万元"). */
  baseAmount: PrintedAmount.optional(),
  /** The reason given right after ("主要原因是：…经费增加"), as printed. */
  reason: z.string().optional(),
  text: z.string(),
  /**
   * Where the change is printed when that is not the claim's own span: a sentence of its own after the
   * amount ("…总计2153.67万元。与2023年度相比，收入支出总计增加66.22万元，增长3.17%").
   */
  place: ProsePlace.optional(),
});
export type StatedChange = z.infer<typeof StatedChange>;

/**
 * A part stated with its share of a whole: "其他收入6.2万元，占0.21%", "一般公共服务支出（类）2106.66万元，
 * 占71.73%", "占本年支出合计的100.00%". The whole is the amount the enumeration opens with ("本年收入合计
 * 2946.25万元，其中：…") or the quantity the share names; `group` ties the shares of one enumeration.
 */
export const StatedShare = z.object({
  percent: PrintedPercent,
  /** The whole as printed, when the prose states it. */
  whole: PrintedAmount.optional(),
  /** The whole's name: as printed ("本年支出合计") or the enumeration's head label. */
  wholeLabel: z.string().optional(),
  /** The whole's claim key, when the template's words name it. */
  wholeKey: z.string().optional(),
  /** The shares of one enumeration carry one group id. */
  group: z.string(),
  text: z.string(),
});
export type StatedShare = z.infer<typeof StatedShare>;

/**
 * The outcome against the year's initial budget, as stated: "年初预算为2993.92万元，支出决算为2940.05万元，
 * 完成年初预算的98.20%。决算数小于预算数的主要原因：…". The claim's `amount` is the outcome (决算数).
 */
export const StatedExecution = z.object({
  /** 年初预算数, when printed (else the tables may state it). */
  budget: PrintedAmount.optional(),
  /** 全年预算数 (the budget as adjusted during the year), when the sentence prints it beside 年初预算. */
  yearBudget: PrintedAmount.optional(),
  /** "完成（年初）预算的P%". */
  completion: PrintedPercent.optional(),
  /** How the sentence compares outcome and budget: 大于, 小于, 等于, 持平, 基本持平. */
  comparison: z
    .object({
      relation: z.enum(['greater', 'less', 'equal', 'roughly_equal']),
      place: ProsePlace,
    })
    .optional(),
  /** A reason is given for the difference ("…的主要原因：…"). */
  reason: z.boolean(),
  /** Where the budget and the completion were stated. */
  place: ProsePlace,
});
export type StatedExecution = z.infer<typeof StatedExecution>;

export const CLAIM_KINDS = [
  'total',
  'subject',
  'structure',
  'absence',
  'three_public',
  'operating_costs',
  'procurement',
  'performance',
  'vehicles',
  'equipment',
  'organization',
  'project_budget',
  'product',
] as const;
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;

/**
 * A checkable statement from the prose. `key` says what quantity it states (e.g. "income_total",
 * "fiscal_grant", "three_public.reception", "procurement.goods", "subject:卫生健康支出",
 * "vehicles.total", "project:热线服务保障项目"), so statements of the same quantity can be compared.
 */
export const Claim = z.object({
  kind: ClaimKind,
  key: z.string(),
  /** The quantity's name as printed ("财政拨款收入", "卫生健康支出"). */
  label: z.string(),
  /** Function code when the statement names one ("公共安全支出（204类）司法（06款）…" → "2040601"). */
  code: z.string().optional(),
  amount: PrintedAmount.optional(),
  /** Subject lines of the execution style: the amount "预算安排" states for the same item. */
  planned: PrintedAmount.optional(),
  /** A count (units, vehicles, projects, devices). */
  count: z.number().int().optional(),
  change: StatedChange.optional(),
  /** The amount's share of a whole, as stated ("占71.73%"). */
  share: StatedShare.optional(),
  /** The outcome against the initial budget, as stated (决算 statements). */
  execution: StatedExecution.optional(),
  /** Parts listed with it (e.g. 政府采购 货物/工程/服务, vehicle categories), by key. */
  parts: z
    .array(
      z.object({
        key: z.string(),
        label: z.string(),
        amount: PrintedAmount.optional(),
        count: z.number().int().optional(),
      }),
    )
    .optional(),
  /** Subject lines: the subject's path as printed, class first, each level with its name and/or its code digits. */
  path: z
    .array(
      z.object({
        name: z.string().optional(),
        code: z.string().optional(),
        level: z.number().int().min(1).max(3).optional(),
      }),
    )
    .optional(),
  /** Names listed with it (机构设置's unit list). */
  names: z.array(z.string()).optional(),
  /** The year the statement is about, when printed. */
  year: z.number().int().optional(),
  text: z.string(),
  span: TextSpan,
});
export type Claim = z.infer<typeof Claim>;
