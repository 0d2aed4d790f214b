import type { PositionedItem } from '../src/index.js';

/**
 * Hand-placed PDF text in one font of `size` points, checked without pdf.js: `text` is a run at (x, y)
 * whose characters are an em wide unless its width is given; `amount` is a run right-aligned to end
 * at x1, its digits half an em wide.
 */
export function placed(size: number) {
  const text = (t: string, x: number, y: number, width = t.length * size): PositionedItem => ({
    text: t,
    box: [x, y, x + width, y + size],
    font: 'f1',
    size,
  });
  const amount = (t: string, x1: number, y: number) => text(t, x1 - (t.length * size) / 2, y, (t.length * size) / 2);
  return { text, amount };
}
