import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_SOURCES,
  COMPLETE_CHILDREN,
  checkDocument,
  childrenComplete,
  codesNamed,
  ECONOMIC_SUBJECTS,
  FUNCTION_CLASSES,
  FUNCTION_SUBJECTS,
  functionClassCode,
  holdsIn,
  knownChildren,
  parseText,
  type Report,
  sameSubjectName,
  staleName,
  subjectName,
} from '../src/index.js';
import { SEEDS } from './helpers.js';

/**
 * The 政府收支分类科目 dictionary and the rules that read a document against it. Findings are shown on
 * real text: seed 001 (2023, Shanghai municipal medical-insurance bureau) with one word or code changed
 * the way a document gets it wrong, the unchanged seed reporting nothing.
 */

const seed001 = SEEDS.find((s) => s.id === '001')?.text ?? '';
const swap = (from: string, to: string) => {
  expect(seed001.includes(from), `seed contains "${from}"`).toBe(true);
  return seed001.replace(from, to);
};
const check = (text: string) => checkDocument(parseText(text, { name: '001.txt' }));
const findings = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule);
const status = (r: Report, rule: string) => r.checks.find((c) => c.rule === rule)?.status;
const base = check(seed001);

describe('the dictionary', () => {
  it('gives a code its name of the year, and the names a code carried', () => {
    expect(subjectName('210', 2018)?.name).toBe('医疗卫生与计划生育支出');
    expect(subjectName('210', 2025)?.name).toBe('卫生健康支出');
    expect(subjectName('220', 2024)?.name).toBe('自然资源海洋气象等支出');
    expect(subjectName('22001', 2018)?.name).toBe('国土资源事务');
    expect(subjectName('22001', 2019)?.name).toBe('自然资源事务');
    expect(subjectName('207', 2019)?.name).toBe('文化旅游体育与传媒支出');
    expect(subjectName('234', 2019)).toBeUndefined();
    // Below the class, names hold from the edition the documents follow: 21014 meant something else before 2019.
    expect(subjectName('21014', 2026)?.name).toBe('优抚对象医疗');
    expect(subjectName('21014', 2018)).toBeUndefined();
    expect(codesNamed('国土资源事务').map((n) => [n.entry.code, n.holds])).toEqual([['22001', false]]);
    expect(codesNamed('住房公积金').map((n) => n.entry.code)).toEqual(['2210201', '30113']);
  });

  it('knows a former name in a later year, and what replaced it', () => {
    expect(staleName('医疗卫生与计划生育支出', 2025)).toMatchObject({
      code: '210',
      former: { until: 2018 },
      current: { name: '卫生健康支出' },
    });
    expect(staleName('国土海洋气象等支出', 2019)?.current.name).toBe('自然资源海洋气象等支出');
    expect(staleName('其他医疗卫生与计划生育支出', 2023)?.current.name).toBe('其他卫生健康支出');
    expect(staleName('医疗卫生与计划生育支出', 2018)).toBeUndefined();
    expect(staleName('卫生健康支出', 2025)).toBeUndefined();
  });

  it('reads class names as summary tables print them, former names included', () => {
    expect(functionClassCode('社会保障和就业')).toBe('208');
    expect(functionClassCode('医疗卫生与计划生育支出')).toBe('210');
    expect(functionClassCode('卫生健康支出')).toBe('210');
    expect(FUNCTION_CLASSES['210']).toBe('卫生健康支出');
    expect(Object.keys(FUNCTION_CLASSES)).toHaveLength(30);
  });

  it('compares names leniently: spaces, bracket widths, 其它, a trailing 支出, enumerators', () => {
    expect(sameSubjectName('政府办公厅(室)及相关机构事务', '政府办公厅（室）及相关机构事务')).toBe(true);
    expect(sameSubjectName('其它行政事业单位养老支出', '其他行政事业单位养老支出')).toBe(true);
    expect(sameSubjectName('其他医疗救助', '其他医疗救助支出')).toBe(true);
    expect(sameSubjectName('二、卫生 健康支出', '卫生健康支出')).toBe(true);
    expect(sameSubjectName('行政单位医疗', '事业单位医疗')).toBe(false);
  });

  it('calls a parent complete only where every child is listed', () => {
    expect(childrenComplete('21011', 2025)).toBe(true);
    expect(knownChildren('21011', 2025).map((e) => e.code)).toEqual(['2101101', '2101102', '2101103', '2101199']);
    expect(childrenComplete('20805', 2025)).toBe(false);
    expect(childrenComplete('302', 2018)).toBe(false);
  });

  it('is consistent: one name per code and year, every entry sourced, every source described', () => {
    const described = new Set(CLASSIFICATION_SOURCES.map((s) => s.id));
    for (const list of [FUNCTION_SUBJECTS, ECONOMIC_SUBJECTS])
      for (const e of list) {
        expect(e.sources.length, e.code).toBeGreaterThan(0);
        for (const s of e.sources) expect(described.has(s), `${e.code} ${s}`).toBe(true);
        for (const year of [2018, 2019, 2023, 2026]) {
          const holding = list.filter((o) => o.code === e.code && holdsIn(o, year));
          expect(holding.length, `${e.code} in ${year}`).toBeLessThanOrEqual(1);
        }
        if (e.code.length > 3) {
          const parent = e.code.slice(0, e.code.length === 5 ? 3 : 5);
          expect(
            list.some((o) => o.code === parent),
            `parent of ${e.code}`,
          ).toBe(true);
        }
      }
    for (const c of COMPLETE_CHILDREN) expect(subjectName(c.parent, c.from), c.parent).toBeDefined();
  });
});

describe('the classification rules on real text', () => {
  it('the unchanged seed breaks none of them', () => {
    for (const rule of [
      'classification.stale_names',
      'classification.code_names',
      'classification.unknown_codes',
      'classification.class_codes',
    ])
      expect(status(base, rule), rule).toBe('pass');
  });

  it('a former class name in a table row and in a summary line', () => {
    const r = check(
      swap('210\t\t\t卫生健康支出\t246,135,154', '210\t\t\t医疗卫生与计划生育支出\t246,135,154').replace(
        '二、卫生健康支出',
        '二、医疗卫生与计划生育支出',
      ),
    );
    const [f, ...more] = findings(r, 'classification.stale_names');
    expect(more).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message.zh).toBe('210“医疗卫生与计划生育支出”自2019年起已更名为“卫生健康支出”，文档仍用旧称（2处）');
    expect(f?.refs.map((x) => `${x.table}/${x.row}`)).toEqual(['finance_summary/210', 'revenue_summary/210']);
    // The summary line still counts as class 210: the cross-table checks run as on the unchanged seed.
    const crossTable = (x: Report) => x.checks.find((c) => c.rule === 'cross_table.identities');
    expect(crossTable(r)).toMatchObject({ status: 'pass', comparisons: crossTable(base)?.comparisons });
    expect(status(r, 'document.tables_readable')).toBe('pass');
  });

  it('a former class name in a subject line: still resolved, its amount checked, reported once as stale', () => {
    const r = check(swap('2. “卫生健康支出”科目24,614万元', '2. “医疗卫生与计划生育支出”科目24,614万元'));
    const stale = findings(r, 'classification.stale_names');
    expect(stale).toHaveLength(1);
    expect(stale[0]?.refs[0]).toMatchObject({
      section: expect.any(Number),
      text: expect.stringContaining('“医疗卫生与计划生育支出”科目'),
    });
    expect(status(r, 'prose.subjects')).toBe('pass');
    expect(findings(r, 'prose.subject_names')).toEqual([]);
  });

  it('a former 款 name in the explanation is a subject; in the functions it may be plain words', () => {
    const functions = '上海市医疗保障局是主管全市医疗保障工作的市政府直属机构，为正局级。';
    const doc = parseText(swap(functions, `${functions}配合做好国土资源事务相关工作。`), { name: '001.txt' });
    const where = doc.sections.filter((s) => s.paragraphs.some((p) => p.text.includes('国土资源事务')));
    expect(where.map((s) => s.kind)).toEqual(['functions']);
    expect(findings(checkDocument(doc), 'classification.stale_names')).toEqual([]);
    const e = check(
      swap('2. “卫生健康支出”科目24,614万元，', '2. “卫生健康支出”科目24,614万元，不含国土资源事务支出，'),
    );
    expect(findings(e, 'classification.stale_names').map((f) => f.message.zh)).toEqual([
      '22001“国土资源事务”自2019年起已更名为“自然资源事务”，文档仍用旧称',
    ]);
  });

  it('a code printed with another code’s name', () => {
    const r = check(swap('210\t11\t02\t事业单位医疗\t1,550,127', '210\t11\t02\t行政单位医疗\t1,550,127'));
    const f = findings(r, 'classification.code_names');
    expect(f.map((x) => x.message.zh)).toEqual(['科目 2101102 印作“行政单位医疗”，2023年该编码的名称为“事业单位医疗”']);
    expect(f[0]?.refs.map((x) => `${x.table}/${x.row}`)).toEqual(['revenue_summary/2101102']);
  });

  it('a code that does not exist under a parent whose children are all known', () => {
    const r = check(swap('210\t11\t02\t事业单位医疗\t1,550,127', '210\t11\t05\t某某单位医疗\t1,550,127'));
    const f = findings(r, 'classification.unknown_codes');
    expect(f.map((x) => x.message.zh)).toEqual([
      '科目编码 2101105（“某某单位医疗”）在2023年《政府收支分类科目》中不存在',
    ]);
    expect(f[0]?.refs[0]).toMatchObject({ table: 'revenue_summary', row: '2101105' });
  });

  it('a code that does not exist, printed for a name that says which: read by the name, reported once', () => {
    const r = check(swap('210\t11\t02\t事业单位医疗\t1,550,127', '210\t11\t05\t事业单位医疗\t1,550,127'));
    expect(findings(r, 'classification.printed_codes').map((x) => x.message.zh)).toEqual([
      '“2023年部门收入预算总表”有1行印出的编码不是其科目名称的编码（已按名称读取）：210类：“210 11 05”应为2101102',
    ]);
    expect(findings(r, 'classification.unknown_codes')).toEqual([]);
  });

  it('a class code printed wrongly under its class: the row read by its name, reported once', () => {
    const r = check(swap('210\t11\t\t行政事业单位医疗\t7,495,562', '201\t11\t\t行政事业单位医疗\t7,495,562'));
    // Under class 210, 行政事业单位医疗 is 21011: the row is read there (its sums hold, the other tables
    // meet it), and the printed code is one warning (printed-codes.test) — not the class-digit rule's.
    const f = findings(r, 'classification.printed_codes');
    expect(f.map((x) => x.message.zh)).toEqual([
      '“2023年部门收入预算总表”有1行印出的编码不是其科目名称的编码（已按名称读取）：210类：“201 11”应为21011',
    ]);
    expect(f[0]?.refs[0]).toMatchObject({ table: 'revenue_summary', row: '21011' });
    expect(findings(r, 'classification.class_codes')).toEqual([]);
    expect(findings(r, 'classification.code_names')).toEqual([]);
    expect(r.findings.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('a class code printed wrongly where no row above places the name: the class-digit rule', () => {
    // The 款 printed as the first row of a table: no class above it to read it under.
    const r = check(
      swap(
        '210\t11\t\t行政事业单位医疗\t7,495,562\t7,495,562\t\t\t\n',
        '201\t11\t\t行政事业单位医疗\t7,495,562\t7,495,562\t\t\t\n',
      ).replace('210\t\t\t卫生健康支出\t246,135,154\t246,135,154\t\t\t\n', ''),
    );
    const f = findings(r, 'classification.class_codes');
    expect(f.map((x) => x.message.zh)).toEqual(['“行政事业单位医疗”印作 20111，其编码应为 21011（类级编码 210）']);
    expect(findings(r, 'classification.printed_codes')).toEqual([]);
  });

  it('subjects no table names: one warning listing them all, their amounts not checked', () => {
    const r = check(
      swap('1. “社会保障和就业支出”科目1,291万元', '1. “社会保险支出”科目1,291万元').replace(
        '3. “住房保障支出”科目1,944万元',
        '3. “住房支出”科目1,944万元',
      ),
    );
    const f = findings(r, 'prose.subject_names');
    expect(f.map((x) => x.message.zh)).toEqual(['表中没有名为“社会保险支出”、“住房支出”的科目（2处）']);
    expect(f[0]?.refs).toHaveLength(2);
    expect(status(r, 'prose.subjects')).toBe('insufficient_data');
  });
});
