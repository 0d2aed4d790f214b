import { type Fen, formatAmount, type Unit } from '../model/amount.js';
import type { BudgetDocument } from '../model/document.js';
import type { Ref } from '../model/finding.js';
import type { BudgetTable, RowSide, TableKind, TableRow } from '../model/table.js';

/**
 * Cell access for rules: a value with whether it can be trusted and a reference to where it was
 * printed. A value is unreadable when its row's column was left undecided by the plain-text reader.
 */
export interface CellValue {
  value: Fen | null;
  readable: boolean;
  ref: Ref;
  row?: TableRow;
}

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
    return this.byKind.get(kind)?.rows.find((r) => r.key === key && (side === undefined || r.side === side));
  }

  /** A cell; a row missing from a present table reads as blank (tables omit empty codes). */
  cell(kind: TableKind, key: string, column: string, side?: RowSide): CellValue | undefined {
    const table = this.byKind.get(kind);
    if (!table) return undefined;
    const row = this.row(kind, key, side);
    return cellOf(table, row, column, key);
  }
}

export function cellOf(table: BudgetTable, row: TableRow | undefined, column: string, key = row?.key ?? ''): CellValue {
  if (!row) return { value: null, readable: !table.untrusted, ref: { table: table.kind, row: key, column } };
  const source = row.cells?.[column] ?? row.source;
  const ref: Ref = {
    table: table.kind,
    row: row.key,
    column,
    ...(source.page ? { page: source.page } : {}),
    ...(source.box ? { box: source.box } : {}),
    ...(source.line ? { line: source.line } : {}),
    text: row.label,
  };
  const readable = !table.untrusted && !(row.inferred?.uncertain.includes(column) ?? false);
  return { value: row.values[column] ?? null, readable, ref, row };
}

/** "210 卫生健康支出" — how a row is named in formulas. */
export function rowName(row: TableRow | undefined, key: string): string {
  if (!row) return key === 'total' ? '合计' : key;
  if (row.key === 'total') return row.label || '合计';
  return /^\d+$/.test(row.key) ? `${row.key} ${row.label}`.trim() : row.label;
}

/** An amount in the unit its table prints (三公 in 万元 with 2 decimals). */
export function money(fen: Fen | null, unit: Unit): string {
  return formatAmount(fen ?? 0, unit);
}
