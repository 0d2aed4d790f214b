import { type Fen, formatAmount, type Unit } from '../model/amount.js';
import { type Bilingual, bi, quote } from '../model/bilingual.js';
import type { BudgetDocument } from '../model/document.js';
import type { Ref } from '../model/finding.js';
import type { Problem } from '../model/problem.js';
import type { BudgetTable, RowSide, TableKind, TableRow } from '../model/table.js';
import { isTotalRow, MODEL_ROWS, templateOf } from '../templates/index.js';

/**
 * Cell access for rules: a value with whether it can be trusted and a reference to where it was
 * printed. A value is unreadable when its row's column was left undecided by the plain-text reader,
 * when its table's text cannot be trusted, or when a reading problem of its table leaves it in doubt
 * (a problem's scope: the rows, columns and side it touches — an unreadable cell, a line lost on one
 * side, a column holding another row's value).
 */
export interface CellValue {
  value: Fen | null;
  readable: boolean;
  ref: Ref;
  row?: TableRow;
  /**
   * A total its table does not print while printing rows (see `isTotalRow`): it was not read, so it is
   * no blank, no 0 — the cell cannot be read.
   */
  unread?: true;
}

/** A table's rows by key: tables are not changed once read, so every reading of them shares it. */
const rowsByKey = new WeakMap<BudgetTable, Map<string, TableRow[]>>();

export class Tables {
  private readonly byKind = new Map<TableKind, BudgetTable>();
  readonly duplicates: BudgetTable[] = [];

  constructor(readonly document: BudgetDocument) {
    for (const t of document.tables) {
      if (this.byKind.has(t.kind)) this.duplicates.push(t);
      else this.byKind.set(t.kind, t);
    }
  }

  get(kind: TableKind): BudgetTable | undefined {
    return this.byKind.get(kind);
  }

  all(): BudgetTable[] {
    return [...this.byKind.values()];
  }

  row(kind: TableKind, key: string, side?: RowSide): TableRow | undefined {
    const table = this.byKind.get(kind);
    if (!table) return undefined;
    // Rows by key, once per table (every comparison of every code asks; the first printed row answers).
    let byKey = rowsByKey.get(table);
    if (!byKey) {
      byKey = new Map();
      for (const r of table.rows) {
        const rows = byKey.get(r.key);
        if (rows) rows.push(r);
        else byKey.set(r.key, [r]);
      }
      rowsByKey.set(table, byKey);
    }
    return byKey.get(key)?.find((r) => side === undefined || r.side === side);
  }

  /**
   * A cell; a row missing from a present table reads as blank (tables omit empty codes), except a total:
   * a table printing rows prints its totals, so one it lacks was not read (`unread`, not readable).
   */
  cell(kind: TableKind, key: string, column: string, side?: RowSide): CellValue | undefined {
    const table = this.byKind.get(kind);
    if (!table) return undefined;
    const row = this.row(kind, key, side);
    const cell = cellOf(table, row, column, key);
    if (row || table.rows.length === 0 || !isTotalRow(templateOf(this.document).byKind.get(kind)?.spec, key))
      return cell;
    return { ...cell, readable: false, unread: true };
  }
}

export function cellOf(table: BudgetTable, row: TableRow | undefined, column: string, key = row?.key ?? ''): CellValue {
  const doubted = table.problems.some((p) => p.scope !== undefined && inDoubt(table, p, { row: key, column }));
  if (!row)
    return { value: null, readable: !table.untrusted && !doubted, ref: { table: table.kind, row: key, column } };
  const source = row.cells?.[column] ?? row.source;
  // Key by key, in the order the ref has always listed them (every cell of every comparison has one).
  const ref: Ref = { table: table.kind, row: row.key, column };
  if (source.page) ref.page = source.page;
  if (source.box) ref.box = source.box;
  if (source.line) ref.line = source.line;
  ref.text = row.label;
  const readable = !table.untrusted && !doubted && !(row.inferred?.uncertain.includes(column) ?? false);
  return { value: row.values[column] ?? null, readable, ref, row };
}

/**
 * How a row is named in messages and formulas: a coded row by its code and printed name ("210
 * 卫生健康支出", in both languages); a total the model names by its name in each language (合计 as
 * printed / total); any other row by its printed label, quoted in English (“一、一般公共预算资金”).
 */
export function rowName(row: TableRow | undefined, key: string): Bilingual {
  const model = MODEL_ROWS[row?.key ?? key];
  if (!row) return model ?? bi(key, quote(key));
  if (/^\d+$/.test(row.key)) return bi(`${row.key} ${row.label}`.trim());
  if (model) return bi(row.label || model.zh, model.en);
  return bi(row.label, quote(row.label));
}

/**
 * Does a reading problem of the table leave this place in doubt? A problem without a scope touches the
 * whole table; a scope's rows, columns and side narrow it (a place without a row or a column — the
 * table, a row — is touched by any problem that could touch part of it). An empty list of rows touches
 * no cell: text no row took (a name fragment) leaves every amount readable.
 */
export function inDoubt(table: BudgetTable, problem: Problem, place: Pick<Ref, 'row' | 'column'>): boolean {
  const scope = problem.scope;
  if (!scope) return true;
  if (scope.rows?.length === 0) return false;
  const before = scope.unprintedBefore;
  if (
    before !== undefined &&
    place.row !== undefined &&
    /^\d+$/.test(place.row) &&
    (place.row >= before || table.rows.some((r) => r.key === place.row))
  )
    return false;
  if (scope.rows && place.row !== undefined && !scope.rows.includes(place.row)) return false;
  if (scope.columns && place.column !== undefined && !scope.columns.includes(place.column)) return false;
  if (scope.side && place.row !== undefined) {
    const side = table.rows.find((r) => r.key === place.row)?.side;
    if (side !== undefined && side !== scope.side) return false;
  }
  return true;
}

/** An amount in the unit its table prints (三公 in 万元 with 2 decimals). */
export function money(fen: Fen | null, unit: Unit): string {
  return formatAmount(fen ?? 0, unit);
}
