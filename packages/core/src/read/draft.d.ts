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
export declare function lineSource(line: Line): SourceRef;
/** Fills a row's values (and cell sources) from amounts whose column indexes are known. */
export declare function placeValues(draft: DraftRow, amounts: readonly (AmountCell | null)[], line?: Line): void;
export declare function newDraft(
  key: string,
  label: string,
  level: number,
  line: Line,
  columns: readonly string[],
  side?: RowSide,
): DraftRow;
//# sourceMappingURL=draft.d.ts.map
