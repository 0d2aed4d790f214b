import type { Unit } from '../model/amount.js';
import type { Bilingual } from '../model/bilingual.js';
import type { ClaimKind } from '../model/claim.js';
import type { SectionKind } from '../model/document.js';
import type { TableKind } from '../model/table.js';

/**
 * A value column: its id, its name in reports and the header words that name it (matched without
 * spaces). "合计/预算数" names the 预算数 column printed under 合计 (several columns share a leaf header).
 */
export interface ColumnSpec {
  id: string;
  /** The column's name in findings and views (Chinese: as the header prints it). */
  name: Bilingual;
  headers: readonly string[];
  /** Printed by some layouts only: the table has the column when a row fills it. */
  optional?: boolean;
}

/**
 * A named line of a two-sided summary table, found by its label. A label printed twice takes the
 * first spec it matches, then the next (the three funds of this year, then of the carry-over).
 */
export interface LineSpec {
  key: string;
  /** Regular expressions on the label without its enumerator ("一、", "1.") and spaces. */
  patterns: readonly string[];
  level: number;
  /** The line this one is a part of (一般公共预算资金 is part of 财政拨款收入). */
  parent?: string;
}

/** A per-row identity inside one table: total = sum of parts (blank counts as zero). */
export interface Composition {
  total: string;
  parts: readonly string[];
}

export interface TableSpec {
  /** The table's id: what `BudgetTable.kind`, operands and refs call it. */
  kind: TableKind;
  name: Bilingual;
  /**
   * Regular expressions matched against a whole line with spaces removed. Named groups: `year`,
   * `scope` (部门 or 单位). An optional prefix (the department's name) is allowed by the matcher.
   */
  titles: readonly string[];
  unit: Unit;
  /** grid: rows keyed by codes; two_sided: income lines beside expenditure lines; single_row: one row of values. */
  layout: 'grid' | 'two_sided' | 'single_row';
  /** Which classification the row codes follow (grid tables). */
  codes?: 'function' | 'economic';
  /** Value columns in printed order (the expenditure side of two-sided tables). */
  columns: readonly ColumnSpec[];
  /** Two-sided tables: value columns of the income side. */
  incomeColumns?: readonly ColumnSpec[];
  /** Two-sided tables: the income lines. */
  incomeLines?: readonly LineSpec[];
  /**
   * Two-sided tables: expenditure lines besides the function classes (keyed by class code). Without
   * them, 支出总计 / 支出合计 is `expenditure_total`.
   */
  expenditureLines?: readonly LineSpec[];
  /** Grid tables: rows keyed by their name rather than a code (决算's 人员经费合计 / 公用经费合计). */
  namedRows?: readonly LineSpec[];
  /** Per-row identities between the value columns. */
  compositions: readonly Composition[];
  /** Words that only occur in this table's header rows (besides the column headers). */
  headerWords: readonly string[];
  /**
   * The fund a fund table reports (政府性基金, 国有资本经营): the note of an empty table must name it,
   * not another fund.
   */
  fund?: string;
}

/** One cell (or, with `each`, one cell per code) of a table, for identities across tables. */
export interface Operand {
  table: TableKind;
  /** Row key; `{code}` is replaced by each code when the identity has `each`. */
  row: string;
  column: string;
  side?: 'income' | 'expenditure';
}

/**
 * An identity between tables: Σ left (relation) Σ right, blank cells counting as zero.
 * With `each`, it holds for every class (or every code) row found in either table.
 */
export interface CrossIdentity {
  id: string;
  /** error: the documents' own rules; warning: conventions that usually hold (职业年金 = 30109 …). */
  severity: 'error' | 'warning';
  relation: '=' | '>=' | '<=';
  left: readonly Operand[];
  right: readonly Operand[];
  each?: 'class' | 'code';
  /**
   * Holds only where every column it names is printed (the 单位 layout's 人员经费 and 公用经费 in the
   * summary table): checked where they are, never used to place the columns of plain text, where a
   * column not printed would read as zeros.
   */
  whereColumnsPrinted?: true;
  /** The identity in words. */
  words: Bilingual;
}

/**
 * Where the tables state a quantity the prose states (claim key → cells). Alternatives in order of
 * preference, each a sum of cells; the first whose tables are present is used.
 */
export interface ClaimTarget {
  key: string;
  /** The quantity's name in formulas, where no claim phrase of the template names it. */
  label?: string;
  cells: readonly (readonly Operand[])[];
  /**
   * Where the document's own tables state the quantity's initial budget (决算 tables print 三公's
   * 预算数 beside its 决算数), for statements comparing the outcome with the budget.
   */
  budgetCells?: readonly (readonly Operand[])[];
  /**
   * error where prose and tables state one quantity; info where they often differ for good reasons
   * (绩效目标资金 may cover projects of other years or leave some out, so against 项目支出 it is a note).
   */
  severity: 'error' | 'warning' | 'info';
}

export interface SectionSpec {
  kind: SectionKind;
  /** Regular expressions on a heading line with spaces removed. */
  patterns: readonly string[];
  /** What the documents call this part (inspection sheets list it by this name), where it differs by stage. */
  name?: Bilingual;
}

/** A column of a table, for quantities rules compute per code. */
export interface ColumnRef {
  table: TableKind;
  column: string;
}

/**
 * Cells rules ask for by what they mean, not by a region's table names. A template leaves out what
 * its documents do not print; the rules that need it then report "not applicable".
 */
export interface TemplateRoles {
  /** Per function code, the 财政拨款 expenditure: these columns summed (subject lines are checked against it). */
  fiscalByCode: readonly ColumnRef[];
  /** Per function code, the expenditure of all funds (named when a subject line states it instead). */
  allFundsByCode?: ColumnRef;
  /** Tables whose rows also name function codes, read after the fiscal ones for subject names. */
  codeNames: readonly TableKind[];
  /**
   * The basic expenditure by economic code, and which economic classes make up the quantities the
   * prose lists items of (人员经费 = 301 + 303, 公用经费 = 302 + 310), by claim key.
   */
  economicByCode?: ColumnRef & { groups: Readonly<Record<string, readonly string[]>> };
  /**
   * A department's totals over the years (the dossier's charts), by claim key: the year's expenditure
   * (a budget's 支出预算, final accounts' 本年支出合计 — not their 支出总计, which holds the carry-over)
   * and its fiscal funds; by class it is `allFundsByCode`'s class rows.
   */
  series?: { expenditure: string; funds: readonly { key: string; name: Bilingual }[] };
}

/** A quantity of 编制说明's totals: the label as printed and the claim key it states. */
export interface TotalPhrase {
  label: string;
  key: string;
}

/** A quantity of 其他相关情况说明: the words that name it (a regular expression) and the claim it makes. */
export interface AmountPhrase {
  kind: ClaimKind;
  key: string;
  /** The quantity's name in findings. */
  label: string;
  words: string;
}

/**
 * A statement that a quantity does not exist ("本年度无政府性基金预算财政拨款收入和支出"): the words
 * after 无 (a regular expression) and the claim keys whose tables must then hold nothing.
 */
export interface AbsencePhrase {
  words: string;
  label: string;
  keys: readonly string[];
}

/**
 * Quantities that are one and the same, so their stated changes must agree (财政拨款收入 is spent as
 * 财政拨款支出); `alsoWhenZero` adds a key when the listed quantities are all stated as zero.
 */
export interface SameChange {
  keys: readonly string[];
  alsoWhenZero?: { key: string; zero: readonly string[] };
}

/** How the prose states the quantities the tables also state. */
export interface ClaimPhrases {
  /** 编制说明 totals, longest label first (事业单位经营收入 before 事业收入). */
  totals: readonly TotalPhrase[];
  amounts: readonly AmountPhrase[];
  sameChanges: readonly SameChange[];
  /** Statements that a quantity does not exist (决算: 无政府性基金…收入和支出). */
  absences?: readonly AbsencePhrase[];
}

/** How documents name what they are: the cover line, and the words of one scope that the other must not use. */
export interface DocumentWords {
  /** Regular expression on the cover line without spaces; groups `region`, `year`, `scope`, `stage`. */
  cover: string;
  /** Labels of the cover line that names the department ("预算主管部门：…"). */
  departmentLabels: readonly string[];
  /** Printed scope and stage words, with what they mean. */
  scopes: Readonly<Record<string, 'department' | 'unit'>>;
  stages: Readonly<Record<string, 'budget' | 'final'>>;
  /** A department's document never speaks of a unit's, and the reverse (`except` what may follow: 经济分类). */
  scopeWords: { department: string; unit: string; except: string };
  /**
   * The publication template's instructions to whoever fills it in (regular expressions): left in a
   * published document they are leftovers ("仍保留该表格式", "（如持平作持平表述）").
   */
  instructions?: readonly string[];
  /**
   * Phrases whose year is the document's (group 1): "2024年度收入支出总计", "截至2024年12月31日" in final
   * accounts. Regular expressions on paragraph text.
   */
  ownYears?: readonly string[];
  /**
   * What a document of each stage and scope is called ("部门决算"), and how its year is written
   * ("{year}年度"); without it, `documentTitle` uses the national words.
   */
  names?: Readonly<
    Record<'budget' | 'final', { department: Bilingual; unit: Bilingual; year: { zh: string; en: string } }>
  >;
}

/**
 * Everything region- and year-specific the reader and the rules need. A new region is a new template
 * file (and an entry in `TEMPLATES`), never a change of code.
 */
export interface Template {
  id: string;
  name: string;
  /** Which documents it fits: regions (matched against the cover / department) and stage. */
  regions: readonly string[];
  stage: 'budget' | 'final';
  tables: readonly TableSpec[];
  identities: readonly CrossIdentity[];
  claimTargets: readonly ClaimTarget[];
  roles: TemplateRoles;
  claims: ClaimPhrases;
  sections: readonly SectionSpec[];
  document: DocumentWords;
}
