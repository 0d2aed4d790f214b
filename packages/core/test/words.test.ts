import { describe, expect, it } from 'vitest';
import { PDF_SETTINGS } from '../src/layout/pdf-settings.js';
import type { PositionedItem, Ruling } from '../src/layout/pdf-types.js';
import type { Line } from '../src/layout/types.js';
import { buildLine, runOf } from '../src/layout/words.js';
import { TOTAL_WORDS } from '../src/text/lexicon.js';

/**
 * The word-and-cell stage on hand-placed runs, with glyph positions (`edges`, as the operator-list
 * reader gives them) and without (only the run's ends known).
 */
const SIZE = 10;
/** Ideographs one em wide, digits, separators and spaces half an em. */
const advance = (ch: string) => ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? SIZE : SIZE / 2);

function run(text: string, x: number, options: { edges?: boolean; y?: number; bold?: boolean } = {}): PositionedItem {
  const edges = [x];
  for (const ch of text) edges.push((edges.at(-1) as number) + advance(ch));
  const y = options.y ?? 100;
  return {
    text,
    box: [x, y, edges.at(-1) as number, y + SIZE],
    font: 'f1',
    size: SIZE,
    ...(options.edges === false ? {} : { edges }),
    ...(options.bold ? { bold: true } : {}),
  };
}

const VOCABULARY = new Set([...TOTAL_WORDS, '项目', '预算数']);
function line(items: PositionedItem[], rulings: Ruling[] = []): Line {
  const runs = items.flatMap((item, i) => runOf(item, i) ?? []);
  return buildLine(runs, rulings, 1, PDF_SETTINGS.lines, VOCABULARY);
}
const words = (l: Line) => l.cells.flatMap((c) => c.words ?? []).map((w) => w.text);
const cells = (l: Line) => l.cells.map((c) => c.text);
const round = (xs: readonly number[]) => xs.map((x) => Math.round(x * 10) / 10);

describe('an amount glued to the next column’s label', () => {
  it('is cut at its glyphs where the run has positions, spaced or glued', () => {
    for (const text of ['96,282,213.44 二、社会保障和就业支出', '96,282,213.44二、社会保障和就业支出']) {
      const l = line([run(text, 200)]);
      const all = l.cells.flatMap((c) => c.words ?? []);
      expect(all.map((w) => [w.text, w.kind, w.ends])).toEqual([
        ['96,282,213.44', 'amount', 'both'],
        ['二、社会保障和就业支出', 'text', 'both'],
      ]);
      // 13 characters half an em wide: the amount ends 65 pt after the run starts.
      expect(round([all[0]?.box[2] as number])).toEqual([265]);
      expect(round([all[1]?.box[2] as number])).toEqual([l.box?.[2] as number]);
    }
  });

  it('without positions is cut by its characters, each word knowing only the run’s end it has', () => {
    const l = line([run('96,282,213.44 二、社会保障和就业支出', 200, { edges: false })]);
    const all = l.cells.flatMap((c) => c.words ?? []);
    expect(all.map((w) => [w.text, w.ends])).toEqual([
      ['96,282,213.44', 'start'],
      ['二、社会保障和就业支出', 'end'],
    ]);
    // The run's box for both: no width inside a run is guessed.
    expect(all[0]?.box).toEqual(all[1]?.box);
    // One run stays one cell (a prose line printed as one run must stay one cell).
    expect(l.cells).toHaveLength(1);
  });

  it('is not cut from a date or a sentence', () => {
    expect(words(line([run('截至2024年12月31日', 0)]))).toEqual(['截至2024年12月31日']);
    expect(words(line([run('比上年增加1,234.00万元', 0)]))).toEqual(['比上年增加1,234.00万元']);
  });
});

describe('thousands set apart by spaces', () => {
  it('are one amount, written with commas: in one run (spaced, positions known or not) or in runs a narrow gap apart', () => {
    expect(words(line([run('1 234 567.89', 0)]))).toEqual(['1,234,567.89']);
    expect(words(line([run('12 912 812', 0, { edges: false })]))).toEqual(['12,912,812']);
    // A font without the narrow no-break space: pdf.js gives the groups as runs 1.4 pt apart.
    const groups = [run('10', 0), run('148', 11.4), run('231.50', 27.8)];
    const l = line(groups);
    expect(cells(l)).toEqual(['10,148,231.50']);
    expect(l.cells[0]?.words?.[0]?.kind).toBe('amount');
    // U+202F and U+00A0 inside a run are spaces.
    expect(words(line([run('1\u202f234\u00a0567', 0)]))).toEqual(['1,234,567']);
  });

  it('are not made of codes, of groups a cell gap or a ruling apart, or of decimals before the last group', () => {
    expect(words(line([run('208 05 05', 0)]))).toEqual(['208', '05', '05']);
    expect(words(line([run('1', 0), run('234', 10)]))).toEqual(['1', '234']);
    const ruled: Ruling = { axis: 'v', at: 6, from: 90, to: 120 };
    expect(words(line([run('1', 0), run('234', 6.5)], [ruled]))).toEqual(['1', '234']);
    expect(words(line([run('1 234.50 678', 0)]))).toEqual(['1,234.50', '678']);
    expect(words(line([run('2024 123', 0)]))).toEqual(['2024', '123']);
  });
});

describe('numbers meeting', () => {
  it('cuts two amounts run together where exactly one cut makes two amounts printed alike', () => {
    expect(words(line([run('0.390.00', 0)]))).toEqual(['0.39', '0.00']);
    expect(words(line([run('1,000.00500.00', 0, { edges: false })]))).toEqual(['1,000.00', '500.00']);
    // Codes run together stay one number: "2101501" is a code, not two amounts.
    expect(words(line([run('2101501', 0)]))).toEqual(['2101501']);
  });

  it('parts an amount ending in its decimals from a number printed just after it ("312.45" "302")', () => {
    const l = line([run('312.45', 0), run('302', 32)]);
    expect(cells(l)).toEqual(['312.45', '302']);
    // The pieces of one number touch: one cell.
    expect(cells(line([run('1,234', 0), run('.56', 25)]))).toEqual(['1,234.56']);
  });
});

describe('an amount glued to the code after it', () => {
  it('is cut after its two decimals where three digits of a 类 code follow', () => {
    // The final accounts' economic table in two blocks side by side, no padding (blind seed 3, blind-16).
    expect(words(line([run('0.31310', 0), run('资本性支出', 40)]))).toEqual(['0.31', '310', '资本性支出']);
    expect(words(line([run('1,445.76302', 0)]))).toEqual(['1,445.76', '302']);
    // Other digits after the decimals stay as printed.
    expect(words(line([run('0.3131', 0)]))).toEqual(['0.3131']);
    expect(words(line([run('12.345', 0)]))).toEqual(['12.345']);
  });
});

describe('digits a change of font split', () => {
  it('are one word where the runs touch, whatever their fonts, and stay apart across a ruling, a gap, decimals or a space', () => {
    const fallback = (text: string, x: number): PositionedItem => ({ ...run(text, x), font: 'f4' });
    // "3" in a fallback font, "01" in the cell's (LibreOffice: a code in a CJK font); "0" then "3".
    expect(words(line([fallback('3', 0), run('01', 5), run('0', 30), fallback('3', 35)]))).toEqual(['301', '03']);
    // Touching by rounding: overlapping a little.
    expect(words(line([fallback('3', 0), run('01', 4.97)]))).toEqual(['301']);
    // A ruling between them: two cells, whatever the gap.
    const ruling: Ruling = { axis: 'v', at: 5, from: 90, to: 120 };
    expect(cells(line([fallback('3', 0), run('01', 5)], [ruling]))).toEqual(['3', '01']);
    // A gap beyond touchingDigitsEm (1 pt of 10 pt type), an amount ending in its decimals, a space printed.
    expect(words(line([fallback('3', 0), run('01', 6)]))).toEqual(['3', '01']);
    expect(words(line([run('312.45', 0), run('302', 30)]))).toEqual(['312.45', '302']);
    expect(words(line([run('3 ', 0), run('01', 10)]))).toEqual(['3', '01']);
  });

  it('joins a separator printed in a font of its own with the parts of the number it touches', () => {
    const fallback = (text: string, x: number): PositionedItem => ({ ...run(text, x), font: 'f2' });
    // LibreOffice, digits in a CJK font: "1" "," "974.59一、一般公共服务支出" (blind seed 3, blind-04).
    const glued = line([run('1', 0), fallback(',', 5), run('974.59一、一般公共服务支出', 10)]);
    expect(words(glued)).toEqual(['1,974.59', '一、一般公共服务支出']);
    expect(words(line([run('1,816', 0), fallback('.', 25), run('28', 30)]))).toEqual(['1,816.28']);
    // Not touching, a ruling between, or no number made: apart.
    expect(words(line([run('1', 0), fallback(',', 7), run('974.59', 12)]))).toEqual(['1', ',', '974.59']);
    const ruling: Ruling = { axis: 'v', at: 10, from: 90, to: 120 };
    expect(words(line([run('1', 0), fallback(',', 5), run('974.59', 10)], [ruling]))).toEqual(['1', ',', '974.59']);
    expect(words(line([run('12.50', 0), fallback(',', 25), run('974', 30)]))).toEqual(['12.50', ',', '974']);
  });
});

describe('letter-spacing', () => {
  it('joins single ideographs spread over a cell into the word they make', () => {
    expect(words(line([run('合　　计', 0)]))).toEqual(['合计']);
    expect(words(line([run('收 入 总 计', 0)]))).toEqual(['收入总计']);
    expect(words(line([run('合', 0), run('计', 80)]))).toEqual(['合计']);
    // "项 … 目" 112 pt apart in a 12 pt header.
    expect(cells(line([run('项', 40), run('目', 162), run('预算数', 300)]))).toEqual(['项目', '预算数']);
  });

  it('leaves characters that make no word, and a word a ruling parts', () => {
    expect(words(line([run('类', 0), run('款', 30), run('项', 60)]))).toEqual(['类', '款', '项']);
    const ruling: Ruling = { axis: 'v', at: 50, from: 90, to: 120 };
    expect(words(line([run('合', 0), run('计', 80)], [ruling]))).toEqual(['合', '计']);
  });
});

describe('cells', () => {
  it('parts words at a vertical ruling between two glyphs of one run', () => {
    // "1,000.002,000.00" drawn by one show-text operation across a border at x = 41.
    const ruling: Ruling = { axis: 'v', at: 41, from: 90, to: 120 };
    expect(cells(line([run('1,000.002,000.00', 0)], [ruling]))).toEqual(['1,000.00', '2,000.00']);
  });

  it('keeps a run whole where it spreads text with white space, parts runs a cell gap apart', () => {
    expect(cells(line([run('一、部门主要职能　　二、机构设置', 0)]))).toEqual(['一、部门主要职能　　二、机构设置']);
    expect(cells(line([run('一般公共服务支出', 0), run('1,000.00', 120)]))).toEqual(['一般公共服务支出', '1,000.00']);
    expect(line([run('1. 一般公共预算资金', 0, { edges: false })]).text).toBe('1. 一般公共预算资金');
  });

  it('gives the line its type size and weight', () => {
    const l = line([run('第三部分', 0, { bold: true }), run('说明', 41, { bold: true })]);
    expect(l.size).toBe(SIZE);
    expect(l.bold).toBe(true);
    expect(line([run('合计', 0)]).bold).toBeUndefined();
  });
});
