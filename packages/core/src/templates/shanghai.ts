import { SHANGHAI_CLAIM_TARGETS, SHANGHAI_IDENTITIES } from './shanghai-identities.js';
import { SHANGHAI_CLAIM_PHRASES, SHANGHAI_DOCUMENT_WORDS } from './shanghai-words.js';
import { column } from './spec.js';
import type { TableSpec, Template } from './types.js';

/**
 * Shanghai's nine-table template for 部门预算 and 单位预算 (municipal and district level), as used
 * 2019–2026. Titles carry 部门 or 单位; the year is optional (三公 tables often omit it).
 */

const SCOPE = '(?<scope>部门|单位)';
const YEAR = '(?:(?<year>\\d{4})年度?)?';

const total = column('total', 'total', ['合计', '总计']);
const basic = column('basic', 'basic expenditure', ['基本支出']);
const project = column('project', 'project expenditure', ['项目支出']);
const byFunctionColumns = [total, basic, project];
const byFunctionHeaders = ['项目', '功能分类科目编码', '科目编码', '功能分类科目名称', '科目名称', '类', '款', '项'];

const byFunction = (kind: TableSpec['kind'], fund: string, name: string, nameEn: string): TableSpec => ({
  kind,
  fund,
  name: { zh: name, en: nameEn },
  titles: [`${YEAR}${SCOPE}${fund}预算支出功能分类预算表`],
  unit: '元',
  layout: 'grid',
  codes: 'function',
  columns: byFunctionColumns,
  compositions: [{ total: 'total', parts: ['basic', 'project'] }],
  headerWords: [...byFunctionHeaders, `${fund}预算支出`, `${fund}支出`],
});

export const SHANGHAI_BUDGET: Template = {
  id: 'shanghai-budget',
  name: '上海市部门（单位）预算 九张表',
  regions: ['上海'],
  stage: 'budget',
  tables: [
    {
      kind: 'finance_summary',
      name: { zh: '财务收支预算总表', en: 'Summary of revenue and expenditure' },
      titles: [`${YEAR}${SCOPE}财务收支预算总表`],
      unit: '元',
      layout: 'two_sided',
      // Unit budgets (and the municipal layout) split the expenditure 预算数 into 合计, 基本支出's
      // 人员经费 and 公用经费, and 项目支出; 合计 is then the amount.
      columns: [
        column('amount', 'amount', ['预算数', '合计']),
        column('personnel', 'personnel', ['人员经费'], true),
        column('public', 'public expenses', ['公用经费'], true),
        column('project', 'project expenditure', ['项目支出'], true),
      ],
      incomeColumns: [column('amount', 'amount', ['预算数'])],
      incomeLines: [
        { key: 'fiscal_grant', patterns: ['^财政拨款收入$', '^财政拨款$'], level: 1 },
        { key: 'general_budget', patterns: ['^一般(公共)?预算(资金|拨款)?$'], level: 2, parent: 'fiscal_grant' },
        { key: 'gov_fund', patterns: ['^政府性基金(预算)?(资金|拨款)?$'], level: 2, parent: 'fiscal_grant' },
        { key: 'state_capital', patterns: ['^国有资本经营预算(资金|拨款)?$'], level: 2, parent: 'fiscal_grant' },
        { key: 'business', patterns: ['^事业收入$'], level: 1 },
        { key: 'operating', patterns: ['^事业单位经营收入$', '^经营收入$'], level: 1 },
        { key: 'other', patterns: ['^其他收入$'], level: 1 },
        { key: 'income_total', patterns: ['^收入总计$', '^收入合计$'], level: 0 },
      ],
      compositions: [],
      headerWords: ['本年收入', '本年支出', '项目', '预算数', '基本支出'],
    },
    {
      kind: 'revenue_summary',
      name: { zh: '收入预算总表', en: 'Revenue budget' },
      titles: [`${YEAR}${SCOPE}收入预算总表`],
      unit: '元',
      layout: 'grid',
      codes: 'function',
      columns: [
        total,
        column('fiscal_grant', 'fiscal appropriation', ['财政拨款收入', '财政拨款']),
        column('business', 'business income', ['事业收入']),
        column('operating', 'operating income', ['事业单位经营收入', '经营收入']),
        column('other', 'other income', ['其他收入']),
      ],
      compositions: [{ total: 'total', parts: ['fiscal_grant', 'business', 'operating', 'other'] }],
      headerWords: [...byFunctionHeaders, '收入预算', '事业单位'],
    },
    {
      kind: 'expenditure_summary',
      name: { zh: '支出预算总表', en: 'Expenditure budget' },
      titles: [`${YEAR}${SCOPE}支出预算总表`],
      unit: '元',
      layout: 'grid',
      codes: 'function',
      columns: byFunctionColumns,
      compositions: [{ total: 'total', parts: ['basic', 'project'] }],
      headerWords: [...byFunctionHeaders, '支出预算'],
    },
    {
      kind: 'fiscal_summary',
      name: { zh: '财政拨款收支预算总表', en: 'Fiscal appropriations summary' },
      titles: [`${YEAR}${SCOPE}财政拨款收支预算总表`],
      unit: '元',
      layout: 'two_sided',
      columns: [
        total,
        column('general', 'general budget', ['一般公共预算', '一般公共预算拨款']),
        column('gov_fund', 'government funds', ['政府性基金预算', '政府性基金']),
        column('state_capital', 'state capital', ['国有资本经营预算']),
      ],
      incomeColumns: [column('amount', 'amount', ['预算数'])],
      incomeLines: [
        { key: 'general_budget', patterns: ['^一般(公共)?预算(资金|拨款)?$'], level: 1 },
        { key: 'gov_fund', patterns: ['^政府性基金(预算)?(资金|拨款)?$'], level: 1 },
        { key: 'state_capital', patterns: ['^国有资本经营预算(资金|拨款)?$'], level: 1 },
        { key: 'income_total', patterns: ['^收入总计$', '^收入合计$'], level: 0 },
      ],
      compositions: [{ total: 'total', parts: ['general', 'gov_fund', 'state_capital'] }],
      headerWords: ['财政拨款收入', '财政拨款支出', '项目', '预算数'],
    },
    byFunction(
      'general_budget_by_function',
      '一般公共',
      '一般公共预算支出功能分类预算表',
      'General budget expenditure by function',
    ),
    byFunction(
      'gov_fund_by_function',
      '政府性基金',
      '政府性基金预算支出功能分类预算表',
      'Government fund expenditure by function',
    ),
    byFunction(
      'state_capital_by_function',
      '国有资本经营',
      '国有资本经营预算支出功能分类预算表',
      'State capital expenditure by function',
    ),
    {
      kind: 'basic_by_economic',
      name: {
        zh: '一般公共预算基本支出经济分类预算表',
        en: 'General budget basic expenditure by economic classification',
      },
      titles: [`${YEAR}${SCOPE}一般公共预算基本支出(?:部门|单位)?预算经济分类预算表`],
      unit: '元',
      layout: 'grid',
      codes: 'economic',
      columns: [
        total,
        column('personnel', 'personnel', ['人员经费']),
        column('public', 'public expenses', ['公用经费']),
      ],
      compositions: [{ total: 'total', parts: ['personnel', 'public'] }],
      headerWords: [
        '项目',
        '类',
        '款',
        '一般公共预算基本支出',
        '部门预算经济分类科目编码',
        '单位预算经济分类科目编码',
        '经济分类科目编码',
        '经济分类科目名称',
        '科目编码',
        '科目名称',
        '部门预算经济分',
        '类科目编码',
      ],
    },
    {
      kind: 'three_public',
      name: { zh: '“三公”经费和机关运行经费预算表', en: '"Three public" and office running costs' },
      titles: [`${YEAR}${SCOPE}?[“"]?三公[”"]?经费和机关运行经费预算表`],
      unit: '万元',
      layout: 'single_row',
      columns: [
        total,
        column('outbound', 'travel abroad', ['因公出国(境)费', '因公出国（境）费', '因公出国(境)费用']),
        column('reception', 'official reception', ['公务接待费']),
        column('vehicles', 'official vehicles', ['小计', '公务用车购置及运行费']),
        column('vehicle_purchase', 'vehicle purchase', ['购置费', '公务用车购置费']),
        column('vehicle_operation', 'vehicle running', ['运行费', '公务用车运行费']),
        column('operating_costs', 'office running costs', ['机关运行经费预算数', '机关运行经费', '机关运行经费预算']),
      ],
      compositions: [
        { total: 'total', parts: ['outbound', 'reception', 'vehicles'] },
        { total: 'vehicles', parts: ['vehicle_purchase', 'vehicle_operation'] },
      ],
      headerWords: ['“三公”经费预算数', '三公经费预算数', '公务用车购置及运行费', '数'],
    },
  ],
  identities: SHANGHAI_IDENTITIES,
  claimTargets: SHANGHAI_CLAIM_TARGETS,
  roles: {
    fiscalByCode: [
      { table: 'general_budget_by_function', column: 'total' },
      { table: 'gov_fund_by_function', column: 'total' },
      { table: 'state_capital_by_function', column: 'total' },
    ],
    allFundsByCode: { table: 'expenditure_summary', column: 'total' },
    series: {
      expenditure: 'expenditure_total',
      funds: [
        { key: 'general_expenditure', name: { zh: '一般公共预算', en: 'general budget' } },
        { key: 'gov_fund_expenditure', name: { zh: '政府性基金预算', en: 'government funds' } },
        { key: 'state_capital_expenditure', name: { zh: '国有资本经营预算', en: 'state capital' } },
      ],
    },
    codeNames: ['revenue_summary', 'expenditure_summary'],
  },
  claims: SHANGHAI_CLAIM_PHRASES,
  sections: [
    { kind: 'contents', patterns: ['^目录$'] },
    { kind: 'functions', patterns: ['主要职能$'] },
    { kind: 'organization', patterns: ['机构设置$'] },
    { kind: 'glossary', patterns: ['^名词解释$'] },
    { kind: 'explanation', patterns: ['预算编制说明$', '决算编制说明$'] },
    { kind: 'other', patterns: ['^其他相关情况说明$'] },
    { kind: 'project', patterns: ['经费情况说明$', '^\\d+、项目名称[:：]'] },
  ],
  document: SHANGHAI_DOCUMENT_WORDS,
};
