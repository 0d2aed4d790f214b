import { FEN_PER, type Unit } from '../model/amount.js';
import { type Bilingual, bi, quote } from '../model/bilingual.js';
import type { Claim } from '../model/claim.js';
import type { BudgetDocument } from '../model/document.js';
import type { Ref } from '../model/finding.js';
import type { BudgetTable, TableKind } from '../model/table.js';
import { type CompiledTemplate, type CrossIdentity, type Operand, tableName } from '../templates/index.js';
import { money, Tables } from './cells.js';
import { claimRef } from './claim-refs.js';
import { sumOperands } from './operands.js';
import { agreement, type Figure, printedFigure } from './rounding.js';

/**
 * The unit a table's amounts are in — the one place that decides it. A table is read in the unit it
 * declares (单位：元 / 单位：万元; the template's when it declares none), and every comparison reads it so
 * (the rounding model's `roundingStep` too). A label copied from the template over amounts in the other
 * unit (单位：万元 over 19,731,483.42 元) would make every comparison that uses the table fail by 10,000×:
 * one misreading, two dozen findings. So before any rule runs, the comparisons that do not depend on a
 * label — the prose's amounts against the tables (the prose names its unit with each amount) and the
 * template's identities between tables — are made once as declared and once with a table read in the
 * other unit. A group of tables that agree with one another is doubted when it agrees with nothing as
 * declared and with at least two comparisons (against two different things: the text, other tables)
 * once read in the other unit: `doubt.read` is then the unit its amounts are in, the rules check the
 * document as its amounts read (`asRead`: the doubted tables in that unit), and document.units reports
 * the label once, with the comparisons that say so. A real mistake in such a table is still found, at
 * the right amount; a label in doubt for lack of evidence (magnitude alone) is only document.units'
 * warning, and nothing is read otherwise.
 */

export interface UnitEvidence {
  /** What the table was compared with: the text, or another table. */
  against: 'text' | TableKind;
  /** The comparison in words, with both amounts as printed and as read. */
  words: Bilingual;
  refs: Ref[];
}

export interface UnitDoubt {
  table: TableKind;
  /** The unit the table declares (or the template's, when it declares none). */
  declared: Unit;
  /** The unit its amounts are in, by the comparisons. */
  read: Unit;
  /** Comparisons that hold when the table is read in `read` and fail as declared. */
  evidence: UnitEvidence[];
}

export interface TableUnits {
  doubts: UnitDoubt[];
  /** The document with every doubted table in the unit its amounts are in (the document itself when none). */
  document: BudgetDocument;
}

const FACTOR = FEN_PER.万元 / FEN_PER.元;

/** The table read in the other unit; undefined where its amounts cannot be (万元 finer than the 分). */
export function inOtherUnit(table: BudgetTable): BudgetTable | undefined {
  const values = table.rows.flatMap((r) => Object.values(r.values).filter((v): v is number => v !== null));
  if (table.unit === '万元') {
    if (values.some((v) => v % FACTOR !== 0)) return undefined;
    const rows = table.rows.map((r) => ({ ...r, values: scaled(r.values, (v) => v / FACTOR) }));
    // The reader notes 分 only in 元 tables: a 万元 label over 元 amounts prints 分 where an amount has them.
    const fen = rows.some((r) => Object.values(r.values).some((v) => v !== null && v % FEN_PER.元 !== 0));
    const { printsFen: _, ...rest } = table;
    return { ...rest, unit: '元', rows, ...(fen ? { printsFen: true } : {}) };
  }
  const { printsFen: _, ...rest } = table;
  return {
    ...rest,
    unit: '万元',
    rows: table.rows.map((r) => ({ ...r, values: scaled(r.values, (v) => v * FACTOR) })),
  };
}

function scaled(values: Record<string, number | null>, f: (v: number) => number): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(values)) out[k] = v === null ? null : f(v);
  return out;
}

/** Tables by kind with one of them replaced. */
function replaced(document: BudgetDocument, table: BudgetTable): Tables {
  return new Tables({ ...document, tables: document.tables.map((t) => (t.kind === table.kind ? table : t)) });
}

/** One comparison: a side of one table against the text or a side of another table. */
interface Comparison {
  a: TableKind;
  b: 'text' | TableKind;
  /** Counterpart key: distinct evidence comes from distinct counterparts. */
  with: string;
  /** The comparison made on some reading of the tables: the two figures, or undefined when it cannot be made. */
  figures(tables: Tables): { left: Figure; right: Figure; refs: Ref[]; shown: [string, string] } | undefined;
  words: Bilingual;
}

/** Holds as declared, with `a` or `b` read in the other unit, with either, or neither way. */
type Verdict = 'same' | 'a' | 'b' | 'either' | 'none';

const oneTable = (operands: readonly Operand[]): TableKind | undefined => {
  const kinds = new Set(operands.map((o) => o.table));
  return kinds.size === 1 ? operands[0]?.table : undefined;
};

function comparisons(document: BudgetDocument, claims: readonly Claim[], template: CompiledTemplate): Comparison[] {
  const declared = new Tables(document);
  const out: Comparison[] = [];
  const side = (tables: Tables, operands: readonly Operand[], code: string) => {
    const sum = sumOperands(tables, operands, code);
    if (!sum.present || !sum.readable || sum.blank || sum.value === 0) return undefined;
    const unit = tables.get(operands[0]?.table ?? '')?.unit ?? '元';
    return { sum, shown: `${money(sum.value, unit)}${unit}` };
  };
  // The template's identities of equality between two tables, code by code where they hold per code.
  for (const identity of template.template.identities) {
    if (identity.relation !== '=') continue;
    const a = oneTable(identity.left);
    const b = oneTable(identity.right);
    if (!a || !b || a === b || !declared.get(a) || !declared.get(b)) continue;
    for (const code of codesOf(declared, identity)) {
      const where = code ? `（${code}）` : '';
      out.push({
        a,
        b,
        with: b,
        words: bi(`${identity.words.zh}${where}`, `${identity.words.en}${code ? ` (${code})` : ''}`),
        figures(tables) {
          const l = side(tables, identity.left, code);
          const r = side(tables, identity.right, code);
          if (!l || !r) return undefined;
          return {
            left: l.sum.figure,
            right: r.sum.figure,
            refs: [...l.sum.refs, ...r.sum.refs],
            shown: [l.shown, r.shown],
          };
        },
      });
    }
  }
  // The prose's amounts (each printed with its unit) against every table that states them.
  const targets = new Map(template.template.claimTargets.map((t) => [t.key, t]));
  for (const claim of claims) {
    const target = targets.get(claim.key);
    const printed = claim.amount;
    if (!target || target.severity === 'info' || !printed || printed.fen === 0) continue;
    for (const alternative of target.cells) {
      const a = oneTable(alternative);
      if (!a || !declared.get(a)) continue;
      out.push({
        a,
        b: 'text',
        with: `text\u0000${claim.key}`,
        words: bi(quote(claim.label), quote(claim.label)),
        figures(tables) {
          const t = side(tables, alternative, '');
          if (!t) return undefined;
          return {
            left: t.sum.figure,
            right: printedFigure(printed),
            refs: [claimRef(claim), ...t.sum.refs],
            shown: [t.shown, printed.text],
          };
        },
      });
    }
  }
  return out;
}

function codesOf(tables: Tables, identity: CrossIdentity): string[] {
  if (!identity.each) return [''];
  const codes = new Set<string>();
  for (const o of [...identity.left, ...identity.right])
    for (const row of tables.get(o.table)?.rows ?? []) {
      if (!/^\d+$/.test(row.key) || (o.side && row.side !== o.side)) continue;
      if (identity.each === 'class' && row.level !== 1) continue;
      codes.add(row.key);
    }
  return [...codes].sort();
}

const holds = (f: { left: Figure; right: Figure } | undefined) =>
  f !== undefined && agreement(f.left, f.right) !== 'mismatch';

/**
 * The unit of every table of a document, by the comparisons that do not depend on it. Decided once per
 * check (checkDocument): the rules read `document`, and document.units reports `doubts`.
 */
export function tableUnits(document: BudgetDocument, claims: readonly Claim[], template: CompiledTemplate): TableUnits {
  const none = { doubts: [], document };
  const declared = new Tables(document);
  const other = new Map<TableKind, Tables>();
  const otherTable = new Map<TableKind, BudgetTable>();
  for (const t of declared.all()) {
    const o = inOtherUnit(t);
    if (o) {
      otherTable.set(t.kind, o);
      other.set(t.kind, replaced(document, o));
    }
  }
  if (other.size === 0) return none;
  // Each comparison as declared, and with one of its tables read in the other unit.
  const judged = comparisons(document, claims, template).flatMap((c) => {
    const asDeclared = c.figures(declared);
    if (asDeclared === undefined) return [];
    let verdict: Verdict = 'none';
    let readA: ReturnType<Comparison['figures']>;
    let readB: ReturnType<Comparison['figures']>;
    if (holds(asDeclared)) verdict = 'same';
    else {
      // Two tables 10,000× apart agree when either is read in the other unit (when their labels differ).
      const ta = other.get(c.a);
      const tb = c.b === 'text' ? undefined : other.get(c.b);
      readA = ta ? c.figures(ta) : undefined;
      readB = tb ? c.figures(tb) : undefined;
      const [a, b] = [holds(readA), holds(readB)];
      verdict = a && b ? 'either' : a ? 'a' : b ? 'b' : 'none';
    }
    return [{ c, verdict, asDeclared, readA, readB }];
  });
  // Tables that agree as declared read alike: one group (union-find); the text is a group of its own, read as printed.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { c, verdict } of judged)
    if (verdict === 'same') {
      const [ra, rb] = [find(c.a), find(c.b === 'text' ? 'text' : c.b)];
      if (ra !== rb) parent.set(ra === 'text' ? rb : ra, ra === 'text' ? ra : rb);
    }
  const groupOf = (kind: TableKind) => find(kind);
  const kinds = declared.all().map((t) => t.kind);
  // The reference: the text's group, else the group of most tables.
  const sizes = new Map<string, number>();
  for (const k of kinds) sizes.set(groupOf(k), (sizes.get(groupOf(k)) ?? 0) + 1);
  const textRead = judged.some((j) => j.c.b === 'text');
  const reference = textRead ? find('text') : [...sizes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
  if (reference === undefined) return none;
  const doubts: UnitDoubt[] = [];
  for (const [group] of sizes) {
    if (group === reference || group === find('text')) continue;
    const members = kinds.filter((k) => groupOf(k) === group);
    // Every table of the group must read in the other unit, all in the same one.
    const read = new Set(members.map((k) => otherTable.get(k)?.unit));
    if (read.has(undefined) || read.size !== 1) continue;
    const inGroup = (k: 'text' | TableKind) => k !== 'text' && groupOf(k) === group;
    const atReference = (k: 'text' | TableKind) => (k === 'text' ? find('text') : groupOf(k)) === reference;
    // (Whatever a table agrees with as declared is in its group: the group agrees with nothing outside it.)
    // The table of the group a comparison read in the other unit, the other side being at the reference.
    const doubtedIn = ({ c, verdict }: (typeof judged)[number]): TableKind | undefined => {
      if ((verdict === 'a' || verdict === 'either') && inGroup(c.a) && atReference(c.b)) return c.a;
      if ((verdict === 'b' || verdict === 'either') && c.b !== 'text' && inGroup(c.b) && atReference(c.a)) return c.b;
      return undefined;
    };
    const evidence = judged.flatMap((j) => {
      const table = doubtedIn(j);
      return table ? [{ ...j, table }] : [];
    });
    const counterparts = new Set(evidence.map(({ c, table }) => (table === c.a ? c.with : c.a)));
    // Comparisons with the reference that fail read either way: the evidence must outweigh them.
    const neither = judged.filter(
      ({ c, verdict }) =>
        verdict === 'none' && ((inGroup(c.a) && atReference(c.b)) || (inGroup(c.b) && atReference(c.a))),
    ).length;
    if (evidence.length < 2 || counterparts.size < 2 || evidence.length <= neither) continue;
    for (const kind of members) {
      const table = declared.get(kind);
      const unit = otherTable.get(kind)?.unit;
      if (!table || !unit) continue;
      doubts.push({
        table: kind,
        declared: table.unit,
        read: unit,
        evidence: evidence
          .filter((e) => e.table === kind)
          .map(({ c, table, asDeclared, readA, readB }) => ({
            against: table === c.a ? c.b : c.a,
            words: evidenceWords(template, c, table === c.a ? 'a' : 'b', asDeclared, table === c.a ? readA : readB),
            refs: asDeclared.refs,
          })),
      });
    }
  }
  if (doubts.length === 0) return none;
  // The very tables compared (a kind printed twice keeps its second copy as read).
  const read = new Map<BudgetTable, BudgetTable>();
  for (const d of doubts) {
    const table = declared.get(d.table);
    const o = otherTable.get(d.table);
    if (table && o) read.set(table, o);
  }
  return { doubts, document: { ...document, tables: document.tables.map((t) => read.get(t) ?? t) } };
}

/** "一般公共预算财政拨款支出 文字1973.15万元，表中19,731,483.42（按万元读：19,731,483.42万元，按元读：19,731,483.42元）". */
function evidenceWords(
  template: CompiledTemplate,
  c: Comparison,
  verdict: Verdict,
  asDeclared: NonNullable<ReturnType<Comparison['figures']>>,
  read: ReturnType<Comparison['figures']>,
): Bilingual {
  const [declaredShown, otherShown] = verdict === 'a' ? asDeclared.shown : [asDeclared.shown[1], asDeclared.shown[0]];
  const readShown = read ? (verdict === 'a' ? read.shown[0] : read.shown[1]) : declaredShown;
  const doubted = tableName(template, verdict === 'a' ? c.a : (c.b as TableKind));
  const against = c.b === 'text' ? bi('文字', 'the text') : tableName(template, verdict === 'a' ? c.b : c.a);
  const unit = readShown.endsWith('万元') ? '万元' : '元';
  return bi(
    `${c.words.zh}：${doubted.zh}${declaredShown}，${against.zh}${otherShown}；按${unit}读作${readShown}则相符`,
    `${c.words.en}: ${doubted.en} ${declaredShown}, ${against.en} ${otherShown}; read as ${readShown} they agree`,
  );
}
