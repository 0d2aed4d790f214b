import { isAmountText } from '../model/amount.js';
import { isHeaderLine, isHeaderText } from '../read/anatomy.js';
import { matchTitle } from '../templates/index.js';
import { compact } from '../text/normalize.js';
import { editorOf, isNote, unitOf } from './marks.js';
/**
 * Splits a layout into tables and prose. Where titles precede their tables (tsv, markdown, PDF) the
 * lines are read in order; where the extractor printed titles after the first page of rows (plain
 * text), whole pages are assigned to the table whose title they carry.
 */
export function segment(layout, template) {
  return layout.mode === 'tokens' ? segmentByPage(layout, template) : segmentInOrder(layout, template);
}
function newBlock(match, title) {
  return { match, title, body: [], notes: [], pages: title.page ? [title.page] : [] };
}
/** Frames a line into the block if it is 编制部门, 单位 or a note; returns false otherwise. */
function absorbFrame(block, line) {
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
function addPage(block, line) {
  if (line.page && !block.pages.includes(line.page)) block.pages.push(line.page);
}
/** A line that can belong to a table in slot or geometry layouts: several cells (even blank), or a header word. */
function isTableLine(line, block) {
  const filled = line.cells.filter((c) => c.text !== '').length;
  if (line.cells.length >= 2) return true;
  if (filled === 1 && /^(?:合计|总计)$/.test(compact(line.text))) return true;
  return isHeaderLine(line, block.match.table);
}
/** How many lines ahead a one-cell PDF line may find the table's next row. */
const LOOKAHEAD = 12;
/**
 * PDF tables: a one-cell line between two table lines of the same page is part of the table (a name
 * wrapped inside its cell), as is every line within the page's ruled grid.
 */
function insideTable(lines, i, block, layout, template) {
  const line = lines[i];
  if (isHeaderText(line, block.match.table)) return true;
  // Rows printing only a name (the other side of a two-sided table blank) are followed, on the same
  // page, by more rows with values.
  for (let j = i + 1; j < lines.length && j <= i + LOOKAHEAD; j++) {
    const next = lines[j];
    if (next.page !== line.page || matchTitle(template, next.text)) break;
    if (next.cells.length >= 2 && next.cells.some((c) => c.text.split(/\s+/).some(isAmountText))) return true;
  }
  const box = line.box;
  const rulings = line.page !== undefined ? layout.rulings?.get(line.page) : undefined;
  if (!box || !rulings) return false;
  const middle = (box[1] + box[3]) / 2;
  const ys = rulings.filter((r) => r.axis === 'h').map((r) => r.at);
  return block.pages.includes(line.page) && middle > Math.min(...ys) && middle < Math.max(...ys);
}
function segmentInOrder(layout, template) {
  const tables = [];
  const prose = [];
  let current;
  for (const [i, line] of layout.lines.entries()) {
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
      if (absorbFrame(current, line)) {
        addPage(current, line);
        continue;
      }
      if (
        isTableLine(line, current) ||
        (layout.mode === 'geometry' && insideTable(layout.lines, i, current, layout, template))
      ) {
        current.body.push(line);
        addPage(current, line);
        continue;
      }
      current = undefined;
    }
    prose.push(line);
  }
  return { tables, prose };
}
/** A line that plain-text tables are made of: values, codes, header fragments, 单位/编制部门. */
function looksTabular(line) {
  const t = compact(line.text);
  if (unitOf(line.text) || editorOf(line.text) !== undefined) return true;
  if (/^[类款项]+$/.test(t)) return true;
  if (/^\d{3}(?:\s|$)/.test(line.text)) return true;
  return /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}/.test(line.text) && t.length < 80 && !/[。；]/.test(t);
}
function segmentByPage(layout, template) {
  const tables = [];
  const prose = [];
  const pages = new Map();
  for (const line of layout.lines) {
    const p = line.page ?? 1;
    let list = pages.get(p);
    if (!list) pages.set(p, (list = []));
    list.push(line);
  }
  let current;
  for (const lines of pages.values()) {
    let titled;
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
    const block = current;
    for (const line of lines) {
      if (line === titled?.line) continue;
      addPage(block, line);
      if (absorbFrame(block, line)) continue;
      block.body.push(line);
    }
  }
  return { tables, prose };
}
//# sourceMappingURL=segment.js.map
