import { describe, expect, it } from 'vitest';
import { type PositionedItem, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * Tall unruled rows whose codes and names are top-aligned and wrapped in a narrow column while the
 * amounts are bottom-aligned (blind.mjs: tall-top with narrow-names-bottom): a row prints its code and
 * the name's first piece, the name's other pieces under them, then its amounts on a line of their own
 * (or beside the name's last piece). Amounts right under a row's line join it (tall-rows-mixed); with
 * the name's pieces between, the pieces were placed with the amounts as a row of no code: every
 * such row was lost ("values without a code or a name") and the checks could not run.
 */
const text = (t: string, x: number, y: number) => printed(t, x, y);
const HEAD: PositionedItem[] = [
  printed('2024年部门一般公共预算支出功能分类预算表', 200, 20, { size: 16 }),
  text('单位：元', 700, 45),
  text('功能分类科目名称', 105, 65),
  text('合计', 327, 65),
  text('基本支出', 407, 65),
  text('项目支出', 507, 65),
];
/** A row 40 pt tall: code and name pieces from its top, 14.5 pt apart; amounts at its bottom. */
function row(code: string, pieces: string[], amounts: [string, string, string], top: number): PositionedItem[] {
  const bottom = top + 24;
  return [
    text(code, 45, top),
    ...pieces.map((p, i) => text(p, 105, top + 14.5 * i)),
    rightAligned(amounts[0], 347, bottom),
    rightAligned(amounts[1], 447, bottom),
    rightAligned(amounts[2], 547, bottom),
  ];
}

describe('names wrapped above amounts printed at the bottom of the row', () => {
  it('are the row’s, amounts and all', () => {
    const doc = parsePositioned({
      pages: [
        landscape(1, [
          ...HEAD,
          ...row('208', ['社会保障和就', '业支出'], ['300.00', '300.00', '0.00'], 90),
          ...row('20805', ['行政事业单位', '养老支出'], ['300.00', '300.00', '0.00'], 130),
          ...row('2080505', ['机关事业单位', '基本养老保险', '缴费支出'], ['300.00', '300.00', '0.00'], 170),
        ]),
      ],
      fonts: [],
    });
    const table = doc.tables.find((t) => t.kind === 'general_budget_by_function');
    expect(table?.rows.map((r) => [r.key, r.label, r.values])).toEqual([
      ['208', '社会保障和就业支出', { total: 30_000, basic: 30_000, project: 0 }],
      ['20805', '行政事业单位养老支出', { total: 30_000, basic: 30_000, project: 0 }],
      ['2080505', '机关事业单位基本养老保险缴费支出', { total: 30_000, basic: 30_000, project: 0 }],
    ]);
  });
});
