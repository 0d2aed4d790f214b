import { describe, expect, it } from 'vitest';
import { PDF_SETTINGS } from '../src/layout/pdf-settings.js';
import type { PositionedItem } from '../src/layout/pdf-types.js';
import { buildLine, runOf } from '../src/layout/words.js';
import type { ColumnModel, ValueRegion } from '../src/read/columns.js';
import { placeLine } from '../src/read/place.js';
import { compileTemplate, SHANGHAI_BUDGET } from '../src/templates/index.js';
import { TOTAL_WORDS } from '../src/text/lexicon.js';

/**
 * The assignment stage's one policy on hand-made columns: words with their own boxes go where their
 * box says; a run cut without glyph positions is matched to the stretches it crosses, or reported.
 */
const SIZE = 10;
const advance = (ch: string) => ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? SIZE : SIZE / 2);
function run(text: string, x: number, edges: boolean): PositionedItem {
  const xs = [x];
  for (const ch of text) xs.push((xs.at(-1) as number) + advance(ch));
  return { text, box: [x, 100, xs.at(-1) as number, 110], font: 'f', size: SIZE, ...(edges ? { edges: xs } : {}) };
}
const template = compileTemplate(SHANGHAI_BUDGET);
const summary = template.byKind.get('finance_summary');
const grid = template.byKind.get('expenditure_summary');
if (!summary || !grid) throw new Error('template tables');

const region = (side: 'income' | 'expenditure', id: string, left: number, right: number): ValueRegion => ({
  side,
  id,
  block: 0,
  x0: left,
  x1: right,
  left,
  right,
});
/** A summary table: income names 40–200, income amounts 200–300, expenditure names 300–460, amounts 460–560. */
const twoSided: ColumnModel = {
  values: [region('income', 'amount', 200, 300), region('expenditure', 'amount', 460, 560)],
  labels: [
    { x0: 40, x1: 200 },
    { x0: 300, x1: 460 },
  ],
  sideSplit: 300,
  ordinals: [],
  units: [],
};
/** A grid: codes 40–110, names 110–260, 合计 260–360, 基本支出 360–460, 项目支出 460–560. */
const gridModel: ColumnModel = {
  values: [
    region('expenditure', 'total', 260, 360),
    region('expenditure', 'basic', 360, 460),
    region('expenditure', 'project', 460, 560),
  ],
  labels: [{ x0: 110, x1: 260 }],
  ordinals: [],
  units: [],
};

function placed(items: PositionedItem[], model: ColumnModel, table = summary) {
  const runs = items.flatMap((item, i) => runOf(item, i) ?? []);
  const line = buildLine(runs, [], 1, PDF_SETTINGS.lines, new Set(TOTAL_WORDS));
  return placeLine(line, model, table as NonNullable<typeof table>, PDF_SETTINGS.tables).map(
    (p) =>
      `${p.role}${p.region ? ` ${p.region.side}/${p.region.id}` : p.role === 'label' ? ` ${p.side}` : ''} ${p.text} (${p.how})`,
  );
}

describe('an amount glued to the next side’s label', () => {
  // The income amount ends at 299 (right-aligned), the expenditure name starts at 302.
  const text = '96,282,213.44 二、社会保障和就业支出';
  const x = 299 - 13 * 5;
  for (const edges of [true, false])
    it(`goes to the income column and the name to the expenditure side (${edges ? 'glyph positions' : 'the run’s ends only'})`, () => {
      expect(placed([run(text, x, edges)], twoSided)).toEqual([
        `value income/amount 96,282,213.44 (${edges ? 'box' : 'cut'})`,
        `label expenditure 二、社会保障和就业支出 (${edges ? 'box' : 'cut'})`,
      ]);
    });
});

describe('amounts run together without positions', () => {
  it('are matched to the two columns the run crosses', () => {
    expect(placed([run('1,000.00500.00', 418, false)], gridModel, grid)).toEqual([
      'value expenditure/basic 1,000.00 (cut)',
      'value expenditure/project 500.00 (cut)',
    ]);
  });

  it('are reported, whole, when they lie in one column', () => {
    expect(placed([run('31,214,205.8031,214,205.80', 200, false)], twoSided)).toEqual([
      'unreadable income/amount 31,214,205.8031,214,205.80 (cut)',
    ]);
  });

  it('are reported when the run could be matched in more than one way', () => {
    // A name and two amounts over the name column and three value columns: the last amount ends where
    // the run ends (项目支出), but is the first one 合计 or 基本支出?
    const text = '事业单位离退休人员经费支出 1,000.00 2,000.00';
    expect(placed([run(text, 250, false)], gridModel, grid)).toEqual([`unreadable expenditure/total ${text} (cut)`]);
  });
});

describe('words with their own boxes', () => {
  it('take the column of their right end, codes left of the first column, names elsewhere', () => {
    expect(
      placed(
        [
          run('2080505', 42, true),
          run('机关事业单位基本养老保险缴费支出', 112, false),
          run('1,000.00', 318, true),
          run('-', 455, true),
        ],
        gridModel,
        grid,
      ),
    ).toEqual([
      'code 2080505 (box)',
      'label expenditure 机关事业单位基本养老保险缴费支出 (box)',
      'value expenditure/total 1,000.00 (box)',
      'value expenditure/basic - (box)',
    ]);
  });

  it('cut a code from the name fused to it', () => {
    expect(placed([run('20805行政事业单位养老支出', 42, false)], gridModel, grid)).toEqual([
      'code 20805 (box)',
      'label expenditure 行政事业单位养老支出 (box)',
    ]);
  });
});

describe('a column numbering the rows (序号)', () => {
  // The grid above with a 序号 column 10–38 before its codes.
  const numbered: ColumnModel = { ...gridModel, ordinals: [{ x0: 10, x1: 38 }] };

  it('skips the row’s number and keeps its code', () => {
    expect(placed([run('23', 26, true), run('2109999', 42, true)], numbered, grid)).toEqual([
      'skip 23 (box)',
      'code 2109999 (box)',
    ]);
  });

  it('takes the same number outside the column as a code, and no code-shaped "01" as a row number', () => {
    expect(placed([run('23', 26, true), run('01', 42, true)], gridModel, grid)).toEqual([
      'code 23 (box)',
      'code 01 (box)',
    ]);
    expect(placed([run('01', 20, true)], numbered, grid)).toEqual(['code 01 (box)']);
  });
});
