import { describe, expect, it } from 'vitest';
import { checkDocument, type PositionedItem, type PositionedPage, parsePositioned, type Ruling } from '../src/index.js';
import { landscape, placed } from './printed.js';

/**
 * Doubt is per cell: a reading problem says which rows and columns it leaves in doubt, the checks that
 * need one of them report insufficient data, the others run. And the reader counts what it read: every
 * amount printed in a table's rows is read into a cell or reported, with its page and box.
 */
const { text, amount } = placed(10);

/** Ruled grid: codes 40–100, names 100–250, 合计 250–350, 基本支出 350–450, 项目支出 450–550. */
const XS = [40, 100, 250, 350, 450, 550];
function grid(rows: number, top: number): Ruling[] {
  const ys = Array.from({ length: rows + 1 }, (_, i) => top + 20 * i);
  return [
    ...ys.map((at) => ({ axis: 'h' as const, at, from: XS[0] as number, to: XS.at(-1) as number })),
    ...XS.map((at) => ({ axis: 'v' as const, at, from: top, to: top + 20 * rows })),
  ];
}

type Row = [code: string, name: string, total: string, basic: string, project: string];
function table(rows: Row[], extra: PositionedItem[] = []): PositionedPage {
  const y = (i: number) => 85 + 20 * i;
  return landscape(
    1,
    [
      text('2025年部门支出预算总表', 200, 20, 200),
      text('单位：元', 500, 40),
      text('科目编码', 45, 65),
      text('科目名称', 105, 65),
      text('合计', 255, 65),
      text('基本支出', 355, 65),
      text('项目支出', 455, 65),
      ...rows.flatMap(([code, name, total, basic, project], i) => [
        ...(code ? [text(code, 45, y(i), code.length * 5)] : []),
        text(name, 105, y(i)),
        ...[total, basic, project].flatMap((v, c) => (v ? [amount(v, 347 + 100 * c, y(i))] : [])),
      ]),
      ...extra,
    ],
    { rulings: grid(rows.length + 1, 60) },
  );
}

const ROWS: Row[] = [
  ['201', '一般公共服务支出', '3,000.00', '1,000.00', '2,000.00'],
  ['20101', '人大事务', '3,000.00', '1,000.00', '2,000.00'],
  ['208', '社会保障和就业支出', '500.00', '500.00', ''],
  ['20805', '行政事业单位养老支出', '500.00', '500.00', ''],
  ['', '合计', '3,500.00', '1,500.00', '2,000.00'],
];

describe('one cell that cannot be read', () => {
  // 20101's 项目支出 printed "2,0000.00": digits that make no amount and no cut makes two of.
  const rows = ROWS.map((r): Row => (r[0] === '20101' ? [r[0], r[1], r[2], r[3], '2,0000.00'] : r));
  // And a real mistake elsewhere: the 合计's 基本支出 (and so its 合计) is not the sum of its classes.
  rows[4] = ['', '合计', '3,600.00', '1,600.00', '2,000.00'];
  const doc = parsePositioned({ pages: [table(rows)], fonts: [] });
  const read = doc.tables[0];
  const report = checkDocument(doc);

  it('is reported with its page, box, row and column, and no other cell is in doubt', () => {
    expect(read?.problems).toHaveLength(1);
    const p = read?.problems[0];
    expect(p?.code).toBe('unreadable_value');
    expect(p?.at?.page).toBe(1);
    expect(p?.at?.box?.[0]).toBeCloseTo(547 - 9 * 5);
    expect(p?.scope).toEqual({ rows: ['20101'], columns: ['project'] });
  });

  it('withholds only the checks that need that cell', () => {
    // The mistake in 基本支出 is still found …
    const found = report.findings.filter((f) => f.refs.some((r) => r.table === read?.kind));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.refs.every((r) => r.column !== 'project'))).toBe(true);
    expect(found.some((f) => f.refs.some((r) => r.column === 'basic' && r.row === 'total'))).toBe(true);
    // … and the checks that need 20101's 项目支出 say they could not be made.
    const status = (rule: string) => report.checks.find((c) => c.rule === rule)?.status;
    expect(status('in_table.grand_total')).toBe('fail');
    // 201's 项目支出 against its 款, 20101's 合计 against its parts: each needs the cell.
    expect(status('in_table.hierarchy')).toBe('insufficient_data');
    expect(status('in_table.composition')).toBe('insufficient_data');
  });

  it('gives a check that needs nothing in doubt its result', () => {
    const clean = checkDocument(parsePositioned({ pages: [table(ROWS)], fonts: [] }));
    const cleanFound = clean.findings.filter((f) => f.rule.startsWith('in_table'));
    expect(cleanFound).toEqual([]);
  });
});

describe('several cells run together', () => {
  // Two amounts in one run that one cut makes two of, in a column: which cell each is, is unknown.
  const rows = ROWS.map((r): Row => (r[0] === '20805' ? [r[0], r[1], '500.00500.00', '', ''] : r));
  const doc = parsePositioned({ pages: [table(rows)], fonts: [] });

  it('leaves the whole table in doubt, and no finding rests on it', () => {
    const problems = doc.tables[0]?.problems ?? [];
    expect(problems.map((p) => p.code)).toContain('unreadable_value');
    expect(problems.find((p) => p.code === 'unreadable_value')?.scope).toBeUndefined();
    expect(checkDocument(doc).findings.filter((f) => f.rule.startsWith('in_table'))).toEqual([]);
  });
});

describe('the completeness count', () => {
  it('reads every amount printed in the rows into a cell (ruled grid: evidence "ruling")', () => {
    const doc = parsePositioned({ pages: [table(ROWS)], fonts: [] });
    const read = doc.tables[0];
    expect(read?.problems).toEqual([]);
    expect(read?.rows.find((r) => r.key === '20101')?.evidence).toEqual({
      total: 'ruling',
      basic: 'ruling',
      project: 'ruling',
    });
  });

  it('reports an amount printed in a row that no cell took, with its page and box', () => {
    // An amount printed inside the name column of 208: no value column holds it.
    const stray = amount('700.00', 245, 85 + 20 * 2);
    const rows = ROWS.map((r): Row => (r[0] === '208' ? [r[0], '社会保障', r[2], r[3], r[4]] : r));
    const doc = parsePositioned({ pages: [table(rows, [stray])], fonts: [] });
    const problems = doc.tables[0]?.problems ?? [];
    const unplaced = problems.filter((p) => p.code === 'unplaced_amount');
    expect(unplaced.map((p) => [p.params.text, p.at?.page])).toEqual([['700.00', 1]]);
    expect(unplaced[0]?.at?.box?.[2]).toBeCloseTo(245);
  });
});
