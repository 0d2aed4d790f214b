import type { TableKind } from '../model/table.js';
import { SHANGHAI_BUDGET } from './shanghai.js';
import { SHANGHAI_FINAL } from './shanghai-final.js';
import type { LineSpec, SectionSpec, TableSpec, Template } from './types.js';

export * from './classification/index.js';
export type {
  ClaimTarget,
  ColumnSpec,
  Composition,
  CrossIdentity,
  LineSpec,
  Operand,
  SectionSpec,
  TableSpec,
  Template,
} from './types.js';
export { SHANGHAI_BUDGET, SHANGHAI_FINAL };
/** Templates known to this build, most specific first. */
export declare const TEMPLATES: readonly Template[];
export declare function templateById(id: string): Template | undefined;
/** A template with its patterns compiled once. */
export interface CompiledTemplate {
  template: Template;
  tables: readonly CompiledTable[];
  byKind: ReadonlyMap<TableKind, CompiledTable>;
  sections: readonly {
    spec: SectionSpec;
    patterns: RegExp[];
  }[];
}
export interface CompiledLine {
  spec: LineSpec;
  patterns: RegExp[];
}
export interface CompiledTable {
  spec: TableSpec;
  titles: RegExp[];
  /** Every header word of the table (column headers included), spaces removed. */
  headerWords: ReadonlySet<string>;
  incomeLines: readonly CompiledLine[];
  expenditureLines: readonly CompiledLine[];
  namedRows: readonly CompiledLine[];
  /** Column header word → column id. */
  columnByHeader: ReadonlyMap<string, string>;
}
export declare function compileTemplate(template: Template): CompiledTemplate;
/** The template whose table titles the document prints most often (budget or final accounts). */
export declare function chooseTemplate(lines: readonly string[]): Template;
export interface TitleMatch {
  table: CompiledTable;
  year?: number;
  scope?: 'department' | 'unit';
  /** Text printed before the title proper (usually the department's name). */
  prefix: string;
}
/**
 * Recognises a table title in a line; `line` may contain spaces ("2025年 部门收入预算总表"). Where
 * several tables' titles match ("收入支出决算总表" inside "财政拨款收入支出决算总表"), the one that
 * needs the shortest prefix — the most specific — is the table.
 */
export declare function matchTitle(compiled: CompiledTemplate, line: string): TitleMatch | undefined;
//# sourceMappingURL=index.d.ts.map
