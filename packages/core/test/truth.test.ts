import { describe, expect, it } from 'vitest';
import { checkDocument, type Finding, type Report } from '../src/index.js';
import { mutate, parseSeed as parse, setCell, swap } from './helpers.js';

/**
 * Severities a careful reviewer would give, and mistakes found by reading the real PDFs
 * (/work/shared/fixtures/real): each test puts the real sentence (quoted from the PDF named) into a
 * seed and asserts the one finding it gives, at its severity — and that the sentence as it should
 * have been written gives none.
 */

const check = (id: string, ...edits: ((text: string) => string)[]) => checkDocument(parse(id, ...edits));
const findings = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);
const brief = (fs: Finding[]) => fs.map((f) => [f.severity, f.message.zh]);

describe('rounding in tables printed in whole 元', () => {
  // shczj-2025-unit prints 302 商品和服务支出 24,840,779 over 款 adding to 24,840,778: its system holds
  // 分 and prints whole 元. Seed 001 prints whole 元 too.
  const doc = parse('001');

  it('a parent 1 元 off its children is one rounding info for the table, not an error per column', () => {
    const r = checkDocument(mutate(doc, (d) => setCell(d, 'expenditure_summary', '21015', 'basic', (v) => v + 100)));
    const h = findings(r, 'in_table.hierarchy');
    // 210 (basic) and 21015 (basic) against their children, and 21015's 合计 = 基本 + 项目 (composition):
    // one info for the table, whichever rule met the difference.
    expect(h.map((f) => [f.severity, f.message.zh, f.tolerance?.zh])).toEqual([
      ['info', '支出预算总表：3处合计与各项之和相差在四舍五入误差以内', '每个数额半个打印单位（0.5元）'],
    ]);
    expect(findings(r, 'in_table.composition')).toEqual([]);
    expect(r.checks.find((c) => c.rule === 'in_table.composition')?.status).toBe('pass');
  });

  it('beyond half a 元 per amount it is an error', () => {
    // 21015 has seven 项: up to 4 元 is rounding, 5 元 is not.
    const r = checkDocument(mutate(doc, (d) => setCell(d, 'expenditure_summary', '2101550', 'basic', (v) => v + 500)));
    expect(findings(r, 'in_table.hierarchy').map((f) => f.severity)).toEqual(['error']);
  });

  it('in a table that prints 分, 1 分 is an error, and a total printed without its 分 an info', () => {
    const d003 = parse('003');
    const general = d003.tables.find((t) => t.kind === 'general_budget_by_function');
    const total = general?.rows.find((r) => r.key === 'total')?.values.total ?? 0;
    expect(total % 100).not.toBe(0);
    const off = checkDocument(
      mutate(d003, (d) => setCell(d, 'general_budget_by_function', 'total', 'total', (v) => v + 1)),
    );
    expect(findings(off, 'in_table.grand_total').map((f) => f.severity)).toEqual(['error']);
    const whole = checkDocument(
      mutate(d003, (d) => setCell(d, 'general_budget_by_function', 'total', 'total', (v) => v - (v % 100))),
    );
    const g = findings(whole, 'in_table.grand_total');
    expect(g.map((f) => f.severity)).toEqual(['info']);
    expect(g[0]?.formula?.zh).toContain('（合计未印分）');
  });
});

describe('one wrong cell, one finding', () => {
  // drafts/table-total.pdf: a 款's 项目支出 printed 100 元 off breaks its own sum of 项, its 类's sum of
  // 款 and its row's 合计 = 基本支出 + 项目支出 — one mistake, reported once at the cell.
  const doc = parse('001');
  const inTable = (r: Report) => r.findings.filter((f) => f.rule.startsWith('in_table.'));

  it('a 款 printed wrong: one error naming the cell and the amount every sum needs', () => {
    const r = checkDocument(
      mutate(doc, (d) => setCell(d, 'expenditure_summary', '21015', 'project', (v) => v + 10000)),
    );
    expect(brief(inTable(r))).toEqual([
      [
        'error',
        '支出预算总表：21015 医疗保障管理事务的“项目支出”印作154,923,312元，它所在的3个勾稽关系都要求它为154,923,212元',
      ],
    ]);
    const [f] = inTable(r);
    expect(f?.refs[0]).toMatchObject({ table: 'expenditure_summary', row: '21015', column: 'project' });
    expect(f?.difference?.fen).toBe(10000);
    // The check results count what is reported.
    expect(r.checks.find((c) => c.rule === 'in_table.composition')?.findings).toBe(0);
    expect(r.summary.errors).toBe(r.findings.filter((x) => x.severity === 'error').length);
  });

  it('a 项 printed wrong in one table: its sums there and the identity with the other table, one error', () => {
    // 2101502's 合计 100 元 up in 一般公共预算支出表: 21015's sum of 项, its row, and 收入预算总表's
    // 财政拨款收入 of 2101502 (one cell against one cell) all need it 100 元 less.
    const r = checkDocument(
      mutate(doc, (d) => setCell(d, 'general_budget_by_function', '2101502', 'total', (v) => v + 10000)),
    );
    const sums = r.findings.filter((f) => f.rule.startsWith('in_table.') || f.rule.startsWith('cross_table.'));
    expect(brief(sums)).toEqual([
      [
        'error',
        '一般公共预算支出功能分类预算表：2101502 一般行政管理事务的“合计”印作5,905,212元，它所在的3个勾稽关系都要求它为5,905,112元',
      ],
    ]);
    expect(sums[0]?.refs).toContainEqual(expect.objectContaining({ table: 'revenue_summary', row: '2101502' }));
  });

  it('two cells wrong by different amounts: one error each, at each cell', () => {
    const r = checkDocument(
      mutate(doc, (d) => {
        setCell(d, 'expenditure_summary', '21015', 'project', (v) => v + 10000);
        setCell(d, 'expenditure_summary', '2101501', 'basic', (v) => v + 70000);
      }),
    );
    expect(brief(inTable(r))).toEqual([
      [
        'error',
        '支出预算总表：21015 医疗保障管理事务的“项目支出”印作154,923,312元，它所在的3个勾稽关系都要求它为154,923,212元',
      ],
      [
        'error',
        '支出预算总表：2101501 行政运行的“基本支出”印作67,581,103元，它所在的2个勾稽关系都要求它为67,580,403元',
      ],
    ]);
  });

  it('conventions the wrong cell also breaks are the same mistake, folded into its error', () => {
    // 合计's 人员经费 100 元 up: 合计 = Σ经济分类 and 合计 = 人员经费 + 公用经费 fail (two sums: the
    // cell), and so does the convention 人员经费 = 301 + 303 (a warning) — by the same 100 元.
    const r = checkDocument(
      mutate(doc, (d) => setCell(d, 'basic_by_economic', 'total', 'personnel', (v) => v + 10000)),
    );
    const tables = r.findings.filter((f) => f.rule.startsWith('in_table.') || f.rule.startsWith('cross_table.'));
    expect(brief(tables)).toEqual([
      [
        'error',
        '一般公共预算基本支出经济分类预算表：合计的“人员经费”印作102,732,592元，它所在的2个勾稽关系都要求它为102,732,492元，1个表间通常成立的对应关系亦然',
      ],
    ]);
    expect(tables[0]?.formula?.zh).toContain('（通常如此）');
  });

  it('a statement of the text that agrees with the cell as its sum needs it is a second witness', () => {
    // 公务用车运行费 printed 22.20 for 22.10: 小计 = 购置费 + 运行费 fails (one sum: any of its three cells
    // could be wrong), and the text's “公务用车运行费22.10万元” says which — one mistake, at the cell.
    const r = checkDocument(
      mutate(doc, (d) => setCell(d, 'three_public', 'total', 'vehicle_operation', (v) => v + 100000)),
    );
    expect(brief(r.findings.filter((f) => f.severity !== 'info' && f.rule !== 'document.empty_tables'))).toEqual([
      [
        'error',
        '“三公”经费和机关运行经费预算表：合计的“运行费”印作22.20万元，它所在的勾稽关系要求它为22.10万元；文字所述（“公务用车运行费”22.10万元）亦为此数',
      ],
    ]);
    expect(r.findings[0]?.refs).toContainEqual(expect.objectContaining({ section: expect.any(Number) }));
  });

  it('a statement that agrees with neither the printed cell nor the sum stays a finding of its own', () => {
    const r = checkDocument(
      mutate(
        parse('001', (t) => t.replace('公务用车运行费22.10万元', '公务用车运行费24.10万元')),
        (d) => setCell(d, 'three_public', 'total', 'vehicle_operation', (v) => v + 100000),
      ),
    );
    const above = r.findings.filter((f) => f.severity !== 'info' && f.rule !== 'document.empty_tables');
    expect(above.map((f) => f.rule)).toEqual(['in_table.composition', 'prose.three_public']);
    expect(above[0]?.message.zh).not.toContain('印作');
  });

  it('a class printed wrong that the text states as its sums need: one error, the text named in it', () => {
    // 208's 合计 20 万元 up in 一般公共预算支出表; the text's “社会保障和就业支出”科目1,291万元 is right.
    const r = checkDocument(
      mutate(doc, (d) => setCell(d, 'general_budget_by_function', '208', 'total', (v) => v + 20_000_000)),
    );
    const above = r.findings.filter((f) => f.severity !== 'info' && f.rule !== 'document.empty_tables');
    expect(above).toHaveLength(1);
    expect(above[0]?.message.zh).toMatch(
      /^一般公共预算支出功能分类预算表：208 社会保障和就业支出的“合计”印作.*；文字所述（“社会保障和就业支出”1,291万元）亦为此数$/,
    );
  });

  it('sums that need different changes of their shared cell are not folded', () => {
    // 21015's 基本支出 100 元 up and 2101501's 700 元 up: 21015 (basic) fails by −600, its row by +100.
    const r = checkDocument(
      mutate(doc, (d) => {
        setCell(d, 'expenditure_summary', '21015', 'basic', (v) => v + 10000);
        setCell(d, 'expenditure_summary', '2101501', 'basic', (v) => v + 70000);
      }),
    );
    // 2101501 (basic): 21015's sum of 项 needs it 600 元 less, its row 700 元 less; 21015 (basic): its
    // sum of 项 needs it 600 元 more, 210's sum and its row 100 元 less. No one cell explains them.
    expect(inTable(r).map((f) => [f.severity, f.formula?.zh.split('：')[0]])).toEqual([
      ['error', '210 卫生健康支出（基本支出）= 21011 + 21015 + 21099'],
      [
        'error',
        '21015 医疗保障管理事务（基本支出）= 2101501 + 2101502 + 2101504 + 2101505 + 2101506 + 2101550 + 2101599',
      ],
      ['error', '21015 医疗保障管理事务'],
      ['error', '2101501 行政运行'],
    ]);
  });
});

describe('change statements', () => {
  it('changes against different bases are a note, not a disagreement (swj-2025)', () => {
    // swj-2025: 财政拨款收入 "比2024年预算执行数增加24,558.18万元", 财政拨款支出 "比2024年预算增加24,491.71万元".
    const r = check(
      '000',
      swap(
        '财政拨款收入25,759万元，比2024年预算减少1,945万元',
        '财政拨款收入25,759万元，比2024年预算执行数减少1,912万元',
      ),
    );
    expect(brief(findings(r, 'prose.change_agreement'))).toEqual([
      [
        'info',
        '同一增减的比较基数不同，无法互相核对：“财政拨款收入”比2024年预算执行数减少1,912万元，“财政拨款支出预算”比2024年预算减少1,945万元，“一般公共预算拨款支出预算”比2024年预算减少1,945万元',
      ],
    ]);
    const same = check(
      '000',
      swap('财政拨款收入25,759万元，比2024年预算减少1,945万元', '财政拨款收入25,759万元，比2024年预算减少1,912万元'),
    );
    const f = findings(same, 'prose.change_agreement');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message.zh).toMatch(/^同一增减两处不一致/);
    expect([f[0]?.expected?.label?.zh, f[0]?.actual?.label?.zh]).toEqual(['财政拨款收入', '财政拨款支出预算']);
  });

  it('a comparison with the wrong year that no statement was read from (scripts/planted-words.mjs)', () => {
    const years = (r: Report) => findings(r, 'document.years').map((f) => [f.severity, f.message.zh]);
    // "与2024年预算一致" (czj-2025-dept) states no change a statement reads: its year is read all the same.
    const once = check(
      '000',
      swap('公务接待费21.60万元，与2024年预算持平。', '公务接待费21.60万元，与2023年预算一致。'),
    );
    expect(years(once)).toEqual([['error', '“与2023年预算一致”与2023年比较，上一年应为2024年']]);
    // The budget year written as last year: a figure of 2024 compared with 2024.
    const itself = check(
      '000',
      swap(
        '2025年“三公”经费预算数为208.70万元，与2024年预算持平。',
        '2024年“三公”经费预算数为208.70万元，与2024年预算持平。',
      ),
    );
    expect(years(itself)).toEqual([
      ['error', '“2024年‘三公’经费预算数为208.70万元，与2024年预算持平”：2024年的数与2024年比较，所说年度应为2025年'],
    ]);
    expect(years(check('000'))).toEqual([]);
  });

  it('a stale year in one of the statements of one change is one finding, the year’s (drafts/stale-year.pdf)', () => {
    const r = check(
      '000',
      swap(
        '财政拨款支出预算25,759万元，比2024年预算减少1,945万元',
        '财政拨款支出预算25,759万元，比2023年预算减少1,945万元',
      ),
    );
    // The seed's own two warnings (its empty fund tables carry no note) aside.
    const changes = r.findings.filter((f) => f.severity !== 'info' && f.rule !== 'document.empty_tables');
    expect(changes.map((f) => [f.rule, f.severity, f.message.zh])).toEqual([
      ['document.years', 'error', '“比2023年预算减少1,945万元”与2023年比较，上一年应为2024年'],
    ]);
    // The same statements with amounts that differ still disagree.
    const both = check(
      '000',
      swap(
        '财政拨款支出预算25,759万元，比2024年预算减少1,945万元',
        '财政拨款支出预算25,759万元，比2023年预算减少1,912万元',
      ),
    );
    expect(findings(both, 'prose.change_agreement').map((f) => f.severity)).toEqual(['error']);
  });

  it('a change with a bracketed aside after the year is read (wanli-2023)', () => {
    const edit = swap('比2024年预算减少1,945万元；', '比2024年（上一年度，下同）预算减少1,945万元；');
    const income = parse('000', edit).claims.find((c) => c.key === 'fiscal_grant_income');
    expect(income?.change?.amount?.text).toBe('1,945万元');
    expect(findings(check('000', edit), 'prose.change_agreement')).toEqual([]);
  });

  it('an increase larger than the amount itself (wanli-2023: 政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元)', () => {
    const r = check(
      '000',
      swap('政府性基金拨款支出预算0万元，与2024年预算持平', '政府性基金拨款支出预算0万元，比2024年预算增加1421.25万元'),
    );
    expect(brief(findings(r, 'prose.change_arithmetic').filter((f) => f.severity !== 'info'))).toEqual([
      [
        'error',
        '“政府性基金拨款支出预算”0万元，却写作“比2024年预算增加1421.25万元”：增加额大于本年数，上年数将为-1,421.25万元',
      ],
    ]);
  });
});

describe('subject lines of the execution style', () => {
  const line = (n: number, name: string, amount: string, tail: string) =>
    `${n}. “${name}”科目${amount}万元，主要用于本部门缴纳的基本养老保险、职业年金等支出。${tail}`;
  const original = '1. “社会保障和就业支出”科目1,291万元，主要用于本部门缴纳的基本养老保险、职业年金等支出。';

  it('a 预算安排 that differs from the line is one finding, saying what the rate follows from (wanli-2024)', () => {
    // wanli-2024: "住房公积金（项）”350.35万元 … 2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%"
    const r = check(
      '001',
      swap(
        original,
        line(
          1,
          '社会保障和就业支出',
          '1,291',
          '2022年当年预算执行数为1,000万元，2023年预算安排1,300万元，比2022年预算执行数增加29.10%。',
        ),
      ),
    );
    expect(brief(findings(r, 'prose.subject_trend'))).toEqual([
      [
        'error',
        '“社会保障和就业支出”科目金额 1,291万元，同一段中的“预算安排”却是1,300万元；增减率29.10%按科目金额计算相符',
      ],
    ]);
  });

  it('a line that repeats the one before it is one finding that says so (wanli-2023, 16th line)', () => {
    // wanli-2023: the 16th line states 220.63万元 but "2023年预算安排441.25万元，比2022年预算执行数增加60.54%" — the 15th's.
    const r = check(
      '001',
      swap(
        original,
        line(
          1,
          '社会保障和就业支出',
          '1,291',
          '2022年当年预算执行数为1,000万元，2023年预算安排1,291万元，比2022年预算执行数增加29.10%。',
        ),
      ),
      swap('2. “卫生健康支出”科目', '2. “卫生健康支出”科目'),
      (t) =>
        t.replace(
          /2\. “卫生健康支出”科目([\d,]+)万元，([^\n]*)/u,
          (_m, amount: string, rest: string) =>
            `2. “卫生健康支出”科目${amount}万元，${rest}2022年当年预算执行数为500万元，2023年预算安排1,291万元，比2022年预算执行数增加29.10%。`,
        ),
    );
    const f = findings(r, 'prose.subject_trend');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message.zh).toContain('与上一条“社会保障和就业支出”的数字相同，疑为照抄');
    expect(f[0]?.message.zh).toContain('增减率29.10%按500万元→');
  });

  it('a reason that says the opposite of the change (wanli-2024: 减少2.98%。主要原因是：…经费增加)', () => {
    const tail = (reason: string) =>
      `2022年当年预算执行数为1,330万元，2023年预算安排1,291万元，比2022年预算执行数减少2.93%。主要原因是：${reason}。`;
    const r = check('001', swap(original, line(1, '社会保障和就业支出', '1,291', tail('社会保障和就业支出经费增加'))));
    expect(brief(findings(r, 'prose.subject_trend'))).toEqual([
      ['warning', '“社会保障和就业支出”写作“比2022年预算执行数减少2.93%”，所述原因却是“社会保障和就业支出经费增加”'],
    ]);
    const right = check(
      '001',
      swap(original, line(1, '社会保障和就业支出', '1,291', tail('社会保障和就业支出经费减少'))),
    );
    expect(findings(right, 'prose.subject_trend')).toEqual([]);
  });

  it('其它 for 其他 in a subject name is a note (czj-2025: “其它行政事业单位养老支出（项）”)', () => {
    const r = check('003', swap('“其他行政事业单位养老支出”科目0.14万元', '“其它行政事业单位养老支出”科目0.14万元'));
    expect(brief(findings(r, 'prose.subject_names').filter((f) => f.message.zh.includes('养老')))).toEqual([
      ['info', '科目名称“其它行政事业单位养老支出”与表中 2080599“其他行政事业单位养老支出”写法不同'],
    ]);
  });
});

describe('document words', () => {
  it('the note of an empty table naming another fund (czj-2025)', () => {
    // czj-2025, under the empty 国有资本经营预算 table: "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"
    const r = check(
      '004',
      swap(
        '注：本部门2025年无国有资本经营预算安排的支出，故本表无数据。',
        '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。',
      ),
    );
    // One mistake, one finding: document.fund_notes names it; document.empty_tables sees a note and is content.
    expect(findings(r, 'document.empty_tables')).toEqual([]);
    const f = findings(r, 'document.fund_notes');
    expect(f.map((x) => [x.severity, x.refs[0]?.table])).toEqual([['warning', 'state_capital_by_function']]);
    expect(f[0]?.message.zh).toContain('其说明写的却是其他基金');
    expect(findings(checkDocument(parse('004')), 'document.fund_notes')).toEqual([]);
  });

  it('an empty table’s note that speaks of another year', () => {
    const r = check(
      '004',
      swap(
        '注：本部门2025年无政府性基金预算安排的支出，故本表无数据。',
        '注：本部门2024年无政府性基金预算安排的支出，故本表无数据。',
      ),
    );
    expect(brief(findings(r, 'document.years'))).toEqual([
      ['warning', '表注“注：本部门2024年无政府性基金预算安排的支出，故本表无数据。”写的是2024年，文档年度为2025年'],
    ]);
  });

  it('the template’s instructions and either-or wording left in (部门决算模板)', () => {
    // final-template-2024: "无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明：",
    // "…比 2023 年度减少（增加）XXX 万元，下降（增长）XX%", "（如持平作持平表述）".
    const r = check(
      '002',
      swap(
        '2024年度本部门政府采购预算840.53万元，',
        '无政府性基金预算财政拨款收入支出的，仍保留该表格式，并在本表下方作下述说明。政府采购预算比2023年度下降（增长）5%（如持平作持平表述）。2024年度本部门政府采购预算840.53万元，',
      ),
    );
    const f = findings(r, 'document.leftovers').filter((x) => x.severity === 'warning');
    expect(f.map((x) => x.message.zh.replace(/：.*/u, ''))).toEqual(
      expect.arrayContaining([
        '模板的二选一写法未改写（如“增加（减少）”“下降（增长）”）',
        '模板的填写说明未删除（3处）',
      ]),
    );
  });

  it('a project whose 实施周期 does not include the budget year', () => {
    const r = check(
      '002',
      swap(
        '2024年1月1日至2024年12月31日\n\n六、年度预算安排\n\n共计11786万元',
        '2023年1月1日至2023年12月31日\n\n六、年度预算安排\n\n共计11786万元',
      ),
    );
    const f = findings(r, 'document.years').filter((x) => x.message.zh.includes('实施周期'));
    expect(brief(f)).toEqual([
      ['warning', '项目“市民社区医疗互助帮困专项”的实施周期“2023年1月1日至2023年12月31日”不含文档年度2024年'],
    ]);
    const spanning = check(
      '002',
      swap(
        '2024年1月1日至2024年12月31日\n\n六、年度预算安排\n\n共计11786万元',
        '2023年1月至2026年12月\n\n六、年度预算安排\n\n共计11786万元',
      ),
    );
    expect(findings(spanning, 'document.years').filter((x) => x.message.zh.includes('实施周期'))).toEqual([]);
  });

  it('common words misspelt (wanli: 社区事物受理, 公务车用车; 截止 before a date)', () => {
    const r = check(
      '002',
      swap(
        '推进法治政府建设，做好政务公开，推进政民互动。',
        '推进法治政府建设，做好政务公开，推进政民互动。建成后作为社区事物受理场所，公务车用车运行费保持不变，关注新生事物。截止2023年8月31日，数据已归集；截止2023年12月31日前完成。',
      ),
    );
    expect(brief(findings(r, 'document.typos'))).toEqual([
      ['warning', '“事物”应为“事务”：“。建成后作为社区事物受理场所，公务车”'],
      ['warning', '“公务车用车”应为“公务用车”：“区事物受理场所，公务车用车运行费保持不变，”'],
      ['info', '“截止”应为“截至”：“，关注新生事物。截止2023年8月3”'],
    ]);
  });

  it('a word or a phrase printed twice is a slip, a warning as a misspelt word is (seed 004: 确保确保, 安排的安排的); a clause printed twice a note (seed 003: 其他收入3万元，其他收入3万元)', () => {
    const doubled = (id: string) =>
      findings(check(id), 'document.leftovers').filter((f) => /词语重复|连印两次/.test(f.message.zh));
    // Seed 004 prints 确保确保 too: a doubled word of two characters.
    expect(doubled('004').map((f) => [f.severity, f.count])).toEqual([['warning', 4]]);
    expect(doubled('004')[0]?.message.zh).toContain('财政部门集中安排的安排的公务员医疗补助经');
    expect(doubled('004')[0]?.message.zh).toContain('确保确保');
    expect(doubled('003').map((f) => [f.severity, f.message.zh.slice(0, 8)])).toEqual([['info', '同一分句连印两次']]);
    expect(doubled('001')).toEqual([]);
    // The cover's title and its 预算主管部门 line, one under the other, read as one paragraph: a note.
    const cover = swap('上海市2023年市级部门预算\n\n预算主管部门', '上海市2023年市级部门预算\n预算主管部门');
    expect(
      findings(check('001', cover), 'document.leftovers')
        .filter((f) => /词语重复/.test(f.message.zh))
        .map((f) => [f.severity, f.message.zh]),
    ).toEqual([['info', '词语重复：“上海市2023年市级部门预算预算主管部门：上海市”']]);
  });

  it('a department budget saying 单位预算 in several places is one warning', () => {
    const r = check('004', swap('2025年本部门政府采购预算30.00万元', '2025年单位预算中政府采购预算30.00万元'));
    const f = findings(r, 'document.scope');
    expect(f.map((x) => [x.severity, x.count])).toEqual([['warning', 2]]);
  });
});

describe('parts that add up', () => {
  // wanli-2023/2024, 项目经费情况说明: the 地上 area is 8013 where its parts give 8103, and 8103 + 5356 = 13459.
  const building = (above: string) =>
    `本工程规划建筑面积约为13459平方米，其中地上建筑面积为${above}平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米，建筑高度为29.8米。`;
  const into = (text: string) =>
    swap('推进法治政府建设，做好政务公开，推进政民互动。', `推进法治政府建设，做好政务公开，推进政民互动。${text}`);

  it('one wrong area is one finding naming it', () => {
    const f = findings(check('002', into(building('8013'))), 'prose.areas');
    expect(brief(f)).toEqual([
      [
        'error',
        '“地上建筑面积”8,013平方米与其组成之和8,103平方米不符；按8,103平方米计，地上建筑面积与地下建筑面积之和正好是“规划建筑面积”13,459平方米：8,013平方米应为8,103平方米',
      ],
    ]);
    expect(findings(check('002', into(building('8103'))), 'prose.areas')).toEqual([]);
  });

  it('a total that its parts miss by little, printed with 约, is a warning', () => {
    const f = findings(
      check('002', into('用地面积约为4000平方米，其中绿地面积2000平方米，道路面积1990平方米。')),
      'prose.areas',
    );
    expect(f.map((x) => x.severity)).toEqual(['warning']);
  });

  it('a part of a project’s funds larger than its whole (wanli-2023, 公共服务设施运行经费)', () => {
    const form = (part: string) =>
      into(
        `项目名称 公共服务设施运行经费 项目性质 经常性项目\n\n项目资金总额 10,903,043.00 年度资金申请总额 10,903,043.00\n\n其中：当年财政拨款 ${part}\n\n`,
      );
    expect(brief(findings(check('002', form('11,419,043.00')), 'prose.project_funds'))).toEqual([
      ['error', '项目“公共服务设施运行经费”：其中当年财政拨款11,419,043.00元大于年度资金申请总额10,903,043.00元'],
    ]);
    expect(findings(check('002', form('10,903,043.00')), 'prose.project_funds')).toEqual([]);
  });

  it('the money of the projects with performance targets is the total of the forms printed (seed 002, wanli-2023)', () => {
    // Seed 002: "项目绩效目标5个，涉及预算资金17,628.17万元" and five forms of 8,075,310 + 117,860,000 +
    // 37,200,000 + 9,146,350 + 4,000,000 元 = 17,628.166万元.
    const on = (r: Report) => r.checks.find((c) => c.rule === 'prose.performance_forms');
    expect(on(check('002'))?.status).toBe('pass');
    // wanli-2023 p29: five forms of 3,351.33万元 together, the text "涉及项目预算资金3328.13万元".
    const edited = check(
      '002',
      swap('项目绩效目标5个，涉及预算资金17,628.17万元', '项目绩效目标5个，涉及预算资金17,605.97万元'),
    );
    expect(brief(findings(edited, 'prose.performance_forms'))).toEqual([
      [
        'warning',
        '文中编报绩效目标的项目5个，涉及项目预算资金17,605.97万元；文档所附5张绩效目标表的年度资金申请总额之和为17,628.17万元',
      ],
    ]);
    // Another count than the forms printed (some projects without their form): nothing to compare.
    const fewer = check(
      '002',
      swap('项目绩效目标5个，涉及预算资金17,628.17万元', '项目绩效目标6个，涉及预算资金17,605.97万元'),
    );
    expect(on(fewer)?.status).toBe('not_applicable');
  });

  it('a procurement total that counts one part twice says which', () => {
    const r = check('000', swap('政府采购预算5,943.89万元', '政府采购预算6,009.29万元'));
    const f = findings(r, 'prose.procurement');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message.zh).toContain('差额正是“政府采购货物预算”65.40万元，该项疑为计算了两次');
  });
});
