import { describe, expect, it } from 'vitest';
import { checkDocument, type PositionedItem, parsePositioned, SHANGHAI_BUDGET } from '../src/index.js';
import type { Line } from '../src/layout/types.js';
import { apartCandidates, pageCut, rowCode, rowsPrint } from '../src/recognize/page-break.js';
import { compileTemplate } from '../src/templates/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * A page printing a table's title (and header) lost, the table's next page printing no header: its rows
 * at the top of a page under no title must not go on with the table before them. Two signals, each by
 * what the open table printed: it already printed its own total (合计) after its rows; or the rows list
 * again a subject the open table listed, earlier than its last (收入预算总表 then 支出预算总表: the same
 * subjects). The rows are kept apart, with a warning saying why (wanli-2024-dept without p. 16: 34
 * errors of 收入预算总表's sums before).
 */
const text = (t: string, x: number, y: number) => printed(t, x, y);
const amount = (t: string, x1: number, y: number) => rightAligned(t, x1, y);

/** 收入预算总表's title and header: five value columns. */
const REVENUE_HEAD: PositionedItem[] = [
  printed('2025年部门收入预算总表', 200, 20, { size: 16, bold: true }),
  text('单位：元', 700, 45),
  text('科目编码', 45, 65),
  text('科目名称', 105, 65),
  text('合计', 327, 65),
  text('财政拨款收入', 397, 65),
  text('事业收入', 497, 65),
  text('事业单位经营收入', 567, 65),
  text('其他收入', 697, 65),
];

/** A row of 收入预算总表 at y: code, name, five amounts (all of it fiscal). */
const revenueRow = (code: string, name: string, value: string, y: number): PositionedItem[] => [
  text(code, 45, y),
  text(name, 105, y),
  amount(value, 347, y),
  amount(value, 447, y),
  amount('0.00', 547, y),
  amount('0.00', 647, y),
  amount('0.00', 747, y),
];

/** A row of 支出预算总表 at y: code, name, three amounts (合计, 基本支出, 项目支出), as its second page prints them. */
const expenditureRow = (code: string, name: string, basic: number, project: number, y: number): PositionedItem[] => {
  const money = (n: number) => `${n.toLocaleString('en-US')}.00`;
  return [
    text(code, 45, y),
    text(name, 105, y),
    amount(money(basic + project), 347, y),
    amount(money(basic), 447, y),
    amount(money(project), 547, y),
  ];
};

/** 支出预算总表's second page: rows 208 … 221, no title and no header (the page before, with them, lost). */
/** 支出预算总表's last page: subjects after those 收入预算总表 lists. */
const LATER_RUN_ON = [
  ...expenditureRow('224', '灾害防治及应急管理支出', 0, 100, 40),
  ...expenditureRow('224 01', '应急管理事务', 0, 100, 60),
  ...expenditureRow('224 01 99', '其他应急管理支出', 0, 100, 80),
];

const EXPENDITURE_RUN_ON = [
  ...expenditureRow('208', '社会保障和就业支出', 600, 0, 40),
  ...expenditureRow('208 05', '行政事业单位养老支出', 600, 0, 60),
  ...expenditureRow('208 05 05', '机关事业单位基本养老保险缴费支出', 600, 0, 80),
  ...expenditureRow('221', '住房保障支出', 400, 0, 100),
  ...expenditureRow('221 02', '住房改革支出', 400, 0, 120),
  ...expenditureRow('221 02 01', '住房公积金', 400, 0, 140),
];

/** 收入预算总表's rows 201 … 2210201 from y, 20 pt apart. */
const revenueRows = (y: number): PositionedItem[] =>
  (
    [
      ['201', '一般公共服务支出', '3,000.00'],
      ['201 01', '人大事务', '3,000.00'],
      ['201 01 01', '行政运行', '3,000.00'],
      ['208', '社会保障和就业支出', '600.00'],
      ['208 05', '行政事业单位养老支出', '600.00'],
      ['208 05 05', '机关事业单位基本养老保险缴费支出', '600.00'],
      ['221', '住房保障支出', '400.00'],
      ['221 02', '住房改革支出', '400.00'],
      ['221 02 01', '住房公积金', '400.00'],
    ] as const
  ).flatMap(([code, name, value], k) => revenueRow(code, name, value, y + 20 * k));
const KEYS = ['201', '20101', '2010101', '208', '20805', '2080505', '221', '22102', '2210201'];

const revenueTotal = (y: number) => revenueRow('', '合计', '4,000.00', y).filter((item) => item.text !== '');

function read(pages: PositionedItem[][]) {
  const doc = parsePositioned({ pages: pages.map((items, i) => landscape(i + 1, items)), fonts: [] });
  const revenue = doc.tables.find((t) => t.kind === 'revenue_summary');
  const warnings = doc.diagnostics.filter((d) => d.severity !== 'info');
  return { doc, revenue, warnings };
}

describe('rows under no title after a table, their title’s page lost', () => {
  // Each page before the lost one goes on with the table: rows of its next subjects, its 合计.
  it('are kept apart when the table before printed its 合计 after its rows', () => {
    const { doc, revenue, warnings } = read([
      [...REVENUE_HEAD, ...revenueRows(85).slice(0, 7 * 7)],
      [...revenueRows(-100).slice(7 * 7), ...revenueTotal(80)],
      LATER_RUN_ON,
    ]);
    expect(revenue?.rows.map((r) => r.key)).toEqual([...KEYS, 'total']);
    expect(revenue?.problems).toEqual([]);
    expect(revenue?.pages).toEqual([1, 2]);
    expect(warnings.map((d) => [d.code, d.params])).toEqual([
      [
        'table_rows_apart',
        { page: 3, after: '2025年部门收入预算总表', reason: 'closed', mark: '合计', may: FUNCTION_AFTER_REVENUE },
      ],
    ]);
    expect(doc.tables.map((t) => t.kind)).toEqual(['revenue_summary']);
  });

  it('are kept apart when they list again the subjects the table before listed (its 合计 at the top)', () => {
    const { revenue, warnings } = read([
      [...REVENUE_HEAD, ...revenueTotal(85), ...revenueRows(105).slice(0, 7 * 8)],
      revenueRows(-120).slice(7 * 8),
      EXPENDITURE_RUN_ON,
    ]);
    expect(revenue?.rows.map((r) => r.key)).toEqual(['total', ...KEYS]);
    expect(revenue?.problems).toEqual([]);
    expect(revenue?.pages).toEqual([1, 2]);
    expect(warnings.map((d) => [d.code, d.params])).toEqual([
      [
        'table_rows_apart',
        { page: 3, after: '2025年部门收入预算总表', reason: 'codes_restart', mark: '208', may: FUNCTION_AFTER_REVENUE },
      ],
    ]);
  });

  // Nothing printed after them, four tables of the template fit them: which is not certain, and none
  // of the four is called missing (document.tables_present), each one they may be.
  it('name the tables they may be where several fit: none of them is “missing”', () => {
    const { doc } = read([[...REVENUE_HEAD, ...revenueRows(85)], EXPENDITURE_RUN_ON]);
    const report = checkDocument(doc);
    const present = report.checks.find((c) => c.rule === 'document.tables_present');
    expect(present?.status).toBe('fail');
    expect(report.findings.filter((f) => f.rule === 'document.tables_present').map((f) => f.message.zh)).toEqual([
      '缺少4张表：“财务收支预算总表”、“财政拨款收支预算总表”、“一般公共预算基本支出经济分类预算表”、“‘三公’经费和机关运行经费预算表”',
    ]);
  });

  // The next table printed bounds them: 支出预算总表 is the one table the template lists between
  // 收入预算总表 and 财政拨款收支预算总表, and its rows are function subjects of three amounts.
  it('are read as the one table of the template they fit, its columns from their amounts', () => {
    const { doc, warnings } = read([
      [...REVENUE_HEAD, ...revenueRows(85)],
      EXPENDITURE_RUN_ON,
      [printed('2025年部门财政拨款收支预算总表', 200, 20, { size: 16, bold: true })],
    ]);
    const expenditure = doc.tables.find((t) => t.kind === 'expenditure_summary');
    expect(doc.tables.map((t) => t.kind)).toEqual(['revenue_summary', 'expenditure_summary', 'fiscal_summary']);
    expect(expenditure?.title).toBe('支出预算总表');
    // The rows before 208 and the 合计 were on the page lost: in doubt, not missing.
    expect(expenditure?.problems).toEqual([
      { code: 'head_lost', params: { page: 2 }, at: { page: 2 }, scope: { unprintedBefore: '208' } },
    ]);
    expect(expenditure?.rows.map((r) => [r.key, r.values])).toEqual([
      ['208', { total: 60000, basic: 60000, project: 0 }],
      ['20805', { total: 60000, basic: 60000, project: 0 }],
      ['2080505', { total: 60000, basic: 60000, project: 0 }],
      ['221', { total: 40000, basic: 40000, project: 0 }],
      ['22102', { total: 40000, basic: 40000, project: 0 }],
      ['2210201', { total: 40000, basic: 40000, project: 0 }],
    ]);
    const findings = checkDocument(doc).findings.map((f) => f.message.zh);
    expect(findings.filter((m) => m.includes('支出预算总表'))).toEqual([]);
    expect(warnings.find((d) => d.code === 'table_rows_read_as')?.params).toEqual({
      page: 2,
      title: '支出预算总表',
      after: '2025年部门收入预算总表',
      reason: 'codes_restart',
      mark: '208',
    });
  });
});

/** The tables of the shanghai budget after 收入预算总表 that print function subjects in three columns. */
const FUNCTION_AFTER_REVENUE = [
  'expenditure_summary',
  'general_budget_by_function',
  'gov_fund_by_function',
  'state_capital_by_function',
];

/** 国有资本经营预算支出功能分类预算表 printed empty: its header, a blank 合计 and its note. */
const EMPTY_TABLE: PositionedItem[] = [
  printed('2024年部门国有资本经营预算支出功能分类预算表', 200, 20, { size: 16, bold: true }),
  text('单位：元', 700, 45),
  text('功能分类科目名称', 105, 65),
  text('合计', 327, 65),
  text('基本支出', 407, 65),
  text('项目支出', 507, 65),
  text('合计', 105, 85),
  text('注:本部门2024年无国有资本经营预算财政拨款安排的预算，故本表为空表。', 45, 105),
];

describe('rows under no title after an empty table, their title’s page lost', () => {
  const readAfterEmpty = (rows: PositionedItem[]) => {
    const doc = parsePositioned({ pages: [landscape(1, EMPTY_TABLE), landscape(2, rows)], fonts: [] });
    const empty = doc.tables.find((t) => t.kind === 'state_capital_by_function');
    return { doc, empty, warnings: doc.diagnostics.filter((d) => d.severity !== 'info') };
  };

  // The one table after it that prints economic subjects: 一般公共预算基本支出经济分类预算表.
  it('are read as the economic table when they are subjects of the other classification', () => {
    const { doc, empty, warnings } = readAfterEmpty([
      ...expenditureRow('302 05', '水费', 0, 277_500, 40),
      ...expenditureRow('302 06', '电费', 0, 280_000, 60),
    ]);
    expect(empty?.rows.filter((r) => r.key !== 'total')).toEqual([]);
    expect(empty?.problems).toEqual([]);
    expect(warnings.map((d) => [d.code, d.params.reason, d.params.mark, d.table])).toEqual([
      ['table_rows_read_as', 'other_codes', '30205', 'basic_by_economic'],
    ]);
    const economic = doc.tables.find((t) => t.kind === 'basic_by_economic');
    expect(economic?.rows.map((r) => [r.key, r.values])).toEqual([
      ['30205', { total: 27750000, personnel: 0, public: 27750000 }],
      ['30206', { total: 28000000, personnel: 0, public: 28000000 }],
    ]);
  });

  it('are kept apart after the table’s note (rows of its own classification)', () => {
    const { empty, warnings } = readAfterEmpty([
      ...expenditureRow('212', '城乡社区支出', 0, 500, 40),
      ...expenditureRow('212 08', '国有土地使用权出让收入安排的支出', 0, 500, 60),
    ]);
    expect(empty?.rows.filter((r) => r.key !== 'total')).toEqual([]);
    expect(empty?.problems).toEqual([]);
    expect(warnings.map((d) => [d.code, d.params.reason])).toEqual([['table_rows_apart', 'noted']]);
  });
});

describe('which table rows kept apart are', () => {
  const tables = compileTemplate(SHANGHAI_BUDGET).tables;
  const kinds = (after: string, next: string | undefined, printed: string[], print: ReturnType<typeof rowsPrint>) =>
    apartCandidates(tables, after, next, new Set(printed), print).map((t) => t.spec.kind);
  const line = (t: string): Line => ({ text: t, cells: t.split(' ').map((c) => ({ text: c })), gap: 0 });

  it('reads what the rows print: their codes’ classification, the most amounts after a name', () => {
    expect(rowsPrint([line('201 38 02 一般行政管理事务 135,200 0 135,200')])).toEqual({
      codes: 'function',
      amounts: 3,
    });
    expect(rowsPrint([line('302 05 水费 277,500'), line('302 06 电费 0 1 2 3')])).toEqual({
      codes: 'economic',
      amounts: 4,
    });
    // Amounts counted on rows of a code and a name only; a code whose name is printed on a line of its own.
    expect(rowsPrint([line('一般公共预算 100 一般公共服务支出 100')])).toEqual({ codes: undefined, amounts: 0 });
    expect(rowsPrint([line('303 05 302'), line('生活补助 25 专用燃料费')])).toEqual({ codes: 'economic', amounts: 0 });
  });

  it('keeps the tables between the one before and the next printed, not printed, that print as the rows do', () => {
    const fn3 = { codes: 'function' as const, amounts: 3 };
    const printed = ['finance_summary', 'revenue_summary', 'fiscal_summary'];
    expect(kinds('revenue_summary', 'fiscal_summary', printed, fn3)).toEqual(['expenditure_summary']);
    // More amounts than 支出预算总表 has columns: none.
    expect(kinds('revenue_summary', 'fiscal_summary', printed, { codes: 'function', amounts: 5 })).toEqual([]);
    // Printed already: none.
    expect(kinds('revenue_summary', 'fiscal_summary', [...printed, 'expenditure_summary'], fn3)).toEqual([]);
    // No table printed after them: every one after that fits.
    expect(kinds('revenue_summary', undefined, printed, fn3)).toEqual(FUNCTION_AFTER_REVENUE);
    expect(kinds('state_capital_by_function', undefined, printed, { codes: 'economic', amounts: 3 })).toEqual([
      'basic_by_economic',
    ]);
    // Rows without codes are a summary's or a single row's.
    expect(kinds('basic_by_economic', undefined, printed, { codes: undefined, amounts: 7 })).toEqual(['three_public']);
    expect(kinds('basic_by_economic', undefined, printed, fn3)).toEqual([]);
  });
});

describe('the signals, on lines', () => {
  const line = (t: string): Line => ({ text: t, cells: t.split(' ').map((c) => ({ text: c })), gap: 0 });

  it('reads a row’s code, its levels in columns of their own or fused, only before a name', () => {
    expect(rowCode(line('201 38 02 一般行政管理事务 135,200 0 135,200'))).toBe('2013802');
    expect(rowCode(line('20138 02 一般行政管理事务'))).toBe('2013802');
    expect(rowCode(line('2013802一般行政管理事务 135,200'))).toBe('2013802');
    expect(rowCode(line('208 5 5 机关事业单位基本养老保险缴费支出'))).toBe('2080505');
    expect(rowCode(line('221 住房保障支出 445.69'))).toBe('221');
    expect(rowCode(line('300 0 300'))).toBeUndefined();
    expect(rowCode(line('301 01 302'))).toBeUndefined();
    expect(rowCode(line('2024年 预算数'))).toBeUndefined();
    expect(rowCode(line('合计 156,211,123'))).toBeUndefined();
  });

  it('cuts after a total printed below rows, or at a subject listed again earlier than the last', () => {
    const body = ['201 一般公共服务支出 5', '208 社会保障和就业支出 3', '221 住房保障支出 2'].map(line);
    const open = (lines: Line[]) => ({ body: lines, notes: [], codes: 'function' as const });
    expect(pageCut(open([...body, line('合计 10')]), [line('201 38 02 一般行政管理事务 1')])).toEqual({
      reason: 'closed',
      mark: '合计',
    });
    expect(pageCut(open([...body, line('合计 10')]), [line('208 社会保障和就业支出 3')])).toEqual({
      reason: 'codes_restart',
      mark: '208',
    });
    // A total at the top closes nothing.
    expect(pageCut(open([line('合计 10'), ...body]), [line('230 转移性支出 1')])).toBeUndefined();
    expect(pageCut(open(body), [line('208 05 社会保障和就业支出 1')])).toBeUndefined();
    expect(pageCut(open(body), [line('208 社会保障和就业支出 1')])).toEqual({ reason: 'codes_restart', mark: '208' });
    expect(pageCut(open(body), [line('221 住房保障支出 2')])).toBeUndefined();
    expect(pageCut(open(body), [line('221 02 住房改革支出 2')])).toBeUndefined();
    // Tables side by side list a block's subjects after another's: not listed before, no restart.
    expect(pageCut(open(body), [line('205 教育支出 2')])).toBeUndefined();
  });

  it('cuts at a subject of the other classification, and after the table’s note', () => {
    const empty = [line('项目 合计 基本支出 项目支出'), line('合计')].map((l, k) => ({
      ...l,
      page: 1,
      box: [40, 60 + 20 * k, 500, 70 + 20 * k] as [number, number, number, number],
    }));
    const note = { ...line('注:本部门2024年无国有资本经营预算财政拨款安排的预算，故本表为空表。'), page: 1 };
    const rows = [line('302 05 水费 277,500 0 277,500')];
    expect(pageCut({ body: empty, notes: [], codes: 'function' }, rows)).toEqual({
      reason: 'other_codes',
      mark: '30205',
    });
    expect(pageCut({ body: empty, notes: [], codes: 'economic' }, rows)).toBeUndefined();
    expect(pageCut({ body: empty, notes: [{ ...note, box: [40, 100, 500, 110] }], codes: 'economic' }, rows)).toEqual({
      reason: 'noted',
      mark: '注:本部门2024年无国有资本经营预算财…',
    });
    // A note printed above the table's last line (under its title) closes nothing.
    expect(
      pageCut({ body: empty, notes: [{ ...note, box: [40, 40, 500, 50] }], codes: 'economic' }, rows),
    ).toBeUndefined();
  });
});
