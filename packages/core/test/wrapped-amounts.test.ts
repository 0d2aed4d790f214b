import { describe, expect, it } from 'vitest';
import { PDF_SETTINGS } from '../src/layout/pdf-settings.js';
import type { Ruling } from '../src/layout/pdf-types.js';
import type { Run } from '../src/layout/words.js';
import { joinWrappedAmounts } from '../src/layout/wrapped-amounts.js';

/**
 * Amounts wrapped inside their cell (pdf fixture layouts/fullwidth-wrapped.pdf, read whole in
 * packages/pdf's layouts test): which pieces are one amount, and which stay as printed.
 */
let id = 0;
/** A run of 8 pt text whose top is at `top`, right-aligned at `right`. */
const run = (text: string, top: number, right = 285): Run => ({
  text,
  box: [right - 7 * text.length, top, right, top + 8],
  size: 8,
  bold: false,
  id: id++,
});
const texts = (runs: Run[]) => runs.map((r) => r.text);

describe('an amount wrapped inside its cell', () => {
  it('is one amount where one piece is none alone: a separator last or first, a group cut short', () => {
    // Full-width digits as the reader gives them (digits and the separator between them normalised, the
    // comma at the end not).
    expect(texts(joinWrappedAmounts([run('14,799，', 117), run('024', 128.7)], [], PDF_SETTINGS.lines))).toEqual([
      '14,799,024',
    ]);
    expect(texts(joinWrappedAmounts([run('257,585', 765.5), run(',000', 777)], [], PDF_SETTINGS.lines))).toEqual([
      '257,585,000',
    ]);
    expect(texts(joinWrappedAmounts([run('1,081,8', 300), run('70', 311.5)], [], PDF_SETTINGS.lines))).toEqual([
      '1,081,870',
    ]);
  });

  it('stays as printed where each piece is an amount, a ruling parts them, or the gap is a row’s', () => {
    const two = [run('179,000', 148), run('179,000', 159.5)];
    expect(texts(joinWrappedAmounts(two, [], PDF_SETTINGS.lines))).toEqual(['179,000', '179,000']);
    const ruled: Ruling[] = [{ axis: 'h', at: 157, from: 200, to: 300 }];
    expect(texts(joinWrappedAmounts([run('14,799,', 148), run('024', 159.5)], ruled, PDF_SETTINGS.lines))).toEqual([
      '14,799,',
      '024',
    ]);
    expect(texts(joinWrappedAmounts([run('14,799,', 148), run('024', 175)], [], PDF_SETTINGS.lines))).toEqual([
      '14,799,',
      '024',
    ]);
    // Another column: the piece below is not under the first.
    expect(texts(joinWrappedAmounts([run('14,799,', 148), run('024', 159.5, 345)], [], PDF_SETTINGS.lines))).toEqual([
      '14,799,',
      '024',
    ]);
  });
});
