import type { Cell, Line, Word } from '../layout/types.js';
import { union } from '../layout/words.js';
import type { CompiledTable } from '../templates/index.js';
import { functionClassCode } from '../templates/index.js';
import {
  headerCell,
  ideographsMeet,
  isAmountText,
  isCodeLed,
  isEmptyValue,
  isEnumerated,
  opensSide,
  stripEnumerator,
  stripYear,
  totalOf,
} from '../text/lexicon.js';
import { compact } from '../text/normalize.js';

/**
 * What a line of a table is, asked once: header text, a line that opens a row (and why), values, a
 * blank row, or text that opens nothing (a wrapped name's piece, a heading, prose). Segmentation asks
 * it whether a line belongs to a table, the header reader where the header ends, row banding whether
 * a line starts a new row, the text readers whether a label starts a new line of a summary table.
 */

/**
 * A question about a line for a table, answered once per line and table: segmentation, the header
 * reader and row banding ask the same lines again and again (lines are not changed once built).
 */
function askedOnce<T>(read: (line: Line, table: CompiledTable) => T): (line: Line, table: CompiledTable) => T {
  const answers = new WeakMap<Line, Map<CompiledTable, T>>();
  return (line, table) => {
    let byTable = answers.get(line);
    if (!byTable) answers.set(line, (byTable = new Map()));
    if (byTable.has(table)) return byTable.get(table) as T;
    const answer = read(line, table);
    byTable.set(table, answer);
    return answer;
  };
}

/**
 * Why a label opens a row: a subject code before it (`code`), a total (合计, 收入总计, 本年支出合计 …),
 * a line the template names (`named`: 财政拨款收入, 人员经费合计 …), a function class by its name on a
 * summary table (`class`), or only an enumerator (`enumerator`: "三、事业收入" — or a heading, which is
 * why segmentation does not take an enumerator alone as a table row).
 */
export type Opener = 'code' | 'total' | 'named' | 'class' | 'enumerator';

/** Why a label opens a row of the table, if it does. */
export function opensRow(label: string, table: CompiledTable): Opener | undefined {
  const text = compact(label);
  if (text === '') return undefined;
  if (isCodeLed(text)) return 'code';
  const name = stripEnumerator(text);
  if (totalOf(name) !== undefined || opensSide(name)) return 'total';
  if (namedLine(name, table)) return 'named';
  if (table.spec.layout === 'two_sided' && functionClassCode(name) !== undefined) return 'class';
  if (isEnumerated(text)) return 'enumerator';
  return undefined;
}

/**
 * Why a line of labels opens a row, the labels in printed order (its first cell first): the first
 * label for any reason, else another for more than a code — a code opens a row only at the start of
 * the line (a name may hold digits, a later cell may be an amount) — an enumerator only where nothing
 * better opens it. The one answer row banding, segmentation and the text readers share.
 */
export function opener(labels: readonly string[], table: CompiledTable): Opener | undefined {
  const [first = '', ...rest] = labels;
  const head = opensRow(first, table);
  if (head) return head;
  const reasons = rest.map((l) => opensRow(l, table)).filter((r): r is Opener => r !== undefined && r !== 'code');
  return reasons.find((r) => r !== 'enumerator') ?? reasons[0];
}

/** A label the template names: an income or expenditure line, or a named row (人员经费合计). */
export function namedLine(name: string, table: CompiledTable): boolean {
  if (name === '') return false;
  return [table.incomeLines, table.expenditureLines, table.namedRows].some((lines) =>
    lines.some((l) => l.patterns.some((p) => p.test(name))),
  );
}

/**
 * A line as header text: `word` when every cell is the template's header words (a year before them
 * allowed), `wrapped` when the first or last piece of a cell may be a word wrapped in its cell ("称",
 * "本年收入合") — a cell, or each piece of a cell that joined several columns' (`headerPieces`) —,
 * undefined when some cell is no header text. A total's label (收入总计, 支出总计) that
 * is no header word of the table as a whole is a row's label, though its pieces end and start header
 * words ("财政拨款收入", "总计"): the totals line of a summary table alone atop a page is no header.
 */
export const headerKind = askedOnce(readHeaderKind);

function readHeaderKind(line: Line, table: CompiledTable): 'word' | 'wrapped' | undefined {
  let kind: 'word' | 'wrapped' | undefined;
  for (const cell of line.cells) {
    if (compact(cell.text) === '') continue;
    // The cell as one header text, else each of its pieces: several columns' names, wrapped, whose
    // pieces the line reader joined into one cell ("一般公共预算财政 政府性基金预算财").
    const pieces = headerPieces(cell);
    const found = headerPiecesKind([cell], table) ?? (pieces.length > 1 ? headerPiecesKind(pieces, table) : undefined);
    if (!found) return undefined;
    if (found === 'wrapped' || !kind) kind = found;
  }
  return kind;
}

/** Cells as header text, each alone: `wrapped` if some is, `word` if every one is a word. */
function headerPiecesKind(cells: readonly Cell[], table: CompiledTable): 'word' | 'wrapped' | undefined {
  let kind: 'word' | 'wrapped' = 'word';
  for (const cell of cells) {
    const text = compact(cell.text);
    const found = headerCell(text, table.headerWords);
    if (!found || (found === 'wrapped' && totalLabel(text, table))) return undefined;
    if (found === 'wrapped') kind = found;
  }
  return kind;
}

/**
 * A header cell split at the spaces between its words where ideographs meet on both sides: unruled
 * headers of narrow columns print their wrapped texts nearly touching ("一般公共预算财政拨 政府性基金预
 * 算财政", 4 pt apart at 9 pt), which the line reader joins into one cell; that cell then spans several
 * columns. Characters spaced across one cell ("合 计") are one word already: the word stage joined
 * them. A cell without words (text, not a page) or of one piece is itself.
 */
export function headerPieces(cell: Cell): Cell[] {
  let pieces = piecesOfCells.get(cell);
  if (!pieces) piecesOfCells.set(cell, (pieces = readPieces(cell)));
  return pieces;
}

/** Each cell's pieces: asked of a line's cells for every table of the template, and by the column reader. */
const piecesOfCells = new WeakMap<Cell, Cell[]>();

function readPieces(cell: Cell): Cell[] {
  const words = cell.words ?? [];
  // Words parted by white space (or a gap wider than a space); touching ones are one piece.
  const pieces: Word[][] = [];
  for (const word of words) {
    if (pieces.length === 0 || word.before !== '') pieces.push([word]);
    else pieces.at(-1)?.push(word);
  }
  if (pieces.length < 2) return [cell];
  const text = (piece: Word[]) => piece.map((w) => w.text).join('');
  const ideographic = pieces.every((p, i) => i === 0 || ideographsMeet(text(pieces[i - 1] ?? []), text(p)));
  if (!ideographic) return [cell];
  return pieces.map((p) => {
    const box = union(p.map((w) => w.box));
    return { text: text(p), x0: box[0], x1: box[2], box };
  });
}

/**
 * A side's total (收入总计, 本年支出合计, "五、收入总计") that is no header word of the table. A bare
 * 合计 or 总计 stays header text where it is a piece of one ("本年收入合计" wrapped, a blank template's
 * 合计 under its header): only a side names a row no header prints.
 */
function totalLabel(text: string, table: CompiledTable): boolean {
  const name = stripEnumerator(stripYear(text));
  const side = totalOf(name);
  return (side === 'income' || side === 'expenditure') && !table.headerWords.has(name);
}

export interface LineKind {
  /** Every cell header text (see headerKind). */
  header?: 'word' | 'wrapped';
  /** Why the line opens a row (never for header text): its first cell, else a cell or the whole line. */
  opens?: Opener;
  /** Some token is an amount. */
  values: boolean;
  /** Every token is an amount: a row of values whose name is elsewhere. */
  valuesOnly: boolean;
  /** Every token a blank placeholder or a zero amount: a blank row printed with "-" or "0.00". */
  blank: boolean;
}

/** The kind of a line as lines of cells give it (before columns are known). */
export const lineKind = askedOnce(readLineKind);

function readLineKind(line: Line, table: CompiledTable): LineKind {
  const tokens = line.cells.flatMap((c) => c.text.split(/[\s\u3000]+/)).filter(Boolean);
  const amounts = tokens.filter(isAmountText);
  const header = headerKind(line, table);
  // Header text opens no row. Else each cell (a two-sided row prints a label on each side) and the
  // whole line (a label spread over cells) may, as `opener` says.
  const cells = line.cells.map((c) => c.text);
  const opens = header
    ? undefined
    : opener([cells[0] ?? '', line.text, ...(cells.length > 1 ? cells.slice(1) : [])], table);
  return {
    ...(header ? { header } : {}),
    ...(opens ? { opens } : {}),
    values: amounts.length > 0,
    valuesOnly: tokens.length > 0 && amounts.length === tokens.length,
    blank: tokens.length > 0 && tokens.every(isEmptyValue),
  };
}
