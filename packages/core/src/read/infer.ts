import type { RowSide } from '../model/table.js';
import type { AmountCell } from './anatomy.js';
import { type DraftRow, placeValues } from './draft.js';
import type { DraftTable } from './grid.js';

/**
 * Deciding columns where plain text lost the empty cells.
 *
 * "208 01 人力资源和社会保障管理事务 179,000 179,000" in a table of 合计/基本支出/项目支出 can be
 * 合计 + 基本支出 or 合计 + 项目支出. Each such row gets the placements its own composition allows
 * (合计 = 基本支出 + 项目支出), and the table's identities choose among them: a parent equals the sum of
 * its children in every column, the 合计 row the sum of the classes, and columns match other tables
 * already read (the revenue table's 财政拨款收入 total is the summary table's 财政拨款收入 line).
 * Amounts are assumed non-negative, as budget tables are: a blank parent column forces blank children.
 */

/** Σ rows[column] = value, from another table. */
export interface FixedSum {
  rows: readonly { key: string; side?: RowSide }[];
  column: string;
  value: number;
  /** Where the value comes from, for the row's note ("finance_summary"). */
  from: string;
}

type Values = Record<string, number | null>;

interface Variable {
  draft: DraftRow;
  candidates: Values[];
}

interface Term {
  draft: DraftRow;
  column: string;
  coef: 1 | -1;
}

interface Equation {
  terms: Term[];
  constant: number;
  kind: 'hierarchy' | 'cross-table';
}

const NODE_LIMIT = 200_000;

/** A decision for every pending row of a table. */
export interface Placement {
  table: DraftTable;
  rows: { draft: DraftRow; values: Values; ambiguous: boolean; uncertain: string[] }[];
  /** False when no placement satisfies the identities (values then go left to right). */
  solved: boolean;
  /** True when some row could go in more than one way. */
  ambiguous: boolean;
  basis: string;
}

/** Decides the columns of a table's pending values, using its identities and sums fixed by other tables. */
export function planPlacement(table: DraftTable, fixed: readonly FixedSum[]): Placement {
  const pending = table.rows.filter((d) => d.pending && d.pending.length > 0);
  const variables = new Map<DraftRow, Variable>();
  for (const draft of pending) variables.set(draft, { draft, candidates: candidatesOf(draft, table) });
  const equations = [...hierarchyEquations(table), ...fixedEquations(table, fixed)];
  propagateZeros(equations, variables);

  const order = [...variables.values()];
  const solutions = search(order, equations, 2);
  const used = new Set(equations.filter((e) => e.terms.some((t) => variables.has(t.draft))).map((e) => e.kind));
  const first = solutions[0];
  const rows = order.map((v, i) => {
    const values = (first ? first[i] : v.candidates[0]) ?? {};
    const ambiguous = !first || solutions.some((s) => s[i] !== first[i]);
    // Columns on which the rival placements disagree stay uncertain.
    const rivals = first ? solutions.map((s) => s[i] as Values) : v.candidates;
    const uncertain = ambiguous
      ? v.draft.columns.filter((c) => rivals.some((r) => (r[c] ?? null) !== (values[c] ?? null)))
      : [];
    return { draft: v.draft, values, ambiguous, uncertain };
  });
  return {
    table,
    rows,
    solved: first !== undefined,
    ambiguous: rows.some((r) => r.ambiguous),
    basis: ['composition', ...used].join(', '),
  };
}

/** Writes a placement into the rows and says in each row that its columns were decided. */
export function applyPlacement(plan: Placement): void {
  for (const { draft, values, ambiguous, uncertain } of plan.rows) {
    assign(draft, values);
    draft.row.inferred = {
      uncertain,
      reason: plan.solved
        ? `columns decided by identities (${plan.basis}): the text lost the empty cells`
        : 'no placement satisfies the identities: values placed left to right',
      ambiguous,
    };
  }
  if (!plan.solved)
    plan.table.problems.push('纯文本丢失了空单元格，且没有一种列位置能满足表内恒等式：数值按从左到右放置');
  else if (plan.ambiguous) plan.table.problems.push('纯文本丢失了空单元格，部分数值的列位置无法由恒等式唯一确定');
}

/** Every order-preserving placement of the row's values that its compositions allow. */
function candidatesOf(draft: DraftRow, table: DraftTable): Values[] {
  const values = draft.pending ?? [];
  const columns = draft.columns;
  const all: Values[] = [];
  for (const combo of combinations(columns.length, values.length)) {
    const v: Values = Object.fromEntries(columns.map((c) => [c, null]));
    combo.forEach((col, i) => {
      v[columns[col] as string] = (values[i] as AmountCell).fen;
    });
    all.push(v);
  }
  const compositions = table.table.spec.compositions.filter(
    (c) => columns.includes(c.total) && c.parts.every((p) => columns.includes(p)),
  );
  const valid = all.filter((v) =>
    compositions.every((c) => (v[c.total] ?? 0) === c.parts.reduce((s, p) => s + (v[p] ?? 0), 0)),
  );
  return valid.length > 0 ? valid : all;
}

function* combinations(n: number, k: number, start = 0, acc: number[] = []): Generator<number[]> {
  if (acc.length === k) {
    yield [...acc];
    return;
  }
  for (let i = start; i <= n - (k - acc.length); i++) {
    acc.push(i);
    yield* combinations(n, k, i + 1, acc);
    acc.pop();
  }
}

/** Parent = Σ children per column (grid tables); 合计 = Σ classes; summary totals = Σ their lines. */
function hierarchyEquations(table: DraftTable): Equation[] {
  const eqs: Equation[] = [];
  const rows = table.rows;
  const group = (parent: DraftRow, children: DraftRow[]) => {
    if (children.length === 0) return;
    for (const column of parent.columns) {
      eqs.push({
        kind: 'hierarchy',
        constant: 0,
        terms: [{ draft: parent, column, coef: 1 }, ...children.map((c) => ({ draft: c, column, coef: -1 as const }))],
      });
    }
  };
  if (table.table.spec.layout === 'grid') {
    const byKey = new Map(rows.map((r) => [r.row.key, r]));
    const children = new Map<DraftRow, DraftRow[]>();
    for (const r of rows) {
      const { key, level } = r.row;
      const parentKey = level === 1 ? 'total' : level > 1 ? key.slice(0, key.length - 2) : undefined;
      const parent = parentKey ? byKey.get(parentKey) : undefined;
      if (!parent) continue;
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push(r);
    }
    for (const [parent, list] of children) group(parent, list);
  } else if (table.table.spec.layout === 'two_sided') {
    const exp = rows.filter((r) => r.row.side === 'expenditure');
    const total = exp.find((r) => r.row.key === 'expenditure_total');
    if (total)
      group(
        total,
        exp.filter((r) => r !== total && r.row.level === 1),
      );
  }
  return eqs;
}

function fixedEquations(table: DraftTable, fixed: readonly FixedSum[]): Equation[] {
  const eqs: Equation[] = [];
  for (const f of fixed) {
    const terms: Term[] = [];
    for (const r of f.rows) {
      const draft = table.rows.find((d) => d.row.key === r.key && (r.side === undefined || d.row.side === r.side));
      if (draft?.columns.includes(f.column)) terms.push({ draft, column: f.column, coef: 1 });
    }
    if (terms.length > 0) eqs.push({ kind: 'cross-table', terms, constant: f.value });
  }
  return eqs;
}

/** A column that is blank in a parent is blank in all its children, and the other way round. */
function propagateZeros(equations: Equation[], variables: Map<DraftRow, Variable>): void {
  const alwaysZero = (term: Term): boolean => {
    const v = variables.get(term.draft);
    if (!v) return (term.draft.row.values[term.column] ?? 0) === 0;
    return v.candidates.every((c) => (c[term.column] ?? 0) === 0);
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const eq of equations) {
      const only = eq.terms.length === 1 ? eq.terms[0] : undefined;
      const single = only ? variables.get(only.draft) : undefined;
      if (only && single) {
        // One cell fixed by another table: keep the placements that give it that value.
        const kept = single.candidates.filter((c) => (c[only.column] ?? 0) === eq.constant);
        if (kept.length > 0 && kept.length < single.candidates.length) {
          single.candidates = kept;
          changed = true;
        }
        continue;
      }
      const positive = eq.terms.filter((t) => t.coef === 1);
      const negative = eq.terms.filter((t) => t.coef === -1);
      // Σ positive − Σ negative = constant, all values ≥ 0: with a zero side, every term of the other is zero.
      const sides: [Term[], Term[]][] = [];
      if (eq.kind === 'hierarchy') sides.push([positive, negative], [negative, positive]);
      else if (eq.constant === 0) sides.push([[], positive]);
      for (const [zeroSide, forced] of sides) {
        if (!zeroSide.every(alwaysZero)) continue;
        for (const t of forced) {
          const v = variables.get(t.draft);
          if (!v) continue;
          const kept = v.candidates.filter((c) => (c[t.column] ?? 0) === 0);
          if (kept.length > 0 && kept.length < v.candidates.length) {
            v.candidates = kept;
            changed = true;
          }
        }
      }
    }
  }
}

/**
 * Depth-first search for up to `limit` placements satisfying every equation. After each choice every
 * equation it touches is checked against the range its unplaced terms can still reach (values are
 * non-negative), which prunes a wrong parent or child at once instead of after its whole subtree.
 */
function search(order: Variable[], equations: Equation[], limit: number): Values[][] {
  const index = new Map(order.map((v, i) => [v.draft, i]));
  const touching: Equation[][] = order.map(() => []);
  for (const eq of equations) {
    const seen = new Set<number>();
    for (const t of eq.terms) {
      const i = index.get(t.draft);
      if (i !== undefined && !seen.has(i)) {
        seen.add(i);
        touching[i]?.push(eq);
      }
    }
  }
  const range = (v: Variable, column: string): [number, number] => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const c of v.candidates) {
      const x = c[column] ?? 0;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    return [lo, hi];
  };
  const chosen: (Values | undefined)[] = order.map(() => undefined);
  const feasible = (eq: Equation): boolean => {
    let lo = 0;
    let hi = 0;
    for (const t of eq.terms) {
      const i = index.get(t.draft);
      let min: number;
      let max: number;
      if (i === undefined) min = max = t.draft.row.values[t.column] ?? 0;
      else {
        const c = chosen[i];
        if (c) min = max = c[t.column] ?? 0;
        else [min, max] = range(order[i] as Variable, t.column);
      }
      if (t.coef === 1) {
        lo += min;
        hi += max;
      } else {
        lo -= max;
        hi -= min;
      }
    }
    return lo <= eq.constant && eq.constant <= hi;
  };
  if (!equations.every(feasible)) return [];
  const solutions: Values[][] = [];
  let nodes = 0;
  const step = (i: number): boolean => {
    if (i === order.length) {
      solutions.push(chosen.map((c) => c as Values));
      return solutions.length >= limit;
    }
    const v = order[i] as Variable;
    for (const c of v.candidates) {
      if (++nodes > NODE_LIMIT) return true;
      chosen[i] = c;
      if ((touching[i] ?? []).every(feasible) && step(i + 1)) return true;
    }
    chosen[i] = undefined;
    return false;
  };
  step(0);
  return solutions;
}

function assign(draft: DraftRow, values: Values): void {
  const amounts = draft.pending ?? [];
  let next = 0;
  const placed = draft.columns.map((column, index) => {
    if (values[column] == null) return null;
    const a = amounts[next++];
    return a ? { ...a, column: index } : null;
  });
  placeValues(draft, placed);
  delete draft.pending;
}
