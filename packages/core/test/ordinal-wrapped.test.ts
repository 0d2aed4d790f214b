import { describe, expect, it } from 'vitest';
import { type PositionedItem, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * A column numbering the rows (行次, after the names as the final accounts' template prints it) whose
 * header is wrapped in its narrow cell, one character a line ("行" over "次": a word processor's table
 * with cell margins, blind seed 3 blind-20). The column was known only by its header on one line: its
 * numbers were read as amounts (here the 合计 column's, its amounts lost) or into the names beside
 * them (the final summary: "一、一般公共预算财政拨款收1入", every row lost).
 */
const HEAD: PositionedItem[] = [
  printed('2024年部门一般公共预算支出功能分类预算表', 200, 20, { size: 16 }),
  printed('单位：元', 700, 45),
  printed('科目编码', 45, 68),
  printed('科目名称', 145, 68),
  printed('行', 280, 62),
  printed('次', 280, 74),
  printed('合计', 327, 68),
  printed('基本支出', 407, 68),
  printed('项目支出', 507, 68),
];
function row(n: string, code: string, name: string, amounts: string[], y: number): PositionedItem[] {
  return [
    printed(code, 45, y),
    rightAligned(n, 290, y),
    printed(name, 105, y),
    ...amounts.map((a, i) => rightAligned(a, 347 + 100 * i, y)),
  ];
}

describe('a line-number column whose header is wrapped a character a line', () => {
  it('is read as the row numbers, the codes, names and amounts beside them as they are', () => {
    const doc = parsePositioned({
      pages: [
        landscape(1, [
          ...HEAD,
          ...row('1', '208', '社会保障和就业支出', ['300.00', '100.00', '200.00'], 95),
          ...row('2', '20805', '行政事业单位养老支出', ['300.00', '100.00', '200.00'], 115),
          ...row('3', '2080505', '机关事业单位基本养老保险缴费支出', ['100.00', '100.00', '0.00'], 135),
          ...row('4', '2080506', '机关事业单位职业年金缴费支出', ['200.00', '0.00', '200.00'], 155),
          ...[printed('合计', 105, 175), rightAligned('5', 290, 175)],
          ...['300.00', '100.00', '200.00'].map((a, i) => rightAligned(a, 347 + 100 * i, 175)),
        ]),
      ],
      fonts: [],
    });
    const table = doc.tables.find((t) => t.kind === 'general_budget_by_function');
    expect(table?.rows.map((r) => [r.key, r.label, r.values.total])).toEqual([
      ['208', '社会保障和就业支出', 30_000],
      ['20805', '行政事业单位养老支出', 30_000],
      ['2080505', '机关事业单位基本养老保险缴费支出', 10_000],
      ['2080506', '机关事业单位职业年金缴费支出', 20_000],
      ['total', '合计', 30_000],
    ]);
  });
});
