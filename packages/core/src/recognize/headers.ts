import type { Line } from '../layout/types.js';
import type { CompiledTable } from '../templates/index.js';
import { compact } from '../text/normalize.js';

/**
 * Header lines of a table: lines whose cells are the table's header words (column headers, 项目,
 * 科目编码, 类/款/项 …), as the template names them. Segmenting uses them to keep a table's header
 * with its table; the table readers skip them.
 */

/** True when every non-empty cell of the line is a header word of the table. */
export function isHeaderLine(line: Line, table: CompiledTable): boolean {
  let words = 0;
  for (const cell of line.cells) {
    const t = compact(cell.text);
    if (t === '') continue;
    if (!isHeaderWord(t, table)) return false;
    words++;
  }
  return words > 0;
}

/**
 * A line of header text as PDFs print it: every cell header words, where the first and last may be
 * pieces of a word wrapped inside its cell ("功能分类科目编码 功能分类科目名" / "称", "本年收入合" / "计"),
 * a year before it allowed.
 */
export function isHeaderText(line: Line, table: CompiledTable): boolean {
  const cells = line.cells.map((c) => compact(c.text).replace(/^\d{4}年度?/, '')).filter((t) => t !== '');
  return cells.length > 0 && cells.every((t) => isHeaderWord(t, table) || isWrappedHeader(t, table));
}

/** Longer cells are prose or notes, never header text. */
const MAX_HEADER_CELL = 48;

/** Header words run together, the first possibly the end of a wrapped word and the last its start. */
function isWrappedHeader(text: string, table: CompiledTable): boolean {
  if (text.length > MAX_HEADER_CELL) return false;
  const words = [...table.headerWords];
  const piece = (t: string, first: boolean, last: boolean) =>
    table.headerWords.has(t) ||
    (first && last && words.some((w) => w.includes(t))) ||
    (first && words.some((w) => w.endsWith(t))) ||
    (last && words.some((w) => w.startsWith(t)));
  // ok[i]: text[0, i) is cut into pieces, the first of which may be a word's end.
  const ok: boolean[] = [true];
  for (let end = 1; end <= text.length; end++) {
    ok[end] = false;
    for (let start = 0; start < end && !ok[end]; start++)
      ok[end] = ok[start] === true && piece(text.slice(start, end), start === 0, end === text.length);
  }
  return ok[text.length] === true;
}

/**
 * A header cell: one header word, or several run together ("项目经济分类科目名称"), with an optional
 * year before it ("2023年“三公”经费预算数").
 */
function isHeaderWord(t: string, table: CompiledTable): boolean {
  const text = t.replace(/^\d{4}年度?/, '');
  if (table.headerWords.has(text)) return true;
  // Can the cell be cut into header words? (dynamic programming over prefixes)
  const ok: boolean[] = [true];
  for (let end = 1; end <= text.length; end++) {
    ok[end] = false;
    for (let start = Math.max(0, end - 16); start < end; start++) {
      if (ok[start] && table.headerWords.has(text.slice(start, end))) {
        ok[end] = true;
        break;
      }
    }
  }
  return ok[text.length] === true;
}
