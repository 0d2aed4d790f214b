import type { AmountPhrase, ClaimPhrases, DocumentWords, TotalPhrase } from './types.js';

/**
 * How Shanghai's budgets and final accounts word what they state: the labels of 编制说明's totals,
 * the quantities of 其他相关情况说明, and the words that say what a document is.
 */

/** A word that PDF text may print with spaces between its characters ("公 务 接 待 费"). */
const spaced = (word: string) => word.split('').join(String.raw`\s*`);
/** A word in brackets of either width, as template instructions print them ("（如持平作持平表述）"). */
const bracketed = (word: string) => String.raw`[（(]\s*${spaced(word)}\s*[)）]`;

const total = (label: string, key: string): TotalPhrase => ({ label, key });
const amount = (kind: AmountPhrase['kind'], key: string, label: string, words: string): AmountPhrase => ({
  kind,
  key,
  label,
  words,
});

export const SHANGHAI_CLAIM_PHRASES: ClaimPhrases = {
  // Longest first, so 事业单位经营收入 is not read as 事业收入.
  totals: [
    total('一般公共预算拨款支出预算', 'general_expenditure'),
    total('一般公共预算拨款支出', 'general_expenditure'),
    total('政府性基金拨款支出预算', 'gov_fund_expenditure'),
    total('政府性基金拨款支出', 'gov_fund_expenditure'),
    total('国有资本经营预算拨款支出预算', 'state_capital_expenditure'),
    total('国有资本经营预算拨款支出', 'state_capital_expenditure'),
    total('财政拨款支出预算', 'fiscal_expenditure'),
    total('财政拨款收入', 'fiscal_grant_income'),
    total('事业单位经营收入', 'operating_income'),
    total('事业收入', 'business_income'),
    total('其他收入', 'other_income'),
    total('收入预算', 'income_total'),
    total('支出预算', 'expenditure_total'),
  ],
  amounts: [
    amount('three_public', 'three_public.total', '“三公”经费', '[“"]?三公[”"]?经费'),
    amount(
      'three_public',
      'three_public.outbound',
      '因公出国（境）费',
      String.raw`因公出国\s*[（(]境[)）]\s*费(?:用)?`,
    ),
    amount('three_public', 'three_public.vehicles', '公务用车购置及运行费', spaced('公务用车购置及运行费')),
    amount('three_public', 'three_public.vehicle_purchase', '公务用车购置费', '公务用车购置费(?!及)'),
    amount('three_public', 'three_public.vehicle_operation', '公务用车运行费', '(?<!购置及)公务用车运行(?:维护)?费'),
    amount('three_public', 'three_public.reception', '公务接待费', spaced('公务接待费')),
    amount('operating_costs', 'operating_costs', '机关运行经费', '机关运行经费'),
    amount('procurement', 'procurement.total', '政府采购预算', '(?<![货物工程服务])政府采购预算(?![货物工程服务])'),
    amount('procurement', 'procurement.goods', '政府采购货物预算', spaced('政府采购货物预算')),
    amount('procurement', 'procurement.works', '政府采购工程预算', spaced('政府采购工程预算')),
    amount('procurement', 'procurement.services', '政府采购服务预算', spaced('政府采购服务预算')),
    amount(
      'procurement',
      'procurement.sme_reserved',
      '面向中小企业预留',
      '面向中小企业预留政府采购项目预算金额|面向中小企业预留(?:的)?(?:政府采购)?(?:项目)?(?:预算)?(?:金额)?',
    ),
    amount(
      'procurement',
      'procurement.small_micro',
      '预留给小型和微型企业',
      '预留给小型和微型企业的政府采购项目预算|预留给小(?:型和)?微(?:型)?企业(?:的)?(?:政府采购)?(?:项目)?(?:预算)?(?:金额)?',
    ),
  ],
  // Fiscal income is spent as fiscal expenditure; with only general-budget money, its change is the fiscal change.
  sameChanges: [
    {
      keys: ['fiscal_grant_income', 'fiscal_expenditure'],
      alsoWhenZero: { key: 'general_expenditure', zero: ['gov_fund_expenditure', 'state_capital_expenditure'] },
    },
  ],
};

export const SHANGHAI_DOCUMENT_WORDS: DocumentWords = {
  // "上海市2023年市级部门预算", "上海市普陀区财政局2024年度部门决算".
  cover:
    '^(?<region>[^\\d]{2,20}?)?(?<year>\\d{4})年度?(?:市级|区级|县级|镇级|本级)?(?<scope>部门|单位)(?<stage>预算|决算)',
  departmentLabels: ['预算主管部门', '主管部门', '部门名称', '单位名称', '预算单位'],
  scopes: { 部门: 'department', 单位: 'unit' },
  stages: { 预算: 'budget', 决算: 'final' },
  scopeWords: { department: '部门预算', unit: '单位预算', except: '经济分类' },
  // The publication templates' instructions to whoever fills them in (附件2：部门决算模板 and the budget
  // templates): what the filler is told to do, never what a document says.
  instructions: [
    spaced('仍保留该表格式'),
    `(?:${spaced('并在本表下方')})?${spaced('作下述说明')}`,
    bracketed('如持平作持平表述'),
    bracketed('不涉及的不列'),
    spaced('按上述格式依次说明'),
    bracketed('增加内容'),
    bracketed('制度名称'),
    spaced('由主管部门根据三定方案'),
    `${spaced('列明公务')}(?:${spaced('用车购置数量')}|${spaced('接待批次')})`,
  ],
  names: {
    budget: {
      department: { zh: '部门预算', en: 'department budget' },
      unit: { zh: '单位预算', en: 'unit budget' },
      year: { zh: '{year}年', en: '{year}' },
    },
    // Final accounts are of a year that has ended: "2024年度部门决算".
    final: {
      department: { zh: '部门决算', en: 'department final accounts' },
      unit: { zh: '单位决算', en: 'unit final accounts' },
      year: { zh: '{year}年度', en: '{year}' },
    },
  },
};
