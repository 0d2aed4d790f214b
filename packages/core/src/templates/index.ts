import type { TableKind } from '../model/table.js';
import { compact } from '../text/normalize.js';
import { SHANGHAI_BUDGET } from './shanghai.js';
import type { ColumnSpec, LineSpec, SectionSpec, TableSpec, Template } from './types.js';

export { ECONOMIC_CLASSES, FUNCTION_CLASSES, functionClassCode } from './classification.js';
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
export { SHANGHAI_BUDGET };

/** Templates known to this build, most specific first. */
export const TEMPLATES: readonly Template[] = [SHANGHAI_BUDGET];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

/** A template with its patterns compiled once. */
export interface CompiledTemplate {
  template: Template;
  tables: readonly CompiledTable[];
  byKind: ReadonlyMap<TableKind, CompiledTable>;
  sections: readonly { spec: SectionSpec; patterns: RegExp[] }[];
}

export interface CompiledTable {
  spec: TableSpec;
  titles: RegExp[];
  /** Every header word of the table (column headers included), spaces removed. */
  headerWords: ReadonlySet<string>;
  incomeLines: readonly { spec: LineSpec; patterns: RegExp[] }[];
  /** Column header word → column id. */
  columnByHeader: ReadonlyMap<string, string>;
}

const cache = new WeakMap<Template, CompiledTemplate>();

export function compileTemplate(template: Template): CompiledTemplate {
  const hit = cache.get(template);
  if (hit) return hit;
  const tables = template.tables.map(compileTable);
  const compiled: CompiledTemplate = {
    template,
    tables,
    byKind: new Map(tables.map((t) => [t.spec.kind, t])),
    sections: template.sections.map((spec) => ({ spec, patterns: spec.patterns.map((p) => new RegExp(p)) })),
  };
  cache.set(template, compiled);
  return compiled;
}

function compileTable(spec: TableSpec): CompiledTable {
  const columns: ColumnSpec[] = [...spec.columns, ...(spec.incomeColumns ?? [])];
  const columnByHeader = new Map<string, string>();
  for (const c of columns) for (const h of c.headers) columnByHeader.set(compact(h), c.id);
  return {
    spec,
    titles: spec.titles.map((p) => new RegExp(`^(?<prefix>.{0,40}?)${p}$`)),
    headerWords: new Set([...spec.headerWords.map(compact), ...columnByHeader.keys(), '类', '款', '项']),
    incomeLines: (spec.incomeLines ?? []).map((l) => ({ spec: l, patterns: l.patterns.map((p) => new RegExp(p)) })),
    columnByHeader,
  };
}

/** Enumerators before a title mean a line of the contents, not a table title. */
const ENUMERATED = /^(?:[-•·]|\d+[.、．]|[（(]?[一二三四五六七八九十]+[、)）]|第[一二三四五六七八九十\d]+)/;

export interface TitleMatch {
  table: CompiledTable;
  year?: number;
  scope?: 'department' | 'unit';
  /** Text printed before the title proper (usually the department's name). */
  prefix: string;
}

/** Recognises a table title in a line; `line` may contain spaces ("2025年 部门收入预算总表"). */
export function matchTitle(compiled: CompiledTemplate, line: string): TitleMatch | undefined {
  const text = compact(line);
  if (text.length < 6 || text.length > 80 || !text.endsWith('表')) return undefined;
  for (const table of compiled.tables) {
    for (const re of table.titles) {
      const m = re.exec(text);
      if (!m) continue;
      const prefix = m.groups?.prefix ?? '';
      if (ENUMERATED.test(prefix) || /[，。；：:]/.test(prefix)) continue;
      const year = m.groups?.year;
      const scope = m.groups?.scope;
      return {
        table,
        prefix,
        ...(year ? { year: Number(year) } : {}),
        ...(scope ? { scope: scope === '单位' ? ('unit' as const) : ('department' as const) } : {}),
      };
    }
  }
  return undefined;
}
