import { formatAmount } from '../model/amount.js';
export class Tables {
  document;
  byKind = new Map();
  duplicates = [];
  constructor(document) {
    this.document = document;
    for (const t of document.tables) {
      if (this.byKind.has(t.kind)) this.duplicates.push(t);
      else this.byKind.set(t.kind, t);
    }
  }
  get(kind) {
    return this.byKind.get(kind);
  }
  all() {
    return [...this.byKind.values()];
  }
  row(kind, key, side) {
    return this.byKind.get(kind)?.rows.find((r) => r.key === key && (side === undefined || r.side === side));
  }
  /** A cell; a row missing from a present table reads as blank (tables omit empty codes). */
  cell(kind, key, column, side) {
    const table = this.byKind.get(kind);
    if (!table) return undefined;
    const row = this.row(kind, key, side);
    return cellOf(table, row, column, key);
  }
}
export function cellOf(table, row, column, key = row?.key ?? '') {
  if (!row) return { value: null, readable: !table.untrusted, ref: { table: table.kind, row: key, column } };
  const source = row.cells?.[column] ?? row.source;
  const ref = {
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
export function rowName(row, key) {
  if (!row) return key === 'total' ? '合计' : key;
  if (row.key === 'total') return row.label || '合计';
  return /^\d+$/.test(row.key) ? `${row.key} ${row.label}`.trim() : row.label;
}
/** An amount in the unit its table prints (三公 in 万元 with 2 decimals). */
export function money(fen, unit) {
  return formatAmount(fen ?? 0, unit);
}
//# sourceMappingURL=cells.js.map
