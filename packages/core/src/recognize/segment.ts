import { PDF_SETTINGS } from '../layout/pdf-settings.js';
import { union } from '../layout/positioned.js';
import type { Layout, Line } from '../layout/types.js';
import type { Unit } from '../model/amount.js';
import type { CompiledTable, CompiledTemplate, TitleMatch } from '../templates/index.js';
import { matchTitle } from '../templates/index.js';
import { hasSentenceMark, isAmountText, totalOf } from '../text/lexicon.js';
import { compact } from '../text/normalize.js';
import { headerKind, lineKind } from './line-kind.js';
import { editorOf, isNote, unitOf } from './marks.js';

/** The lines of one table, from its title to its last row, across pages. */
export interface TableBlock {
  match: TitleMatch;
  title: Line;
  /** Header and data lines in reading order. */
  body: Line[];
  /** Header lines, where the reader separated them from the body (PDF tables). */
  header?: Line[];
  notes: Line[];
  department?: string;
  unit?: Unit;
  pages: number[];
}

export interface Segments {
  tables: TableBlock[];
  /** Lines outside tables, in reading order (prose, cover, contents). */
  prose: Line[];
}

/**
 * Splits a layout into tables and prose. Where titles precede their tables (tsv, markdown, PDF) the
 * lines are read in order; where the extractor printed titles after the first page of rows (plain
 * text), whole pages are assigned to the table whose title they carry.
 */
export function segment(layout: Layout, template: CompiledTemplate): Segments {
  return layout.mode === 'tokens' ? segmentByPage(layout, template) : segmentInOrder(layout, template);
}

function newBlock(match: TitleMatch, title: Line): TableBlock {
  return { match, title, body: [], notes: [], pages: title.page ? [title.page] : [] };
}

/** Frames a line into the block if it is 编制部门, 单位 or a note; returns false otherwise. */
function absorbFrame(block: TableBlock, line: Line): boolean {
  const editor = editorOf(line.text);
  const unit = unitOf(line.text);
  if (editor !== undefined) {
    block.department ??= editor;
    if (unit) block.unit ??= unit;
    return true;
  }
  if (unit) {
    block.unit ??= unit;
    return true;
  }
  if (isNote(line.text)) {
    block.notes.push(line);
    return true;
  }
  return false;
}

function addPage(block: TableBlock, line: Line): void {
  if (line.page && !block.pages.includes(line.page)) block.pages.push(line.page);
}

/** A line that can belong to a table in slot or geometry layouts: several cells (even blank), or a header word. */
function isTableLine(line: Line, block: TableBlock): boolean {
  const filled = line.cells.filter((c) => c.text !== '').length;
  if (line.cells.length >= 2) return true;
  if (filled === 1 && totalOf(compact(line.text)) === 'table') return true;
  return headerKind(line, block.match.table) === 'word';
}

const LOOKAHEAD = PDF_SETTINGS.tables.lookahead;
const WRAP_LOOKAHEAD = PDF_SETTINGS.tables.wrappedNameLookahead;

/** A piece of a name wrapped in its cell: one short cell, no sentence punctuation, no amount. */
function isWrappedName(line: Line): boolean {
  const text = compact(line.text);
  return (
    line.cells.length === 1 &&
    text.length > 0 &&
    text.length <= PDF_SETTINGS.tables.wrappedNameChars &&
    !hasSentenceMark(text) &&
    !isAmountText(text)
  );
}

/**
 * PDF tables: a one-cell line between two table lines of the same page is part of the table (a name
 * wrapped inside its cell), as is every line within the page's ruled grid.
 */
function insideTable(
  lines: readonly Line[],
  i: number,
  block: TableBlock,
  layout: Layout,
  template: CompiledTemplate,
): boolean {
  const line = lines[i] as Line;
  if (headerKind(line, block.match.table)) return true;
  // A row of its own: a code, a line the table names, a class name, or amounts only.
  if (isRowLike(line, block.match.table)) return true;
  // A heading is never a row, whatever follows it.
  if (isHeading(line, block)) return false;
  // Rows printing only a name (the other side of a two-sided table blank) are followed, on the same
  // page, by more rows with values.
  for (let j = i + 1; j < lines.length && j <= i + LOOKAHEAD; j++) {
    const next = lines[j] as Line;
    if (next.page !== line.page || matchTitle(template, next.text)) break;
    if (next.cells.length >= 2 && next.cells.some((c) => c.text.split(/\s+/).some(isAmountText))) return true;
  }
  if (wrapsIntoRow(lines, i, block.match.table, template)) return true;
  return block.pages.includes(line.page as number) && inRuledGrid(line, layout);
}

/** The line lies within its page's ruled grid: between the page's first and last horizontal rulings. */
function inRuledGrid(line: Line, layout: Layout): boolean {
  const box = line.box;
  const rulings = line.page !== undefined ? layout.rulings?.get(line.page) : undefined;
  if (!box || !rulings) return false;
  const middle = (box[1] + box[3]) / 2;
  const ys = rulings.filter((r) => r.axis === 'h').map((r) => r.at);
  return middle > Math.min(...ys) && middle < Math.max(...ys);
}

/**
 * A line that is a table row by itself: amounts only, or a label that opens a row for more than its
 * enumerator (a code, a total, a line the table names, a class name). An enumerator alone does not make
 * a table line: headings are enumerated too ("一、部门主要职能").
 */
function isRowLike(line: Line, table: CompiledTable): boolean {
  const kind = lineKind(line, table);
  return kind.valuesOnly || (kind.opens !== undefined && kind.opens !== 'enumerator');
}

/**
 * A heading under the table's lines ends the table, whatever its cells (isTableLine takes any line of
 * two cells): neither the table's header nor a row, and a heading by its type.
 */
function endsTable(line: Line, block: TableBlock): boolean {
  const table = block.match.table;
  return headerKind(line, table) === undefined && !isRowLike(line, table) && isHeading(line, block);
}

/**
 * A heading, not a row: text without an amount, printed larger than the table's lines or bold where
 * they are not ("第三部分 …说明", "一、部门主要职能" after a table). Its words may stand apart
 * ("第三部分　其他相关情况说明": a full-width space is a gap between cells). Lines without type size or
 * weight (text formats) are never headings by this test.
 */
function isHeading(line: Line, block: TableBlock): boolean {
  if (line.size === undefined || lineKind(line, block.match.table).values) return false;
  const body = block.body.filter((l) => l.size !== undefined);
  if (body.length === 0) return false;
  const sizes = body.map((l) => l.size as number).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] as number;
  if (line.size >= PDF_SETTINGS.tables.headingSize * size) return true;
  return line.bold === true && body.every((l) => !l.bold);
}

/**
 * The first line of a page with a table open on the page before: it goes on with the table only when
 * it is the table's header or a row, a line inside the page's ruled grid, or a name wrapped over from a
 * row that follows (the wrapped-name lookahead); anything else — a heading, a paragraph — ends the
 * table at the page break.
 */
function goesOn(
  lines: readonly Line[],
  i: number,
  block: TableBlock,
  layout: Layout,
  template: CompiledTemplate,
): boolean {
  const line = lines[i] as Line;
  const table = block.match.table;
  if (headerKind(line, table) !== undefined || isRowLike(line, table)) return true;
  if (isHeading(line, block)) return false;
  if (line.cells.length >= 2 && lineKind(line, table).values) return true;
  if (inRuledGrid(line, layout)) return true;
  return wrapsIntoRow(lines, i, table, template);
}

/** A name wrapped in its cell whose row follows: wrapped pieces, then a row, within the wrapped-name lookahead. */
function wrapsIntoRow(lines: readonly Line[], i: number, table: CompiledTable, template: CompiledTemplate): boolean {
  const line = lines[i] as Line;
  if (!isWrappedName(line)) return false;
  for (let j = i + 1; j < lines.length && j <= i + WRAP_LOOKAHEAD; j++) {
    const next = lines[j] as Line;
    if (next.page !== line.page || matchTitle(template, next.text)) break;
    if (isRowLike(next, table)) return true;
    if (!isWrappedName(next)) break;
  }
  return false;
}

/**
 * A page that goes on with the table the previous page ended with, without printing its title: its
 * first lines are the table's header or rows.
 */
function continues(lines: readonly Line[], i: number, block: TableBlock): boolean {
  const line = lines[i] as Line;
  const before = lines[i - 1];
  if (!before || line.page === undefined || before.page === line.page) return false;
  if (block.pages.at(-1) !== before.page) return false;
  return headerKind(line, block.match.table) !== undefined || isRowLike(line, block.match.table);
}

function segmentInOrder(layout: Layout, template: CompiledTemplate): Segments {
  const tables: TableBlock[] = [];
  const prose: Line[] = [];
  let current: TableBlock | undefined;
  /** The table the page's last lines belonged to, which a page without title may continue. */
  let ended: TableBlock | undefined;
  /** The note last absorbed, which a wrapped line may continue. */
  let note: Line | undefined;
  for (const [i, line] of layout.lines.entries()) {
    if (!current && ended && layout.mode === 'geometry' && continues(layout.lines, i, ended)) current = ended;
    if (current && note && continuesNote(note, line, template)) {
      const joined: Line = {
        ...note,
        text: `${note.text.trim()}${line.text.trim()}`,
        ...(note.box && line.box ? { box: union([note.box, line.box]) } : {}),
      };
      current.notes[current.notes.lastIndexOf(note)] = joined;
      note = joined;
      continue;
    }
    note = undefined;
    const match = matchTitle(template, line.text);
    if (match) {
      // A title repeated on a continuation page continues the table.
      if (current && current.match.table === match.table) {
        addPage(current, line);
        continue;
      }
      current = newBlock(match, line);
      tables.push(current);
      continue;
    }
    if (current) {
      const notes = current.notes.length;
      if (absorbFrame(current, line)) {
        addPage(current, line);
        if (current.notes.length > notes) note = current.notes.at(-1);
        continue;
      }
      // A page break ends the table unless the new page's first line goes on with it (frames — 编制部门,
      // 单位 — and a repeated title go on too, above).
      const pageBreak = line.page !== undefined && layout.lines[i - 1]?.page !== line.page;
      const open = !(pageBreak && layout.mode === 'geometry' && !goesOn(layout.lines, i, current, layout, template));
      if (
        open &&
        !(layout.mode === 'geometry' && endsTable(line, current)) &&
        (isTableLine(line, current) ||
          (layout.mode === 'geometry' && insideTable(layout.lines, i, current, layout, template)))
      ) {
        current.body.push(line);
        addPage(current, line);
        continue;
      }
      ended = current;
      current = undefined;
    }
    if (ended && line.page !== undefined && !ended.pages.includes(line.page) && !continues(layout.lines, i, ended))
      ended = undefined;
    prose.push(line);
  }
  return { tables, prose };
}

/**
 * A line that goes on with the note above it (a note wrapped at the page width): right below it on
 * the same page, and neither a title, a frame line nor a row.
 */
function continuesNote(note: Line, line: Line, template: CompiledTemplate): boolean {
  if (note.page !== line.page || line.cells.length > 1) return false;
  if (note.box && line.box && line.box[1] - note.box[3] > note.box[3] - note.box[1]) return false;
  if (!note.box && line.gap > 0) return false;
  if (matchTitle(template, line.text) || editorOf(line.text) !== undefined || unitOf(line.text)) return false;
  // The note's sentence goes on: it did not end, and the line is no new note.
  return !/[。.]$/.test(compact(note.text)) && !/^(?:注|说明)[:：]/.test(compact(line.text));
}

/** A line that plain-text tables are made of: values, codes, header fragments, 单位/编制部门. */
function looksTabular(line: Line): boolean {
  const t = compact(line.text);
  if (unitOf(line.text) || editorOf(line.text) !== undefined) return true;
  if (/^[类款项]+$/.test(t)) return true;
  if (/^\d{3}(?:\s|$)/.test(line.text)) return true;
  return /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}/.test(line.text) && t.length < 80 && !/[。；]/.test(t);
}

function segmentByPage(layout: Layout, template: CompiledTemplate): Segments {
  const tables: TableBlock[] = [];
  const prose: Line[] = [];
  const pages = new Map<number, Line[]>();
  for (const line of layout.lines) {
    const p = line.page ?? 1;
    let list = pages.get(p);
    if (!list) pages.set(p, (list = []));
    list.push(line);
  }
  let current: TableBlock | undefined;
  for (const lines of pages.values()) {
    let titled: { match: TitleMatch; line: Line } | undefined;
    for (const line of lines) {
      const match = matchTitle(template, line.text);
      if (match) {
        titled = { match, line };
        break;
      }
    }
    const first = lines[0];
    const tabular = lines.filter(looksTabular).length;
    // Prose pages: no title, and their first line is not a table's (a heading, a sentence).
    if (!titled && (!current || !first || !looksTabular(first) || tabular * 3 < lines.length)) {
      current = undefined;
      prose.push(...lines);
      continue;
    }
    if (titled && (!current || current.match.table !== titled.match.table)) {
      current = newBlock(titled.match, titled.line);
      tables.push(current);
    }
    const block = current as TableBlock;
    for (const line of lines) {
      if (line === titled?.line) continue;
      addPage(block, line);
      if (absorbFrame(block, line)) continue;
      block.body.push(line);
    }
  }
  return { tables, prose };
}
