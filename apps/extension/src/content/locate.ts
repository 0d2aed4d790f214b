import {
  type BudgetTable,
  compact,
  expandTable,
  type HtmlGrid,
  type HtmlLineOrigin,
  type HtmlTable,
  htmlLineOrigins,
  normalizeText,
  type Ref,
  type TableRow,
} from '@hezhang/core';
import type { ScannedPage } from './scan';

/** Where a model row is in the page: its <tr>, the cell that names it, and its value cells by column. */
export interface RowPlace {
  row: HTMLTableRowElement;
  label: HTMLTableCellElement;
  value(column: string): HTMLTableCellElement | undefined;
}

/**
 * Finds the page elements behind core's references. Rows point back through their layout line
 * (`htmlLineOrigins`); a value sits where core's slot reading took it from: the last columns of a
 * grid row, or the columns right after its label on a two-sided summary line.
 */
export class PageLocator {
  private readonly origins: HtmlLineOrigin[];
  private readonly grids = new Map<number, HtmlGrid>();

  constructor(private readonly scanned: ScannedPage) {
    this.origins = htmlLineOrigins(scanned.page);
  }

  private grid(block: number): HtmlGrid {
    let grid = this.grids.get(block);
    if (!grid) this.grids.set(block, (grid = expandTable(this.scanned.page.blocks[block] as HtmlTable)));
    return grid;
  }

  /** The element a layout line came from: a table row or a text block. */
  lineElement(line: number): Element | undefined {
    const origin = this.origins[line - 1];
    if (!origin) return undefined;
    const block = this.scanned.elements[origin.block];
    if (block?.type === 'table' && origin.row !== undefined) return block.rows[origin.row];
    return block?.element;
  }

  row(table: BudgetTable, row: TableRow): RowPlace | undefined {
    const origin = row.source.line !== undefined ? this.origins[row.source.line - 1] : undefined;
    const block = origin ? this.scanned.elements[origin.block] : undefined;
    if (!origin || origin.row === undefined || block?.type !== 'table') return undefined;
    const r = origin.row;
    const cover = this.grid(origin.block).cover[r] ?? [];
    const cellAt = (slot: number) => {
      const o = cover[slot];
      return o ? block.cells[o.row]?.[o.cell] : undefined;
    };
    const wanted = compact(normalizeText(row.label));
    let labelSlot = cover.findIndex((o) => {
      const text = o ? compact(normalizeText(block.cells[o.row]?.[o.cell]?.textContent ?? '')) : '';
      return wanted !== '' && text === wanted;
    });
    if (labelSlot < 0) labelSlot = 0;
    const sideColumns = row.side === 'income' ? (table.incomeColumns ?? []) : table.columns;
    const valueSlot = (column: string): number => {
      const i = sideColumns.indexOf(column);
      if (i < 0) return -1;
      return table.incomeColumns ? labelSlot + 1 + i : cover.length - table.columns.length + i;
    };
    const label = cellAt(labelSlot);
    const tr = block.rows[r];
    if (!label || !tr) return undefined;
    return { row: tr, label, value: (column) => cellAt(valueSlot(column)) };
  }

  /** The element a finding reference shows: a value cell, a row, or a prose block. */
  refElement(ref: Ref, tables: readonly BudgetTable[]): Element | undefined {
    if (ref.table && ref.row) {
      const table = tables.find((t) => t.kind === ref.table);
      const row = table?.rows.find((r) => r.key === ref.row);
      const place = table && row ? this.row(table, row) : undefined;
      if (place) return (ref.column ? place.value(ref.column) : undefined) ?? place.row;
    }
    return ref.line !== undefined ? this.lineElement(ref.line) : undefined;
  }
}
