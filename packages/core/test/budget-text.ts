/**
 * Hand-made budgets for tests of documents read together: a whole 部门预算 or 单位预算 of the Shanghai
 * template as tab-separated text (the style of seed 001: a cover, 机构设置 with its list of units, 编制
 * 说明 with its totals, the nine tables), computed from a few 项 so that every identity of the document
 * holds exactly. A department is the sum of its units (`sumOf`); tests then change one 项 of one
 * document to plant a mistake between documents, and each document stays consistent in itself.
 */

/** One 项 of the function classification, in whole 元: its basic and project expenditure and its fund. */
export interface Leaf {
  code: string;
  basic: number;
  project: number;
  /** Default: the general budget. */
  fund?: 'general' | 'gov_fund';
}

export interface BudgetSpec {
  /** The department's name as printed (a unit's document prints the unit's name). */
  name: string;
  year: number;
  scope?: 'department' | 'unit';
  /** 机构设置's list (department documents): the units, 本部 first; `merged` ones 不单列预算，并入本部. */
  units?: readonly { name: string; merged?: boolean }[];
  leaves: readonly Leaf[];
  /** Share of 基本支出 that is 人员经费 (30101 基本工资); the rest is 公用经费 (30201 办公费). */
  personnel?: number;
  /** 三公 and 机关运行经费 (万元 with two decimals, as printed); items left out are 0.00. */
  threePublic?: { outbound?: string; reception: string; purchase?: string; operation?: string; running: string };
  /** Stated change of 财政拨款收入 against last year's budget, in 万元 as printed ("增加12.34"). */
  change?: { direction: '增加' | '减少'; amount: string };
}

/** Names of the codes the tests use, 类 → 款 → 项. */
const NAMES: Readonly<Record<string, string>> = {
  '201': '一般公共服务支出',
  '20103': '政府办公厅（室）及相关机构事务',
  '2010301': '行政运行',
  '2010302': '一般行政管理事务',
  '2010350': '事业运行',
  '208': '社会保障和就业支出',
  '20802': '民政管理事务',
  '2080201': '行政运行',
  '2080202': '一般行政管理事务',
  '2080501': '行政单位离退休',
  '20810': '社会福利',
  '2081002': '老年福利',
  '20805': '行政事业单位养老支出',
  '2080505': '机关事业单位基本养老保险缴费支出',
  '2080506': '机关事业单位职业年金缴费支出',
  '210': '卫生健康支出',
  '21011': '行政事业单位医疗',
  '2101101': '行政单位医疗',
  '2101102': '事业单位医疗',
  '221': '住房保障支出',
  '22102': '住房改革支出',
  '2210201': '住房公积金',
  '229': '其他支出',
  '22960': '彩票公益金安排的支出',
  '2296002': '用于社会福利的彩票公益金支出',
  '2296004': '用于残疾人事业的彩票公益金支出',
};

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 12,345,678 (元, whole). */
const yuan = (n: number) => (n === 0 ? '' : n.toLocaleString('en-US'));
/** 万元 with two decimals, rounded half up from whole 元. */
const wan = (n: number) => (Math.round(n / 100) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });

interface Line {
  code: string;
  total: number;
  basic: number;
  project: number;
  general: number;
  govFund: number;
}

/** Every class, 款 and 项 with its sums, in code order. */
function lines(leaves: readonly Leaf[]): Line[] {
  const out = new Map<string, Line>();
  const add = (code: string, leaf: Leaf) => {
    const line = out.get(code) ?? { code, total: 0, basic: 0, project: 0, general: 0, govFund: 0 };
    line.total += leaf.basic + leaf.project;
    line.basic += leaf.basic;
    line.project += leaf.project;
    if (leaf.fund === 'gov_fund') line.govFund += leaf.basic + leaf.project;
    else line.general += leaf.basic + leaf.project;
    out.set(code, line);
  };
  for (const leaf of leaves)
    for (const code of [leaf.code.slice(0, 3), leaf.code.slice(0, 5), leaf.code]) add(code, leaf);
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}

const codeCells = (code: string) => [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
const nameOf = (code: string) => NAMES[code] ?? `科目${code}`;
const row = (...cells: (string | number)[]) => cells.join('\t');

/** The budget as text (seed 001's tab-separated style). */
export function budgetText(spec: BudgetSpec): string {
  const { name, year } = spec;
  const unit = spec.scope === 'unit';
  const word = unit ? '单位' : '部门';
  const all = lines(spec.leaves);
  const classes = all.filter((l) => l.code.length === 3);
  const total = classes.reduce((a, l) => a + l.total, 0);
  const basic = classes.reduce((a, l) => a + l.basic, 0);
  const project = classes.reduce((a, l) => a + l.project, 0);
  const general = classes.reduce((a, l) => a + l.general, 0);
  const govFund = classes.reduce((a, l) => a + l.govFund, 0);
  // 人员经费 by the economic codes the conventions tie to function codes (30108 = 2080505 …), the rest 30101.
  const basicOf = (code: string) => all.find((l) => l.code === code)?.basic ?? 0;
  const tied: [string, string, number][] = [
    ['08', '机关事业单位基本养老保险缴费', basicOf('2080505')],
    ['09', '职业年金缴费', basicOf('2080506')],
    ['10', '职工基本医疗保险缴费', basicOf('2101101')],
    ['11', '公务员医疗补助缴费', basicOf('2101102')],
    ['13', '住房公积金', basicOf('2210201')],
  ];
  const tiedSum = tied.reduce((a, [, , v]) => a + v, 0);
  const personnel = Math.max(tiedSum, Math.round(basic * (spec.personnel ?? 0.8)));
  const publicCosts = basic - personnel;
  const wages = personnel - tiedSum;
  const three = spec.threePublic ?? { reception: '0.00', running: '0.00' };
  const out: string[] = [];
  const p = (...xs: string[]) => out.push(...xs, '');
  p(`上海市${year}年区级${word}预算`);
  p(`预算主管部门：${name}`);
  p(`${name}（${word}）主要职能`, `${name}负责本区有关工作。`);
  p(`${name}（${word}）机构设置`);
  if (!unit && spec.units) {
    p(
      `${name}部门预算包括${spec.units[0]?.name ?? '本部'}以及下属${spec.units.length - 1}家预算单位的综合收支计划。`,
      `本部门中，行政单位1家，事业单位${spec.units.length - 1}家，具体包括：`,
    );
    spec.units.forEach((u, i) => {
      out.push(`${i + 1}. ${u.name}${u.merged ? '，不单列预算，并入本部' : ''}。`);
    });
    out.push('');
  } else p(`${name}设办公室等内设机构。`);
  p(`${year}年${word}预算编制说明`);
  const change = spec.change ? `，比${year - 1}年预算${spec.change.direction}${spec.change.amount}万元` : '';
  p(
    `${year}年，${name}收入预算${wan(total)}万元，其中：财政拨款收入${wan(total)}万元${change}；事业收入0万元；事业单位经营收入0万元；其他收入0万元。`,
    `支出预算${wan(total)}万元，其中：财政拨款支出预算${wan(total)}万元。财政拨款支出预算中，一般公共预算拨款支出预算${wan(general)}万元；政府性基金拨款支出预算${wan(govFund)}万元；国有资本经营预算拨款支出预算0万元。`,
  );

  /**
   * The two 收支总表 print the income lines on the left and the classes on the right, row by row until
   * both run out: a class is its numbered name, then its `amounts` (`width` cells, blank past the last).
   */
  const beside = (income: readonly (readonly [string, number])[], width: number, amounts: (cls: Line) => string[]) => {
    for (let i = 0; i < Math.max(income.length, classes.length); i++) {
      const inc = income[i];
      const cls = classes[i];
      out.push(
        row(
          inc?.[0] ?? '',
          inc ? yuan(inc[1]) : '',
          cls ? `${NUMERALS[i]}、${nameOf(cls.code)}` : '',
          ...(cls ? amounts(cls) : Array<string>(width).fill('')),
        ),
      );
    }
  };
  const title = (t: string, unitWord = '元') => p(`${year}年${word}${t}`, `编制部门：${name}`, `单位：${unitWord}`);
  // 1 财务收支预算总表
  title('财务收支预算总表');
  out.push(row('本年收入', '', '本年支出', ''), row('项目', '预算数', '项目', '预算数'));
  const income = [
    ['一、财政拨款收入', total],
    ['1、一般公共预算资金', general],
    ['2、政府性基金', govFund],
    ['3、国有资本经营预算', 0],
    ['二、事业收入', 0],
    ['三、事业单位经营收入', 0],
    ['四、其他收入', 0],
  ] as const;
  beside(income, 1, (cls) => [yuan(cls.total)]);
  p(row('收入总计', yuan(total), '支出总计', yuan(total)));
  // 2 收入预算总表
  title('收入预算总表');
  out.push(
    row('项目', '', '', '', '收入预算', '', '', '', ''),
    row(
      '功能分类科目编码',
      '',
      '',
      '功能分类科目名称',
      '合计',
      '财政拨款收入',
      '事业收入',
      '事业单位经营收入',
      '其他收入',
    ),
    row('类', '款', '项', '', '', '', '', '', ''),
  );
  for (const l of all) out.push(row(...codeCells(l.code), nameOf(l.code), yuan(l.total), yuan(l.total), '', '', ''));
  p(row('合计', '', '', '', yuan(total), yuan(total), '', '', ''));
  // 3 支出预算总表
  title('支出预算总表');
  out.push(
    row('项目', '', '', '', '支出预算', '', ''),
    row('功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'),
    row('类', '款', '项', '', '', '', ''),
  );
  for (const l of all)
    out.push(row(...codeCells(l.code), nameOf(l.code), yuan(l.total), yuan(l.basic), yuan(l.project)));
  p(row('合计', '', '', '', yuan(total), yuan(basic), yuan(project)));
  // 4 财政拨款收支预算总表
  title('财政拨款收支预算总表');
  out.push(
    row('财政拨款收入', '', '财政拨款支出', '', '', '', ''),
    row('项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'),
  );
  const fiscalIncome = [
    ['一、一般公共预算资金', general],
    ['二、政府性基金', govFund],
    ['三、国有资本经营预算', 0],
  ] as const;
  beside(fiscalIncome, 4, (cls) => [yuan(cls.total), yuan(cls.general), yuan(cls.govFund), '']);
  p(row('收入总计', yuan(total), '支出总计', yuan(total), yuan(general), yuan(govFund), ''));
  // 5–7 the three funds by function
  const byFunction = (t: string, head: string, pick: (l: Line) => number) => {
    title(t);
    out.push(
      row('项目', '', '', '', head, '', ''),
      row('功能分类科目编码', '', '', '功能分类科目名称', '合计', '基本支出', '项目支出'),
      row('类', '款', '项', '', '', '', ''),
    );
    const shown = all.filter((l) => pick(l) > 0);
    for (const l of shown) {
      const share = pick(l) === l.total;
      out.push(
        row(
          ...codeCells(l.code),
          nameOf(l.code),
          yuan(pick(l)),
          share ? yuan(l.basic) : '',
          share ? yuan(l.project) : yuan(pick(l)),
        ),
      );
    }
    const sum = shown.filter((l) => l.code.length === 3);
    const whole = sum.reduce((a, l) => a + pick(l), 0);
    out.push(
      row(
        '合计',
        '',
        '',
        '',
        yuan(whole),
        yuan(sum.reduce((a, l) => a + (pick(l) === l.total ? l.basic : 0), 0)),
        yuan(sum.reduce((a, l) => a + (pick(l) === l.total ? l.project : pick(l)), 0)),
      ),
    );
    if (whole === 0) out.push(`本${word}无${head.replace('支出', '')}支出，故本表无数据。`);
    out.push('');
  };
  byFunction('一般公共预算支出功能分类预算表', '一般公共预算支出', (l) => l.general);
  byFunction('政府性基金预算支出功能分类预算表', '政府性基金预算支出', (l) => l.govFund);
  byFunction('国有资本经营预算支出功能分类预算表', '国有资本经营预算支出', () => 0);
  // 8 基本支出经济分类
  title(`一般公共预算基本支出${word}预算经济分类预算表`);
  out.push(
    row('项目', '', '一般公共预算基本支出', '', ''),
    row(`${word}预算经济分类科目编码`, '', '经济分类科目名称', '合计', '人员经费', '公用经费'),
    row('类', '款', '', '', '', ''),
    row('301', '', '工资福利支出', yuan(personnel), yuan(personnel), ''),
    ...(wages > 0 ? [row('301', '01', '基本工资', yuan(wages), yuan(wages), '')] : []),
    ...tied.filter(([, , v]) => v > 0).map(([code, label, v]) => row('301', code, label, yuan(v), yuan(v), '')),
  );
  if (publicCosts > 0)
    out.push(
      row('302', '', '商品和服务支出', yuan(publicCosts), '', yuan(publicCosts)),
      row('302', '01', '办公费', yuan(publicCosts), '', yuan(publicCosts)),
    );
  p(row('合计', '', '', yuan(basic), yuan(personnel), yuan(publicCosts)));
  // 9 三公
  p(`${word}“三公”经费和机关运行经费预算表`, `编制部门：${name}`, '单位：万元');
  out.push(
    row(`${year}年“三公”经费预算数`, '', '', '', '', '', `${year}年机关运行经费预算数`),
    row('合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '', '', ''),
    row('', '', '', '小计', '购置费', '运行费', ''),
  );
  // In whole hundredths of 万元, so the sums print exactly.
  const cents = (x: string | undefined) => Math.round(Number(x ?? '0') * 100);
  const show = (c: number) => (c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
  const vehicles = cents(three.purchase) + cents(three.operation);
  const total3 = cents(three.outbound) + cents(three.reception) + vehicles;
  out.push(
    row(
      show(total3),
      show(cents(three.outbound)),
      show(cents(three.reception)),
      show(vehicles),
      show(cents(three.purchase)),
      show(cents(three.operation)),
      three.running,
    ),
  );
  if (total3 === 0 && Number(three.running) === 0) out.push(`本${word}无“三公”经费和机关运行经费预算，故本表无数据。`);
  out.push('');
  return out.join('\n');
}

/** A department as the sum of its units' 项. */
export function sumOf(units: readonly BudgetSpec[]): Leaf[] {
  const by = new Map<string, Leaf>();
  for (const u of units)
    for (const l of u.leaves) {
      const key = `${l.code}|${l.fund ?? 'general'}`;
      const had = by.get(key);
      by.set(key, had ? { ...had, basic: had.basic + l.basic, project: had.project + l.project } : { ...l });
    }
  return [...by.values()];
}
