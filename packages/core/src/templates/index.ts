import { type Bilingual, bi } from '../model/bilingual.js';
import type { BudgetDocument } from '../model/document.js';
import type { TableKind } from '../model/table.js';
import { GENERIC_HEADER_WORDS, isListMarked } from '../text/lexicon.js';
import { compact } from '../text/normalize.js';
import { SHANGHAI_BUDGET } from './shanghai.js';
import { SHANGHAI_FINAL } from './shanghai-final.js';
import type { ColumnSpec, DocumentWords, LineSpec, Operand, SectionSpec, TableSpec, Template } from './types.js';

export * from './classification/index.js';
export type {
  AbsencePhrase,
  AmountPhrase,
  ClaimPhrases,
  ClaimTarget,
  ColumnRef,
  ColumnSpec,
  Composition,
  CrossIdentity,
  DocumentWords,
  LineSpec,
  Operand,
  SameChange,
  SectionSpec,
  TableSpec,
  Template,
  TemplateRoles,
  TotalPhrase,
} from './types.js';
export { SHANGHAI_BUDGET, SHANGHAI_FINAL };

/** Templates known to this build, most specific first; the first is the default. */
export const TEMPLATES: readonly Template[] = [SHANGHAI_BUDGET, SHANGHAI_FINAL];

export function templateById(id: string, templates: readonly Template[] = TEMPLATES): Template | undefined {
  return templates.find((t) => t.id === id);
}

/**
 * The template a document was read with (its `meta.template`), compiled: what every rule, view and
 * export names its tables and columns by. A document read with a template this build does not know
 * falls back to the first known one.
 */
export function templateOf(
  document: Pick<BudgetDocument, 'meta'>,
  templates: readonly Template[] = TEMPLATES,
): CompiledTemplate {
  return compileTemplate(templateById(document.meta.template, templates) ?? (TEMPLATES[0] as Template));
}

/** What documents are called where a template does not say: the national words. */
const NATIONAL_NAMES: NonNullable<DocumentWords['names']> = {
  budget: {
    department: bi('部门预算', 'department budget'),
    unit: bi('单位预算', 'unit budget'),
    year: bi('{year}年', '{year}'),
  },
  final: {
    department: bi('部门决算', 'department final accounts'),
    unit: bi('单位决算', 'unit final accounts'),
    year: bi('{year}年度', '{year}'),
  },
};

/**
 * What a document is, in words its template gives: its kind ("部门决算", "单位预算") and its year as
 * such documents write it ("2024年度" for final accounts, "2025年" for budgets). Every view and export
 * names documents through it.
 */
export function documentTitle(
  meta: Pick<BudgetDocument['meta'], 'stage' | 'scope' | 'year' | 'template'>,
  templates: readonly Template[] = TEMPLATES,
): { kind: Bilingual; year?: Bilingual } {
  const names = (templateById(meta.template, templates)?.document.names ?? NATIONAL_NAMES)[meta.stage];
  const kind = names[meta.scope];
  if (meta.year === undefined) return { kind };
  const year = String(meta.year);
  return { kind, year: bi(names.year.zh.replace('{year}', year), names.year.en.replace('{year}', year)) };
}

/** A table's name in reports; a kind the template does not define is shown as itself. */
export function tableName(template: CompiledTemplate, kind: TableKind): Bilingual {
  return template.byKind.get(kind)?.spec.name ?? bi(kind);
}

/** A column's name in reports, as the table's template names it. */
export function columnName(template: CompiledTemplate, kind: TableKind, column: string): Bilingual {
  const spec = template.byKind.get(kind)?.spec;
  const col = [...(spec?.columns ?? []), ...(spec?.incomeColumns ?? [])].find((c) => c.id === column);
  return col?.name ?? bi(column, column.replaceAll('_', ' '));
}

/** A template with its patterns compiled once. */
export interface CompiledTemplate {
  template: Template;
  tables: readonly CompiledTable[];
  byKind: ReadonlyMap<TableKind, CompiledTable>;
  sections: readonly { spec: SectionSpec; patterns: RegExp[] }[];
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
  // Header words of qualified names ("合计/预算数") are words of their own.
  const qualified = [...columnByHeader.keys()].flatMap((h) => h.split('/'));
  return {
    spec,
    titles: spec.titles.map((p) => new RegExp(`^(?<prefix>.{0,40}?)${p}$`)),
    headerWords: new Set([
      ...spec.headerWords.map(compact),
      ...columnByHeader.keys(),
      ...qualified,
      ...GENERIC_HEADER_WORDS,
    ]),
    incomeLines: compileLines(spec.incomeLines),
    expenditureLines: compileLines(spec.expenditureLines),
    namedRows: compileLines(spec.namedRows),
    columnByHeader,
  };
}

function compileLines(lines: readonly LineSpec[] = []): CompiledLine[] {
  return lines.map((l) => ({ spec: l, patterns: l.patterns.map((p) => new RegExp(p)) }));
}

/** The template whose table titles the document prints most often (budget or final accounts). */
export function chooseTemplate(lines: readonly string[]): Template {
  let best = TEMPLATES[0] as Template;
  let bestCount = 0;
  for (const template of TEMPLATES) {
    const compiled = compileTemplate(template);
    const count = lines.filter((l) => matchTitle(compiled, l) !== undefined).length;
    if (count > bestCount) {
      best = template;
      bestCount = count;
    }
  }
  return best;
}

export interface TitleMatch {
  table: CompiledTable;
  year?: number;
  scope?: 'department' | 'unit';
  /** Text printed before the title proper (usually the department's name). */
  prefix: string;
}

/**
 * matchTitle's answers per template: segmentation asks the same lines again (its lookaheads, each
 * page's lead, the choice of template); a pure function of the line, cleared when it holds
 * TITLES_BOUND lines so that a long-lived page does not grow it without end.
 */
const TITLES = new WeakMap<CompiledTemplate, Map<string, TitleMatch | undefined>>();
const TITLES_BOUND = 5_000;

/**
 * Recognises a table title in a line; `line` may contain spaces ("2025年 部门收入预算总表"). Where
 * several tables' titles match ("收入支出决算总表" inside "财政拨款收入支出决算总表"), the one that
 * needs the shortest prefix — the most specific — is the table.
 */
export function matchTitle(compiled: CompiledTemplate, line: string): TitleMatch | undefined {
  // Most lines are no title: asked first, before the spaces are taken out (trimEnd's are compact's).
  if (!line.trimEnd().endsWith('表')) return undefined;
  let answers = TITLES.get(compiled);
  if (!answers) TITLES.set(compiled, (answers = new Map()));
  if (answers.has(line)) return answers.get(line);
  const answer = readTitle(compiled, line);
  if (answers.size >= TITLES_BOUND) answers.clear();
  answers.set(line, answer);
  return answer;
}

function readTitle(compiled: CompiledTemplate, line: string): TitleMatch | undefined {
  const text = compact(line);
  if (text.length < 5 || text.length > 80 || !text.endsWith('表')) return undefined;
  let best: TitleMatch | undefined;
  for (const table of compiled.tables) {
    for (const re of table.titles) {
      const m = re.exec(text);
      if (!m) continue;
      const prefix = m.groups?.prefix ?? '';
      if (isListMarked(prefix) || /[，。；：:]/.test(prefix)) continue;
      if (best && best.prefix.length <= prefix.length) continue;
      const year = m.groups?.year;
      const scope = m.groups?.scope;
      best = {
        table,
        prefix,
        ...(year ? { year: Number(year) } : {}),
        ...(scope ? { scope: scope === '单位' ? ('unit' as const) : ('department' as const) } : {}),
      };
    }
  }
  return best;
}

/** A named line's name in words, from its first pattern: "^一般(公共)?预算(资金|拨款)?$" → 一般公共预算资金. */
export function lineName(line: LineSpec): string {
  return (line.patterns[0] ?? line.key).replace(/^\^|\$$/g, '').replace(/\(([^()|]*)(?:\|[^()]*)?\)\??/g, '$1');
}

/** Row keys the model itself gives (a grid's total row, a two-sided table's grand totals), in words. */
export const MODEL_ROWS: Readonly<Record<string, Bilingual>> = {
  total: bi('合计', 'total'),
  income_total: bi('收入总计', 'income total'),
  expenditure_total: bi('支出总计', 'expenditure total'),
};

/**
 * A row that totals others: a grid's 合计, a two-sided table's grand totals, a line with sub-lines
 * (本年收入合计, 总计). A table prints its totals whatever it holds (a code is left out when empty):
 * one that prints rows without such a row had it not read.
 */
export function isTotalRow(spec: TableSpec | undefined, key: string): boolean {
  if (Object.hasOwn(MODEL_ROWS, key)) return true;
  const lines = [...(spec?.incomeLines ?? []), ...(spec?.expenditureLines ?? [])];
  return lines.some((l) => l.parent === key);
}

/** A cell an identity or a claim target names, in words: "财务收支预算总表 收入总计 预算数". */
export function describeOperand(template: CompiledTemplate, operand: Operand): Bilingual {
  const spec = template.byKind.get(operand.table)?.spec;
  const table = tableName(template, operand.table);
  const column = columnName(template, operand.table, operand.column);
  const lines = [...(spec?.incomeLines ?? []), ...(spec?.expenditureLines ?? []), ...(spec?.namedRows ?? [])];
  const line = lines.find((l) => l.key === operand.row);
  const row = line
    ? bi(lineName(line), operand.row.replaceAll('_', ' '))
    : operand.row.includes('{code}')
      ? bi('各科目', 'each code')
      : (MODEL_ROWS[operand.row] ?? bi(operand.row));
  // "收入预算总表 合计" rather than "合计 合计" where the row and the column have one name.
  const cell = (t: string, r: string, c: string) => (r === c ? `${t} ${r}` : `${t} ${r} ${c}`);
  return bi(cell(table.zh, row.zh, column.zh), cell(table.en, row.en, column.en));
}
