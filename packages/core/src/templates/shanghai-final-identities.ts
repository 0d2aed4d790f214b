import type { ClaimTarget, CrossIdentity, Operand } from './types.js';

/**
 * Identities between the nine tables of Shanghai's 部门决算 (T1 收入支出决算总表 … T9, template order),
 * as data, and where the tables state what the 情况说明 states. Within-table sums (a line and its
 * sub-lines, a row total and its columns, parents and children) are the in-table rules'; these are the
 * ones a rule cannot see from one table's layout: a two-sided table's totals, each fund's balance
 * (年末 = 年初 + 本年收入 − 本年支出, written without subtraction as 年末 + 支出 = 年初 + 收入), and what
 * one table repeats of another. Amounts are 万元 with two decimals: every comparison allows the rounding
 * of the printed amounts involved (the rule reports such differences as one info per table).
 */

const cell = (table: Operand['table'], row: string, column: string, side?: Operand['side']): Operand =>
  side ? { table, row, column, side } : { table, row, column };

/** T1 收入支出决算总表: one amount column on each side. */
const t1 = (row: string, side: 'income' | 'expenditure') => cell('final_summary', row, 'amount', side);
/** T4 财政拨款收入支出决算总表: 决算数 on the income side; 合计 and one column per fund on the other. */
const t4in = (row: string) => cell('final_fiscal_summary', row, 'amount', 'income');
const t4out = (row: string, column: string) => cell('final_fiscal_summary', row, column, 'expenditure');

const identity = (
  id: string,
  left: Operand[],
  right: Operand[],
  zh: string,
  en: string,
  extra: Partial<CrossIdentity> = {},
): CrossIdentity => ({ id, severity: 'error', relation: '=', left, right, words: { zh, en }, ...extra });

/** The three funds: T4's income line, its opening line, its expenditure column, and its own table. */
const FUNDS = [
  {
    id: 'general',
    name: '一般公共预算财政拨款',
    en: 'general budget',
    tableEn: 'the general budget expenditure table',
    income: 'general_budget',
    opening: 'opening_general',
    table: 'final_general_budget_by_function',
  },
  {
    id: 'gov_fund',
    name: '政府性基金预算财政拨款',
    en: 'government fund',
    tableEn: 'the government fund table',
    income: 'gov_fund',
    opening: 'opening_gov_fund',
    table: 'final_gov_fund',
  },
  {
    id: 'state_capital',
    name: '国有资本经营预算财政拨款',
    en: 'state capital',
    tableEn: 'the state capital table',
    income: 'state_capital',
    opening: 'opening_state_capital',
    table: 'final_state_capital',
  },
] as const;

/** T1's income lines that are T2's columns (the three funds together are T2's 财政拨款收入). */
const T1_T2_INCOME = [
  ['superior', '上级补助收入'],
  ['business', '事业收入'],
  ['operating', '经营收入'],
  ['affiliated', '附属单位上缴收入'],
  ['other', '其他收入'],
] as const;

export const SHANGHAI_FINAL_IDENTITIES: readonly CrossIdentity[] = [
  // T1 收入支出决算总表: its two totals, and the expenditure total's parts (the income side's parts are
  // sub-lines the in-table rule adds up).
  identity(
    'final_summary_income=expenditure',
    [t1('income_grand_total', 'income')],
    [t1('expenditure_grand_total', 'expenditure')],
    '收入支出决算总表 收入总计 = 支出总计',
    'summary: income total = expenditure total',
  ),
  identity(
    'final_summary_expenditure_total',
    [t1('expenditure_grand_total', 'expenditure')],
    [
      t1('expenditure_total', 'expenditure'),
      t1('surplus_distribution', 'expenditure'),
      t1('closing_balance', 'expenditure'),
    ],
    '收入支出决算总表 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
    'summary: expenditure total = expenditure of the year + surplus distribution + closing balance',
  ),
  identity(
    'final_summary_income_year=revenue_total',
    [t1('income_year', 'income')],
    [cell('final_revenue', 'total', 'total')],
    '收入支出决算总表 本年收入合计 = 收入决算表 合计',
    'summary: income of the year = revenue table total',
  ),
  identity(
    'final_summary_fiscal=revenue_fiscal',
    [t1('general_budget', 'income'), t1('gov_fund', 'income'), t1('state_capital', 'income')],
    [cell('final_revenue', 'total', 'fiscal_grant')],
    '收入支出决算总表 三项财政拨款收入之和 = 收入决算表 财政拨款收入合计',
    'summary: the three fiscal appropriations = revenue table fiscal appropriation total',
  ),
  ...T1_T2_INCOME.map(([line, name]) =>
    identity(
      `final_summary_${line}=revenue_${line}`,
      [t1(line, 'income')],
      [cell('final_revenue', 'total', line)],
      `收入支出决算总表 ${name} = 收入决算表 ${name}合计`,
      `summary: ${line} income = revenue table ${line} total`,
    ),
  ),
  identity(
    'final_summary_expenditure_year=expenditure_total',
    [t1('expenditure_total', 'expenditure')],
    [cell('final_expenditure', 'total', 'total')],
    '收入支出决算总表 本年支出合计 = 支出决算表 合计',
    'summary: expenditure of the year = expenditure table total',
  ),
  identity(
    'final_summary_class=expenditure_class',
    [t1('{code}', 'expenditure')],
    [cell('final_expenditure', '{code}', 'total')],
    '收入支出决算总表 各类支出 = 支出决算表 该类本年支出合计',
    'summary: expenditure by class = expenditure table class total',
    { each: 'class' },
  ),
  // T2 收入决算表 → T4: the fiscal appropriations received.
  identity(
    'final_revenue_fiscal=fiscal_income_year',
    [cell('final_revenue', 'total', 'fiscal_grant')],
    [t4in('income_year')],
    '收入决算表 财政拨款收入合计 = 财政拨款收入支出决算总表 本年收入合计',
    'revenue table fiscal appropriation total = fiscal summary income of the year',
  ),
  ...FUNDS.map((f) =>
    identity(
      `final_summary_${f.income}=fiscal_${f.income}`,
      [t1(f.income, 'income')],
      [t4in(f.income)],
      `收入支出决算总表 ${f.name}收入 = 财政拨款收入支出决算总表 ${f.name}`,
      `summary, ${f.en} income = fiscal summary, ${f.en} income`,
    ),
  ),
  // T4 财政拨款收入支出决算总表: both sides' totals, and each fund's balance.
  identity(
    'final_fiscal_income=expenditure',
    [t4in('income_grand_total')],
    [t4out('expenditure_grand_total', 'total')],
    '财政拨款收入支出决算总表 收入总计 = 支出总计',
    'fiscal summary: income total = expenditure total',
  ),
  ...(['total', ...FUNDS.map((f) => f.id)] as const).map((column) =>
    identity(
      `final_fiscal_expenditure_total_${column}`,
      [t4out('expenditure_grand_total', column)],
      [t4out('expenditure_total', column), t4out('closing_balance', column)],
      `财政拨款收入支出决算总表 支出总计 = 本年支出合计 + 年末财政拨款结转和结余（${column === 'total' ? '合计' : (FUNDS.find((f) => f.id === column)?.name ?? column)}）`,
      `fiscal summary: expenditure total = expenditure of the year + closing balance (${column === 'total' ? 'total' : (FUNDS.find((f) => f.id === column)?.en ?? column)})`,
    ),
  ),
  identity(
    'final_fiscal_balance_total',
    [t4out('closing_balance', 'total'), t4out('expenditure_total', 'total')],
    [t4in('opening_balance'), t4in('income_year')],
    '财政拨款收入支出决算总表 年末结转和结余 + 本年支出合计 = 年初结转和结余 + 本年收入合计（年末 = 年初 + 收入 − 支出）',
    'fiscal summary: closing = opening + income − expenditure',
  ),
  ...FUNDS.map((f) =>
    identity(
      `final_fiscal_balance_${f.id}`,
      [t4out('closing_balance', f.id), t4out('expenditure_total', f.id)],
      [t4in(f.opening), t4in(f.income)],
      `财政拨款收入支出决算总表 ${f.name}：年末结转和结余 + 本年支出 = 年初结转和结余 + 本年收入（年末 = 年初 + 收入 − 支出）`,
      `fiscal summary, ${f.en}: closing = opening + income − expenditure`,
    ),
  ),
  // T4's fund columns are the fund tables: T5 (general budget) by class and in total, T8 and T9 line by line.
  ...FUNDS.map((f) =>
    identity(
      `final_fiscal_${f.id}_class=${f.table}_class`,
      [t4out('{code}', f.id)],
      [cell(f.table, '{code}', f.id === 'general' ? 'total' : 'subtotal')],
      `财政拨款收入支出决算总表 各类${f.name}支出 = ${f.id === 'general' ? '一般公共预算财政拨款支出决算表' : `${f.name.replace('财政拨款', '')}财政拨款收入支出决算表`} 该类${f.id === 'general' ? '合计' : '本年支出小计'}`,
      `fiscal summary, ${f.en} by class = ${f.tableEn}, class total`,
      { each: 'class' },
    ),
  ),
  identity(
    'final_fiscal_general=general_total',
    [t4out('expenditure_total', 'general')],
    [cell('final_general_budget_by_function', 'total', 'total')],
    '财政拨款收入支出决算总表 本年支出合计（一般公共预算财政拨款）= 一般公共预算财政拨款支出决算表 合计',
    'fiscal summary general-budget expenditure = general budget table total',
  ),
  ...FUNDS.filter((f) => f.id !== 'general').flatMap((f) => {
    const table = `${f.name.replace('财政拨款', '')}财政拨款收入支出决算表`;
    return [
      identity(
        `final_fiscal_${f.id}_opening=${f.table}_opening`,
        [t4in(f.opening)],
        [cell(f.table, 'total', 'opening')],
        `财政拨款收入支出决算总表 年初${f.name}结转和结余 = ${table} 合计 年初结转和结余`,
        `fiscal summary, ${f.en} opening balance = ${f.tableEn}, opening total`,
      ),
      identity(
        `final_fiscal_${f.id}_income=${f.table}_income`,
        [t4in(f.income)],
        [cell(f.table, 'total', 'income')],
        `财政拨款收入支出决算总表 ${f.name}收入 = ${table} 合计 本年收入`,
        `fiscal summary, ${f.en} income = ${f.tableEn}, income total`,
      ),
      identity(
        `final_fiscal_${f.id}_expenditure=${f.table}_expenditure`,
        [t4out('expenditure_total', f.id)],
        [cell(f.table, 'total', 'subtotal')],
        `财政拨款收入支出决算总表 本年支出合计（${f.name}）= ${table} 合计 本年支出小计`,
        `fiscal summary, ${f.en} expenditure = ${f.tableEn}, expenditure total`,
      ),
      identity(
        `final_fiscal_${f.id}_closing=${f.table}_closing`,
        [t4out('closing_balance', f.id)],
        [cell(f.table, 'total', 'closing')],
        `财政拨款收入支出决算总表 年末结转和结余（${f.name}）= ${table} 合计 年末结转和结余`,
        `fiscal summary, ${f.en} closing balance = ${f.tableEn}, closing total`,
      ),
      identity(
        `${f.table}_balance`,
        [cell(f.table, '{code}', 'closing'), cell(f.table, '{code}', 'subtotal')],
        [cell(f.table, '{code}', 'opening'), cell(f.table, '{code}', 'income')],
        `${table} 各科目：年末结转和结余 + 本年支出 = 年初结转和结余 + 本年收入（年末 = 年初 + 收入 − 支出）`,
        `${f.tableEn}, per code: closing = opening + income − expenditure`,
        { each: 'code' },
      ),
      identity(
        `${f.table}_balance_total`,
        [cell(f.table, 'total', 'closing'), cell(f.table, 'total', 'subtotal')],
        [cell(f.table, 'total', 'opening'), cell(f.table, 'total', 'income')],
        `${table} 合计：年末结转和结余 + 本年支出 = 年初结转和结余 + 本年收入（年末 = 年初 + 收入 − 支出）`,
        `${f.tableEn}, total: closing = opening + income − expenditure`,
      ),
    ];
  }),
  // T5 → T6: the basic expenditure is its economic classes, 人员经费 and 公用经费 are theirs.
  identity(
    'final_general_basic=economic_totals',
    [cell('final_general_budget_by_function', 'total', 'basic')],
    [
      cell('final_basic_by_economic', 'personnel_total', 'amount'),
      cell('final_basic_by_economic', 'public_total', 'amount'),
    ],
    '一般公共预算财政拨款支出决算表 基本支出合计 = 基本支出决算表 人员经费合计 + 公用经费合计',
    'general budget basic expenditure = personnel total + public total',
  ),
  // The economic table prints 301 and 303 under 人员经费合计, 302 and 310 under 公用经费合计 (and the
  // other classes of basic expenditure there, when a department prints them: 307, 309, 312, 399).
  identity(
    'final_economic_personnel=301+303',
    [cell('final_basic_by_economic', 'personnel_total', 'amount')],
    [cell('final_basic_by_economic', '301', 'amount'), cell('final_basic_by_economic', '303', 'amount')],
    '基本支出决算表 人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助',
    'economic table: personnel total = 301 + 303',
  ),
  identity(
    'final_economic_public=302+310',
    [cell('final_basic_by_economic', 'public_total', 'amount')],
    ['302', '310', '307', '309', '312', '399'].map((c) => cell('final_basic_by_economic', c, 'amount')),
    '基本支出决算表 公用经费合计 = 302 商品和服务支出 + 310 资本性支出（+ 其他类，如有）',
    'economic table: public total = 302 + 310',
  ),
  // All funds contain the fiscal appropriations: per class, 支出决算表 ≥ 财政拨款收入支出决算总表.
  identity(
    'final_expenditure_class>=fiscal_class',
    [cell('final_expenditure', '{code}', 'total')],
    [t4out('{code}', 'total')],
    '支出决算表 各类本年支出合计 ≥ 财政拨款收入支出决算总表 该类合计（财政拨款是全部支出的一部分）',
    'expenditure table class total ≥ fiscal summary class total (fiscal money is part of all money)',
    { each: 'class', relation: '>=' },
  ),
  // Conventions (warnings): they usually hold, the documents' rules do not require them.
  ...(
    [
      ['30108', '2080505', '机关事业单位基本养老保险缴费'],
      ['30109', '2080506', '职业年金缴费'],
      ['30113', '2210201', '住房公积金'],
    ] as const
  ).map(([econ, func, name]) =>
    identity(
      `final_economic_${econ}=general_${func}_basic`,
      [cell('final_basic_by_economic', econ, 'amount')],
      [cell('final_general_budget_by_function', func, 'basic')],
      `经济分类 ${econ} ${name} = 功能分类 ${func} 基本支出（通常如此）`,
      `economic ${econ} = function ${func} basic expenditure (conventionally)`,
      { severity: 'warning' },
    ),
  ),
  identity(
    'final_economic_30110_30111=general_21011_basic',
    [cell('final_basic_by_economic', '30110', 'amount'), cell('final_basic_by_economic', '30111', 'amount')],
    [cell('final_general_budget_by_function', '21011', 'basic')],
    '经济分类 30110 + 30111 = 功能分类 21011 行政事业单位医疗 基本支出（通常如此）',
    'economic 30110 + 30111 = function 21011 basic expenditure (conventionally)',
    { severity: 'warning' },
  ),
  ...(
    [
      ['outbound', '30212', '因公出国（境）费'],
      ['reception', '30217', '公务接待费'],
      ['vehicle_operation', '30231', '公务用车运行维护费'],
    ] as const
  ).map(([column, econ, name]) =>
    identity(
      `final_three_public_${column}>=economic_${econ}`,
      [cell('final_three_public', 'total', `${column}_final`)],
      [cell('final_basic_by_economic', econ, 'amount')],
      `“三公”经费支出决算表 ${name}决算数 ≥ 基本支出决算表 ${econ}`,
      `three-public ${column.replace('_', ' ')} outcome ≥ economic ${econ} (basic expenditure only)`,
      { severity: 'warning', relation: '>=' },
    ),
  ),
  // 三公 spent beyond its budget is allowed but is what readers look for.
  ...(
    [
      ['total', '合计'],
      ['outbound', '因公出国（境）费'],
      ['vehicles', '公务用车购置及运行维护费'],
      ['reception', '公务接待费'],
    ] as const
  ).map(([item, name]) =>
    identity(
      `final_three_public_${item}_final<=budget`,
      [cell('final_three_public', 'total', `${item}_final`)],
      [cell('final_three_public', 'total', `${item}_budget`)],
      `“三公”经费支出决算表 ${name}：决算数 ≤ 预算数（超出预算时提示）`,
      `three-public ${item}: outcome ≤ budget (flagged when above)`,
      { severity: 'warning', relation: '<=' },
    ),
  ),
];

const target = (key: string, ...cells: Operand[][]): ClaimTarget => ({ key, cells, severity: 'error' });
const threePublic = (item: string): ClaimTarget => ({
  key: `three_public.${item}`,
  cells: [[cell('final_three_public', 'total', `${item}_final`)]],
  budgetCells: [[cell('final_three_public', 'total', `${item}_budget`)]],
  severity: 'error',
});
const revenue = (column: string) => cell('final_revenue', 'total', column);
const expenditure = (column: string) => cell('final_expenditure', 'total', column);

/** Where the tables state what the 情况说明 states (claim keys are the final template's words'). */
export const SHANGHAI_FINAL_CLAIM_TARGETS: readonly ClaimTarget[] = [
  target('grand_total', [t1('income_grand_total', 'income')]),
  target('fiscal_grand_total', [t4in('income_grand_total')], [t4out('expenditure_grand_total', 'total')]),
  target('income_year', [t1('income_year', 'income')], [revenue('total')]),
  target('fiscal_grant_income', [revenue('fiscal_grant')], [t4in('income_year')]),
  ...T1_T2_INCOME.map(([line]) => target(`${line}_income`, [t1(line, 'income')], [revenue(line)])),
  target('expenditure_year', [t1('expenditure_total', 'expenditure')], [expenditure('total')]),
  target('basic_expenditure', [expenditure('basic')]),
  target('project_expenditure', [expenditure('project')]),
  target('to_superior_expenditure', [expenditure('to_superior')]),
  target('operating_expenditure', [expenditure('operating')]),
  target('to_affiliated_expenditure', [expenditure('to_affiliated')]),
  target(
    'fiscal_expenditure',
    [t4out('expenditure_total', 'total')],
    [
      cell('final_general_budget_by_function', 'total', 'total'),
      cell('final_gov_fund', 'total', 'subtotal'),
      cell('final_state_capital', 'total', 'subtotal'),
    ],
  ),
  target(
    'general_expenditure',
    [cell('final_general_budget_by_function', 'total', 'total')],
    [t4out('expenditure_total', 'general')],
  ),
  target('general_basic', [cell('final_general_budget_by_function', 'total', 'basic')]),
  target('general_project', [cell('final_general_budget_by_function', 'total', 'project')]),
  target('personnel', [cell('final_basic_by_economic', 'personnel_total', 'amount')]),
  target('public', [cell('final_basic_by_economic', 'public_total', 'amount')]),
  ...FUNDS.filter((f) => f.id !== 'general').flatMap((f) => [
    target(`${f.id}_income`, [cell(f.table, 'total', 'income')], [t4in(f.income)]),
    target(`${f.id}_expenditure`, [cell(f.table, 'total', 'subtotal')], [t4out('expenditure_total', f.id)]),
  ]),
  threePublic('total'),
  threePublic('outbound'),
  threePublic('vehicles'),
  threePublic('vehicle_purchase'),
  threePublic('vehicle_operation'),
  threePublic('reception'),
];
