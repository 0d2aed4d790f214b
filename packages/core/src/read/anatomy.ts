import type { Cell, CellMode, Line } from '../layout/types.js';
import { parseAmount, type Unit } from '../model/amount.js';
import type { Box } from '../model/source.js';
import type { CellEvidence, RowSide } from '../model/table.js';
import type { CompiledTable } from '../templates/index.js';
import { codePart, codeParts, gluedParts, isBlankText, isCode, isCodePart, totalOf } from '../text/lexicon.js';
import { compact } from '../text/normalize.js';

/**
 * The anatomy of a table line: its codes, its name and its amounts, and — when the layout tells —
 * the column of each amount. Turning anatomies into rows (and deciding columns the layout lost)
 * is the job of the table readers.
 */

export interface AmountCell {
  fen: number;
  text: string;
  /** Index into the side's value columns, when the layout tells; undefined in token mode. */
  column?: number;
  cell: Cell;
  /** The line the value was printed on, when it differs from its row's (plain text wraps). */
  line?: Line;
  /** PDFs: what put the value in its column. */
  evidence?: CellEvidence;
}

/**
 * What the geometry reader knows of a row beyond its cells: where it was printed and what in it could
 * not be read, so that the row readers can say so with the row's key, page and box.
 */
export interface TypedRead {
  page: number;
  box: Box;
  /**
   * Words in value columns that make no amount, with the column they are in (index among the side's
   * columns); `alone`: one cell's value gone wrong, not several cells' run together.
   */
  unreadable: { text: string; box: Box; column?: number; alone?: boolean }[];
  /** Columns (indexes) holding more than one value, or a value that makes no amount in the unit. */
  strayColumns: number[];
  /** The name looks like two rows' names run together: a row was lost into this one. */
  fused: boolean;
}

export interface GridAnatomy {
  line: Line;
  /** Code digits as printed, one entry per printed code cell ("208", "05", "01"). */
  codes: string[];
  label: string;
  /** 合计 / 总计 row. */
  total: boolean;
  /** One entry per value column in slot/geometry mode (null = blank); the values found in token mode. */
  amounts: (AmountCell | null)[];
  /** True when every amount's column is known. */
  placed: boolean;
  /** Cells the reader could not place (text where a value should be, values where text should be). */
  stray: string[];
  /** Read from the page's geometry (PDF). */
  read?: TypedRead;
}

export interface SideGroup {
  label: string;
  amounts: (AmountCell | null)[];
  placed: boolean;
  line: Line;
  labelCell: Cell;
  /** The side the group was printed on, where the layout tells (PDF geometry). */
  side?: RowSide;
  /** Read from the page's geometry (PDF). */
  read?: TypedRead;
  /** Cells the reader could not place (PDF geometry: text in a value column). */
  stray?: string[];
}

/** A 类 code in its own column: three digits. */
const isClassCode = (t: string) => isCode(t) && t.length === 3;
/** A 款/项 code in its own column as the text readers take it: two digits. */
const isSubCode = (t: string) => isCodePart(t) && t.length === 2;

export function amountOf(text: string, unit: Unit): number | null {
  const t = text.replace(/\s+/g, '');
  const parsed = parseAmount(t, unit);
  return parsed ? parsed.fen : null;
}

/**
 * Codes as a row prints them, in its code columns left to right ("208" "05" "05", "2080505", "208 5 5"),
 * as their parts: a 类 then 款 and 项, each part of two digits (a spreadsheet that stored 05 as the
 * number 5 dropped the zero).
 */
export function codesOf(printed: readonly string[]): string[] {
  const parts = printed.flatMap((t) => codeParts(t) ?? [t]);
  return parts.map((p, i) => (i > 0 ? codePart(p) : p));
}

/** Splits glued amount+label tokens of plain text into separate cells. */
export function splitGlued(cells: Cell[]): Cell[] {
  return cells.flatMap((cell) => gluedParts(cell.text)?.map((text) => ({ ...cell, text })) ?? [cell]);
}

/** Reads a grid line (function or economic codes, name, values). */
export function gridAnatomy(line: Line, table: CompiledTable, mode: CellMode, unit: Unit): GridAnatomy {
  const k = table.spec.columns.length;
  const withCodes = table.spec.layout === 'grid';
  return mode === 'tokens'
    ? tokenGrid(line, splitGlued(line.cells), unit, withCodes)
    : slotGrid(line, line.cells, k, unit, withCodes);
}

function slotGrid(line: Line, cells: Cell[], k: number, unit: Unit, withCodes: boolean): GridAnatomy {
  const width = cells.length;
  const head = cells.slice(0, Math.max(0, width - k));
  const tail = cells.slice(Math.max(0, width - k));
  const stray: string[] = [];
  const { codes, label, total } = readHead(
    head.map((c) => c.text),
    stray,
    unit,
    withCodes,
  );
  const amounts: (AmountCell | null)[] = [];
  // A line narrower than the table leaves the first columns without a cell.
  for (let i = 0; i < k - tail.length; i++) amounts.push(null);
  for (const cell of tail) {
    if (isBlankText(cell.text)) {
      amounts.push(null);
      continue;
    }
    const fen = amountOf(cell.text, unit);
    if (fen === null) {
      stray.push(cell.text);
      amounts.push(null);
    } else amounts.push({ fen, text: cell.text, column: amounts.length, cell });
  }
  return { line, codes, label, total, amounts, placed: true, stray };
}

function tokenGrid(line: Line, cells: Cell[], unit: Unit, withCodes: boolean): GridAnatomy {
  const head: string[] = [];
  const stray: string[] = [];
  const amounts: AmountCell[] = [];
  let codesSeen = 0;
  for (const [i, cell] of cells.entries()) {
    const t = cell.text;
    if (amounts.length === 0) {
      // A leading 3-digit token is a class code only when a 款 code or a name follows ("300 100 200合计" is values).
      const next = cells[i + 1]?.text ?? '';
      // One or two digits before a name: a code misprinted or printed without its class (read/codes.ts).
      const named = next !== '' && amountOf(next, unit) === null && totalOf(compact(next)) !== 'table';
      const classCode = (isClassCode(t) && (isSubCode(next) || named)) || (isCodePart(t) && named);
      const code =
        withCodes && head.length === codesSeen && (codesSeen === 0 ? classCode : codesSeen < 3 && isSubCode(t));
      if (code) {
        codesSeen++;
        head.push(t);
        continue;
      }
      const fen = amountOf(t, unit);
      if (fen === null) head.push(t);
      else amounts.push({ fen, text: t, cell });
      continue;
    }
    const fen = amountOf(t, unit);
    if (fen !== null) amounts.push({ fen, text: t, cell });
    else if (totalOf(compact(t)) === 'table')
      head.push(t); // "257,585,000 257,585,000合计": label after the values
    else stray.push(t);
  }
  const { codes, label, total } = readHead(head, stray, unit, withCodes);
  return { line, codes, label, total, amounts, placed: amounts.length === 0, stray };
}

/** Codes, name and total flag from the cells before the values. */
function readHead(
  parts: string[],
  stray: string[],
  unit: Unit,
  withCodes: boolean,
): Pick<GridAnatomy, 'codes' | 'label' | 'total'> {
  const codes: string[] = [];
  const labelParts: string[] = [];
  for (const raw of parts) {
    const t = raw.trim();
    if (isBlankText(t)) continue;
    if (withCodes && labelParts.length === 0) {
      if (codes.length === 0) {
        if (isClassCode(t) || isCodePart(t)) {
          // A 2-digit first code: the class column left blank on 款/项 lines. One digit: a misprinted
          // class code ("7") or a 款 stored as a number; the row's name tells (read/codes.ts).
          codes.push(t);
          continue;
        }
        const parts = codeParts(t);
        if (parts?.every((p, i) => (i === 0 ? p.length === 3 : p.length === 2))) {
          codes.push(...(parts as string[]));
          continue;
        }
      } else if (codes.length < 3 && isSubCode(t)) {
        codes.push(t);
        continue;
      }
    }
    if (labelParts.length === 0 && codes.length === 0 && amountOf(t, unit) !== null) {
      stray.push(t); // a value where the name should be: the line is wider than the table
      continue;
    }
    labelParts.push(t);
  }
  const label = labelParts.join('');
  return { codes, label, total: totalOf(compact(label)) === 'table' };
}

/**
 * Splits a line of a two-sided summary table into label groups: "一、财政拨款收入 278,487,424
 * 一、社会保障和就业支出 12,912,812" → two groups, each with its cells in column order. (Plain text is
 * read as a stream instead: see readTwoSided.)
 */
export function sideGroups(line: Line, mode: CellMode, unit: Unit): SideGroup[] {
  const cells = line.cells;
  const groups: SideGroup[] = [];
  let current: SideGroup | undefined;
  for (const cell of cells) {
    const t = cell.text.trim();
    const fen = isBlankText(t) ? null : amountOf(t, unit);
    if (fen === null && !isBlankText(t)) {
      current = { label: t, amounts: [], placed: mode !== 'tokens', line, labelCell: cell };
      groups.push(current);
      continue;
    }
    if (!current) continue; // values before any label: blank left side
    if (fen === null) {
      if (mode !== 'tokens') current.amounts.push(null);
      continue;
    }
    current.amounts.push({
      fen,
      text: t,
      cell,
      ...(mode !== 'tokens' ? { column: current.amounts.length } : {}),
    });
  }
  return groups;
}
