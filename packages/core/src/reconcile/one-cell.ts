import { claimAmounts } from '../claims/text.js';
import { bi } from '../model/bilingual.js';
import type { PrintedAmount } from '../model/claim.js';
import type { BudgetDocument } from '../model/document.js';
import type { Finding, Ref } from '../model/finding.js';
import { type CompiledTemplate, columnName, tableName } from '../templates/index.js';
import { money, rowName } from './cells.js';
import { AGAINST_TABLES, isProse } from './one-statement.js';
import { moneyComparison } from './quantities.js';
import {
  agreement,
  cellFigure,
  exactFigure,
  type Figure,
  printableIn,
  printedFigure,
  sumAgreement,
  sumFigure,
} from './rounding.js';

/**
 * One wrong cell, one finding. A cell printed wrong breaks every in-table sum it takes part in: as a
 * 款 it breaks its own sum of 项, its 类's sum of 款 and its row's 合计 = 基本支出 + 项目支出 — three
 * errors for one mistake. Where one cell, changed by one amount, would make every failing sum it is in
 * hold (at least two of them), those findings are that one mistake: they are folded into one error at
 * the cell, with the amount it should have and the sums that say so. Each sum compares a left side (a
 * total, the finding's first ref) with a right side (its parts, the other refs) and carries `difference`
 * = left − right (sum-check.ts, cross-table.ts; `isSum`); the summary tables' lines too (收入支出决算总表's class line against its
 * 本年支出合计 and against 支出决算表's class: one cell, two sums). The changes the sums need may differ
 * by their rounding (a 万元 table whose total was 0.01 off its parts before the mistake): one change
 * that makes every sum hold as the rounding model judges it (`agreement`) is that one mistake too.
 *
 * The text is a witness too: a statement of the amount (prose.totals, prose.subjects, …) that agrees
 * with the cell as the sums need it, not as printed, is the same mistake seen from the text — folded
 * into the cell's error; and so is a convention between tables the same change makes hold. Each is
 * counted with the sums (`witnesses`): one failing sum and one statement or convention that need the
 * same cell changed by the same amount name the cell as two sums do.
 */
const SUM_RULES = new Set([
  'in_table.hierarchy',
  'in_table.grand_total',
  'in_table.composition',
  'in_table.summary_lines',
]);

/**
 * A sum of amounts found not to hold: the in-table sums (a total, the finding's first ref, against its
 * parts) and the identities between tables (Σ left = Σ right; the refs are the left side's cells, then
 * the right side's — cross-table.ts; `actual` is the left side's amount). `difference` = left − right.
 */
const isSum = (f: Finding): boolean =>
  f.severity === 'error' &&
  !f.count &&
  f.difference !== undefined &&
  (SUM_RULES.has(f.rule) || (f.rule === 'cross_table.identities' && (f.formula?.zh.includes(' ≠ ') ?? false)));

/**
 * Conventions between tables (a warning: "人员经费 = 301 + 303, usually") that one wrong cell also breaks:
 * not evidence of which cell is wrong, but the same mistake once the sums have named the cell — folded
 * into its finding when the same change makes them hold too.
 */
const isConvention = (f: Finding): boolean =>
  f.rule === 'cross_table.conventions' &&
  f.severity === 'warning' &&
  !f.count &&
  f.difference !== undefined &&
  (f.formula?.zh.includes(' ≠ ') ?? false);

/**
 * A statement of an amount in the text found not to agree with the tables' cells (its first ref the
 * sentence, the others the cells; `actual` the stated amount, `expected` the cells' sum).
 */
const isStatement = (f: Finding): boolean =>
  AGAINST_TABLES.has(f.rule) &&
  f.severity === 'error' &&
  !f.count &&
  f.refs[0] !== undefined &&
  isProse(f.refs[0]) &&
  Number.isInteger(f.actual?.fen) &&
  Number.isInteger(f.expected?.fen);

interface Wanted {
  ref: Ref;
  /** The sums the cell is in, and the change of the cell each needs to hold. */
  sums: { finding: Finding; change: number }[];
  /** The conventions it is in (isConvention). */
  conventions: Finding[];
  /** The change of the cell each of those conventions needs to hold (a vote in `oneChange`). */
  conventionNeeds: number[];
  /** The statements of the text that compare it (isStatement). */
  statements: Finding[];
}

/** A sum's cells as the document holds them, and how many of them are its left side (its total). */
interface SumCells {
  cells: { ref: Ref; table: BudgetDocument['tables'][number]; value: number | null }[];
  /** The refs before `left` are on the left; those from `right` on the right; between them, either. */
  left: number;
  right: number;
}

type Row = BudgetDocument['tables'][number]['rows'][number];

/**
 * How many comparisons name the cell: its failing sums, and the conventions and statements the same
 * change makes hold. Two name it (one sum alone could be mended at any of its cells).
 */
const witnesses = (w: Pick<Wanted, 'sums' | 'conventions' | 'statements'>) =>
  w.sums.length + w.conventions.length + w.statements.length;

const cellKey = (r: Ref) => `${r.table}\u0000${r.row}\u0000${r.column}`;

export function oneWrongCell(findings: Finding[], document: BudgetDocument, template: CompiledTemplate): Finding[] {
  // Rows by key, once per table (a 100,000-row table); a key printed on two rows names no one row.
  const rows = new Map<string, Map<string, Row | null>>();
  const rowOf = (ref: Ref) => {
    const table = ref.table as string;
    let byKey = rows.get(table);
    if (!byKey) {
      byKey = new Map();
      for (const r of document.tables.find((t) => t.kind === table)?.rows ?? [])
        byKey.set(r.key, byKey.has(r.key) ? null : r);
      rows.set(table, byKey);
    }
    return byKey.get(ref.row as string) ?? undefined;
  };
  // Whether the cell changed by `change` is an amount its table could print.
  const printableAt = (ref: Ref, change: number) => {
    const table = document.tables.find((t) => t.kind === ref.table);
    const printed = rowOf(ref)?.values[ref.column as string];
    return table !== undefined && printableIn(table, (printed ?? 0) + change);
  };
  const shapes = new Map<Finding, SumCells | undefined>();
  const shapeOf = (f: Finding) => {
    if (!shapes.has(f)) shapes.set(f, sumCells(f, document, rowOf));
    return shapes.get(f);
  };
  const wanted = new Map<string, Wanted>();
  const want = (ref: Ref) => {
    let w = wanted.get(cellKey(ref));
    if (!w) wanted.set(cellKey(ref), (w = { ref, sums: [], conventions: [], conventionNeeds: [], statements: [] }));
    return w;
  };
  const stated = statedAmounts(document);
  for (const finding of findings) {
    if (isStatement(finding)) {
      const cells = finding.refs.slice(1);
      const keys = cells.map((r) => (r.table && r.row && r.column && !r.document ? cellKey(r) : ''));
      for (const [i, ref] of cells.entries())
        if (keys[i] && keys.indexOf(keys[i] as string) === keys.lastIndexOf(keys[i] as string))
          want(ref).statements.push(finding);
      continue;
    }
    const d = finding.difference?.fen;
    const convention = isConvention(finding);
    if (!(convention || isSum(finding)) || d === undefined) continue;
    const shape = shapeOf(finding);
    if (!shape) continue;
    // A key met twice in one sum (a row printed twice under one code) does not name one cell.
    const times = new Map<string, number>();
    for (const ref of finding.refs) times.set(cellKey(ref), (times.get(cellKey(ref)) ?? 0) + 1);
    finding.refs.forEach((ref, i) => {
      if (!ref.table || !ref.row || !ref.column || ref.document || times.get(cellKey(ref)) !== 1) return;
      // A cell the sides' amounts do not place (a blank between them) is not named by this sum.
      if (i >= shape.left && i < shape.right) return;
      const w = want(ref);
      // A cell on the left (the total) must change by −d; one on the right (a part) by +d.
      const change = i < shape.left ? -d : d;
      if (convention) {
        w.conventions.push(finding);
        w.conventionNeeds.push(change);
      } else w.sums.push({ finding, change });
    });
  }
  const folded = new Map<Finding, Finding | null>();
  const holds = (f: Finding, w: Wanted, change: number) => {
    const shape = shapeOf(f);
    return shape !== undefined && holdsWith(shape, w.ref, change);
  };
  const cells = [...wanted.values()]
    .filter((w) => w.sums.length >= 2 || (w.sums.length === 1 && w.conventions.length + w.statements.length > 0))
    .flatMap((w) => {
      const change = oneChange(w, holds, (c) => printableAt(w.ref, c));
      if (change === undefined) return [];
      const conventions = w.conventions.filter((f) => holds(f, w, change));
      const statements = w.statements.filter((f) => statementHolds(f, w.ref, change, stated, document, rowOf));
      return witnesses({ ...w, conventions, statements }) >= 2 ? [{ ...w, change, conventions, statements }] : [];
    })
    .sort((a, b) => witnesses(b) - witnesses(a));
  for (const w of cells) {
    if (w.sums.some((s) => folded.has(s.finding))) continue;
    const conventions = w.conventions.filter((f) => !folded.has(f));
    const statements = w.statements.filter((f) => !folded.has(f));
    if (witnesses({ ...w, conventions, statements }) < 2) continue;
    const merged = cellFinding({ ...w, conventions, statements }, document, template, rowOf(w.ref), stated);
    if (!merged) continue;
    for (const [i, s] of w.sums.entries()) folded.set(s.finding, i === 0 ? merged : null);
    for (const f of [...conventions, ...statements]) folded.set(f, null);
  }
  if (folded.size === 0) return findings;
  return findings.flatMap((f) => {
    const to = folded.get(f);
    return to === undefined ? [f] : to === null ? [] : [to];
  });
}

/**
 * A sum's cells and sides, as the finding computed them: an in-table sum's total is its first cell; an
 * identity's left side is where its cells add up to its left amount (`actual`). Undefined where a ref
 * is no cell, or the cells do not give the finding's difference (not the sum this module knows).
 */
function sumCells(f: Finding, document: BudgetDocument, rowOf: (ref: Ref) => Row | undefined): SumCells | undefined {
  const cells: SumCells['cells'] = [];
  for (const ref of f.refs) {
    const table = document.tables.find((t) => t.kind === ref.table);
    if (!table || !ref.row || !ref.column) return undefined;
    // A row the table does not print is blank, as the checks read it.
    cells.push({ ref, table, value: rowOf(ref)?.values[ref.column] ?? null });
  }
  const amounts = cells.map((c) => c.value ?? 0);
  const all = amounts.reduce((a, b) => a + b, 0);
  const [first = 0] = amounts;
  const stated = { difference: f.difference?.fen, left: f.actual?.fen };
  if (SUM_RULES.has(f.rule)) return 2 * first - all === stated.difference ? { cells, left: 1, right: 1 } : undefined;
  // Every split whose left cells add up to the left amount and leave the difference.
  let prefix = 0;
  const splits: number[] = [];
  for (let k = 1; k < amounts.length; k++) {
    prefix += amounts[k - 1] ?? 0;
    if (prefix === stated.left && 2 * prefix - all === stated.difference) splits.push(k);
  }
  const [left, right = left] = [splits[0], splits.at(-1)];
  return left === undefined || right === undefined ? undefined : { cells, left, right };
}

/** The amounts printed in the text, by the place of their claim's sentence (section, paragraph, start). */
type StatedAmounts = Map<string, PrintedAmount[]>;

const sentenceKey = (r: Pick<Ref, 'section' | 'paragraph' | 'start'>) => `${r.section}|${r.paragraph}|${r.start}`;

function statedAmounts(document: BudgetDocument): StatedAmounts {
  const out: StatedAmounts = new Map();
  for (const claim of document.claims) {
    const key = sentenceKey(claim.span);
    out.set(key, claimAmounts(claim, out.get(key)));
  }
  return out;
}

/** The printed amount a statement's finding quotes (`actual`), as its claim holds it with its precision. */
function statedAmount(f: Finding, stated: StatedAmounts): PrintedAmount | undefined {
  const at = f.refs[0];
  const fen = f.actual?.fen;
  if (!at || typeof fen !== 'number') return undefined;
  return stated
    .get(sentenceKey(at))
    ?.find(
      (a) =>
        agreement(exactFigure(a.fen), exactFigure(fen)) === 'exact' && a.text.replace(/\s+/g, '') === f.actual?.text,
    );
}

/**
 * Whether a statement agrees with its cells once `cell` is changed by `change`, as the rounding model
 * judges a printed amount against the tables. Its cells are the refs after the sentence that add up to
 * the finding's own table amount (`expected`; refs after them are context: prose.subjects names the
 * all-funds cell a stated amount matches), so that the sum is the one the rule compared.
 */
function statementHolds(
  f: Finding,
  cell: Ref,
  change: number,
  stated: StatedAmounts,
  document: BudgetDocument,
  rowOf: (ref: Ref) => Row | undefined,
): boolean {
  const amount = statedAmount(f, stated);
  const expected = f.expected?.fen;
  if (!amount || typeof expected !== 'number') return false;
  const before: Figure[] = [];
  const after: Figure[] = [];
  for (const ref of f.refs.slice(1)) {
    const table = document.tables.find((t) => t.kind === ref.table);
    if (!table || !ref.row || !ref.column) return false;
    const value = rowOf(ref)?.values[ref.column] ?? null;
    before.push(cellFigure(table, value));
    after.push(cellFigure(table, cellKey(ref) === cellKey(cell) ? (value ?? 0) + change : value));
    if (agreement(exactFigure(sumFigure(before).fen), exactFigure(expected)) === 'exact')
      return after.some((a, i) => a !== before[i]) && agreement(printedFigure(amount), sumFigure(after)) !== 'mismatch';
  }
  return false;
}

/**
 * The one change of the cell that makes every sum it breaks hold: the change they all need, or, where
 * their needs differ by rounding, the need most of them and of its conventions share — then one that
 * leaves an amount the table could print (a whole 元 in a whole-元 table), then the smallest — if every
 * sum holds with it as the rounding model judges (a 160.75 万元 cell printed 260.75 whose sum, 0.01 off
 * by rounding, needs 160.74 while its convention needs 160.75: 160.75). Undefined when no one change does.
 */
function oneChange(
  w: Wanted,
  holds: (f: Finding, w: Wanted, change: number) => boolean,
  printable: (change: number) => boolean,
): number | undefined {
  const [first] = w.sums;
  if (!first) return undefined;
  const needs = [...w.sums.map((s) => s.change), ...w.conventionNeeds];
  if (needs.every((n) => n === first.change)) return first.change;
  const times = new Map<number, number>();
  for (const n of needs) times.set(n, (times.get(n) ?? 0) + 1);
  const candidates = [...times.keys()].sort(
    (a, b) =>
      (times.get(b) ?? 0) - (times.get(a) ?? 0) ||
      Number(printable(b)) - Number(printable(a)) ||
      Math.abs(a) - Math.abs(b),
  );
  return candidates.find((change) => w.sums.every((s) => holds(s.finding, w, change)));
}

/**
 * Whether a sum holds with one cell changed, judged as the checks judge it: Σ left = Σ right, each cell
 * at its table's precision (`sumAgreement`).
 */
function holdsWith(shape: SumCells, cell: Ref, change: number): boolean {
  if (shape.left !== shape.right) return false;
  const figures = shape.cells.map((c) =>
    cellFigure(c.table, cellKey(c.ref) === cellKey(cell) ? (c.value ?? 0) + change : c.value),
  );
  return sumAgreement(figures.slice(shape.left), sumFigure(figures.slice(0, shape.left))) !== 'mismatch';
}

function cellFinding(
  w: Wanted & { change: number },
  document: BudgetDocument,
  template: CompiledTemplate,
  row: BudgetDocument['tables'][number]['rows'][number] | undefined,
  stated: StatedAmounts,
): Finding | undefined {
  const { ref, sums } = w;
  const table = document.tables.find((t) => t.kind === ref.table);
  const printed = row?.values[ref.column as string];
  const first = sums[0];
  if (!table || !row || printed === undefined || printed === null || !first) return undefined;
  const should = printed + w.change;
  const t = tableName(template, table.kind);
  const name = rowName(row, row.key);
  const col = columnName(template, table.kind, ref.column as string);
  const shown = (fen: number) => `${money(fen, table.unit)}${table.unit}`;
  const all = [...sums.map((s) => s.finding), ...w.conventions, ...w.statements];
  const formulas = all.flatMap((f) => (f.formula ? [f.formula] : []));
  const seen = new Set([cellKey(ref)]);
  const others = all.flatMap((f) =>
    f.refs.filter((r) => {
      const k = r.table && r.row && r.column ? cellKey(r) : JSON.stringify(r);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
  );
  const k = w.conventions.length;
  const conventions =
    k === 0
      ? bi('')
      : bi(
          `，${k}个表间通常成立的对应关系亦然`,
          `, as do ${k === 1 ? 'a convention' : `${k} conventions`} between tables`,
        );
  // The statements, as printed: “行政运行”1511.89万元.
  const quoted = w.statements.flatMap((f) => {
    const claim = document.claims.find((c) => sentenceKey(c.span) === sentenceKey(f.refs[0] as Ref));
    const amount = statedAmount(f, stated);
    return claim && amount ? [{ zh: `“${claim.label}”${amount.text}`, en: `“${claim.label}” ${amount.text}` }] : [];
  });
  const text =
    quoted.length === 0
      ? bi('')
      : bi(
          `；文字所述（${quoted.map((q) => q.zh).join('、')}）亦为此数`,
          `; so does the text (${quoted.map((q) => q.en).join(', ')})`,
        );
  const self = all.flatMap((f) => f.refs).find((r) => r.table && cellKey(r) === cellKey(ref)) ?? ref;
  // A cell 10,000× what its sums need: 元 and 万元 mixed up, as cross-table.ts names it.
  const mixup = printed !== 0 && should !== 0 && (printed === should * 10_000 || should === printed * 10_000);
  return {
    rule: first.finding.rule,
    severity: 'error',
    message: bi(
      `${t.zh}：${name.zh}的“${col.zh}”印作${shown(printed)}，${sums.length === 1 ? '它所在的勾稽关系要求' : `它所在的${sums.length}个勾稽关系都要求`}它为${shown(should)}${conventions.zh}${text.zh}${mixup ? '：两者相差一万倍，可能混淆了元与万元' : ''}`,
      `${t.en}: ${name.en}, ${col.en}, is printed ${shown(printed)}; ${sums.length === 1 ? 'the sum it is part of needs' : `the ${sums.length} sums it is part of all need`} ${shown(should)}${conventions.en}${text.en}${mixup ? ': they differ by 10,000×, 元 and 万元 may be mixed up' : ''}`,
    ),
    formula: bi(formulas.map((f) => f.zh).join('；'), formulas.map((f) => f.en).join('; ')),
    refs: [self, ...others],
    ...moneyComparison(should, printed, table.unit),
  };
}
