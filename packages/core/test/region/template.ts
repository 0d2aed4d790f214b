import type { Template } from '../../src/index.js';

/**
 * A hypothetical second region, as a template and nothing else: four tables instead of nine, titled
 * otherwise ("部门收支总表", "部门支出总表" …), a spending table with one column more than Shanghai's
 * (经营支出 beside 基本支出 and 项目支出), its own identities, its own words for the prose totals and its
 * own section headings. The test beside it reads and checks a document made for it with no change of code.
 */

const YEAR = '(?:(?<year>\\d{4})年度?)?';
const codeHeaders = ['科目编码', '科目名称', '类', '款', '项'];

export const TEST_REGION: Template = {
  id: 'test-region-budget',
  name: '某省部门预算 四张表（测试）',
  regions: ['某省'],
  stage: 'budget',
  tables: [
    {
      kind: 'overview',
      name: { zh: '部门收支总表', en: 'Revenue and expenditure overview' },
      titles: [`${YEAR}部门收支总表`],
      unit: '元',
      layout: 'two_sided',
      columns: [{ id: 'amount', name: { zh: '预算数', en: 'amount' }, headers: ['预算数'] }],
      incomeColumns: [{ id: 'amount', name: { zh: '预算数', en: 'amount' }, headers: ['预算数'] }],
      incomeLines: [
        { key: 'fiscal_grant', patterns: ['^财政拨款$'], level: 1 },
        { key: 'other', patterns: ['^其他收入$'], level: 1 },
        { key: 'income_total', patterns: ['^收入总计$'], level: 0 },
      ],
      compositions: [],
      headerWords: ['收入', '支出', '项目', '预算数'],
    },
    {
      kind: 'income_by_function',
      name: { zh: '部门收入总表', en: 'Income by function' },
      titles: [`${YEAR}部门收入总表`],
      unit: '元',
      layout: 'grid',
      codes: 'function',
      columns: [
        { id: 'total', name: { zh: '合计', en: 'total' }, headers: ['合计'] },
        { id: 'fiscal_grant', name: { zh: '财政拨款', en: 'fiscal appropriation' }, headers: ['财政拨款'] },
        { id: 'other', name: { zh: '其他收入', en: 'other income' }, headers: ['其他收入'] },
      ],
      compositions: [{ total: 'total', parts: ['fiscal_grant', 'other'] }],
      headerWords: codeHeaders,
    },
    {
      kind: 'spending_by_function',
      name: { zh: '部门支出总表', en: 'Spending by function' },
      titles: [`${YEAR}部门支出总表`],
      unit: '元',
      layout: 'grid',
      codes: 'function',
      // One column more than Shanghai's expenditure table: 经营支出.
      columns: [
        { id: 'total', name: { zh: '合计', en: 'total' }, headers: ['合计'] },
        { id: 'basic', name: { zh: '基本支出', en: 'basic expenditure' }, headers: ['基本支出'] },
        { id: 'project', name: { zh: '项目支出', en: 'project expenditure' }, headers: ['项目支出'] },
        { id: 'operating', name: { zh: '经营支出', en: 'operating expenditure' }, headers: ['经营支出'] },
      ],
      compositions: [{ total: 'total', parts: ['basic', 'project', 'operating'] }],
      headerWords: codeHeaders,
    },
    {
      kind: 'general_by_function',
      name: { zh: '一般公共预算支出表', en: 'General budget expenditure' },
      titles: [`${YEAR}一般公共预算支出表`],
      unit: '元',
      layout: 'grid',
      codes: 'function',
      columns: [
        { id: 'total', name: { zh: '合计', en: 'total' }, headers: ['合计'] },
        { id: 'basic', name: { zh: '基本支出', en: 'basic expenditure' }, headers: ['基本支出'] },
        { id: 'project', name: { zh: '项目支出', en: 'project expenditure' }, headers: ['项目支出'] },
      ],
      compositions: [{ total: 'total', parts: ['basic', 'project'] }],
      headerWords: codeHeaders,
    },
  ],
  identities: [
    {
      id: 'income_total=overview_income',
      severity: 'error',
      relation: '=',
      left: [{ table: 'income_by_function', row: 'total', column: 'total' }],
      right: [{ table: 'overview', row: 'income_total', column: 'amount', side: 'income' }],
      words: { zh: '部门收入总表 合计 = 部门收支总表 收入总计', en: 'income total = overview income total' },
    },
    {
      id: 'spending_total=overview_expenditure',
      severity: 'error',
      relation: '=',
      left: [{ table: 'spending_by_function', row: 'total', column: 'total' }],
      right: [{ table: 'overview', row: 'expenditure_total', column: 'amount', side: 'expenditure' }],
      words: { zh: '部门支出总表 合计 = 部门收支总表 支出总计', en: 'spending total = overview expenditure total' },
    },
    {
      id: 'income_code=spending_code',
      severity: 'error',
      relation: '=',
      each: 'code',
      left: [{ table: 'income_by_function', row: '{code}', column: 'total' }],
      right: [{ table: 'spending_by_function', row: '{code}', column: 'total' }],
      words: { zh: '部门收入总表 各科目合计 = 部门支出总表 该科目合计', en: 'income = spending, per code' },
    },
    {
      id: 'income_fiscal_code=general_code',
      severity: 'error',
      relation: '=',
      each: 'code',
      left: [{ table: 'income_by_function', row: '{code}', column: 'fiscal_grant' }],
      right: [{ table: 'general_by_function', row: '{code}', column: 'total' }],
      words: {
        zh: '部门收入总表 各科目财政拨款 = 一般公共预算支出表 该科目合计',
        en: 'fiscal income = general budget expenditure, per code',
      },
    },
  ],
  claimTargets: [
    {
      key: 'income_total',
      cells: [[{ table: 'overview', row: 'income_total', column: 'amount', side: 'income' }]],
      severity: 'error',
    },
    {
      key: 'fiscal_income',
      cells: [[{ table: 'income_by_function', row: 'total', column: 'fiscal_grant' }]],
      severity: 'error',
    },
    {
      key: 'expenditure_total',
      cells: [[{ table: 'spending_by_function', row: 'total', column: 'total' }]],
      severity: 'error',
    },
  ],
  roles: {
    fiscalByCode: [{ table: 'general_by_function', column: 'total' }],
    allFundsByCode: { table: 'spending_by_function', column: 'total' },
    codeNames: ['income_by_function', 'spending_by_function'],
  },
  claims: {
    totals: [
      { label: '财政拨款收入', key: 'fiscal_income' },
      { label: '本年收入', key: 'income_total' },
      { label: '本年支出', key: 'expenditure_total' },
    ],
    amounts: [],
    sameChanges: [],
  },
  sections: [
    { kind: 'contents', patterns: ['^目录$'] },
    { kind: 'functions', patterns: ['职责$'] },
    { kind: 'explanation', patterns: ['预算说明$'] },
  ],
  document: {
    cover: '^(?<region>[^\\d]{2,20}?)?(?<year>\\d{4})年度?(?<scope>部门|单位)(?<stage>预算)',
    departmentLabels: ['预算单位'],
    scopes: { 部门: 'department', 单位: 'unit' },
    stages: { 预算: 'budget' },
    scopeWords: { department: '部门预算', unit: '单位预算', except: '经济分类' },
  },
};
