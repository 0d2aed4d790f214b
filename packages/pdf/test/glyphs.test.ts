import { readFileSync } from 'node:fs';
import { type PositionedItem, type PositionedPage, parsePositioned } from '@hezhang/core';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { readLimits } from '../src/limits.js';
import { extractPositioned, nodeResources } from '../src/node.js';
import { pageGlyphs, pageReading } from '../src/page.js';

/**
 * The page reader on the hand-written PDFs of fixtures/glyphs.mjs, where every glyph's position is
 * known exactly: Chinese in STSong-Light (ideographs 1 em wide, ASCII half an em), Latin in Helvetica,
 * 10 pt on a 400 × 300 pt page unless the case says otherwise; y runs down from the page's top.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/glyphs/${name}`, import.meta.url)));
const page = async (name: string, n = 1, options = {}) =>
  (await extractPositioned(fixture(name), options)).pages[n - 1] as PositionedPage;
const texts = (items: PositionedItem[] | undefined) => (items ?? []).map((i) => i.text);
const find = (items: PositionedItem[] | undefined, text: string) => {
  const item = (items ?? []).find((i) => i.text === text);
  if (!item) throw new Error(`no run ${JSON.stringify(text)} in ${JSON.stringify(texts(items))}`);
  return item;
};
/** Edges rounded to 0.01 pt. */
const edges = (item: PositionedItem) => item.edges?.map((x) => Math.round(x * 100) / 100);
const evenly = (from: number, step: number, count: number) =>
  Array.from({ length: count + 1 }, (_, i) => from + i * step);

describe('clip areas', () => {
  it('keeps the part of a name inside its cell and reports the overflow as clipped', async () => {
    const p = await page('clipped.pdf');
    const inside = find(p.items, '一般公共预算财政拨款');
    expect(edges(inside)).toEqual(evenly(52, 10, 10));
    expect(inside.box.map(Math.round)).toEqual([52, 37, 152, 47]);
    const overflow = find(p.clipped, '收入');
    expect(edges(overflow)).toEqual([152, 162, 172]);
    // The next cell's amount is its own run, printed.
    expect(edges(find(p.items, '1,234.56'))).toEqual(evenly(205, 5, 8));
  });

  it('reports a paragraph line below its text box as clipped, the lines inside as printed', async () => {
    const p = await page('clipped.pdf');
    expect(texts(p.items)).toEqual(expect.arrayContaining(['第一行文字在框内', '第二行文字在框内']));
    expect(texts(p.clipped)).toEqual(['收入', '第三行文字被截断']);
    expect(p.hidden).toEqual([]);
  });

  it('clips a form XObject to its box, through its matrix, and scales its text by it', async () => {
    const p = await page('form.pdf');
    const run = find(p.items, '表单文字测试内容超出');
    // Form matrix 2 0 0 2 placed at (50, 200): 10 pt text drawn at 20 pt from x = 50 + 2 × 2.
    expect(run.size).toBeCloseTo(20, 6);
    expect(edges(run)).toEqual(evenly(54, 20, 10));
    // The form's box ends at x = 50 + 2 × 100: the last two ideographs lie beyond it.
    expect(texts(p.clipped)).toEqual(['边框']);
  });
});

describe('text drawn but not seen', () => {
  it('tells white text on a dark fill (printed) from white or near-white text on the page (hidden)', async () => {
    const p = await page('hidden.pdf');
    expect(texts(p.items)).toContain('表头白字');
    expect(texts(p.hidden)).toEqual(expect.arrayContaining(['白底白字', '浅灰文字']));
  });

  it('hides render mode 3, opacity 0 and black on black, but not text crossed by a thin rule or on a light fill', async () => {
    const p = await page('hidden.pdf');
    expect(texts(p.hidden).sort()).toEqual(['浅灰文字', '白底白字', '透明文字', '隐藏模式', '黑底黑字'].sort());
    expect(texts(p.items).sort()).toEqual(['Bold', '划线文字', '加粗标题', '灰底黑字', '表头白字'].sort());
    expect(p.clipped).toEqual([]);
  });

  it('hides text in optional content turned off in the default view, and shows the layer that is on', async () => {
    const p = await page('layers.pdf');
    expect(texts(p.items).sort()).toEqual(['图层外的文字', '显示图层的文字'].sort());
    expect(texts(p.hidden)).toEqual(['关闭图层的文字']);
  });

  it('marks bold by the font name and by synthetic bold (fill and stroke with a line width)', async () => {
    const p = await page('hidden.pdf');
    expect(find(p.items, 'Bold').bold).toBe(true);
    expect(find(p.items, '加粗标题').bold).toBe(true);
    expect(find(p.items, '灰底黑字').bold).toBe(false);
  });

  it('reads invisible text over a scanned image as the page’s text (OCR), and elsewhere as hidden', async () => {
    const p = await page('ocr.pdf');
    expect(p.images).toBe(1);
    const ocr = find(p.items, '扫描识别文字');
    expect(ocr.ocr).toBe(true);
    expect(edges(ocr)).toEqual(evenly(60, 10, 6));
    expect(texts(p.hidden)).toEqual(['图外隐藏文字']);
    expect(find(p.hidden, '图外隐藏文字').ocr).toBeUndefined();
  });
});

describe('spacing inside one show-text', () => {
  it('splits a TJ gap of 3 em (letter-spaced 合计) and of 2 em (an amount and the next column’s label)', async () => {
    const p = await page('spacing.pdf');
    const [he, ji] = p.items.filter((i) => i.text === '合' || i.text === '计').slice(0, 2) as [
      PositionedItem,
      PositionedItem,
    ];
    expect([edges(he), edges(ji)]).toEqual([
      [50, 60],
      [90, 100],
    ]);
    expect(edges(find(p.items, '96,282,213.44'))).toEqual(evenly(50, 5, 13));
    expect(edges(find(p.items, '二、社会保障和就业支出'))).toEqual(evenly(135, 10, 11));
  });

  it('keeps kerning within a tenth of an em in one run, at the kerned positions', async () => {
    const p = await page('spacing.pdf');
    // TJ 30 moves 算 0.3 pt left, −40 moves 数 0.4 pt right.
    expect(edges(find(p.items, '预算数'))).toEqual([50, 59.7, 70.1, 80.1]);
  });

  it('writes a drawn half-width space between words as one space, and two ideographic spaces as a gap', async () => {
    const p = await page('spacing.pdf');
    // "1." (two half-width glyphs), the space spanning its gap, then ideographs.
    expect(edges(find(p.items, '1. 一般公共预算资金'))).toEqual([50, 55, 60, 65, ...evenly(75, 10, 7)]);
    const row = p.items.filter((i) => i.box[1] > 80 && i.box[1] < 82 && i.box[0] >= 200);
    expect(row.map((i) => [i.text, edges(i)])).toEqual([
      ['合', [200, 210]],
      ['计', [230, 240]],
    ]);
  });

  it('follows character spacing, word spacing and horizontal scaling', async () => {
    const p = await page('spacing.pdf');
    // Helvetica widths: A 667, B 667, C 722, D 722, W 944, X 667, Y 667, Z 611 (thousandths of an em).
    expect(edges(find(p.items, 'ABCD'))).toEqual([50, 57.17, 64.34, 72.06, 79.28]);
    // 2 pt spacing (0.2 em) spreads E F G H into four runs.
    expect(texts(p.items.filter((i) => i.box[1] > 100 && i.box[1] < 102 && i.box[0] >= 150))).toEqual([
      'E',
      'F',
      'G',
      'H',
    ]);
    expect(edges(find(p.items, 'F'))).toEqual([158.67, 164.78]);
    // A space of 2.78 pt plus 3 pt word spacing stays a word space; plus 5 pt it is a gap.
    expect(edges(find(p.items, 'A B'))).toEqual([50, 56.67, 62.45, 69.12]);
    expect(edges(find(p.items, 'D'))).toEqual([165, 172.22]);
    expect(edges(find(p.items, 'WXYZ'))).toEqual([50, 54.72, 58.06, 61.39, 64.44]);
  });

  it('puts a superscript (rise) in a run of its own, and sizes text by the text matrix', async () => {
    const p = await page('spacing.pdf');
    const m = find(p.items, 'm');
    const two = find(p.items, '2');
    expect(two.box[1]).toBeCloseTo(m.box[1] - 4, 6);
    expect(edges(two)).toEqual([58.33, 63.89]);
    const big = find(p.items, '放大');
    expect(big.size).toBeCloseTo(20, 6);
    expect(edges(big)).toEqual([50, 70, 90]);
  });
});

describe('pages turned', () => {
  it('reads a page turned by /Rotate 90, and text drawn turned on a portrait page, upright again, edges and all', async () => {
    const doc = await extractPositioned(fixture('rotated.pdf'));
    const [upright, turned, drawnTurned] = doc.pages as [PositionedPage, PositionedPage, PositionedPage];
    const shape = (p: PositionedPage) =>
      p.items.map((i) => [i.text, i.box.map((v) => Math.round(v * 100) / 100), edges(i)]);
    // /Rotate 90 shows the page sideways: turning its text back undoes it (rotation 0).
    expect([turned.rotation, turned.width, turned.height]).toEqual([0, 400, 300]);
    expect(shape(turned)).toEqual(shape(upright));
    // Drawn a quarter turn on a portrait page: the frame turns by 90 to read it.
    expect([drawnTurned.rotation, drawnTurned.width, drawnTurned.height]).toEqual([90, 400, 300]);
    expect(shape(drawnTurned)).toEqual(shape(upright));
    expect(edges(find(turned.items, '合计 1,234.56'))).toEqual([50, 60, 70, ...evenly(75, 5, 8)]);
  });
});

describe('bounds', () => {
  it('reports a page with more glyphs than allowed as unreadable, with nothing read from it', async () => {
    const p = await page('spacing.pdf', 1, { limits: { maxGlyphsPerPage: 20 } });
    expect(p.unreadable).toBe('too_many_glyphs');
    expect([p.items, p.clipped, p.hidden, p.rulings]).toEqual([[], [], [], []]);
  });

  it('reports graphics states nested deeper than allowed as unreadable', async () => {
    // q, then the form XObject: two levels. The pre-scan refuses the whole file past the same bound
    // (maxNestingDepth) when it can see the content; the page reader meets it where it could not.
    const nested = async (maxNestingDepth: number) => {
      const pdf = await pdfjs.getDocument({ data: fixture('form.pdf'), ...nodeResources(), verbosity: 0 }).promise;
      try {
        const reading = await pageReading(pdfjs, pdf, undefined, readLimits({ maxNestingDepth }));
        return (await pageGlyphs(await pdf.getPage(1), reading)).content.unreadable;
      } finally {
        await pdf.destroy();
      }
    };
    expect(await nested(1)).toBe('too_deep');
    expect(await nested(2)).toBeUndefined();
    expect(
      (await page('form.pdf', 1, { limits: { maxNestingDepth: 1 } }).catch((e: Error) => e.message)) as string,
    ).toMatch(/nests graphics states 2 deep, over the limit of 1/);
  });

  it('finds white text on a page-wide band printed, and counts text as printed past the fills it looks under', async () => {
    const p = await page('crowded.pdf');
    expect(texts(p.items)).toEqual(['深色底白字', '点上']);
    // Looking under all 100 dots finds the white page under the white text: hidden.
    const all = await page('crowded.pdf', 1, { limits: { maxBackdropDepth: 200 } });
    expect([texts(all.items), texts(all.hidden)]).toEqual([['深色底白字'], ['点上']]);
  });

  it('says a page past a bound was not read — not that it is blank — and counts it as unread', async () => {
    const doc = await extractPositioned(fixture('rotated.pdf'));
    const [first, second] = doc.pages as [PositionedPage, PositionedPage];
    const gaveUp: PositionedPage = {
      ...second,
      items: [],
      clipped: [],
      hidden: [],
      rulings: [],
      unreadable: 'too_deep',
    };
    const read = parsePositioned({ ...doc, pages: [first, gaveUp, first] });
    const textLayer = read.diagnostics.filter((d) => d.code.startsWith('text_'));
    expect(textLayer.map((d) => [d.code, d.severity, d.source?.page])).toEqual([['text_unreadable_page', 'error', 2]]);
  });
});
