import { normalizeText, trimCell } from '../text/normalize.js';
import type { Cell, Layout, Line } from './types.js';

/**
 * A web page's budget content as plain data (no DOM types: core runs where there is no DOM). The
 * browser extension turns the page's DOM into this; `htmlLayout` turns it into slot lines.
 */
export interface HtmlPage {
  /** Text blocks and tables in reading order. */
  blocks: HtmlBlock[];
}

export type HtmlBlock = HtmlText | HtmlTable;

/** A heading, paragraph or list item; line breaks (`<br>`) are kept as `\n`. */
export interface HtmlText {
  type: 'text';
  text: string;
}

export interface HtmlTable {
  type: 'table';
  /** The table's `<caption>` (often its title). A title printed before the table is an HtmlText. */
  caption?: string;
  /** Rows of cells as in the markup: a cell covered by a span of an earlier row is not repeated. */
  rows: HtmlCell[][];
}

export interface HtmlCell {
  text: string;
  rowspan?: number;
  colspan?: number;
}

/** Where a layout line came from: a text block (or a table's caption), or a row of a table. */
export interface HtmlLineOrigin {
  block: number;
  /** Index of the table row (rows of `HtmlTable.rows`); absent for text and captions. */
  row?: number;
}

/** The cell of the markup that covers a slot of the expanded grid. */
export interface HtmlCellOrigin {
  row: number;
  cell: number;
}

export interface HtmlGrid {
  width: number;
  /** Per markup row, per column: the covering cell (one object per cell), or undefined where the markup left a hole. */
  cover: (HtmlCellOrigin | undefined)[][];
}

/** Browsers cap spans (rowspan 65534, colspan 1000); real tables stay far below. */
const MAX_SPAN = 1000;

function span(n: number | undefined): number {
  return n !== undefined && Number.isInteger(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * Expands rowspan and colspan the way browsers lay tables out, so that each cell keeps its column:
 * every markup cell takes the first free column of its row, and covers `colspan` columns of
 * `rowspan` rows.
 */
export function expandTable(table: HtmlTable): HtmlGrid {
  const cover: (HtmlCellOrigin | undefined)[][] = table.rows.map(() => []);
  table.rows.forEach((cells, r) => {
    const line = cover[r] as (HtmlCellOrigin | undefined)[];
    let column = 0;
    cells.forEach((cell, c) => {
      while (line[column] !== undefined) column++;
      const rows = Math.min(span(cell.rowspan), table.rows.length - r);
      const cols = span(cell.colspan);
      const origin: HtmlCellOrigin = { row: r, cell: c };
      for (let dr = 0; dr < rows; dr++) {
        const target = cover[r + dr] as (HtmlCellOrigin | undefined)[];
        for (let dc = 0; dc < cols; dc++) target[column + dc] ??= origin;
      }
      column += cols;
    });
  });
  const width = Math.max(0, ...cover.map((line) => line.length));
  for (const line of cover) line.length = width;
  return { width, cover };
}

/** Whitespace as a browser renders it: runs collapse to one space, ends trimmed. */
function cellText(text: string): string {
  return trimCell(normalizeText(text).replace(/[\s\u3000]+/g, ' '));
}

function textLines(text: string): string[] {
  return normalizeText(text)
    .split('\n')
    .map((l) => trimCell(l.replace(/[ \t\u3000]+/g, ' ')))
    .filter((l) => l !== '');
}

function* walk(page: HtmlPage): Generator<{ line: Omit<Line, 'lineNo'>; origin: HtmlLineOrigin }> {
  for (const [block, b] of page.blocks.entries()) {
    if (b.type === 'text') {
      for (const [i, text] of textLines(b.text).entries())
        yield { line: { text, cells: [{ text, slot: 0 }], gap: i === 0 ? 1 : 0 }, origin: { block } };
      continue;
    }
    let first = true;
    const caption = b.caption ? cellText(b.caption) : '';
    if (caption) {
      yield { line: { text: caption, cells: [{ text: caption, slot: 0 }], gap: 1 }, origin: { block } };
      first = false;
    }
    const grid = expandTable(b);
    for (const [r, line] of grid.cover.entries()) {
      // A spanning cell's text sits in its first slot only: a 合计 spanning the code columns reads as one label.
      // Array.from, not map: a row shorter than the table leaves holes map would skip.
      const cells: Cell[] = Array.from(line, (o, slot) => {
        const anchor = o && o.row === r && line[slot - 1] !== o ? b.rows[o.row]?.[o.cell] : undefined;
        return { text: anchor ? cellText(anchor.text) : '', slot };
      });
      const filled = cells.filter((c) => c.text !== '');
      if (filled.length === 0) continue;
      yield {
        line: { text: filled.map((c) => c.text).join(' '), cells, gap: first ? 1 : 0, blockStart: first },
        origin: { block, row: r },
      };
      first = false;
    }
  }
}

/**
 * A page of HTML tables and text as slot lines: each text line is a one-cell line, each table row a
 * line whose cell indexes are its columns (spans expanded). Lines are numbered from 1 in reading
 * order; `htmlLineOrigins` says where each came from, so a finding's `line` leads back to the markup.
 */
export function htmlLayout(page: HtmlPage): Layout {
  const lines: Line[] = [];
  for (const { line } of walk(page)) lines.push({ ...line, lineNo: lines.length + 1 });
  return { format: 'html', mode: 'slots', lines, pages: 0 };
}

/** The origin of each line of `htmlLayout(page)`: entry i is line number i + 1. */
export function htmlLineOrigins(page: HtmlPage): HtmlLineOrigin[] {
  return Array.from(walk(page), (w) => w.origin);
}
