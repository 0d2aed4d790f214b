import { lineSource } from '../layout/line-source.js';
import type { Line } from '../layout/types.js';
import type { SourceRef } from '../model/source.js';
import type { RowSide, TableRow } from '../model/table.js';
import type { AmountCell } from './anatomy.js';

/**
 * A row on its way into the model. Rows whose values the layout placed carry them in `row.values`;
 * rows read from plain text carry their values in `pending` until the identities place them.
 */
export interface DraftRow {
  row: TableRow;
  /** The value columns of the row's side. */
  columns: readonly string[];
  /** Values in printed order whose columns are not known yet. */
  pending?: AmountCell[];
}

function cellSource(fallback: SourceRef, amount: AmountCell): SourceRef {
  const base = amount.line ? lineSource(amount.line) : fallback;
  return { ...base, ...(amount.cell.box ? { box: amount.cell.box } : {}) };
}

/** Fills a row's values (and cell sources) from amounts whose column indexes are known. */
export function placeValues(draft: DraftRow, amounts: readonly (AmountCell | null)[], line?: Line): void {
  const fallback = line ? lineSource(line) : draft.row.source;
  const values: Record<string, number | null> = {};
  const cells: Record<string, SourceRef> = {};
  const evidence: NonNullable<TableRow['evidence']> = {};
  for (const id of draft.columns) values[id] = null;
  for (const a of amounts) {
    if (!a || a.column === undefined) continue;
    const id = draft.columns[a.column];
    if (id === undefined) continue;
    values[id] = a.fen;
    cells[id] = cellSource(fallback, a);
    if (a.evidence) evidence[id] = a.evidence;
  }
  draft.row.values = values;
  if (Object.keys(evidence).length > 0) draft.row.evidence = evidence;
  // Per-cell sources only where they say more than the row's: PDF boxes, or values printed on another line.
  if (Object.values(cells).some((c) => c.box || c.line !== draft.row.source.line)) draft.row.cells = cells;
}

export function newDraft(
  key: string,
  label: string,
  level: number,
  line: Line,
  columns: readonly string[],
  side?: RowSide,
): DraftRow {
  const row: TableRow = {
    key,
    label,
    level,
    values: Object.fromEntries(columns.map((c) => [c, null])),
    source: lineSource(line),
    labelSource: label ? 'printed' : 'missing',
    ...(side ? { side } : {}),
  };
  return { row, columns };
}
