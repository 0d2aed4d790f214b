import { describe, expect, it } from 'vitest';
import { checkDocument, type PositionedItem, parsePositioned, problemText } from '../src/index.js';
import { landscape, printed } from './printed.js';

/**
 * Text clipped by its box (what @hezhang/pdf keeps as `clipped`): reported where a reader of the page
 * cannot see it, never where the same words print visibly on the page or the next (a cell drawn on
 * both sides of a page break), and never read as text.
 */
const SIZE = 12;
const text = (t: string, x: number, y: number) => printed(t, x, y, { size: SIZE });
const page = (n: number, items: PositionedItem[], clipped: PositionedItem[] = []) =>
  landscape(n, items, { clipped, hidden: [] });

const HEADING = text('一、部门主要职能', 58, 100);
const FIRST = '主要职能包括：负责本区商务发展规划的编制和实施，';
const TAIL = '协调重要商品储备和市场调控。';

describe('the tail of a paragraph cut off by its text box', () => {
  const doc = parsePositioned({
    pages: [page(1, [HEADING, text(FIRST, 58, 130)], [text(TAIL, 58, 145)])],
    fonts: [],
  });

  it('is a warning with its page, box and words', () => {
    const clipped = doc.diagnostics.filter((d) => d.code === 'text_clipped');
    expect(clipped).toHaveLength(1);
    expect(clipped[0]?.severity).toBe('warning');
    expect(clipped[0]?.source).toEqual({ page: 1, box: [58, 145, 58 + TAIL.length * SIZE, 157] });
    expect(problemText(clipped[0] as NonNullable<(typeof clipped)[0]>).zh).toContain('部分文字未正常显示');
    expect(problemText(clipped[0] as NonNullable<(typeof clipped)[0]>).zh).toContain(TAIL);
  });

  it('is not read as printed text', () => {
    expect(JSON.stringify(doc.sections)).toContain('负责本区商务发展规划');
    expect(JSON.stringify(doc.sections)).not.toContain('协调重要商品储备');
  });

  it('reaches the report as a finding', () => {
    const found = checkDocument(doc).findings.filter((f) => f.message.zh.includes('部分文字未正常显示'));
    expect(found.map((f) => [f.severity, f.refs[0]?.page])).toEqual([['warning', 1]]);
  });

  it('is one warning for the clipped lines of one block, one per block', () => {
    const two = parsePositioned({
      pages: [
        page(
          1,
          [HEADING, text(FIRST, 58, 130)],
          [text(TAIL, 58, 145), text('负责食用农产品流通管理。', 58, 160), text('另一个单元格被裁去的文字', 100, 300)],
        ),
      ],
      fonts: [],
    });
    expect(two.diagnostics.filter((d) => d.code === 'text_clipped').map((d) => d.params.text)).toEqual([
      `${TAIL}负责食用农产品流通管理。`,
      '另一个单元格被裁去的文字',
    ]);
  });
});

describe('a cell drawn on both sides of a page break', () => {
  // Each copy is clipped to its page: the lines the first page hides print on the second, and the
  // lines the second hides (above its top) print on the first.
  const doc = parsePositioned({
    pages: [
      page(1, [HEADING, text(FIRST, 58, 560)], [text(TAIL, 58, 590)]),
      page(2, [text(TAIL, 58, 40), text('二、机构设置', 58, 80)], [text(FIRST, 58, -5)]),
    ],
    fonts: [],
  });

  it('is no clipped text: every word prints visibly on one of the pages', () => {
    expect(doc.diagnostics.filter((d) => d.code === 'text_clipped')).toEqual([]);
  });
});

describe('clipped text beside everything the page prints', () => {
  it('is not reported: cells beyond the print range, a merged title centred over the page before', () => {
    const doc = parsePositioned({
      pages: [
        page(
          1,
          [HEADING, text(FIRST, 58, 130)],
          [text('单位：元', 790, 100), text('财政拨款支出', -166, 130), text('页外文字', 100, -40)],
        ),
      ],
      fonts: [],
    });
    expect(doc.diagnostics.filter((d) => d.code === 'text_clipped')).toEqual([]);
  });
});

describe('clipped text printed on the page anyway', () => {
  it('is not reported (an overflow copy drawn twice, one of them visible)', () => {
    const doc = parsePositioned({
      pages: [page(1, [HEADING, text(FIRST, 58, 130), text(TAIL, 58, 145)], [text(TAIL, 400, 145)])],
      fonts: [],
    });
    expect(doc.diagnostics.filter((d) => d.code === 'text_clipped')).toEqual([]);
  });
});

describe('a name cut off by its cell: its head visible, a glyph clipped at the cell’s edge', () => {
  // LibreOffice draws the glyph the cell's edge cuts through and none beyond: only "出" is clipped,
  // and "出" alone prints visibly elsewhere on the page (another name ending in it).
  const HEAD = '社会保障和就业支';
  const doc = parsePositioned({
    pages: [
      page(
        1,
        [HEADING, text(HEAD, 58, 130), text('2,043,412.53', 300, 130), text('其他医疗救助支出', 58, 160)],
        [text('出', 58 + HEAD.length * SIZE, 130)],
      ),
    ],
    fonts: [],
  });

  it('is reported: the name as printed is nowhere on the page', () => {
    const clipped = doc.diagnostics.filter((d) => d.code === 'text_clipped');
    expect(clipped).toHaveLength(1);
    expect(clipped[0]?.params).toMatchObject({ page: 1, text: '出' });
  });

  it('is not reported where the name prints whole on the page (a copy)', () => {
    const copy = parsePositioned({
      pages: [
        page(
          1,
          [HEADING, text(HEAD, 58, 130), text('2,043,412.53', 300, 130), text(`${HEAD}出`, 58, 160)],
          [text('出', 58 + HEAD.length * SIZE, 130)],
        ),
      ],
      fonts: [],
    });
    expect(copy.diagnostics.filter((d) => d.code === 'text_clipped')).toEqual([]);
  });
});

describe('a header clipped the same way on every page it is repeated on', () => {
  // blind-10 (seed 2, header-repeated): the cell "项目 / 分类科目 / 编码" too short for its last line on
  // each page of each table: 20 warnings, one per page, for one thing a reader fixes once.
  const repeated = (n: number, top: number, more: PositionedItem[] = []) =>
    page(
      n,
      [text('项目', 46, top), text('分类科目', 46, top + 15), text('合计', 300, top + 15)],
      [text('编码', 46, top + 30), ...more],
    );
  const doc = parsePositioned({
    pages: [
      repeated(1, 150),
      repeated(2, 80),
      repeated(3, 80, [text('另一个单元格被裁去的文字', 100, 300)]),
      repeated(4, 150),
    ],
    fonts: [],
  });

  it('is one warning naming its pages, beside the other clipped text', () => {
    const found = checkDocument(doc).findings.filter((f) => f.rule === 'text_layer.integrity');
    expect(found.map((f) => [f.severity, f.message.zh])).toEqual([
      ['warning', '第1、2、3、4页部分文字未正常显示（被所在单元格或文本框裁去）：编码'],
      ['warning', '第3页部分文字未正常显示（被所在单元格或文本框裁去）：另一个单元格被裁去的文字'],
    ]);
    expect(found[0]?.message.en).toBe(
      'pages 1, 2, 3, 4: text clipped by its cell or text box, not visible on the page: “编码”',
    );
    expect(found[0]?.refs.map((r) => r.page)).toEqual([1, 2, 3, 4]);
  });
});
