import type { Ref } from '../model/finding.js';
import type { Operand } from '../templates/index.js';
import type { Tables } from './cells.js';
import { cellFigure, type Figure, sumFigure } from './rounding.js';

/** A sum of table cells, with whether every cell could be read and where each was printed. */
export interface OperandSum {
  value: number;
  readable: boolean;
  /** Every cell's table was present. */
  present: boolean;
  refs: Ref[];
  /** Unit of the tables involved (万元 when any is the 三公 table). */
  unit: '元' | '万元';
  /** True when every cell was blank (null) or its row missing. */
  blank: boolean;
  /** True when the rows are printed but every cell is blank: a total left empty. */
  printedBlank: boolean;
  /**
   * True when the tables print rows (one table at least) but none of these: the rows are missing, not
   * blank. An empty table (本表为空表) prints nothing: its rows are blank, zero.
   */
  missing: boolean;
  /** Totals its tables print rows without (they were not read: the sum is not readable). */
  unread: Ref[];
  /** How many cells print an amount (each rounded, in 万元 tables). */
  printed: number;
  /** The sum as the rounding model sees it: each cell at its table's printed precision. */
  figure: Figure;
}

export function sumOperands(tables: Tables, operands: readonly Operand[], code = ''): OperandSum {
  let value = 0;
  let readable = true;
  let present = true;
  let blank = true;
  let rows = 0;
  let tablesPrinting = 0;
  let printed = 0;
  let unit: OperandSum['unit'] = '元';
  const refs: Ref[] = [];
  const absent: Ref[] = [];
  const unread: Ref[] = [];
  const figures: Figure[] = [];
  for (const o of operands) {
    const table = tables.get(o.table);
    if (!table) {
      present = false;
      continue;
    }
    if (table.rows.length > 0) tablesPrinting++;
    if (table.unit === '万元') unit = '万元';
    const cell = tables.cell(o.table, o.row.replace('{code}', code), o.column, o.side);
    if (!cell) continue;
    if (cell.row) rows++;
    if (cell.unread) unread.push(cell.ref);
    if (!cell.readable) readable = false;
    if (cell.value !== null) {
      blank = false;
      printed++;
    }
    value += cell.value ?? 0;
    if (cell.value !== null) figures.push(cellFigure(table, cell.value));
    // Rows a table does not print are blank: point at them only when nothing else is printed.
    if (cell.row) refs.push(cell.ref);
    else absent.push(cell.ref);
  }
  if (refs.length === 0 && absent[0]) refs.push(absent[0]);
  const figure = figures.length > 0 ? sumFigure(figures) : { fen: 0, unit: 0, spread: 0 };
  return {
    value,
    readable,
    present,
    refs,
    unit,
    blank,
    printedBlank: blank && rows > 0,
    missing: tablesPrinting > 0 && rows === 0,
    unread,
    printed,
    figure,
  };
}

/**
 * The first alternative whose tables are all present and which prints something: a total left blank
 * (reported by the in-table rules) does not state the quantity, so the next alternative is used.
 */
export function firstPresent(tables: Tables, alternatives: readonly (readonly Operand[])[]): OperandSum | undefined {
  let blank: OperandSum | undefined;
  for (const alt of alternatives) {
    const sum = sumOperands(tables, alt);
    if (!sum.present) continue;
    if (!sum.blank) return sum;
    blank ??= sum;
  }
  return blank;
}
