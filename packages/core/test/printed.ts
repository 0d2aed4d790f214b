import type { PositionedItem, PositionedPage } from '../src/index.js';

/**
 * Hand-placed PDF text for the reader's tests: runs with the boxes (and, where asked, the glyph edges)
 * the one-pass PDF reader gives — ideographs one em wide, digits, Latin letters and marks half an em —
 * and landscape A4 pages holding them.
 */
export interface Style {
  size?: number;
  bold?: boolean;
  /** Give each character's x-position (`edges`), as the one-pass reader does. */
  edges?: boolean;
}

/** How wide a character prints: an em for ideographs and full-width forms, half an em otherwise. */
export const advance = (ch: string, size: number) => ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? size : size / 2);

/** A run starting at x, its top at y. */
export function printed(text: string, x: number, y: number, style: Style = {}): PositionedItem {
  const size = style.size ?? 10;
  const xs = [x];
  for (const ch of text) xs.push((xs.at(-1) as number) + advance(ch, size));
  return {
    text,
    box: [x, y, xs.at(-1) as number, y + size],
    font: style.bold ? 'bold' : 'regular',
    size,
    bold: style.bold ?? false,
    ...(style.edges ? { edges: xs } : {}),
  };
}

/** A run ending at x1 (amounts are right-aligned). */
export function rightAligned(text: string, x1: number, y: number, style: Style = {}): PositionedItem {
  const width = [...text].reduce((w, ch) => w + advance(ch, style.size ?? 10), 0);
  return printed(text, x1 - width, y, style);
}

/**
 * The simpler runs the first positioned-text tests were placed with, in one font of `size` points:
 * `text` is a run whose characters are each an em wide unless its width is given (font f1, no glyph
 * edges); `amount` ends at x1, its digits half an em wide.
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

/** A landscape A4 page. */
export function landscape(n: number, items: PositionedItem[], more: Partial<PositionedPage> = {}): PositionedPage {
  return { page: n, width: 842, height: 595, rotation: 0, images: 0, items, rulings: [], ...more };
}

/**
 * 部门支出预算总表 on a page in 10 pt type (its title 16 pt bold): header, row 201 and 合计, the 合计 line
 * at y = 105.
 */
export const SUMMARY_TABLE: PositionedItem[] = [
  printed('2025年部门支出预算总表', 200, 20, { size: 16, bold: true }),
  printed('单位：元', 500, 45),
  printed('科目编码', 45, 65),
  printed('科目名称', 105, 65),
  printed('合计', 327, 65),
  printed('基本支出', 407, 65),
  printed('项目支出', 507, 65),
  printed('201', 45, 85),
  printed('一般公共服务支出', 105, 85),
  rightAligned('3,000.00', 347, 85),
  rightAligned('1,000.00', 447, 85),
  rightAligned('2,000.00', 547, 85),
  printed('合计', 105, 105),
  rightAligned('3,000.00', 347, 105),
  rightAligned('1,000.00', 447, 105),
  rightAligned('2,000.00', 547, 105),
];

/** What may follow a table at y: a line of a name and an amount (a small untemplated table), then prose. */
export const afterTable = (y: number): PositionedItem[] => [
  printed('一般公共服务支出', 58, y),
  rightAligned('500.00', 400, y),
  printed('主要用于机关日常运转，比上年增加10万元。', 58, y + 20),
];
