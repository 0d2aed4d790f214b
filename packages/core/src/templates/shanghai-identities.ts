import type { ClaimTarget, CrossIdentity, Operand } from './types.js';

/**
 * Identities between the nine Shanghai tables (domain.md, "Across tables"), as data.
 * Row keys: "total" (合计), function/economic codes, summary-line slugs; `{code}` with `each`.
 */

const cell = (table: Operand['table'], row: string, column: string, side?: Operand['side']): Operand =>
  side ? { table, row, column, side } : { table, row, column };

const fin = (row: string, side: 'income' | 'expenditure') => cell('finance_summary', row, 'amount', side);

export const SHANGHAI_IDENTITIES: readonly CrossIdentity[] = [
  {
    id: 'revenue_total=finance_income_total',
    severity: 'error',
    relation: '=',
    left: [cell('revenue_summary', 'total', 'total')],
    right: [fin('income_total', 'income')],
    words: {
      zh: '收入预算总表 合计 = 财务收支预算总表 收入总计',
      en: 'revenue table total = summary table income total',
    },
  },
  {
    id: 'expenditure_total=finance_expenditure_total',
    severity: 'error',
    relation: '=',
    left: [cell('expenditure_summary', 'total', 'total')],
    right: [fin('expenditure_total', 'expenditure')],
    words: {
      zh: '支出预算总表 合计 = 财务收支预算总表 支出总计',
      en: 'expenditure table total = summary table expenditure total',
    },
  },
  ...(
    [
      ['fiscal_grant', '财政拨款收入'],
      ['business', '事业收入'],
      ['operating', '事业单位经营收入'],
      ['other', '其他收入'],
    ] as const
  ).map(
    ([column, name]): CrossIdentity => ({
      id: `revenue_${column}=finance_${column}`,
      severity: 'error',
      relation: '=',
      left: [cell('revenue_summary', 'total', column)],
      right: [fin(column, 'income')],
      words: {
        zh: `收入预算总表 ${name}合计 = 财务收支预算总表 ${name}`,
        en: `revenue table ${column.replaceAll('_', ' ')} total = summary table ${column.replaceAll('_', ' ')} line`,
      },
    }),
  ),
  {
    id: 'finance_class=expenditure_class',
    severity: 'error',
    relation: '=',
    each: 'class',
    left: [fin('{code}', 'expenditure')],
    right: [cell('expenditure_summary', '{code}', 'total')],
    words: {
      zh: '财务收支预算总表 各类支出 = 支出预算总表 该类合计',
      en: 'summary table expenditure by class = expenditure table class total',
    },
  },
  // Unit budgets (and the municipal layout) print 基本支出's 人员经费 and 公用经费, and 项目支出, in the
  // summary table's expenditure side: by class they are the expenditure table's 基本支出 and 项目支出.
  {
    id: 'finance_class_basic=expenditure_class_basic',
    whereColumnsPrinted: true,
    severity: 'error',
    relation: '=',
    each: 'class',
    left: [
      cell('finance_summary', '{code}', 'personnel', 'expenditure'),
      cell('finance_summary', '{code}', 'public', 'expenditure'),
    ],
    right: [cell('expenditure_summary', '{code}', 'basic')],
    words: {
      zh: '财务收支预算总表 各类人员经费 + 公用经费 = 支出预算总表 该类基本支出',
      en: 'summary table personnel + public by class = expenditure table basic expenditure of the class',
    },
  },
  {
    id: 'finance_class_project=expenditure_class_project',
    whereColumnsPrinted: true,
    severity: 'error',
    relation: '=',
    each: 'class',
    left: [cell('finance_summary', '{code}', 'project', 'expenditure')],
    right: [cell('expenditure_summary', '{code}', 'project')],
    words: {
      zh: '财务收支预算总表 各类项目支出 = 支出预算总表 该类项目支出',
      en: 'summary table project expenditure by class = expenditure table project expenditure of the class',
    },
  },
  {
    id: 'revenue_code=expenditure_code',
    severity: 'error',
    relation: '=',
    each: 'code',
    left: [cell('revenue_summary', '{code}', 'total')],
    right: [cell('expenditure_summary', '{code}', 'total')],
    words: {
      zh: '收入预算总表 各科目合计 = 支出预算总表 该科目合计',
      en: 'revenue total = expenditure total, per function code',
    },
  },
  {
    id: 'revenue_fiscal_code=fund_tables_code',
    severity: 'error',
    relation: '=',
    each: 'code',
    left: [cell('revenue_summary', '{code}', 'fiscal_grant')],
    right: [
      cell('general_budget_by_function', '{code}', 'total'),
      cell('gov_fund_by_function', '{code}', 'total'),
      cell('state_capital_by_function', '{code}', 'total'),
    ],
    words: {
      zh: '收入预算总表 各科目财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营预算 该科目合计',
      en: 'revenue fiscal grant per code = general + government fund + state capital tables for that code',
    },
  },
  ...(
    [
      ['general', 'general_budget_by_function', '一般公共预算'],
      ['gov_fund', 'gov_fund_by_function', '政府性基金预算'],
      ['state_capital', 'state_capital_by_function', '国有资本经营预算'],
    ] as const
  ).map(
    ([column, table, name]): CrossIdentity => ({
      id: `fiscal_${column}_class=${table}_class`,
      severity: 'error',
      relation: '=',
      each: 'class',
      left: [cell('fiscal_summary', '{code}', column, 'expenditure')],
      right: [cell(table, '{code}', 'total')],
      words: {
        zh: `财政拨款收支预算总表 各类${name}支出 = ${name}支出功能分类预算表 该类合计`,
        en: `fiscal summary ${column} by class = ${table} class total`,
      },
    }),
  ),
  {
    id: 'fiscal_income_total=finance_fiscal_grant',
    severity: 'error',
    relation: '=',
    left: [cell('fiscal_summary', 'income_total', 'amount', 'income')],
    right: [fin('fiscal_grant', 'income')],
    words: {
      zh: '财政拨款收支预算总表 收入总计 = 财务收支预算总表 财政拨款收入',
      en: 'fiscal summary income total = summary table fiscal grant',
    },
  },
  ...(
    [
      ['general_budget', '一般公共预算资金'],
      ['gov_fund', '政府性基金'],
      ['state_capital', '国有资本经营预算'],
    ] as const
  ).map(
    ([row, name]): CrossIdentity => ({
      id: `fiscal_${row}=finance_${row}`,
      severity: 'error',
      relation: '=',
      left: [cell('fiscal_summary', row, 'amount', 'income')],
      right: [fin(row, 'income')],
      words: {
        zh: `财政拨款收支预算总表 ${name} = 财务收支预算总表 ${name}`,
        en: `fiscal summary ${row} income = summary table ${row} line`,
      },
    }),
  ),
  {
    id: 'general_basic_total=economic_total',
    severity: 'error',
    relation: '=',
    left: [cell('general_budget_by_function', 'total', 'basic')],
    right: [cell('basic_by_economic', 'total', 'total')],
    words: {
      zh: '一般公共预算支出功能分类预算表 基本支出合计 = 基本支出经济分类预算表 合计',
      en: 'general budget basic expenditure total = economic classification table total',
    },
  },
  ...(
    [
      ['30108', '2080505', '机关事业单位基本养老保险缴费'],
      ['30109', '2080506', '职业年金缴费'],
      ['30113', '2210201', '住房公积金'],
    ] as const
  ).map(
    ([econ, func, name]): CrossIdentity => ({
      id: `economic_${econ}=general_${func}_basic`,
      severity: 'warning',
      relation: '=',
      left: [cell('basic_by_economic', econ, 'total')],
      right: [cell('general_budget_by_function', func, 'basic')],
      words: {
        zh: `经济分类 ${econ} ${name} = 功能分类 ${func} 基本支出（通常如此）`,
        en: `economic ${econ} = function ${func} basic expenditure (conventionally)`,
      },
    }),
  ),
  {
    id: 'economic_30110_30111=general_21011_basic',
    severity: 'warning',
    relation: '=',
    left: [cell('basic_by_economic', '30110', 'total'), cell('basic_by_economic', '30111', 'total')],
    right: [cell('general_budget_by_function', '21011', 'basic')],
    words: {
      zh: '经济分类 30110 + 30111 = 功能分类 21011 行政事业单位医疗 基本支出（通常如此）',
      en: 'economic 30110 + 30111 = function 21011 basic expenditure (conventionally)',
    },
  },
  {
    id: 'economic_personnel=301+303',
    severity: 'warning',
    relation: '=',
    left: [cell('basic_by_economic', 'total', 'personnel')],
    right: [cell('basic_by_economic', '301', 'total'), cell('basic_by_economic', '303', 'total')],
    words: {
      zh: '人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助（通常如此）',
      en: 'personnel = 301 + 303 (conventionally)',
    },
  },
  {
    id: 'economic_public=302+310',
    severity: 'warning',
    relation: '=',
    left: [cell('basic_by_economic', 'total', 'public')],
    right: [cell('basic_by_economic', '302', 'total'), cell('basic_by_economic', '310', 'total')],
    words: {
      zh: '公用经费 = 302 商品和服务支出 + 310 资本性支出（通常如此）',
      en: 'public = 302 + 310 (conventionally)',
    },
  },
  ...(
    [
      ['outbound', '30212', '因公出国（境）费'],
      ['reception', '30217', '公务接待费'],
      ['vehicle_operation', '30231', '公务用车运行维护费'],
    ] as const
  ).map(
    ([column, econ, name]): CrossIdentity => ({
      id: `three_public_${column}>=economic_${econ}`,
      severity: 'warning',
      relation: '>=',
      left: [cell('three_public', 'total', column)],
      right: [cell('basic_by_economic', econ, 'total')],
      words: {
        zh: `“三公”经费表 ${name} ≥ 基本支出经济分类 ${econ}`,
        en: `three-public ${column} ≥ economic ${econ} (basic expenditure only)`,
      },
    }),
  ),
  ...(
    [
      ['personnel', '人员经费'],
      ['public', '公用经费'],
    ] as const
  ).map(
    ([column, name]): CrossIdentity => ({
      id: `finance_${column}=economic_${column}`,
      whereColumnsPrinted: true,
      severity: 'warning',
      relation: '=',
      left: [cell('finance_summary', 'expenditure_total', column, 'expenditure')],
      right: [cell('basic_by_economic', 'total', column)],
      words: {
        zh: `财务收支预算总表 支出总计${name} = 基本支出经济分类 合计${name}（基本支出全由一般公共预算安排时相等）`,
        en: `summary table ${column} total = economic table ${column} total (when basic expenditure is all general budget)`,
      },
    }),
  ),
  {
    id: 'operating_costs<=finance_public',
    whereColumnsPrinted: true,
    severity: 'warning',
    relation: '<=',
    left: [cell('three_public', 'total', 'operating_costs')],
    right: [cell('finance_summary', 'expenditure_total', 'public', 'expenditure')],
    words: {
      zh: '机关运行经费 ≤ 财务收支预算总表 支出总计公用经费',
      en: 'office running costs ≤ public expenditure in the summary table',
    },
  },
  {
    id: 'operating_costs<=economic_public',
    severity: 'warning',
    relation: '<=',
    left: [cell('three_public', 'total', 'operating_costs')],
    right: [cell('basic_by_economic', 'total', 'public')],
    words: {
      zh: '机关运行经费 ≤ 基本支出经济分类 公用经费（机关和参公单位全覆盖时相等）',
      en: 'office running costs ≤ public expenditure of basic expenditure',
    },
  },
];

const target = (key: string, ...cells: Operand[][]): ClaimTarget => ({ key, cells, severity: 'error' });
const threePublic = (column: string) => [cell('three_public', 'total', column)];

/** Where the tables state what 编制说明 and 其他相关情况说明 state. */
export const SHANGHAI_CLAIM_TARGETS: readonly ClaimTarget[] = [
  target('income_total', [fin('income_total', 'income')], [cell('revenue_summary', 'total', 'total')]),
  target('fiscal_grant_income', [fin('fiscal_grant', 'income')], [cell('revenue_summary', 'total', 'fiscal_grant')]),
  target('business_income', [fin('business', 'income')], [cell('revenue_summary', 'total', 'business')]),
  target('operating_income', [fin('operating', 'income')], [cell('revenue_summary', 'total', 'operating')]),
  target('other_income', [fin('other', 'income')], [cell('revenue_summary', 'total', 'other')]),
  target(
    'expenditure_total',
    [fin('expenditure_total', 'expenditure')],
    [cell('expenditure_summary', 'total', 'total')],
  ),
  target(
    'fiscal_expenditure',
    [cell('fiscal_summary', 'expenditure_total', 'total', 'expenditure')],
    [
      cell('general_budget_by_function', 'total', 'total'),
      cell('gov_fund_by_function', 'total', 'total'),
      cell('state_capital_by_function', 'total', 'total'),
    ],
  ),
  target(
    'general_expenditure',
    [cell('general_budget_by_function', 'total', 'total')],
    [cell('fiscal_summary', 'expenditure_total', 'general', 'expenditure')],
  ),
  target(
    'gov_fund_expenditure',
    [cell('gov_fund_by_function', 'total', 'total')],
    [cell('fiscal_summary', 'expenditure_total', 'gov_fund', 'expenditure')],
  ),
  target(
    'state_capital_expenditure',
    [cell('state_capital_by_function', 'total', 'total')],
    [cell('fiscal_summary', 'expenditure_total', 'state_capital', 'expenditure')],
  ),
  target('three_public.total', threePublic('total')),
  target('three_public.outbound', threePublic('outbound')),
  target('three_public.reception', threePublic('reception')),
  target('three_public.vehicles', threePublic('vehicles')),
  target('three_public.vehicle_purchase', threePublic('vehicle_purchase')),
  target('three_public.vehicle_operation', threePublic('vehicle_operation')),
  target('operating_costs', threePublic('operating_costs')),
  {
    key: 'performance.projects',
    label: '编报绩效目标的项目预算资金',
    cells: [[cell('expenditure_summary', 'total', 'project')]],
    // Every real document differs here (czj-2025: 598.46 vs 609.31; swj-2025: 11,381.60 vs 35,168.40):
    // the targets are set per project and need not cover every project of the year.
    severity: 'info',
  },
];
