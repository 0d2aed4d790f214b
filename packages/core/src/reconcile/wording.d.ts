import type { Unit } from '../model/amount.js';
import type { Quantity } from '../model/finding.js';
import type { BudgetTable } from '../model/table.js';
import type { CompiledTemplate } from '../templates/index.js';
/** Names used in messages: a table's name, a column's printed header. */
export declare function tableName(template: CompiledTemplate, table: BudgetTable | BudgetTable['kind']): string;
export declare function tableNameEn(template: CompiledTemplate, kind: BudgetTable['kind']): string;
export declare function columnName(template: CompiledTemplate, kind: BudgetTable['kind'], column: string): string;
export declare function columnNameEn(column: string): string;
/** A money quantity shown in a unit. */
export declare function moneyQuantity(fen: number | null, unit?: Unit): Quantity;
/** Expected/actual/difference of a money comparison, shown in the unit of the printed amount. */
export declare function moneyComparison(
  expected: number,
  actual: number | null,
  unit?: Unit,
): {
  expected: {
    unit: 'text' | '元' | '万元' | 'count' | 'year' | '%';
    text: string;
    fen?: number | undefined;
    value?: number | undefined;
  };
  actual: {
    unit: 'text' | '元' | '万元' | 'count' | 'year' | '%';
    text: string;
    fen?: number | undefined;
    value?: number | undefined;
  };
  difference: {
    fen: number;
    unit: Unit;
    text: string;
  };
};
//# sourceMappingURL=wording.d.ts.map
