import { describe, expect, it } from 'vitest';
import { type PositionedItem, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * Tall unruled rows without codes (names indented to show 类, 款 and 项) whose names are top-aligned
 * and amounts bottom-aligned (blind.mjs seed 3, blind-09: three-line + tall-mixed + indented-names):
 * each row's amounts print 18.5 pt below its name and 15.5 pt above the next row's name (centre to
 * centre), so every name but the first is nearer the amounts above it, by more than a tie. No line opens a row (no code); the names were placed
 * with the amounts above them, every row's amounts read into the next row, and the tables' checks
 * withheld (read problems).
 */
const HEAD: PositionedItem[] = [
  printed('2024年部门一般公共预算支出功能分类预算表', 200, 20, { size: 16 }),
  printed('单位：元', 700, 45),
  printed('功能分类科目名称', 105, 65),
  printed('合计', 327, 65),
  printed('基本支出', 407, 65),
  printed('项目支出', 507, 65),
];
/** A row 34 pt tall from `top`: its name 1 pt below the top, its amounts 18.5 pt below the name. */
function row(name: string, indent: number, amounts: [string, string, string], top: number): PositionedItem[] {
  return [
    printed(name, 45 + indent, top + 1),
    ...amounts.flatMap((a, i) => (a ? [rightAligned(a, 347 + 100 * i, top + 19.5)] : [])),
  ];
}

/** The page of rows 34 pt apart under the header, read. */
const read = (rows: [string, number, [string, string, string]][]) =>
  parsePositioned({
    pages: [
      landscape(
        1,
        rows.flatMap(([name, indent, amounts], i) => row(name, indent, amounts, 85 + 34 * i)),
      ),
    ].map((page) => ({ ...page, items: [...HEAD, ...page.items] })),
    fonts: [],
  });

/** The general budget table's rows as read from `rows`: each key with its values. */
const general = (doc: ReturnType<typeof read>) =>
  doc.tables.find((t) => t.kind === 'general_budget_by_function')?.rows.map((r) => [r.key, r.values]);

describe('names top-aligned over amounts bottom-aligned, without codes', () => {
  it('are each the row of the amounts below them, as the first name is', () => {
    const rows: [string, number, [string, string, string]][] = [
      ['社会保障和就业支出', 0, ['300.00', '100.00', '200.00']],
      ['行政事业单位养老支出', 20, ['300.00', '100.00', '200.00']],
      ['机关事业单位基本养老保险缴费支出', 40, ['100.00', '100.00', '']],
      ['机关事业单位职业年金缴费支出', 40, ['200.00', '', '200.00']],
      ['合计', 60, ['300.00', '100.00', '200.00']],
    ];
    const doc = read(rows);
    expect(general(doc)).toEqual([
      ['208', { total: 30_000, basic: 10_000, project: 20_000 }],
      ['20805', { total: 30_000, basic: 10_000, project: 20_000 }],
      ['2080505', { total: 10_000, basic: 10_000, project: null }],
      ['2080506', { total: 20_000, basic: null, project: 20_000 }],
      ['total', { total: 30_000, basic: 10_000, project: 20_000 }],
    ]);
  });

  it('a row printing no amounts is its name alone, not a piece of the name above (blind seed 3, blind-09)', () => {
    // 2080506 prints no amounts: its name stands one row below 2080505's, below 2080505's amounts and
    // as far above 2080599's amounts as a row's pitch and lead together — no row's name but its own, a
    // row of its own printing no amounts.
    const rows: [string, number, [string, string, string]][] = [
      ['社会保障和就业支出', 0, ['300.00', '100.00', '200.00']],
      ['行政事业单位养老支出', 20, ['300.00', '100.00', '200.00']],
      ['机关事业单位基本养老保险缴费支出', 40, ['100.00', '100.00', '']],
      ['机关事业单位职业年金缴费支出', 40, ['', '', '']],
      ['其他行政事业单位养老支出', 40, ['200.00', '', '200.00']],
      ['合计', 60, ['300.00', '100.00', '200.00']],
    ];
    const doc = read(rows);
    expect(general(doc)).toEqual([
      ['208', { total: 30_000, basic: 10_000, project: 20_000 }],
      ['20805', { total: 30_000, basic: 10_000, project: 20_000 }],
      ['2080505', { total: 10_000, basic: 10_000, project: null }],
      ['2080506', { total: null, basic: null, project: null }],
      ['2080599', { total: 20_000, basic: null, project: 20_000 }],
      ['total', { total: 30_000, basic: 10_000, project: 20_000 }],
    ]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
