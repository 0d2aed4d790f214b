import type { Ref } from '../model/finding.js';
import type { Operand } from '../templates/index.js';
import type { Tables } from './cells.js';
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
}
export declare function sumOperands(tables: Tables, operands: readonly Operand[], code?: string): OperandSum;
/**
 * The first alternative whose tables are all present and which prints something: a total left blank
 * (reported by the in-table rules) does not state the quantity, so the next alternative is used.
 */
export declare function firstPresent(
  tables: Tables,
  alternatives: readonly (readonly Operand[])[],
): OperandSum | undefined;
//# sourceMappingURL=operands.d.ts.map
