import { SHANGHAI_FINAL_CLAIM_TARGETS, SHANGHAI_FINAL_IDENTITIES } from './shanghai-final-identities.js';
import { SHANGHAI_FINAL_CLAIM_PHRASES, SHANGHAI_FINAL_DOCUMENT_WORDS } from './shanghai-final-words.js';
import { column } from './spec.js';
import type { ColumnSpec, LineSpec, TableSpec, Template } from './types.js';

/**
 * Shanghai's 部门决算 (final accounts), as published 2022–2025: nine tables in 万元 with other shapes
 * than the budget's — 上级补助 and 附属单位 columns, carry-overs (结转和结余) below the totals, the basic
 * expenditure by economic class printed in two blocks side by side, and 三公 with 预算数 / 决算数 under
 * every column. Titles carry neither year nor scope. Identities between the tables and where they state
 * what the 情况说明 states: shanghai-final-identities.ts; the 情况说明's words: shanghai-final-words.ts.
 */

const byFunctionHeaders = ['项目', '支出功能分类', '支出功能分类科目编码', '科目编码', '科目名称', '类', '款', '项'];

/** An amount line of a two-sided table: its label without enumerator and spaces must match. */
const line = (key: string, pattern: string, level: number, parent?: string): LineSpec => ({
  key,
  patterns: [pattern],
  level,
  ...(parent ? { parent } : {}),
});

const fundTable = (kind: TableSpec['kind'], fund: string, name: string, nameEn: string): TableSpec => ({
  kind,
  fund,
  name: { zh: name, en: nameEn },
  titles: [`${fund}预算财政拨款收入支出决算表`],
  unit: '万元',
  layout: 'grid',
  codes: 'function',
  columns: [
    column('opening', 'opening balance', ['年初结转和结余']),
    column('income', 'income of the year', ['本年收入']),
    column('subtotal', 'expenditure of the year', ['小计']),
    column('basic', 'basic expenditure', ['基本支出']),
    column('project', 'project expenditure', ['项目支出']),
    column('closing', 'closing balance', ['年末结转和结余']),
  ],
  compositions: [{ total: 'subtotal', parts: ['basic', 'project'] }],
  headerWords: [...byFunctionHeaders, '本年支出'],
});

/** 三公 columns: each item with its 预算数 and 决算数, named by the item above them ("合计/预算数"). */
const threePublicItems = [
  ['total', '合计', 'total'],
  ['outbound', '因公出国（境）费', 'travel abroad'],
  ['vehicles', '小计', 'official vehicles'],
  ['vehicle_purchase', '公务用车购置费', 'vehicle purchase'],
  ['vehicle_operation', '公务用车运行维护费', 'vehicle running'],
  ['reception', '公务接待费', 'official reception'],
] as const;
/** Names the official template prints otherwise than some departments (公务用车运行费). */
const threePublicAliases: Readonly<Record<string, string>> = { 公务用车运行维护费: '公务用车运行费' };
const threePublicColumns: ColumnSpec[] = threePublicItems.flatMap(([id, name, en]) => {
  const alias = threePublicAliases[name];
  return [
    column(`${id}_budget`, `${en}, budget`, [`${name}/预算数`, ...(alias ? [`${alias}/预算数`] : [])]),
    column(`${id}_final`, `${en}, final`, [`${name}/决算数`, ...(alias ? [`${alias}/决算数`] : [])]),
  ];
});
const threePublicCompositions = (['budget', 'final'] as const).flatMap((stage) => [
  { total: `total_${stage}`, parts: [`outbound_${stage}`, `vehicles_${stage}`, `reception_${stage}`] },
  { total: `vehicles_${stage}`, parts: [`vehicle_purchase_${stage}`, `vehicle_operation_${stage}`] },
]);

export const SHANGHAI_FINAL: Template = {
  id: 'shanghai-final',
  name: '上海市部门决算 九张表',
  regions: ['上海'],
  stage: 'final',
  tables: [
    {
      kind: 'final_summary',
      name: { zh: '收入支出决算总表', en: 'Final accounts: revenue and expenditure summary' },
      titles: ['收入支出决算总表'],
      unit: '万元',
      layout: 'two_sided',
      columns: [column('amount', 'amount', ['决算数'])],
      incomeColumns: [column('amount', 'amount', ['决算数'])],
      // 本年收入合计 = the eight income lines; 总计 = 本年收入合计 + 结余 used + carried over.
      incomeLines: [
        line('general_budget', '^一般公共预算财政拨款收入$', 2, 'income_year'),
        line('gov_fund', '^政府性基金预算财政拨款收入$', 2, 'income_year'),
        line('state_capital', '^国有资本经营预算财政拨款收入$', 2, 'income_year'),
        line('superior', '^上级补助收入$', 2, 'income_year'),
        line('business', '^事业收入$', 2, 'income_year'),
        line('operating', '^经营收入$', 2, 'income_year'),
        line('affiliated', '^附属单位上缴收入$', 2, 'income_year'),
        line('other', '^其他收入$', 2, 'income_year'),
        line('income_year', '^本年收入合计$', 1, 'income_grand_total'),
        line('unused_balance', '^使用非财政拨款结余', 1, 'income_grand_total'),
        line('opening_balance', '^年初结转和结余$', 1, 'income_grand_total'),
        line('income_grand_total', '^总计$', 0),
      ],
      expenditureLines: [
        line('expenditure_total', '^本年支出合计$', 0),
        line('surplus_distribution', '^结余分配$', 0),
        line('closing_balance', '^年末结转和结余$', 0),
        line('expenditure_grand_total', '^总计$', 0),
      ],
      compositions: [],
      headerWords: ['收入', '支出', '项目', '决算数'],
    },
    {
      kind: 'final_revenue',
      name: { zh: '收入决算表', en: 'Final accounts: revenue' },
      titles: ['收入决算表'],
      unit: '万元',
      layout: 'grid',
      codes: 'function',
      columns: [
        column('total', 'total', ['本年收入合计']),
        column('fiscal_grant', 'fiscal appropriation', ['财政拨款收入']),
        column('superior', 'grants from the superior', ['上级补助收入']),
        column('business', 'business income', ['事业收入']),
        column('operating', 'operating income', ['经营收入']),
        column('affiliated', 'from affiliated units', ['附属单位上缴收入']),
        column('other', 'other income', ['其他收入']),
      ],
      compositions: [
        { total: 'total', parts: ['fiscal_grant', 'superior', 'business', 'operating', 'affiliated', 'other'] },
      ],
      headerWords: byFunctionHeaders,
    },
    {
      kind: 'final_expenditure',
      name: { zh: '支出决算表', en: 'Final accounts: expenditure' },
      titles: ['支出决算表'],
      unit: '万元',
      layout: 'grid',
      codes: 'function',
      columns: [
        column('total', 'total', ['本年支出合计']),
        column('basic', 'basic expenditure', ['基本支出']),
        column('project', 'project expenditure', ['项目支出']),
        column('to_superior', 'paid to the superior', ['上缴上级支出']),
        column('operating', 'operating expenditure', ['经营支出']),
        column('to_affiliated', 'grants to affiliated units', ['对附属单位补助支出']),
      ],
      compositions: [{ total: 'total', parts: ['basic', 'project', 'to_superior', 'operating', 'to_affiliated'] }],
      headerWords: byFunctionHeaders,
    },
    {
      kind: 'final_fiscal_summary',
      name: { zh: '财政拨款收入支出决算总表', en: 'Final accounts: fiscal appropriations summary' },
      titles: ['财政拨款收入支出决算总表'],
      unit: '万元',
      layout: 'two_sided',
      columns: [
        column('total', 'total', ['合计']),
        column('general', 'general budget', ['一般公共预算财政拨款']),
        column('gov_fund', 'government funds', ['政府性基金预算财政拨款']),
        column('state_capital', 'state capital', ['国有资本经营预算财政拨款']),
      ],
      incomeColumns: [column('amount', 'amount', ['决算数'])],
      // The three funds are listed twice: this year's income, then (below 年初…结转和结余) the carry-over.
      incomeLines: [
        line('general_budget', '^一般公共预算财政拨款$', 2, 'income_year'),
        line('gov_fund', '^政府性基金预算财政拨款$', 2, 'income_year'),
        line('state_capital', '^国有资本经营预算财政拨款$', 2, 'income_year'),
        line('income_year', '^本年收入合计$', 1, 'income_grand_total'),
        line('opening_balance', '^年初财政拨款结转和结余$', 1, 'income_grand_total'),
        line('opening_general', '^一般公共预算财政拨款$', 2, 'opening_balance'),
        line('opening_gov_fund', '^政府性基金预算财政拨款$', 2, 'opening_balance'),
        line('opening_state_capital', '^国有资本经营预算财政拨款$', 2, 'opening_balance'),
        line('income_grand_total', '^总计$', 0),
      ],
      expenditureLines: [
        line('expenditure_total', '^本年支出合计$', 0),
        line('closing_balance', '^年末财政拨款结转和结余$', 0),
        line('expenditure_grand_total', '^总计$', 0),
      ],
      compositions: [{ total: 'total', parts: ['general', 'gov_fund', 'state_capital'] }],
      headerWords: ['收入', '支出', '项目', '决算数'],
    },
    {
      kind: 'final_general_budget_by_function',
      name: { zh: '一般公共预算财政拨款支出决算表', en: 'Final accounts: general budget expenditure by function' },
      titles: ['一般公共预算财政拨款支出决算表'],
      unit: '万元',
      layout: 'grid',
      codes: 'function',
      columns: [
        column('total', 'total', ['合计']),
        column('basic', 'basic expenditure', ['基本支出']),
        column('project', 'project expenditure', ['项目支出']),
      ],
      compositions: [{ total: 'total', parts: ['basic', 'project'] }],
      headerWords: byFunctionHeaders,
    },
    {
      kind: 'final_basic_by_economic',
      name: {
        zh: '一般公共预算财政拨款基本支出决算表',
        en: 'Final accounts: general budget basic expenditure by economic classification',
      },
      titles: ['一般公共预算财政拨款基本支出决算表'],
      unit: '万元',
      layout: 'grid',
      codes: 'economic',
      columns: [column('amount', 'amount', ['决算数'])],
      namedRows: [line('personnel_total', '^人员经费合计$', 0), line('public_total', '^公用经费合计$', 0)],
      compositions: [],
      headerWords: ['经济分类', '经济分类科目编码', '科目编码', '科目名称', '决算数', '类', '款'],
    },
    {
      kind: 'final_three_public',
      name: { zh: '财政拨款“三公”经费支出决算表', en: 'Final accounts: "three public" expenditure' },
      titles: ['财政拨款[“"]?三公[”"]?经费支出决算表'],
      unit: '万元',
      layout: 'single_row',
      columns: threePublicColumns,
      compositions: threePublicCompositions,
      headerWords: [
        '财政拨款“三公”经费',
        '合计',
        '因公出国（境）费',
        '公务用车购置及运行费',
        '公务用车购置及运行维护费',
        '小计',
        '公务用车购置费',
        '公务用车运行费',
        '公务用车运行维护费',
        '公务接待费',
        '预算数',
        '决算数',
      ],
    },
    fundTable(
      'final_gov_fund',
      '政府性基金',
      '政府性基金预算财政拨款收入支出决算表',
      'Final accounts: government fund appropriations',
    ),
    fundTable(
      'final_state_capital',
      '国有资本经营',
      '国有资本经营预算财政拨款收入支出决算表',
      'Final accounts: state capital appropriations',
    ),
  ],
  identities: SHANGHAI_FINAL_IDENTITIES,
  claimTargets: SHANGHAI_FINAL_CLAIM_TARGETS,
  // The fund tables print this year's expenditure under 小计, between the income and the carry-overs.
  roles: {
    fiscalByCode: [
      { table: 'final_general_budget_by_function', column: 'total' },
      { table: 'final_gov_fund', column: 'subtotal' },
      { table: 'final_state_capital', column: 'subtotal' },
    ],
    allFundsByCode: { table: 'final_expenditure', column: 'total' },
    series: {
      expenditure: 'expenditure_year',
      funds: [
        { key: 'general_expenditure', name: { zh: '一般公共预算', en: 'general budget' } },
        { key: 'gov_fund_expenditure', name: { zh: '政府性基金预算', en: 'government funds' } },
        { key: 'state_capital_expenditure', name: { zh: '国有资本经营预算', en: 'state capital' } },
      ],
    },
    codeNames: ['final_revenue', 'final_expenditure'],
    economicByCode: {
      table: 'final_basic_by_economic',
      column: 'amount',
      groups: { personnel: ['301', '303'], public: ['302', '310', '307', '309', '312', '399'] },
    },
  },
  claims: SHANGHAI_FINAL_CLAIM_PHRASES,
  sections: [
    { kind: 'contents', patterns: ['^目录$'] },
    // The parts' headings ("第二部分 上海市XX局2024年度部门决算表"), one printed over two lines.
    { kind: 'tables', patterns: ['^第[一二三四五六七八九十]+部分.*决算表$'] },
    { kind: 'functions', patterns: ['主要职能$'] },
    {
      kind: 'organization',
      patterns: ['决算单位构成$', '机构设置$'],
      name: { zh: '部门决算单位构成', en: 'units of the final accounts' },
    },
    { kind: 'glossary', patterns: ['名词解释$'] },
    {
      kind: 'explanation',
      patterns: [
        '决算情况说明$',
        '^[一二三四五六七八九十]+、.*决算(?:总体)?情况说明$',
        '^第[一二三四五六七八九十]+部分.*决算情况$',
        // 十、预算绩效管理情况: the template's one heading of 第三部分 not ending in 决算情况说明.
        '^[一二三四五六七八九十]+、预算绩效管理(?:工作)?(?:开展)?情况(?:说明)?$',
      ],
      name: { zh: '决算情况说明', en: 'explanation of the final accounts' },
    },
    {
      kind: 'other',
      patterns: ['其他重要事项的?情况说明$'],
      name: { zh: '其他重要事项的情况说明', en: 'other important matters' },
    },
  ],
  document: SHANGHAI_FINAL_DOCUMENT_WORDS,
};
