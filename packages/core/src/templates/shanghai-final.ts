import type { ColumnSpec, LineSpec, TableSpec, Template } from './types.js';

/**
 * Shanghai's 部门决算 (final accounts), as published 2022–2025: nine tables in 万元 with other shapes
 * than the budget's — 上级补助 and 附属单位 columns, carry-overs (结转和结余) below the totals, the basic
 * expenditure by economic class printed in two blocks side by side, and 三公 with 预算数 / 决算数 under
 * every column. Titles carry neither year nor scope. Identities between the tables are not stated yet.
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
  name,
  nameEn,
  titles: [`${fund}预算财政拨款收入支出决算表`],
  unit: '万元',
  layout: 'grid',
  codes: 'function',
  columns: [
    { id: 'opening', headers: ['年初结转和结余'] },
    { id: 'income', headers: ['本年收入'] },
    { id: 'subtotal', headers: ['小计'] },
    { id: 'basic', headers: ['基本支出'] },
    { id: 'project', headers: ['项目支出'] },
    { id: 'closing', headers: ['年末结转和结余'] },
  ],
  compositions: [{ total: 'subtotal', parts: ['basic', 'project'] }],
  headerWords: [...byFunctionHeaders, '本年支出'],
});

/** 三公 columns: each item with its 预算数 and 决算数, named by the item above them ("合计/预算数"). */
const threePublicItems = [
  ['total', '合计'],
  ['outbound', '因公出国（境）费'],
  ['vehicles', '小计'],
  ['vehicle_purchase', '公务用车购置费'],
  ['vehicle_operation', '公务用车运行费'],
  ['reception', '公务接待费'],
] as const;
const threePublicColumns: ColumnSpec[] = threePublicItems.flatMap(([id, name]) => [
  { id: `${id}_budget`, headers: [`${name}/预算数`] },
  { id: `${id}_final`, headers: [`${name}/决算数`] },
]);
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
      name: '收入支出决算总表',
      nameEn: 'Final accounts: revenue and expenditure summary',
      titles: ['收入支出决算总表'],
      unit: '万元',
      layout: 'two_sided',
      columns: [{ id: 'amount', headers: ['决算数'] }],
      incomeColumns: [{ id: 'amount', headers: ['决算数'] }],
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
      name: '收入决算表',
      nameEn: 'Final accounts: revenue',
      titles: ['收入决算表'],
      unit: '万元',
      layout: 'grid',
      codes: 'function',
      columns: [
        { id: 'total', headers: ['本年收入合计'] },
        { id: 'fiscal_grant', headers: ['财政拨款收入'] },
        { id: 'superior', headers: ['上级补助收入'] },
        { id: 'business', headers: ['事业收入'] },
        { id: 'operating', headers: ['经营收入'] },
        { id: 'affiliated', headers: ['附属单位上缴收入'] },
        { id: 'other', headers: ['其他收入'] },
      ],
      compositions: [
        { total: 'total', parts: ['fiscal_grant', 'superior', 'business', 'operating', 'affiliated', 'other'] },
      ],
      headerWords: byFunctionHeaders,
    },
    {
      kind: 'final_expenditure',
      name: '支出决算表',
      nameEn: 'Final accounts: expenditure',
      titles: ['支出决算表'],
      unit: '万元',
      layout: 'grid',
      codes: 'function',
      columns: [
        { id: 'total', headers: ['本年支出合计'] },
        { id: 'basic', headers: ['基本支出'] },
        { id: 'project', headers: ['项目支出'] },
        { id: 'to_superior', headers: ['上缴上级支出'] },
        { id: 'operating', headers: ['经营支出'] },
        { id: 'to_affiliated', headers: ['对附属单位补助支出'] },
      ],
      compositions: [{ total: 'total', parts: ['basic', 'project', 'to_superior', 'operating', 'to_affiliated'] }],
      headerWords: byFunctionHeaders,
    },
    {
      kind: 'final_fiscal_summary',
      name: '财政拨款收入支出决算总表',
      nameEn: 'Final accounts: fiscal appropriations summary',
      titles: ['财政拨款收入支出决算总表'],
      unit: '万元',
      layout: 'two_sided',
      columns: [
        { id: 'total', headers: ['合计'] },
        { id: 'general', headers: ['一般公共预算财政拨款'] },
        { id: 'gov_fund', headers: ['政府性基金预算财政拨款'] },
        { id: 'state_capital', headers: ['国有资本经营预算财政拨款'] },
      ],
      incomeColumns: [{ id: 'amount', headers: ['决算数'] }],
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
      name: '一般公共预算财政拨款支出决算表',
      nameEn: 'Final accounts: general budget expenditure by function',
      titles: ['一般公共预算财政拨款支出决算表'],
      unit: '万元',
      layout: 'grid',
      codes: 'function',
      columns: [
        { id: 'total', headers: ['合计'] },
        { id: 'basic', headers: ['基本支出'] },
        { id: 'project', headers: ['项目支出'] },
      ],
      compositions: [{ total: 'total', parts: ['basic', 'project'] }],
      headerWords: byFunctionHeaders,
    },
    {
      kind: 'final_basic_by_economic',
      name: '一般公共预算财政拨款基本支出决算表',
      nameEn: 'Final accounts: general budget basic expenditure by economic classification',
      titles: ['一般公共预算财政拨款基本支出决算表'],
      unit: '万元',
      layout: 'grid',
      codes: 'economic',
      columns: [{ id: 'amount', headers: ['决算数'] }],
      namedRows: [line('personnel_total', '^人员经费合计$', 0), line('public_total', '^公用经费合计$', 0)],
      compositions: [],
      headerWords: ['经济分类', '经济分类科目编码', '科目编码', '科目名称', '决算数', '类', '款'],
    },
    {
      kind: 'final_three_public',
      name: '财政拨款“三公”经费支出决算表',
      nameEn: 'Final accounts: "three public" expenditure',
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
        '小计',
        '公务用车购置费',
        '公务用车运行费',
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
  identities: [],
  claimTargets: [],
  fiscalTables: ['final_general_budget_by_function', 'final_gov_fund', 'final_state_capital'],
  sections: [
    { kind: 'contents', patterns: ['^目录$'] },
    { kind: 'functions', patterns: ['主要职能$'] },
    { kind: 'organization', patterns: ['决算单位构成$', '机构设置$'] },
    { kind: 'glossary', patterns: ['名词解释$'] },
    { kind: 'explanation', patterns: ['决算情况说明$', '^[一二三四五六七八九十]+、.*决算(?:总体)?情况说明$'] },
    { kind: 'other', patterns: ['其他重要事项的?情况说明$'] },
  ],
};
