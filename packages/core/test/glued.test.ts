import { describe, expect, it } from 'vitest';
import { checkDocument, type PositionedItem, type PositionedPage, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * An amount touching the next column's label (issue 18, Part 1 item 3): in a summary table printed
 * without rules, one text run holds the income side's amount and the expenditure side's name,
 * "96,282,213.44 二、社会保障和就业支出". With glyph positions the word stage cuts it where it prints;
 * without them the run is laid over the columns it crosses. Either way the amount goes to the income
 * side and the name to the expenditure side; a run that cannot be placed makes the table partly read,
 * never a silent 0.
 */
const SIZE = 10;
const run = (text: string, x: number, y: number, edges = true) => printed(text, x, y, { edges });
const right = (text: string, x1: number, y: number) => rightAligned(text, x1, y, { edges: true });
const page = (items: PositionedItem[]) => landscape(1, items);

/** Income names at 40, income amounts ending at 330, expenditure names at 340, their amounts ending at 700. */
function summary(glued: 'space' | 'touching' | 'none', edges: boolean): PositionedPage {
  const y = (i: number) => 100 + 18 * i;
  const second =
    glued === 'none'
      ? [right('96,282,213.44', 330, y(1)), run('二、社会保障和就业支出', 340, y(1))]
      : [run(`96,282,213.44${glued === 'space' ? ' ' : ''}二、社会保障和就业支出`, 330 - 13 * 5, y(1), edges)];
  // Without positions the run's box is all that is known: make it end where the name ends.
  if (!edges && glued !== 'none') {
    const item = second[0] as PositionedItem;
    item.box = [330 - 13 * 5, y(1), 340 + 11 * SIZE, y(1) + SIZE];
  }
  return page([
    run('2025年部门财务收支预算总表', 250, 30),
    run('单位：元', 650, 50),
    run('项目', 150, 75),
    run('预算数', 300, 75),
    run('项目', 450, 75),
    run('预算数', 670, 75),
    run('一、财政拨款收入', 40, y(0)),
    right('96,282,213.44', 330, y(0)),
    run('一、一般公共服务支出', 340, y(0)),
    right('0.00', 700, y(0)),
    run('1. 一般公共预算资金', 40, y(1)),
    ...second,
    right('96,282,213.44', 700, y(1)),
    run('收入总计', 40, y(3)),
    right('96,282,213.44', 330, y(3)),
    run('支出总计', 340, y(3)),
    right('96,282,213.44', 700, y(3)),
  ]);
}

const rowsOf = (doc: ReturnType<typeof parsePositioned>) =>
  doc.tables[0]?.rows.map((r) => `${r.side === 'income' ? '收' : '支'} ${r.key} ${r.values.amount ?? '—'}`);

describe('an amount glued to the next side’s name', () => {
  const expected = parsePositioned({ pages: [summary('none', true)], fonts: [] });

  it('is read like the same amount and name printed apart (the baseline)', () => {
    expect(expected.tables[0]?.problems).toEqual([]);
    expect(rowsOf(expected)).toContain('收 general_budget 9628221344');
    expect(rowsOf(expected)).toContain('支 208 9628221344');
  });

  for (const glued of ['space', 'touching'] as const)
    for (const edges of [true, false])
      it(`reads the same (${glued === 'space' ? 'one space between' : 'touching'}, ${edges ? 'glyph positions' : 'the run’s ends only'})`, () => {
        const doc = parsePositioned({ pages: [summary(glued, edges)], fonts: [] });
        expect(doc.tables[0]?.problems).toEqual([]);
        expect(rowsOf(doc)).toEqual(rowsOf(expected));
        expect(checkDocument(doc).findings.filter((f) => f.rule.startsWith('in_table'))).toEqual([]);
      });
});
