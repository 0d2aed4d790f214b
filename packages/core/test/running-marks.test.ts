import { describe, expect, it } from 'vitest';
import type { PositionedDocument, PositionedItem, PositionedPage } from '../src/layout/pdf-types.js';
import { positionedLayout } from '../src/layout/positioned.js';

/**
 * Running heads and feet (layout/positioned.ts runningMarks): the same one-cell line at the same height
 * at the top or bottom of most pages is page furniture, dropped like a page number — but the first
 * head, which a title repeated on every page of a one-table file looks like, is kept.
 */
const item = (text: string, x: number, top: number, size = 10): PositionedItem => ({
  text,
  box: [x, top, x + text.length * size, top + size],
  font: 'f',
  size,
});
const page = (n: number, items: PositionedItem[]): PositionedPage => ({
  page: n,
  width: 842,
  height: 595,
  rotation: 0,
  items,
  rulings: [],
  images: 0,
});
const texts = (doc: PositionedDocument) => positionedLayout(doc).lines.map((l) => `p${l.page} ${l.text}`);

describe('running heads and feet', () => {
  const body = (n: number) => [item(`第${n}页的正文`, 60, 200), item('更多的正文', 60, 230)];

  it('drops a head and a foot printed on every page (digits aside), keeping the first head', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [item('某区某局2025年部门预算', 300, 50), ...body(n), item(`第 ${n} 页，共 4 页`, 380, 560)]),
    );
    expect(texts({ pages, fonts: [] })).toEqual([
      'p1 某区某局2025年部门预算',
      ...[1, 2, 3, 4].flatMap((n) => [`p${n} 第${n}页的正文`, `p${n} 更多的正文`]),
    ]);
  });

  it('keeps lines that recur on too few pages, or at another height', () => {
    const pages = [1, 2, 3, 4, 5, 6, 7].map((n) =>
      page(n, [item(n <= 3 ? '一张表的标题' : `标题${'甲乙丙丁'.charAt(n - 4)}`, 300, n === 2 ? 80 : 50), ...body(n)]),
    );
    expect(texts({ pages, fonts: [] }).filter((t) => t.includes('标题'))).toEqual([
      'p1 一张表的标题',
      'p2 一张表的标题',
      'p3 一张表的标题',
      'p4 标题甲',
      'p5 标题乙',
      'p6 标题丙',
      'p7 标题丁',
    ]);
  });
});
