import { normalizeText, trimCell } from '../text/normalize.js';

/** Browsers cap spans (rowspan 65534, colspan 1000); real tables stay far below. */
const MAX_SPAN = 1000;
function span(n) {
  return n !== undefined && Number.isInteger(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}
/**
 * Expands rowspan and colspan the way browsers lay tables out, so that each cell keeps its column:
 * every markup cell takes the first free column of its row, and covers `colspan` columns of
 * `rowspan` rows.
 */
export function expandTable(table) {
  const cover = table.rows.map(() => []);
  table.rows.forEach((cells, r) => {
    const line = cover[r];
    let column = 0;
    cells.forEach((cell, c) => {
      while (line[column] !== undefined) column++;
      const rows = Math.min(span(cell.rowspan), table.rows.length - r);
      const cols = span(cell.colspan);
      const origin = { row: r, cell: c };
      for (let dr = 0; dr < rows; dr++) {
        const target = cover[r + dr];
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
function cellText(text) {
  return trimCell(normalizeText(text).replace(/[\s\u3000]+/g, ' '));
}
function textLines(text) {
  return normalizeText(text)
    .split('\n')
    .map((l) => trimCell(l.replace(/[ \t\u3000]+/g, ' ')))
    .filter((l) => l !== '');
}
function* walk(page) {
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
      const cells = line.map((o, slot) => {
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
export function htmlLayout(page) {
  const lines = [];
  for (const { line } of walk(page)) lines.push({ ...line, lineNo: lines.length + 1 });
  return { format: 'html', mode: 'slots', lines, pages: 0 };
}
/** The origin of each line of `htmlLayout(page)`: entry i is line number i + 1. */
export function htmlLineOrigins(page) {
  return Array.from(walk(page), (w) => w.origin);
}
//# sourceMappingURL=html.js.map
