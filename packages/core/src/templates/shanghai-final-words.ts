import { SHANGHAI_DOCUMENT_WORDS } from './shanghai-words.js';
import type { AmountPhrase, ClaimPhrases, DocumentWords, TotalPhrase } from './types.js';

/**
 * How Shanghai's 部门决算情况说明 words what it states, section by section of the official template
 * (附件2：部门决算模板): the totals of 一 to 六 and 八, 九; the 三公 items of 七; 机关运行经费 and 政府采购
 * of 十一; and the statements that a fund or 三公 does not exist. Keys are the final template's claim
 * targets (shanghai-final-identities.ts).
 */

/** A word that PDF text may print with spaces between its characters ("公 务 接 待 费"). */
const spaced = (word: string) => word.split('').join(String.raw`\s*`);

const total = (label: string, key: string): TotalPhrase => ({ label, key });
const amount = (kind: AmountPhrase['kind'], key: string, label: string, words: string): AmountPhrase => ({
  kind,
  key,
  label,
  words,
});

export const SHANGHAI_FINAL_CLAIM_PHRASES: ClaimPhrases = {
  // Longest first: 财政拨款收入支出总计 before 收入支出总计, 一般公共预算财政拨款基本支出 before 基本支出.
  totals: [
    total('政府性基金预算财政拨款收入', 'gov_fund_income'),
    total('政府性基金预算财政拨款支出', 'gov_fund_expenditure'),
    total('国有资本经营预算财政拨款收入', 'state_capital_income'),
    total('国有资本经营预算财政拨款支出', 'state_capital_expenditure'),
    total('一般公共预算财政拨款基本支出', 'general_basic'),
    total('一般公共预算财政拨款项目支出', 'general_project'),
    total('一般公共预算财政拨款支出', 'general_expenditure'),
    total('财政拨款收入支出总计', 'fiscal_grand_total'),
    total('收入支出总计', 'grand_total'),
    total('本年收入合计', 'income_year'),
    total('本年支出合计', 'expenditure_year'),
    total('对附属单位补助支出', 'to_affiliated_expenditure'),
    total('附属单位上缴收入', 'affiliated_income'),
    total('财政拨款收入', 'fiscal_grant_income'),
    total('上级补助收入', 'superior_income'),
    total('上缴上级支出', 'to_superior_expenditure'),
    total('事业收入', 'business_income'),
    total('经营收入', 'operating_income'),
    total('其他收入', 'other_income'),
    total('基本支出', 'basic_expenditure'),
    total('项目支出', 'project_expenditure'),
    total('经营支出', 'operating_expenditure'),
    total('人员经费', 'personnel'),
    total('公用经费', 'public'),
  ],
  // 七's items as the template words them, "支出决算" or "决算" between the item and its amount.
  amounts: [
    amount('three_public', 'three_public.total', '“三公”经费', '[“"]?三公[”"]?经费(?:财政拨款)?(?:支出)?(?:决算数?)?'),
    amount(
      'three_public',
      'three_public.outbound',
      '因公出国（境）费',
      String.raw`因公出国\s*[（(]境[)）]\s*费(?:用)?(?:支出)?(?:决算数?)?`,
    ),
    amount(
      'three_public',
      'three_public.vehicles',
      '公务用车购置及运行维护费',
      `${spaced('公务用车购置及运行')}(?:维护)?费(?:支出)?(?:决算数?)?`,
    ),
    amount('three_public', 'three_public.vehicle_purchase', '公务用车购置费', '公务用车购置(?:费)?(?!及)(?:支出)?'),
    amount(
      'three_public',
      'three_public.vehicle_operation',
      '公务用车运行维护费',
      '(?<!购置及)公务用车运行(?:维护)?(?:费)?(?:支出)?',
    ),
    amount('three_public', 'three_public.reception', '公务接待费', `${spaced('公务接待费')}(?:支出)?(?:决算数?)?`),
    amount('operating_costs', 'operating_costs', '机关运行经费', '机关运行经费(?:支出)?'),
    // 十一（二）: amounts by contract signed. The reserves for small firms are budget amounts, not parts
    // of the contracts' total, so they are not compared with it.
    amount(
      'procurement',
      'procurement.total',
      '政府采购金额',
      String.raw`政府采购金额\s*(?:[（(]以合同签订为准[)）])?`,
    ),
    amount('procurement', 'procurement.goods', '货物采购金额', spaced('货物采购金额')),
    amount('procurement', 'procurement.works', '工程采购金额', spaced('工程采购金额')),
    amount('procurement', 'procurement.services', '服务采购金额', spaced('服务采购金额')),
    // Contracts won by small firms: in projects reserved for them, and in the other projects. Contracts
    // too, so together at most the procurement total.
    amount(
      'procurement',
      'procurement.sme_awarded',
      '面向中小企业预留项目中由中小企业中标或成交的采购金额',
      String.raw`在面向中小企业预留的?政府采购项目中\s*[，,]?\s*由中小企业(?:供应商)?中标或成交的\s*[，,]?\s*采购金额`,
    ),
    amount(
      'procurement',
      'procurement.small_micro_awarded',
      '面向小微企业预留项目中由小微企业中标或成交的采购金额',
      String.raw`在面向小微企业预留的?政府采购项目中\s*[，,]?\s*由小微企业(?:供应商)?中标或成交的\s*[，,]?\s*采购金额`,
    ),
    amount(
      'procurement',
      'procurement.other_sme_awarded',
      '其他政府采购项目中由中小企业中标或成交的采购金额',
      String.raw`在其他政府采购项目中\s*[，,]?\s*由中小企业(?:供应商)?中标或成交的\s*[，,]?\s*采购金额`,
    ),
  ],
  sameChanges: [],
  absences: [
    {
      words: '政府性基金预算财政拨款收入和?支出',
      label: '政府性基金预算财政拨款',
      keys: ['gov_fund_income', 'gov_fund_expenditure'],
    },
    {
      words: '国有资本经营预算财政拨款收入和?支出',
      label: '国有资本经营预算财政拨款',
      keys: ['state_capital_income', 'state_capital_expenditure'],
    },
    { words: '[“"]?三公[”"]?经费财政拨款支出', label: '“三公”经费财政拨款支出', keys: ['three_public.total'] },
  ],
};

/**
 * The final accounts' document words: the budget's, and the statements whose year is the year the
 * accounts close (the template writes "上海市XX局2024年度收入支出总计", "2024年度“三公”经费…",
 * "编报绩效目标的2024年度项目", "截至2024年12月31日"); comparisons ("与2023年度相比") are checked as changes.
 */
export const SHANGHAI_FINAL_DOCUMENT_WORDS: DocumentWords = {
  ...SHANGHAI_DOCUMENT_WORDS,
  ownYears: [
    String.raw`(\d{4})\s*年度\s*(?=(?:财政拨款)?收入支出总计|部门决算|单位决算|无|[“"]?三公|预算绩效管理|政府采购|本部门|本单位|项目)`,
    String.raw`截至\s*(\d{4})\s*年\s*12\s*月\s*31\s*日`,
  ],
};
