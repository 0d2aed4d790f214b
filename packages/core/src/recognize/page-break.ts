import type { Line } from '../layout/types.js';
import type { TableKind } from '../model/table.js';
import { type Classification, type CompiledTable, ECONOMIC_CLASSES, FUNCTION_CLASSES } from '../templates/index.js';
import { codeAndName, codePart, isAmountText, isCode, isCodePart, totalOf } from '../text/lexicon.js';
import { compact } from '../text/normalize.js';

/**
 * Rows at the top of a page, under no title and no header, that cannot be the open table's: the
 * page that printed their table's title (and header) was lost, or the title is an image. Read as the
 * open table's continuation, they glue one table's rows onto another's and every sum of both fails
 * at once (wanli-2024-dept without p. 16: 支出预算总表's rows under 收入预算总表, 34 errors). Five
 * signals say so, each by what the open table printed and what its template says, never by the
 * document:
 * - `other_codes`: the page's first row is a subject of the other classification than the table's
 *   (an economic 302 under a function table: the dictionary knows its class, and not as the table's);
 * - `codes_restart`: the page's first row is a subject the open table already listed, earlier in the
 *   classification than the table's last row (a table lists each subject once, in order; a table of
 *   the same subjects — 收入 then 支出 — lists them again from the start). The open table's last row
 *   printed again (a cell that ran over the page) is no restart;
 * - `closed`: the open table already printed its own total (合计, 总计) after its rows — its last line;
 * - `noted`: the open table printed its note (注：…) below its last line: notes close a table ("本表为
 *   空表" under an empty one);
 * - `uncoded`: the page's first row is a 款 or a 项 (a code of five or seven digits) while the open table
 *   keys no rows by subject codes (a two-sided summary lists 类 at most, by name; a single row none).
 * Each keeps the rows apart from the open table (segment.ts) — read as the one table of the template
 * they fit (`apartCandidates`), or kept apart; `mark` is what said so (the code, the total, the note).
 */
export interface PageCut {
  reason: 'other_codes' | 'codes_restart' | 'closed' | 'noted' | 'uncoded';
  mark: string;
}

/** What the open table printed so far, and the classification its template keys its rows by. */
export interface OpenTable {
  body: readonly Line[];
  notes: readonly Line[];
  codes?: Classification | undefined;
}

const CLASSES: Readonly<Record<Classification, Readonly<Record<string, string>>>> = {
  function: FUNCTION_CLASSES,
  economic: ECONOMIC_CLASSES,
};

/**
 * The subject code a row opens with, its levels written out ("2013802" for "201 38 02 一般行政管理事务",
 * "2013802一般行政管理事务"), where a name follows it; undefined for any other line (amounts only, a
 * name, a year).
 */
export function rowCode(line: Line): string | undefined {
  const tokens = line.text.split(/[\s\u3000]+/).filter(Boolean);
  const [first = ''] = tokens;
  const fused = codeAndName(first);
  if (fused) return fused[0];
  if (!isCode(first)) return undefined;
  let code = first;
  let k = 1;
  // 款 and 项 in columns of their own, after a 类 alone ("201 38 02"), or a 项 after 类款 ("20138 02").
  while (k < tokens.length && code.length < 7 && isCodePart(tokens[k] as string))
    code += codePart(tokens[k++] as string);
  const next = tokens[k];
  if (next === undefined || !/^\p{Script=Han}/u.test(next)) return undefined;
  return code.length <= 7 && isCode(code) ? code : undefined;
}

/** The open table's last row is its own total, printed after rows of subjects: the table is closed. */
function closedBy(body: readonly Line[]): string | undefined {
  const last = body.at(-1);
  if (!last) return undefined;
  const label = compact(last.cells[0]?.text ?? last.text);
  if (totalOf(label) !== 'table') return undefined;
  return body.slice(0, -1).some((l) => rowCode(l) !== undefined) ? label : undefined;
}

/** A note's first words, to name it ("注:本部门2024年无国有资本经营…"). */
const NOTE_CHARS = 20;
const shortened = (text: string) =>
  [...text].length > NOTE_CHARS ? `${[...text].slice(0, NOTE_CHARS).join('')}…` : text;

/** `a` printed below `b`: on a later page, or lower on the same page. */
function below(a: Line, b: Line): boolean {
  if (a.page === undefined || b.page === undefined || !a.box || !b.box) return false;
  return a.page > b.page || (a.page === b.page && a.box[1] >= b.box[3]);
}

/** A code whose class the dictionary knows in another classification than `codes`, and not in it. */
function otherClassification(code: string, codes: Classification): boolean {
  const cls = code.slice(0, 3);
  if (cls in CLASSES[codes]) return false;
  return Object.entries(CLASSES).some(([kind, classes]) => kind !== codes && cls in classes);
}

/**
 * Whether the rows a page opens with (`rows`: its lines from the first row on) cannot go on with the
 * open table, and why; undefined when they may.
 */
export function pageCut(open: OpenTable, rows: readonly Line[]): PageCut | undefined {
  const first = rows.map(rowCode).find((c) => c !== undefined);
  if (first !== undefined && open.codes && otherClassification(first, open.codes))
    return { reason: 'other_codes', mark: first };
  const listed = open.body.map(rowCode).filter((c): c is string => c !== undefined);
  const last = listed.at(-1);
  if (first !== undefined && last !== undefined && first < last && listed.includes(first))
    return { reason: 'codes_restart', mark: first };
  const closed = closedBy(open.body);
  if (closed !== undefined) return { reason: 'closed', mark: closed };
  const end = open.body.at(-1);
  const note = open.notes.at(-1);
  if (end && note && below(note, end)) return { reason: 'noted', mark: shortened(compact(note.text)) };
  if (first !== undefined && !open.codes && first.length > 3) return { reason: 'uncoded', mark: first };
  return undefined;
}

/**
 * What rows kept apart print that tells one table of the template from another: the classification of
 * their codes (undefined where they print none: a summary's 收入/支出 lines, a single row) and the most
 * amounts a row of a code and a name prints after its name.
 */
export interface RowsPrint {
  codes: Classification | undefined;
  amounts: number;
}

/** The classification whose dictionary knows a code's class. */
function classOf(code: string): Classification | undefined {
  const cls = code.slice(0, 3);
  return (Object.keys(CLASSES) as Classification[]).find((kind) => cls in CLASSES[kind]);
}

/** The amounts a row prints after its name (its code's levels come first); undefined for a line that opens no row by its code. */
function amountsAfterName(line: Line): number | undefined {
  if (rowCode(line) === undefined) return undefined;
  const tokens = line.text.split(/[\s\u3000]+/).filter(Boolean);
  const named = tokens.findLastIndex((t) => /\p{Script=Han}/u.test(t));
  return tokens.slice(named + 1).filter(isAmountText).length;
}

/**
 * A row's code where its name is printed on a line of its own (bottom-aligned, or wrapped above): a
 * line opening with a 类 and a 款 of two digits ("303 05", "303 05 302" of a table printed in two
 * blocks side by side).
 */
function leadCode(line: Line): string | undefined {
  const [first = '', second = ''] = line.text.split(/[\s\u3000]+/).filter(Boolean);
  return isCode(first) && first.length === 3 && /^\d{2}$/.test(second) ? first + second : undefined;
}

export function rowsPrint(lines: readonly Line[]): RowsPrint {
  const code = lines.map(rowCode).find((c) => c !== undefined) ?? lines.map(leadCode).find((c) => c !== undefined);
  const amounts = lines.map(amountsAfterName).filter((n): n is number => n !== undefined);
  return { codes: code === undefined ? undefined : classOf(code), amounts: Math.max(0, ...amounts) };
}

/**
 * The tables of the template rows kept apart may be: those the template lists after the open table
 * (`after`) and before the next table the document printed after them (`next`; to the template's end
 * where it printed none, or one the template lists earlier), that the document printed nowhere, and
 * whose rows print as these do — codes of their classification (grid tables), none (the others), and no
 * more amounts than their columns. One table left is the rows' table; several, or none, leave it open.
 */
export function apartCandidates(
  tables: readonly CompiledTable[],
  after: TableKind,
  next: TableKind | undefined,
  printed: ReadonlySet<TableKind>,
  print: RowsPrint,
): CompiledTable[] {
  const from = tables.findIndex((t) => t.spec.kind === after);
  const to = next === undefined ? -1 : tables.findIndex((t) => t.spec.kind === next);
  const gap = tables.slice(from + 1, to > from ? to : tables.length);
  const columns = (t: CompiledTable) => t.spec.columns.length + (t.spec.incomeColumns?.length ?? 0);
  return gap.filter(
    (t) =>
      !printed.has(t.spec.kind) &&
      (print.codes === undefined ? t.spec.codes === undefined : t.spec.codes === print.codes) &&
      print.amounts <= columns(t),
  );
}
