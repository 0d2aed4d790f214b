import type { PdfSettings } from '../layout/pdf-settings.js';
import { union } from '../layout/positioned.js';
import type { Layout, Line } from '../layout/types.js';
import type { Unit } from '../model/amount.js';
import type { TableKind } from '../model/table.js';
import type { CompiledTable, CompiledTemplate, TitleMatch } from '../templates/index.js';
import { matchTitle } from '../templates/index.js';
import {
  GENERIC_HEADER_WORDS,
  hasSentenceMark,
  headerCell,
  isAmountText,
  isNoneRow,
  totalOf,
} from '../text/lexicon.js';
import { compact } from '../text/normalize.js';
import type { LineRole, SegmentationTrace, TracedSegment } from './decisions.js';
import { headerKind, lineKind, opensRow } from './line-kind.js';
import { editorOf, isNote, unitOf } from './marks.js';
import { apartCandidates, type PageCut, pageCut, rowsPrint } from './page-break.js';

/** Header words every table prints (类, 序号 …): they tell no table from another. */
const GENERIC: ReadonlySet<string> = new Set(GENERIC_HEADER_WORDS);

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
  /** The line that printed `department` (its 编制部门 cell, which may wrap onto the lines below). */
  editorLine?: Line;
  unit?: Unit;
  pages: number[];
  /**
   * The table was recognised by its header at the top of a page, its title not found (the title's page
   * lost, the title printed as an image): `title` is then the header's first line.
   */
  untitled?: true;
  /**
   * The table was read from rows kept apart (page-break.ts: under no title and no header, they could
   * not go on with the table before), its title's page lost: the only table of the template they fit
   * (`apartCandidates`). Its header is not printed either: the columns come from its amounts.
   */
  apart?: ApartCut;
  /**
   * The table's rows began under no title on this page, and its title came after them (its pages
   * printed out of order): `title` is the title found later.
   */
  printedBefore?: number;
}

/** Why rows were cut from the table open before them, and that table: its title as printed, its kind. */
export type ApartCut = PageCut & { page: number; after: string; afterKind: TableKind };

/**
 * Lines of a table the template has no kind for, kept apart from the tables and the prose: a page
 * opening with a header that is not the open table's and no table's of the template.
 */
export interface UnrecognisedBlock {
  page: number;
  /** The header's lines the block opens with, as printed ('' where the page printed none). */
  header: string;
  lines: Line[];
  /**
   * Rows under no title and no header that cannot go on with the table open before them (page-break.ts):
   * why, and that table's title as printed.
   */
  cut?: ApartCut;
  /** The tables of the template the rows cut off may be, where they fit more than one (`apartCandidates`). */
  may?: TableKind[];
}

export interface Segments {
  tables: TableBlock[];
  /** Lines outside tables, in reading order (prose, cover, contents). */
  prose: Line[];
  /** Tables of no kind of the template (text formats: none). */
  unrecognised: UnrecognisedBlock[];
}

/** The tolerances segmentation names (PDF_SETTINGS.tables, or one call's). */
export type SegmentSettings = Pick<
  PdfSettings['tables'],
  | 'lookahead'
  | 'wrappedNameLookahead'
  | 'wrappedNameChars'
  | 'wrappedTailGapLines'
  | 'edgeSlack'
  | 'headingSize'
  | 'noteGapLines'
>;

/** What segmentation reads a line with: the layout, the template, the settings of the call. */
interface Context {
  layout: Layout;
  template: CompiledTemplate;
  settings: SegmentSettings;
}

/**
 * Splits a layout into tables and prose. Where titles precede their tables (tsv, markdown, PDF) the
 * lines are read in order; where the extractor printed titles after the first page of rows (plain
 * text), whole pages are assigned to the table whose title they carry. `trace` records each line's
 * role and where each table starts and ends, and why (lines read in order).
 */
export function segment(
  layout: Layout,
  template: CompiledTemplate,
  settings: SegmentSettings,
  trace?: SegmentationTrace,
): Segments {
  return layout.mode === 'tokens'
    ? segmentByPage(layout, template, settings)
    : segmentInOrder({ layout, template, settings }, trace);
}

/** A continuation page's title names its table as the first page did, a 续 (“（续）”, “续表”) aside. */
const CONTINUED = /[（(]?续表?[）)]?$/;
function sameTitle(first: string, again: string): boolean {
  const title = (text: string) => compact(text).replace(CONTINUED, '');
  return title(first) === title(again);
}

function newBlock(match: TitleMatch, title: Line): TableBlock {
  return { match, title, body: [], notes: [], pages: title.page ? [title.page] : [] };
}

/**
 * What a page opens with, read for the tables of the template: the lines before its first row — header
 * text of some table of the template, or lines of no values or blanks that no row opens — as far as
 * the lookahead goes. A line of the table's own row labels only, no header text of it (年初结转和结余 |
 * 年末结转和结余 of the final accounts' summary, its amounts printed on the line below), is its row,
 * though other tables print those words as column headers.
 */
function pageLead(lines: readonly Line[], i: number, table: CompiledTable, context: Context): Line[] {
  const lead: Line[] = [];
  const page = (lines[i] as Line).page;
  for (let j = i; j < lines.length && j < i + context.settings.lookahead; j++) {
    const line = lines[j] as Line;
    if (line.page !== page) break;
    const kind = lineKind(line, table);
    if (kind.opens !== undefined && rowLabelsOnly(line, table)) break;
    const header = context.template.tables.some((t) => headerKind(line, t) !== undefined);
    if (!header && (kind.values || kind.blank || kind.opens !== undefined)) break;
    lead.push(line);
  }
  return lead;
}

/** Every filled cell of the line opens a row of the table (a label it names), none is its header text. */
function rowLabelsOnly(line: Line, table: CompiledTable): boolean {
  const filled = line.cells.filter((c) => compact(c.text) !== '');
  return (
    filled.length > 0 &&
    headerKind(line, table) === undefined &&
    filled.every((c) => opensRow(c.text, table) !== undefined)
  );
}

/** A line of several filled cells that is no frame (编制部门, 单位) and no note: a header's line, or a row. */
function isHeaderShaped(line: Line): boolean {
  if (isFrame(line)) return false;
  return line.cells.filter((c) => c.text.trim() !== '').length >= 2;
}

/** Every header-shaped line of the lead is header text of the table (its words, or words wrapped in their cells). */
function headerFits(lead: readonly Line[], table: CompiledTable): boolean {
  return lead.filter(isHeaderShaped).every((l) => headerKind(l, table) !== undefined);
}

/**
 * A page that opens, before its first row, with a header printed across cells: which table of the
 * template the header is (`table`, the one whose header words make every line of it; where several
 * do, the one whose words make most of its cells whole), or no table (`table` undefined), or undefined
 * when the page opens with no such header or with the open table's (`open`) own.
 */
function pageHeaderTable(
  lines: readonly Line[],
  i: number,
  open: TableBlock | undefined,
  context: Context,
): { table?: CompiledTable; lead: Line[] } | undefined {
  const { template, settings } = context;
  const probe = open?.match.table ?? (template.tables[0] as CompiledTable);
  const lead = pageLead(lines, i, probe, context);
  // A heading is no header (a page opening "第三部分　…说明" after a table).
  const shaped = lead.filter((l) => isHeaderShaped(l) && !(open && isHeading(l, open, settings)));
  if (shaped.length === 0) return undefined;
  if (open && headerFits(lead, open.match.table)) return undefined;
  if (lead.some((l) => matchTitle(template, l.text))) return undefined;
  const fits = template.tables.filter((t) => headerFits(lead, t));
  // Cells whole header words of the table, those every table prints (类, 序号 …) aside.
  const whole = (t: CompiledTable) =>
    shaped
      .flatMap((l) => l.cells)
      .filter((c) => !GENERIC.has(compact(c.text)) && headerCell(compact(c.text), t.headerWords) === 'word').length;
  const best = Math.max(0, ...fits.map(whole));
  const top = fits.filter((t) => whole(t) === best);
  if (top.length === 1) return { table: top[0] as CompiledTable, lead };
  // A header of no table of the template still starts a table when rows of values follow it right
  // away. Without a table open, nothing is glued to anything: no change.
  const next = lines[i + lead.length];
  const rows = next !== undefined && next.page === (lines[i] as Line).page && lineKind(next, probe).values;
  return open && rows ? { lead: shaped } : undefined;
}

/** A table recognised by its header, its title not found: the header's first line stands for the title. */
function untitledBlock(table: CompiledTable, line: Line): TableBlock {
  return { ...newBlock({ table, prefix: '' }, line), untitled: true };
}

/** Frames a line into the block if it is 编制部门, 单位 or a note; returns false otherwise. */
function absorbFrame(block: TableBlock, line: Line, settings: SegmentSettings): boolean {
  const editor = editorOf(line.text);
  const unit = unitOf(line.text);
  if (editor !== undefined) {
    if (block.department === undefined) {
      block.department = editor;
      block.editorLine = line;
    }
    if (unit) block.unit ??= unit;
    return true;
  }
  if (wrapsFromEditor(block, line, settings)) {
    block.department = `${block.department ?? ''}${compact(line.text)}`;
    block.editorLine = line;
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

/**
 * A line that can belong to a table in slot or geometry layouts: several cells (even blank), a total,
 * or a header word. Says why, or undefined.
 */
function tableLineWhy(line: Line, block: TableBlock): string | undefined {
  const filled = line.cells.filter((c) => c.text !== '').length;
  if (line.cells.length >= 2) return 'cells';
  if (filled === 1 && totalOf(compact(line.text)) === 'table') return 'total';
  return headerKind(line, block.match.table) === 'word' ? 'header' : undefined;
}

/**
 * The rest of a department's name wrapped in its 编制部门 cell ("编制部门：闵行区医疗保障局（汇总" / "）"):
 * a wrapped-name piece starting where the line printing the name so far starts (within `edgeSlack`)
 * and right under it (within `wrappedTailGapLines` of its height), as names wrapped in a cell print.
 * Segmentation and the split of a file into documents (documents.ts) read a table's department so.
 */
export function wrapsEditor(editor: Line, line: Line, settings: SegmentSettings): boolean {
  if (!editor.box || !line.box || editor.page !== line.page || !isWrappedName(line, settings)) return false;
  const gap = line.box[1] - editor.box[3];
  return (
    gap >= 0 &&
    gap <= settings.wrappedTailGapLines * (editor.box[3] - editor.box[1]) &&
    Math.abs(line.box[0] - editor.box[0]) <= settings.edgeSlack
  );
}

/** A wrapped piece of the block's department (wrapsEditor) before its header and rows, no header word. */
function wrapsFromEditor(block: TableBlock, line: Line, settings: SegmentSettings): boolean {
  if (!block.editorLine || block.body.length > 0 || headerKind(line, block.match.table) !== undefined) return false;
  return wrapsEditor(block.editorLine, line, settings);
}

/** A piece of a name wrapped in its cell: one short cell, no sentence punctuation, no amount. */
function isWrappedName(line: Line, settings: SegmentSettings): boolean {
  const text = compact(line.text);
  return (
    line.cells.length === 1 &&
    text.length > 0 &&
    text.length <= settings.wrappedNameChars &&
    !hasSentenceMark(text) &&
    !isAmountText(text)
  );
}

/**
 * PDF tables: a one-cell line between two table lines of the same page is part of the table (a name
 * wrapped inside its cell), as is every line within the page's ruled grid. Says why, or undefined.
 */
function insideTableWhy(lines: readonly Line[], i: number, block: TableBlock, context: Context): string | undefined {
  const { layout, template, settings } = context;
  const line = lines[i] as Line;
  if (headerKind(line, block.match.table)) return 'header';
  // A row of its own: a code, a line the table names, a class name, or amounts only.
  if (isRowLike(line, block.match.table)) return 'row';
  // A heading is never a row, whatever follows it.
  if (isHeading(line, block, settings)) return undefined;
  // "无" in place of the rows of a table that has none so far (an empty table, its note below).
  if (isNoneRow(line.text) && !block.body.some((l) => lineKind(l, block.match.table).values)) return 'none row';
  // Rows printing only a name (the other side of a two-sided table blank) are followed, on the same
  // page, by more rows with values.
  for (let j = i + 1; j < lines.length && j <= i + settings.lookahead; j++) {
    const next = lines[j] as Line;
    if (next.page !== line.page || matchTitle(template, next.text)) break;
    if (next.cells.length >= 2 && next.cells.some((c) => c.text.split(/\s+/).some(isAmountText))) return 'rows follow';
  }
  if (wrapsIntoRow(lines, i, block.match.table, context)) return 'wrapped name';
  if (wrapsFromRow(lines, i, block, settings)) return 'wrapped name';
  return block.pages.includes(line.page as number) && inRuledGrid(line, layout) ? 'ruled grid' : undefined;
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
 * A heading under the table's lines ends the table, whatever its cells (tableLineWhy takes any line of
 * two cells): neither the table's header nor a row, and a heading by its type.
 */
function endsTable(line: Line, block: TableBlock, settings: SegmentSettings): boolean {
  const table = block.match.table;
  return headerKind(line, table) === undefined && !isRowLike(line, table) && isHeading(line, block, settings);
}

/**
 * A heading, not a row: text without an amount, printed larger than the table's lines or bold where
 * they are not ("第三部分 …说明", "一、部门主要职能" after a table). Its words may stand apart
 * ("第三部分　其他相关情况说明": a full-width space is a gap between cells). Lines without type size or
 * weight (text formats) are never headings by this test.
 */
function isHeading(line: Line, block: TableBlock, settings: SegmentSettings): boolean {
  if (line.size === undefined || lineKind(line, block.match.table).values) return false;
  const body = block.body.filter((l) => l.size !== undefined);
  if (body.length === 0) return false;
  const sizes = body.map((l) => l.size as number).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] as number;
  if (line.size >= settings.headingSize * size) return true;
  return line.bold === true && body.every((l) => !l.bold);
}

/**
 * The first line of a page with a table open on the page before: it goes on with the table only when
 * it is the table's header or a row, a line of values, a line inside the page's ruled grid, or a name
 * wrapped over from a row that follows (the wrapped-name lookahead); anything else — a heading, a
 * paragraph — ends the table at the page break. Says why it goes on, or undefined.
 */
function goesOnWhy(lines: readonly Line[], i: number, block: TableBlock, context: Context): string | undefined {
  const line = lines[i] as Line;
  const table = block.match.table;
  if (headerKind(line, table) !== undefined) return 'header';
  if (isRowLike(line, table)) return 'row';
  if (isHeading(line, block, context.settings)) return undefined;
  const kind = lineKind(line, table);
  if (line.cells.length >= 2 && kind.values) return 'values';
  // A blank line of the table printed with placeholders ("-  -"): padding rows run on over the page.
  if (line.cells.length >= 2 && kind.blank) return 'blank row';
  if (inRuledGrid(line, context.layout)) return 'ruled grid';
  return wrapsIntoRow(lines, i, table, context) ? 'wrapped name' : undefined;
}

/** A name wrapped in its cell whose row follows: wrapped pieces, then a row, within the wrapped-name lookahead. */
function wrapsIntoRow(lines: readonly Line[], i: number, table: CompiledTable, context: Context): boolean {
  const { template, settings } = context;
  const line = lines[i] as Line;
  if (!isWrappedName(line, settings)) return false;
  for (let j = i + 1; j < lines.length && j <= i + settings.wrappedNameLookahead; j++) {
    const next = lines[j] as Line;
    if (next.page !== line.page || matchTitle(template, next.text)) break;
    if (isRowLike(next, table)) return true;
    if (!isWrappedName(next, settings)) break;
  }
  return false;
}

/**
 * The rest of a name wrapped in its cell, under the line of its row or of its name's first piece, with
 * nothing of the table after it on the page (no row to look ahead for, no rule under it: the foot of a
 * page of a three-line or unruled table, a table's last row): a wrapped-name piece right under the
 * table's last line (within `wrappedTailGapLines` of that line's height), starting where a cell of
 * the table's lines just above it starts — the name column — within `edgeSlack`.
 */
function wrapsFromRow(lines: readonly Line[], i: number, block: TableBlock, settings: SegmentSettings): boolean {
  const line = lines[i] as Line;
  const above = block.body.at(-1);
  if (!isWrappedName(line, settings) || !line.box || !above?.box) return false;
  if (above !== lines[i - 1] || above.page !== line.page) return false;
  const height = above.box[3] - above.box[1];
  if (line.box[1] - above.box[3] > settings.wrappedTailGapLines * height) return false;
  const x0 = line.box[0];
  return block.body
    .slice(-(settings.wrappedNameLookahead + 1))
    .filter((l) => l.page === line.page)
    .some((l) => l.cells.some((c) => c.x0 !== undefined && Math.abs(c.x0 - x0) <= settings.edgeSlack));
}

/**
 * A page that goes on with the table the previous page ended with, without printing its title: its
 * first lines are the table's header or rows. Says which, or undefined.
 */
function continuesWhy(lines: readonly Line[], i: number, block: TableBlock): string | undefined {
  const line = lines[i] as Line;
  const before = lines[i - 1];
  if (!before || line.page === undefined || before.page === line.page) return undefined;
  if (block.pages.at(-1) !== before.page) return undefined;
  if (headerKind(line, block.match.table) !== undefined) return 'header';
  return isRowLike(line, block.match.table) ? 'row' : undefined;
}

function segmentInOrder(context: Context, trace?: SegmentationTrace): Segments {
  const { layout, template, settings } = context;
  const geometry = layout.mode === 'geometry';
  const tables: TableBlock[] = [];
  const prose: Line[] = [];
  let current: TableBlock | undefined;
  /** The table the page's last lines belonged to, which a page without title may continue. */
  let ended: TableBlock | undefined;
  /** The note last absorbed, which a wrapped line may continue. */
  let note: Line | undefined;
  const unrecognised: UnrecognisedBlock[] = [];
  /** The table of no kind the lines go to, until a title, a page of other text, or prose. */
  let apart: UnrecognisedBlock | undefined;
  const mark = (line: Line, role: LineRole, block?: TableBlock, why?: string) =>
    trace?.lines.push({
      page: line.page ?? 0,
      ...(line.box ? { box: line.box } : {}),
      text: line.text,
      role,
      ...(why ? { why } : {}),
      ...(block ? { table: block.match.table.spec.kind } : {}),
      ...(line.size !== undefined ? { size: line.size } : {}),
      ...(line.bold ? { bold: true } : {}),
    });
  const decide = (edge: TracedSegment['edge'], block: TableBlock, line: Line, why: string) =>
    trace?.segments.push({
      edge,
      why,
      kind: block.match.table.spec.kind,
      title: block.title.text,
      page: line.page ?? 0,
      ...(line.box ? { box: line.box } : {}),
      text: line.text,
    });
  for (const [i, line] of layout.lines.entries()) {
    const pageStart = geometry && line.page !== undefined && layout.lines[i - 1]?.page !== line.page;
    if (pageStart) {
      // A page opening with another table's header (its title's page lost, its title an image) is that
      // table, or a table of no kind: never the open table's continuation.
      const before = layout.lines[i - 1]?.page;
      const open = current ?? (ended && ended.pages.at(-1) === before ? ended : undefined);
      const other = pageHeaderTable(layout.lines, i, open, context);
      if (other) {
        if (current) decide('ends', current, line, 'another header');
        ended = undefined;
        current = undefined;
        apart = undefined;
        if (other.table) {
          current = untitledBlock(other.table, line);
          tables.push(current);
          decide('starts', current, line, 'header, title not found');
        } else {
          apart = { page: line.page as number, header: other.lead.map((l) => l.text).join(' '), lines: [] };
          unrecognised.push(apart);
        }
      } else {
        // Rows under no title that cannot be the open table's (their subjects of the other classification
        // or listed by it already; it printed its total or its note): another table's, its title's page
        // lost. Kept apart, never glued on.
        const cut = open ? pageCutAt(layout.lines, i, open, context) : undefined;
        if (cut && open) {
          if (current) decide('ends', current, line, cut.cut.reason.replace('_', ' '));
          ended = undefined;
          current = undefined;
          const page = line.page as number;
          const kept: ApartCut = { ...cut.cut, page, after: open.title.text, afterKind: open.match.table.spec.kind };
          // The one table of the template they fit is theirs, read on as any table; several leave it open.
          const may = apartTables(layout.lines, i, kept, tables, context);
          if (may.length === 1) {
            current = {
              ...newBlock({ table: may[0] as CompiledTable, prefix: '' }, line),
              untitled: true,
              apart: kept,
            };
            tables.push(current);
            decide('starts', current, line, 'rows kept apart, the one table they fit');
          } else {
            apart = {
              page,
              header: cut.header,
              lines: [],
              cut: kept,
              ...(may.length > 1 ? { may: may.map((t) => t.spec.kind) } : {}),
            };
            unrecognised.push(apart);
          }
        } else if (apart && !apartGoesOn(line, context)) apart = undefined;
      }
    }
    if (apart) {
      if (!matchTitle(template, line.text) && (pageStart || apartGoesOn(line, context))) {
        apart.lines.push(line);
        mark(line, 'unrecognised');
        continue;
      }
      apart = undefined;
    }
    const resumed = !current && ended && geometry ? continuesWhy(layout.lines, i, ended) : undefined;
    if (resumed && ended) {
      current = ended;
      decide('resumes', current, line, resumed);
    }
    if (current && note && continuesNote(note, line, context)) {
      const joined: Line = {
        ...note,
        text: `${note.text.trim()}${line.text.trim()}`,
        ...(note.box && line.box ? { box: union([note.box, line.box]) } : {}),
      };
      current.notes[current.notes.lastIndexOf(note)] = joined;
      note = joined;
      mark(line, 'note', current);
      continue;
    }
    note = undefined;
    const match = matchTitle(template, line.text);
    if (match) {
      // A title repeated on a continuation page continues the table, as does its title after rows of it
      // under none (its pages printed out of order: the title is the table's); another title of its table
      // (a unit's 预算单位收入预算总表 inside a department's 部门收入预算总表) starts the table again.
      if (
        current &&
        current.match.table === match.table &&
        (current.untitled || sameTitle(current.title.text, line.text))
      ) {
        addPage(current, line);
        if (current.untitled && !current.apart) {
          // Its rows first, then its title: the table's own, its first page printed after a later one.
          current.printedBefore = current.title.page;
          current.title = line;
          current.match = match;
          delete current.untitled;
          mark(line, 'title', current);
        } else mark(line, 'title', current, 'repeated');
        continue;
      }
      if (current) decide('ends', current, line, 'title');
      current = newBlock(match, line);
      tables.push(current);
      decide('starts', current, line, 'title');
      mark(line, 'title', current);
      continue;
    }
    let role: LineRole = 'prose';
    if (current) {
      const notes = current.notes.length;
      if (absorbFrame(current, line, settings)) {
        addPage(current, line);
        if (current.notes.length > notes) note = current.notes.at(-1);
        mark(line, note ? 'note' : 'frame', current);
        continue;
      }
      // A page break ends the table unless the new page's first line goes on with it (frames — 编制部门,
      // 单位 — and a repeated title go on too, above); a heading ends it; a line of no table ends it.
      const pageBreak = geometry && line.page !== undefined && layout.lines[i - 1]?.page !== line.page;
      const over = pageBreak ? goesOnWhy(layout.lines, i, current, context) : undefined;
      let end: string | undefined;
      let why: string | undefined;
      if (pageBreak && !over) end = 'page break';
      else if (geometry && endsTable(line, current, settings)) end = 'heading';
      else {
        why = tableLineWhy(line, current) ?? (geometry ? insideTableWhy(layout.lines, i, current, context) : undefined);
        if (!why) end = 'prose';
      }
      if (end === undefined) {
        if (over) decide('goes_on', current, line, over);
        current.body.push(line);
        addPage(current, line);
        mark(line, 'table', current, why);
        continue;
      }
      if (trace && (end === 'heading' || (end === 'page break' && isHeading(line, current, settings))))
        role = 'heading';
      decide('ends', current, line, end);
      ended = current;
      current = undefined;
    }
    if (ended && line.page !== undefined && !ended.pages.includes(line.page) && !continuesWhy(layout.lines, i, ended))
      ended = undefined;
    prose.push(line);
    mark(line, role);
  }
  const last = layout.lines.at(-1);
  if (current && last) decide('ends', current, last, 'document end');
  return { tables, prose, unrecognised };
}

/**
 * The tables of the template rows kept apart at line `i` (the page's lines from there) may be
 * (`apartCandidates`): after the table before them, before the next table whose title the document
 * prints after them, of the kinds printed nowhere.
 */
function apartTables(
  lines: readonly Line[],
  i: number,
  cut: ApartCut,
  tables: readonly TableBlock[],
  { template }: Context,
): CompiledTable[] {
  const page = (lines[i] as Line).page;
  const later = lines.slice(i).flatMap((l) => {
    const match = matchTitle(template, l.text);
    return match ? [match.table.spec.kind] : [];
  });
  const printed = new Set([...tables.map((t) => t.match.table.spec.kind), ...later]);
  const rows = lines.slice(i).filter((l) => l.page === page);
  return apartCandidates(template.tables, cut.afterKind, later[0], printed, rowsPrint(rows));
}

/** A line that goes on with a table of no kind: several cells, a frame line, or a short piece of a name wrapped in its cell. */
function apartGoesOn(line: Line, { template, settings }: Context): boolean {
  if (matchTitle(template, line.text)) return false;
  return line.cells.length >= 2 || isFrame(line) || isWrappedName(line, settings);
}

/** 编制部门, 单位 or a note: lines around a table that are none of its rows. */
function isFrame(line: Line): boolean {
  return editorOf(line.text) !== undefined || unitOf(line.text) !== undefined || isNote(line.text);
}

/**
 * The page starting at line `i`, no title on its first lines, opens (after frames and the open table's
 * header, if it repeats one) with a row that cannot go on with the open table (page-break.ts): why, and
 * the header lines it printed; undefined when the rows may go on, or the page opens otherwise.
 */
function pageCutAt(
  lines: readonly Line[],
  i: number,
  open: TableBlock,
  { template, settings }: Context,
): { cut: PageCut; header: string } | undefined {
  const page = (lines[i] as Line).page;
  const top: Line[] = [];
  for (let j = i; j < lines.length && j < i + settings.lookahead; j++) {
    const line = lines[j] as Line;
    if (line.page !== page) break;
    if (matchTitle(template, line.text)) return undefined;
    top.push(line);
  }
  const table = open.match.table;
  const lead = top.findIndex((l) => !isFrame(l) && headerKind(l, table) === undefined);
  const first = top[lead];
  if (!first || !(isRowLike(first, table) || (first.cells.length >= 2 && lineKind(first, table).values)))
    return undefined;
  const cut = pageCut({ body: open.body, notes: open.notes, codes: table.spec.codes }, top.slice(lead));
  const header = top
    .slice(0, lead)
    .filter((l) => !isFrame(l))
    .map((l) => l.text)
    .join(' ');
  return cut ? { cut, header } : undefined;
}

/**
 * A line that goes on with the note above it (a note wrapped at the page width): right below it on
 * the same page (within `noteGapLines`), and neither a title, a frame line nor a row.
 */
function continuesNote(note: Line, line: Line, { template, settings }: Context): boolean {
  if (note.page !== line.page || line.cells.length > 1) return false;
  if (note.box && line.box && line.box[1] - note.box[3] > settings.noteGapLines * (note.box[3] - note.box[1]))
    return false;
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

function segmentByPage(layout: Layout, template: CompiledTemplate, settings: SegmentSettings): Segments {
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
      if (absorbFrame(block, line, settings)) continue;
      block.body.push(line);
    }
  }
  return { tables, prose, unrecognised: [] };
}
