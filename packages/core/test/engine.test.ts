import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  checkDocuments,
  type Finding,
  groupDocuments,
  parseText,
  problem,
  type Report,
  RULES,
  rulesMarkdown,
} from '../src/index.js';
import { mutate as mutateModel, parseSeed as parse, seedText, setCell, swap } from './helpers.js';

/**
 * Mutation tests: each changes one value or one word of a real seed and asserts that the right rule
 * reports it at the right place, and that the unchanged seed did not.
 */

const findings = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);
const status = (report: Report, rule: string) => report.checks.find((c) => c.rule === rule)?.status;
const cell = (f: Finding | undefined) => f?.refs.map((r) => [r.table, r.row, r.column].filter(Boolean).join('/'));

const base = {
  '000': checkDocument(parse('000')),
  '001': checkDocument(parse('001')),
  '002': checkDocument(parse('002')),
  '003': checkDocument(parse('003')),
  '004': checkDocument(parse('004')),
};

describe('within tables', () => {
  const doc = parse('001');

  it('a 项 changed breaks its 款 at that cell, and its own row total: one error at the 项', () => {
    const r = checkDocument(
      mutateModel(doc, (d) => setCell(d, 'expenditure_summary', '2101550', 'basic', (v) => v + 100_000)),
    );
    expect(findings(base['001'], 'in_table.hierarchy')).toEqual([]);
    const h = findings(r, 'in_table.hierarchy');
    // Both sums need the one cell 1,000 元 less (reconcile/one-cell.ts): one finding, the cell first.
    expect(h.map((f) => `${f.refs[0]?.row}/${f.refs[0]?.column}`)).toEqual(['2101550/basic']);
    expect(cell(h[0])).toContain('expenditure_summary/21015/basic');
    expect(h[0]?.formula?.zh).toBe(
      '21015 医疗保障管理事务（基本支出）= 2101501 + 2101502 + 2101504 + 2101505 + 2101506 + 2101550 + 2101599：83,693,380 ≠ 83,692,380；2101550 事业运行：合计 = 基本支出 + 项目支出：16,262,977 ≠ 16,261,977',
    );
    expect(findings(r, 'in_table.composition')).toEqual([]);
  });

  it('a row printed twice under one code is not one wrong cell: each sum it breaks is reported', () => {
    // The two rows share a key, so "the cell 2101501" names no one cell; folding them would hide the sums.
    const r = checkDocument(
      mutateModel(doc, (d) => {
        const table = d.tables.find((t) => t.kind === 'expenditure_summary');
        const row = table?.rows.find((x) => x.key === '2101501');
        expect(row).toBeDefined();
        if (table && row) table.rows.splice(table.rows.indexOf(row) + 1, 0, structuredClone(row), structuredClone(row));
      }),
    );
    const h = findings(r, 'in_table.hierarchy');
    expect(h.map((f) => f.refs[0]?.row)).toContain('21015');
    expect(h.every((f) => !f.message.zh.includes('勾稽关系都要求'))).toBe(true);
  });

  it('a class changed breaks the 合计 row, its own sum, its row and 收入预算总表: one error at the class', () => {
    // 1,000 元: a changed amount, not a 分 left off (which the rounding model notes).
    const r = checkDocument(
      mutateModel(doc, (d) => setCell(d, 'general_budget_by_function', '221', 'total', (v) => v + 100_000)),
    );
    const sums = r.findings.filter((f) => /^(in_table|cross_table)\./.test(f.rule));
    expect(sums.map((f) => [f.rule, `${f.refs[0]?.table}/${f.refs[0]?.row}/${f.refs[0]?.column}`])).toEqual([
      ['in_table.hierarchy', 'general_budget_by_function/221/total'],
    ]);
    expect(cell(sums[0])).toContain('general_budget_by_function/total/total');
  });

  it('the summary tables: a line changed breaks its total (and the revenue table’s): one finding at the line', () => {
    const r = checkDocument(mutateModel(doc, (d) => setCell(d, 'finance_summary', 'other', 'amount', () => 500_000)));
    const s = findings(r, 'in_table.summary_lines');
    expect(s.map((f) => f.refs[0]?.row)).toEqual(['other']);
    expect(s[0]?.refs.map((x) => x.row)).toContain('income_total');
    expect(findings(r, 'cross_table.identities')).toEqual([]);
  });

  it('reports a total printed blank while its parts are not (seed 002), once for the blank row', () => {
    const s = findings(base['002'], 'in_table.summary_lines');
    expect(s.map((f) => [f.severity, f.message.zh, f.count])).toEqual([
      [
        'error',
        '财政拨款收支预算总表：收入总计（预算数）、支出总计（合计）、支出总计（一般公共预算）印为空，但其各项之和不为零',
        3,
      ],
    ]);
    expect(s[0]?.formula?.zh).toContain(
      '收入总计（预算数）= 一、一般公共预算资金 + 二、政府性基金 + 三、国有资本经营预算：194,164,261 ≠ 空',
    );
    expect(cell(s[0])).toEqual(
      expect.arrayContaining([
        'fiscal_summary/income_total/amount',
        'fiscal_summary/expenditure_total/total',
        'fiscal_summary/expenditure_total/general',
      ]),
    );
  });
});

describe('across tables', () => {
  const doc = parse('001');

  it('two leaves swapped inside one 款 keep every in-table identity, and another table still catches them', () => {
    const swapped = mutateModel(doc, (d) => {
      const t = d.tables.find((x) => x.kind === 'general_budget_by_function');
      const a = t?.rows.find((r) => r.key === '2101502');
      const b = t?.rows.find((r) => r.key === '2101504');
      if (a && b) [a.values, b.values] = [b.values, a.values];
    });
    const r = checkDocument(swapped);
    for (const rule of ['in_table.hierarchy', 'in_table.grand_total', 'in_table.composition'])
      expect(findings(r, rule)).toEqual([]);
    const x = findings(r, 'cross_table.identities');
    expect(x.length).toBeGreaterThan(0);
    expect(
      x.some((f) => f.refs.some((ref) => ref.table === 'general_budget_by_function' && ref.row === '2101502')),
    ).toBe(true);
  });

  it('a convention broken where the in-table sums still hold is a warning', () => {
    const r = checkDocument(
      mutateModel(doc, (d) => {
        for (const col of ['total', 'personnel']) {
          setCell(d, 'basic_by_economic', '30108', col, (v) => v - 100_000);
          setCell(d, 'basic_by_economic', '30199', col, (v) => v + 100_000);
        }
      }),
    );
    expect(findings(r, 'in_table.hierarchy')).toEqual([]);
    const c = findings(r, 'cross_table.conventions');
    expect(c.map((f) => f.severity)).toEqual(['warning']);
    expect(cell(c[0])).toEqual(['basic_by_economic/30108/total', 'general_budget_by_function/2080505/basic']);
  });

  it('a table cut short (its 合计 and last class lost, as with a lost page) is one finding naming what it lacks', () => {
    const revenue = doc.tables.find((t) => t.kind === 'revenue_summary');
    const last = revenue?.rows.filter((r) => r.level === 1).at(-1)?.key ?? '';
    expect(last).toMatch(/^\d{3}$/);
    const lost = (key: string) => key === 'total' || key.startsWith(last);
    const r = checkDocument(
      mutateModel(doc, (d) => {
        const t = d.tables.find((x) => x.kind === 'revenue_summary');
        if (t) t.rows = t.rows.filter((row) => !lost(row.key));
      }),
    );
    const x = findings(r, 'cross_table.identities');
    // Each identity per code would fail on its own (合计 twice, the class and each of its subjects twice).
    expect(x).toHaveLength(1);
    expect(x[0]?.severity).toBe('error');
    expect(x[0]?.message.zh).toMatch(new RegExp(`^收入预算总表未列出合计行、科目${last} \\S+（连同下级科目共\\d+行）`));
    expect(x[0]?.formula?.zh).toContain(`（${last}）：未列出 ≠ `);
    expect(x[0]?.refs[0]).toMatchObject({ table: 'revenue_summary', row: 'total' });
    for (const rule of ['in_table.hierarchy', 'in_table.grand_total']) expect(findings(r, rule)).toEqual([]);
  });

  it('a class lost from the fiscal table: one finding for its rows (with the sums they leave short), one for the text', () => {
    const r = checkDocument(
      mutateModel(doc, (d) => {
        const t = d.tables.find((x) => x.kind === 'general_budget_by_function');
        if (t) t.rows = t.rows.filter((row) => !row.key.startsWith('221'));
      }),
    );
    // The text's 住房保障支出 has no row: not "differs from 0.00"; the table's 合计 is short of it in
    // every column: folded into the finding naming the missing rows, not one error per column.
    const prose = findings(r, 'prose.subjects');
    expect(prose.map((f) => f.message.zh)).toEqual([
      expect.stringMatching(/^文字所列科目“住房保障支出”1,944万元在一般公共预算支出功能分类预算表.*中没有对应的行$/),
    ]);
    for (const rule of ['in_table.hierarchy', 'in_table.grand_total']) expect(findings(r, rule)).toEqual([]);
    const lost = r.findings.filter((f) =>
      f.refs.some((ref) => ref.table === 'general_budget_by_function' && ref.row === '221'),
    );
    expect(lost.filter((f) => f.rule !== 'prose.subjects').map((f) => f.message.zh)).toEqual([
      expect.stringMatching(
        /^一般公共预算支出功能分类预算表未列出科目221 .*；该表因此有2处上级科目或合计大于其所列下级之和$/,
      ),
    ]);
  });

  it('the general budget table absent (the fund tables empty): the text’s subjects cannot be compared, not 0', () => {
    const r = checkDocument(
      mutateModel(doc, (d) => {
        d.tables = d.tables.filter((t) => t.kind !== 'general_budget_by_function');
      }),
    );
    expect(findings(r, 'prose.subjects')).toEqual([]);
    expect(status(r, 'prose.subjects')).toBe('insufficient_data');
    expect(findings(r, 'document.tables_present').map((f) => f.severity)).toEqual(['error']);
  });

  it('names a 10,000× difference as a 元/万元 mix-up', () => {
    const r = checkDocument(
      mutateModel(doc, (d) => setCell(d, 'finance_summary', 'income_total', 'amount', (v) => v * 10_000)),
    );
    // One cell breaks its sums and the identity with the revenue table: one finding, the mix-up named.
    expect(r.findings.some((f) => f.message.zh.includes('混淆了元与万元'))).toBe(true);
  });
});

describe('prose against tables', () => {
  it('a total in 编制说明 that is not the table amount rounded', () => {
    const r = checkDocument(parse('001', swap('收入预算27,849万元', '收入预算27,850万元')));
    expect(findings(base['001'], 'prose.totals')).toEqual([]);
    const f = findings(r, 'prose.totals');
    expect(f).toHaveLength(1);
    expect(f[0]?.refs[0]?.text).toContain('收入预算27,850万元');
    expect(cell(f[0])?.[1]).toBe('finance_summary/income_total/amount');
  });

  it('truncation instead of rounding is one info, not an error (seed 004: 833.12 for 8,331,275 元)', () => {
    const f = findings(base['004'], 'prose.subjects');
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]?.formula?.zh).toContain('833.12万元');
  });

  it('a subject line that gives the all-funds amount instead of the fiscal one (seed 003: 1803 vs 1800)', () => {
    const f = findings(base['003'], 'prose.subjects');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message.zh).toContain('含非财政拨款');
    expect(cell(f[0])).toContain('general_budget_by_function/2101399/total');
  });

  it('a subject amount changed', () => {
    const r = checkDocument(parse('001', swap('科目24,614万元', '科目24,624万元')));
    const f = findings(r, 'prose.subjects');
    expect(f).toHaveLength(1);
    expect(f[0]?.refs[0]?.text).toContain('“卫生健康支出”科目24,624万元');
    expect(cell(f[0])?.[1]).toBe('general_budget_by_function/210/total');
  });

  it('a subject named as no table names it, and one named almost right', () => {
    const r = checkDocument(parse('001', swap('“卫生健康支出”科目', '“医疗卫生支出”科目')));
    expect(findings(r, 'prose.subject_names').map((f) => f.message.zh)).toEqual(['表中没有名为“医疗卫生支出”的科目']);
    expect(status(r, 'prose.subjects')).toBe('insufficient_data');
    expect(findings(base['003'], 'prose.subject_names')[0]?.message.zh).toContain('“其他医疗救助支出”');
  });

  it('listed subjects must add up to 财政拨款支出: more is an error, fewer a warning', () => {
    // 003's excess is its 1803万元 line, which prose.subjects reports (the table holds 1800): one
    // mistake, so the sum only notes it.
    expect(findings(base['003'], 'prose.subject_sum').map((f) => [f.severity, f.message.zh])).toEqual([
      [
        'info',
        '所列科目之和 5,265.59万元 与财政拨款支出 5,262.59万元 不符，差额全部来自已报告不符的科目金额（“其他医疗救助”1803万元）；按表中金额计算则相符',
      ],
    ]);
    expect(findings(base['003'], 'prose.subjects').map((f) => f.severity)).toEqual(['error']);
    const r = checkDocument(parse('001', swap('3. “住房保障支出”科目1,944万元', '3. 住房保障方面的支出')));
    expect(findings(r, 'prose.subject_sum').map((f) => f.severity)).toEqual(['warning']);
    // A 项 listed beside its class, both right: counted twice, the excess no subject line explains.
    const twice = checkDocument(
      parse(
        '001',
        swap(
          '3. “住房保障支出”科目1,944万元，主要用于本部门缴纳的住房公积金等支出。',
          '3. “住房保障支出”科目1,944万元，主要用于本部门缴纳的住房公积金等支出。\n4. “住房公积金”科目933万元。',
        ),
      ),
    );
    expect(findings(twice, 'prose.subjects')).toEqual([]);
    expect(findings(twice, 'prose.subject_sum').map((f) => f.severity)).toEqual(['error']);
  });

  it('a line wrong and another right whose table cell is wrong: the wrong line alone explains the sum', () => {
    // 住房保障支出 printed 1,954 for 1,944 (the sum is 10万元 over: this line), and 210's fiscal cell in
    // 一般公共预算支出表 2万元 over while its line (24,614) is right: the first is prose.subjects' error,
    // the second the cell's (its sums need it 2万元 less, as the line states it), and the sum is off by
    // the first alone — one mistake the sum repeats, noted, not a third error.
    const r = checkDocument(
      mutateModel(parse('001', swap('“住房保障支出”科目1,944万元', '“住房保障支出”科目1,954万元')), (d) =>
        setCell(d, 'general_budget_by_function', '210', 'total', (v) => v + 2_000_000),
      ),
    );
    expect(findings(r, 'prose.subjects').map((f) => [f.severity, f.message.zh])).toEqual([
      ['error', '“住房保障支出”科目1,954万元与财政拨款数不符（221 住房保障支出：1,943.95万元）'],
    ]);
    expect(findings(r, 'in_table.hierarchy').map((f) => f.message.zh)).toEqual([
      '一般公共预算支出功能分类预算表：210 卫生健康支出的“合计”印作246,155,154元，它所在的5个勾稽关系都要求它为246,135,154元；文字所述（“卫生健康支出”24,614万元）亦为此数',
    ]);
    const sum = findings(r, 'prose.subject_sum');
    expect(sum.map((f) => f.severity)).toEqual(['info']);
    expect(sum[0]?.message.zh).toContain('（“住房保障支出”1,954万元）');
  });

  it('execution-style lines: planned amount and rate follow from their numbers', () => {
    const line = (rate: string) =>
      swap(
        '1. “社会保障和就业支出”科目1,291万元，主要用于本部门缴纳的基本养老保险、职业年金等支出。',
        `1. “社会保障和就业支出”科目1,291万元，主要用于本部门缴纳的基本养老保险、职业年金等支出。2022年当年预算执行数为1,000万元，2023年预算安排1,291万元，比2022年预算执行数增加${rate}。`,
      );
    expect(findings(checkDocument(parse('001', line('29.10%'))), 'prose.subject_trend')).toEqual([]);
    const wrong = findings(checkDocument(parse('001', line('39.10%'))), 'prose.subject_trend');
    expect(wrong.map((f) => f.formula?.zh)).toEqual(['(1,291万元 − 1,000万元) ÷ 1,000万元 = 29.10% ≠ 39.10%']);
  });

  it('a percentage that does not follow from its change', () => {
    expect(findings(base['003'], 'prose.change_arithmetic').every((f) => f.severity === 'info')).toBe(true);
    const r = checkDocument(parse('003', swap('减少20.59%，主要原因', '减少25.59%，主要原因')));
    const f = findings(r, 'prose.change_arithmetic').filter((x) => x.severity === 'error');
    expect(f.map((x) => x.formula?.zh)).toEqual(['1364.7万元 ÷ (5262.59万元 + 1364.7万元) = 20.59% ≠ 25.59%']);
  });

  it('the same change stated twice differently (seed 003: 1364.77 and 1364.7, one cut off: a note)', () => {
    const f = findings(base['003'], 'prose.change_agreement');
    expect(f.map((x) => [x.severity, x.message.zh])).toEqual([['info', '同一增减：1处金额为截尾而非四舍五入']]);
    expect(f[0]?.formula?.zh).toContain('1364.77万元');
    const r = checkDocument(
      parse(
        '000',
        swap(
          '财政拨款支出预算25,759万元，比2024年预算减少1,945万元',
          '财政拨款支出预算25,759万元，比2024年预算减少1,954万元',
        ),
      ),
    );
    expect(findings(base['000'], 'prose.change_agreement')).toEqual([]);
    expect(findings(r, 'prose.change_agreement').map((f) => f.formula?.zh)).toEqual([
      '比2024年预算减少1,945万元 ≠ 比2024年预算减少1,954万元',
    ]);
  });

  it('the same quantity stated twice with different values', () => {
    expect(findings(base['003'], 'prose.repeated')).toEqual([]);
    const text = seedText('003');
    const second = text.lastIndexOf('收入预算5265.59万元');
    const r = checkDocument(
      parseText(`${text.slice(0, second)}收入预算5266.59万元${text.slice(second + '收入预算5265.59万元'.length)}`, {
        name: '003',
      }),
    );
    // The second statement is also against the tables: one slip, one finding — the statement of the
    // same amount before it, now different, is part of it.
    expect(findings(r, 'prose.repeated')).toEqual([]);
    const [slip] = findings(r, 'prose.totals').filter((f) => f.severity === 'error');
    expect(slip?.formula?.zh).toContain('5265.59万元 ≠ 5266.59万元');
    expect(slip?.message.zh).toContain('以此数计算的1处说法随之不符');
  });

  it('三公 and 机关运行经费 against their table', () => {
    const r = checkDocument(parse('000', swap('公务接待费21.60万元', '公务接待费21.80万元')));
    expect(findings(base['000'], 'prose.three_public')).toEqual([]);
    expect(cell(findings(r, 'prose.three_public')[0])?.[1]).toBe('three_public/total/reception');
    const o = checkDocument(parse('000', swap('机关运行经费预算为1,754.88万元', '机关运行经费预算为1,745.88万元')));
    expect(cell(findings(o, 'prose.three_public')[0])?.[1]).toBe('three_public/total/operating_costs');
  });

  it('procurement parts and reserves', () => {
    expect(findings(base['000'], 'prose.procurement')).toEqual([]);
    const r = checkDocument(parse('000', swap('5,878.49万元', '5,878.59万元')));
    expect(findings(r, 'prose.procurement')).toHaveLength(1);
    const s = checkDocument(parse('000', swap('566.10万', '1,566.10万')));
    expect(findings(s, 'prose.procurement')[0]?.message.zh).toContain('小微企业');
  });

  it('performance funds against project expenditure are a note', () => {
    // Every real document differs here (the targets need not cover every project): an info, with both
    // printed numbers named by where they were printed.
    expect(findings(base['004'], 'prose.performance')).toEqual([]);
    const r = checkDocument(parse('004', swap('涉及项目预算资金24062.12万元', '涉及项目预算资金24000.12万元')));
    const f = findings(r, 'prose.performance');
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect([f[0]?.expected?.label?.zh, f[0]?.actual?.label?.zh]).toEqual(['表格', '文字']);
  });

  it('vehicles, organisation, project parts and products add up', () => {
    expect(findings(checkDocument(parse('000', swap('共有车辆4辆', '共有车辆5辆'))), 'prose.vehicles')).toHaveLength(1);
    expect(
      findings(checkDocument(parse('000', swap('事业单位2\n家', '事业单位3\n家'))), 'prose.organization').length,
    ).toBeGreaterThan(0);
    expect(findings(base['002'], 'prose.projects')).toEqual([]);
    expect(
      findings(checkDocument(parse('002', swap('共计11786万元', '共计11796万元'))), 'prose.projects'),
    ).toHaveLength(1);
    expect(findings(base['003'], 'prose.arithmetic').map((f) => f.formula?.zh)).toEqual([
      '16 × 5977元 = 9.5632万元 ≠ 95.63万元',
    ]);
    expect(findings(checkDocument(parse('003', swap('=95.63万元', '=9.56万元'))), 'prose.arithmetic')).toEqual([]);
  });
});

describe('document', () => {
  const doc = parse('002');

  it('a missing table is one error, not a second one for its line in the contents', () => {
    const r = checkDocument(
      mutateModel(doc, (d) => (d.tables = d.tables.filter((t) => t.kind !== 'basic_by_economic'))),
    );
    const f = findings(r, 'document.tables_present');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message.zh).toContain('缺少');
    expect(status(r, 'cross_table.identities')).not.toBe('insufficient_data');
  });

  it('tables missing together are one error naming each', () => {
    const gone = ['basic_by_economic', 'fiscal_summary', 'three_public'];
    const r = checkDocument(mutateModel(doc, (d) => (d.tables = d.tables.filter((t) => !gone.includes(t.kind)))));
    const f = findings(r, 'document.tables_present');
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message.zh).toMatch(/^缺少3张表：/);
    expect(f[0]?.refs.map((ref) => ref.table).sort()).toEqual([...gone].sort());
  });

  it('an empty table without a note', () => {
    expect(findings(base['002'], 'document.empty_tables')).toEqual([]);
    const r = checkDocument(
      mutateModel(doc, (d) => d.tables.find((t) => t.kind === 'gov_fund_by_function')?.notes.splice(0)),
    );
    expect(findings(r, 'document.empty_tables').map((f) => f.refs[0]?.table)).toEqual(['gov_fund_by_function']);
  });

  it('an empty table whose note was read as prose on its own page is explained (a header lost around it)', () => {
    // blind.mjs seed 8 (row numbers, header levels, no rules): the note went into a paragraph with
    // the header's pieces, "类 款 项 科目注：…故本表无数据。名称".
    const stray = (page: number) =>
      checkDocument(
        mutateModel(doc, (d) => {
          const t = d.tables.find((x) => x.kind === 'gov_fund_by_function');
          const note = t?.notes.splice(0)[0] ?? '';
          if (t) t.pages = [90];
          d.sections[0]?.paragraphs.push({ text: `类 款 项 科目${note}名称`, source: { page } });
        }),
      );
    expect(findings(stray(90), 'document.empty_tables')).toEqual([]);
    // On another page it is not this table's note.
    expect(findings(stray(91), 'document.empty_tables').map((f) => f.refs[0]?.table)).toEqual(['gov_fund_by_function']);
  });

  it('a table with read problems makes the check incomplete, never passed', () => {
    const r = checkDocument(
      mutateModel(doc, (d) => d.tables[1]?.problems.push(problem('stray_content', { line: 1, text: '？' }))),
    );
    expect(status(r, 'document.tables_readable')).toBe('insufficient_data');
  });

  it('one code, two names', () => {
    const r = checkDocument(
      mutateModel(doc, (d) => {
        const row = d.tables.find((t) => t.kind === 'expenditure_summary')?.rows.find((x) => x.key === '2101501');
        if (row) row.label = '行政运作';
      }),
    );
    expect(findings(r, 'document.code_names').map((f) => f.refs[1]?.row)).toEqual(['2101501']);
  });

  it('a 元 table printed 10,000× too small', () => {
    const r = checkDocument(
      mutateModel(doc, (d) => {
        const t = d.tables.find((x) => x.kind === 'basic_by_economic');
        for (const row of t?.rows ?? [])
          for (const k of Object.keys(row.values)) row.values[k] = Math.round((row.values[k] ?? 0) / 10_000);
      }),
    );
    expect(findings(r, 'document.units').map((f) => f.refs[0]?.table)).toEqual(['basic_by_economic']);
  });

  it('years of other documents: titles, headers, comparisons, plans', () => {
    expect(findings(base['001'], 'document.years')).toEqual([]);
    const title = checkDocument(
      parse('001', swap('\n2023年部门收入预算总表\n\n编制部门', '\n2022年部门收入预算总表\n\n编制部门')),
    );
    expect(findings(title, 'document.years').map((f) => f.refs[0]?.table)).toEqual(['revenue_summary']);
    const comparison = checkDocument(parse('001', swap('比2022年预算增加60万元；', '比2021年预算增加60万元；')));
    expect(findings(comparison, 'document.years').map((f) => f.actual?.text)).toEqual(['2021']);
    expect(
      findings(base['003'], 'document.years')
        .map((f) => f.actual?.text)
        .sort(),
    ).toEqual(['2022', '2025']);
  });

  it('a department budget speaking of 单位预算, another department’s name, template leftovers', () => {
    expect(findings(base['004'], 'document.scope')).toHaveLength(1);
    expect(findings(base['001'], 'document.department')).toEqual([]);
    const other = checkDocument(parse('001', swap('上海市医疗保障局部门预算包括', '上海市卫生健康委员会部门预算包括')));
    expect(findings(other, 'document.department').map((f) => f.actual?.text)).toEqual(['上海市卫生健康委员会']);
    const left = checkDocument(
      parse('001', swap('比2022年预算增加60万元；事业收入', '比2022年预算增加（减少）60万元，主要原因是。事业收入')),
    );
    expect(findings(left, 'document.leftovers').map((f) => f.message.zh.slice(0, 8))).toEqual(['模板的二选一写法']);
    // An empty reason is a sentence a reader cannot read (document.incomplete, with "qq" and "11").
    expect(findings(left, 'document.incomplete').map((f) => f.message.zh)).toEqual([
      '所述原因不成文字（空白、字母或数字）：“加（减少）60万元，主要原因是。事”',
    ]);
  });

  it('doubled punctuation, unbalanced brackets, a paragraph printed twice', () => {
    expect(findings(base['001'], 'document.punctuation')).toEqual([]);
    const r = checkDocument(
      parse('001', swap('事业单位经营收入0万元；其他收入0万元。', '事业单位经营收入0万元；其他收入0万元。。（')),
    );
    expect(findings(r, 'document.punctuation').map((f) => f.message.zh.slice(0, 6))).toEqual([
      '重复的标点（',
      '引号或括号不',
    ]);
    const paragraph = '规划财务和法规处主要工作职责是拟订医疗保障工作规划';
    const twice = checkDocument(
      parse('001', (t) =>
        t.replace(
          paragraph,
          `${paragraph}。\n\n${t.split('\n').find((l) => l.startsWith(paragraph)) ?? ''}\n\n${paragraph}`,
        ),
      ),
    );
    expect(findings(twice, 'document.repeated_paragraphs').length).toBeGreaterThan(0);
  });
});

describe('statuses and other documents', () => {
  it('every rule reports a status for every document, and each status is honest', () => {
    for (const report of Object.values(base)) {
      expect(report.checks.map((c) => c.rule)).toEqual(RULES.map((r) => r.id));
      for (const c of report.checks) {
        if (c.status === 'pass') expect(c.comparisons, c.rule).toBeGreaterThan(0);
        if (c.status === 'fail') expect(c.findings, c.rule).toBeGreaterThan(0);
        if (c.status === 'not_applicable' || c.status === 'insufficient_data') expect(c.reason, c.rule).toBeTruthy();
      }
    }
  });

  it('a text source has no text layer to check; a PDF diagnostic becomes a finding', () => {
    expect(status(base['001'], 'text_layer.integrity')).toBe('not_applicable');
    const pdf = mutateModel(parse('001'), (d) => {
      d.source.kind = 'pdf';
      d.diagnostics.push({
        ...problem('text_unmapped_font', { font: 'F1', pages: [3] }),
        severity: 'warning',
        source: { page: 3 },
      });
    });
    const r = checkDocument(pdf);
    expect(findings(r, 'text_layer.integrity').map((f) => f.refs[0]?.page)).toEqual([3]);
  });

  it('a page whose text cannot be read: no table is called missing, nothing printed there is a finding', () => {
    // A PDF re-saved with a font stripped of its Unicode map (ghostscript does this to shczj-2025): the
    // titles on those pages are garbage, so tables "went missing" and the contents "listed tables not
    // found" — 11 errors about a document that has every table.
    const unread = mutateModel(parse('001'), (d) => {
      d.source.kind = 'pdf';
      d.tables = d.tables.filter((t) => t.kind !== 'fiscal_summary');
      d.diagnostics.push({
        ...problem('text_unmapped_font', { font: 'F1', pages: [3, 4] }),
        severity: 'error',
        source: { page: 3 },
      });
    });
    const r = checkDocument(unread);
    expect(status(r, 'document.tables_present')).toBe('insufficient_data');
    expect(findings(r, 'document.tables_present')).toEqual([]);
    expect(findings(r, 'text_layer.integrity').map((f) => f.severity)).toEqual(['warning']);
    expect(r.summary.verdict).toBe('incomplete');
    // With every page readable, the same missing table is one error (the contents' entry is not a second).
    const readable = mutateModel(parse('001'), (d) => {
      d.tables = d.tables.filter((t) => t.kind !== 'fiscal_summary');
    });
    expect(findings(checkDocument(readable), 'document.tables_present').map((f) => f.severity)).toEqual(['error']);
  });

  it('changes against last year are checked against last year’s document', () => {
    const now = parse('000');
    expect(status(checkDocument(now), 'across.years')).toBe('not_applicable');
    // Last year's 财政拨款收入 was 1,945万元 higher, as 000 says; then a year where it was 1,900万元 higher.
    const lastYear = (delta: number) =>
      mutateModel(now, (d) => {
        d.meta.year = 2024;
        setCell(d, 'finance_summary', 'fiscal_grant', 'amount', (v) => v + delta);
      });
    const agree = checkDocument(now, { previous: [lastYear(1_945 * 1_000_000)] });
    expect(findings(agree, 'across.years').filter((f) => f.refs.some((r) => r.row === 'fiscal_grant'))).toEqual([]);
    const differ = checkDocument(now, { previous: [lastYear(1_900 * 1_000_000)] });
    const f = findings(differ, 'across.years').find((x) => x.refs[0]?.text?.startsWith('财政拨款收入'));
    expect(f?.expected?.text).toBe('1,900.00万元');
    expect(f?.formula?.zh).toMatch(/− .*（2024年文档）= .*1,900.00万元$/);
  });
});

describe('several documents', () => {
  it('groups documents by department and checks each with the earlier years of its group', () => {
    const d2025 = parse('000');
    const d2023 = parse('001');
    const yangpu = parse('002');
    const d2024 = mutateModel(d2025, (d) => {
      d.meta.year = 2024;
      d.source.name = '2024.txt';
      setCell(d, 'finance_summary', 'fiscal_grant', 'amount', (v) => v + 1_945 * 1_000_000);
    });
    const groups = groupDocuments([d2025, yangpu, d2023, d2024]);
    expect(groups.map((g) => [g.department, g.documents.map((d) => d.meta.year)])).toEqual([
      ['上海市医疗保障局', [2023, 2024, 2025]],
      ['上海市杨浦区医疗保障局', [2024]],
    ]);
    const [r2025, rYangpu] = checkDocuments([d2025, yangpu, d2023, d2024]);
    expect(r2025?.previous.map((p) => p.year)).toEqual([2024, 2023]);
    // Only 财政拨款收入 was given last year's value: that statement agrees, the others (unchanged tables) do not.
    expect(status(r2025 as Report, 'across.years')).toBe('fail');
    const stated = findings(r2025 as Report, 'across.years').map((f) => f.refs[0]?.text?.slice(0, 6));
    expect(stated).not.toContain('财政拨款收入');
    expect(stated).toContain('财政拨款支出');
    expect(status(rYangpu as Report, 'across.years')).toBe('not_applicable');
  });
});

describe('documentation', () => {
  it('docs/rules.md lists every rule as the code defines it', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/rules.md', import.meta.url)), 'utf8');
    expect(doc).toBe(rulesMarkdown());
  });
});

describe('passes on request', () => {
  it('records the comparisons that held, with both amounts, only when asked', () => {
    const doc = parse('001');
    expect(checkDocument(doc).passes).toBeUndefined();
    const report = checkDocument(doc, { passes: true });
    const row =
      report.passes?.filter((p) => p.refs[0]?.table === 'expenditure_summary' && p.refs[0]?.row === '21015') ?? [];
    expect(row.map((p) => p.formula.zh)).toContain(
      '21015 医疗保障管理事务（基本支出）= 2101501 + 2101502 + 2101504 + 2101505 + 2101506 + 2101550 + 2101599：83,692,380 = 83,692,380',
    );
    const checks = report.checks.filter((c) => c.status === 'pass' && c.section === 'in_table');
    for (const c of checks)
      expect(
        report.passes?.some((p) => p.rule === c.rule),
        c.rule,
      ).toBe(true);
  });
});
