import { placeValues } from './draft.js';

const NODE_LIMIT = 200_000;
/** Decides the columns of a table's pending values, using its identities and sums fixed by other tables. */
export function planPlacement(table, fixed) {
  const pending = table.rows.filter((d) => d.pending && d.pending.length > 0);
  const variables = new Map();
  for (const draft of pending) variables.set(draft, { draft, candidates: candidatesOf(draft, table) });
  const equations = [...hierarchyEquations(table), ...fixedEquations(table, fixed)];
  propagateZeros(equations, variables);
  const order = [...variables.values()];
  const search = searcher(order, equations);
  const first = search(1).solutions[0];
  const used = new Set(equations.filter((e) => e.terms.some((t) => variables.has(t.draft))).map((e) => e.kind));
  // For every row, every placement that some solution uses: a row is ambiguous when it has two.
  const feasible = order.map((_, i) => new Set(first ? [first[i]] : []));
  if (first) {
    for (const [i, v] of order.entries()) {
      for (const c of v.candidates) {
        if (feasible[i]?.has(c)) continue;
        const { solutions, complete } = search(1, i, c);
        const other = solutions[0];
        if (other) {
          for (const [j, x] of other.entries()) feasible[j]?.add(x);
        } else if (!complete) feasible[i]?.add(c); // not proven impossible: keep it as a rival
      }
    }
  }
  const rows = order.map((v, i) => {
    const values = (first ? first[i] : v.candidates[0]) ?? {};
    const rivals = first ? [...(feasible[i] ?? [])] : v.candidates;
    const uncertain = v.draft.columns.filter((c) => rivals.some((r) => (r[c] ?? null) !== (values[c] ?? null)));
    return { draft: v.draft, values, ambiguous: !first || uncertain.length > 0, uncertain };
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
export function applyPlacement(plan) {
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
function candidatesOf(draft, table) {
  const values = draft.pending ?? [];
  const columns = draft.columns;
  const all = [];
  for (const combo of combinations(columns.length, values.length)) {
    const v = Object.fromEntries(columns.map((c) => [c, null]));
    combo.forEach((col, i) => {
      v[columns[col]] = values[i].fen;
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
function* combinations(n, k, start = 0, acc = []) {
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
function hierarchyEquations(table) {
  const eqs = [];
  const rows = table.rows;
  const group = (parent, children) => {
    if (children.length === 0) return;
    for (const column of parent.columns) {
      eqs.push({
        kind: 'hierarchy',
        constant: 0,
        terms: [{ draft: parent, column, coef: 1 }, ...children.map((c) => ({ draft: c, column, coef: -1 }))],
      });
    }
  };
  if (table.table.spec.layout === 'grid') {
    const byKey = new Map(rows.map((r) => [r.row.key, r]));
    const children = new Map();
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
function fixedEquations(table, fixed) {
  const eqs = [];
  for (const f of fixed) {
    const terms = [];
    for (const r of f.rows) {
      const draft = table.rows.find((d) => d.row.key === r.key && (r.side === undefined || d.row.side === r.side));
      if (draft?.columns.includes(f.column)) terms.push({ draft, column: f.column, coef: 1 });
    }
    if (terms.length > 0) eqs.push({ kind: 'cross-table', terms, constant: f.value });
  }
  return eqs;
}
/** A column that is blank in a parent is blank in all its children, and the other way round. */
function propagateZeros(equations, variables) {
  const alwaysZero = (term) => {
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
      const sides = [];
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
 * Depth-first search over the rows' placements. After each choice every equation it touches is
 * checked against the range its unplaced terms can still reach (values are non-negative), which
 * prunes a wrong parent or child at once instead of after its whole subtree. The returned function
 * finds up to `limit` solutions, optionally with one row pinned to one placement.
 */
function searcher(order, equations) {
  const index = new Map(order.map((v, i) => [v.draft, i]));
  const columns = [...new Set(equations.flatMap((e) => e.terms.map((t) => t.column)))];
  const col = new Map(columns.map((c, k) => [c, k]));
  const rangeOf = (candidates) => {
    const r = new Float64Array(columns.length * 2);
    columns.forEach((c, k) => {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const cand of candidates) {
        const x = cand[c] ?? 0;
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
      r[2 * k] = lo;
      r[2 * k + 1] = hi;
    });
    return r;
  };
  const baseRanges = order.map((v) => rangeOf(v.candidates));
  const compiled = [];
  const touching = order.map(() => []);
  for (const eq of equations) {
    const c = { vars: [], cols: [], names: [], coefs: [], known: 0, constant: eq.constant };
    for (const t of eq.terms) {
      const i = index.get(t.draft);
      if (i === undefined) {
        c.known += t.coef * (t.draft.row.values[t.column] ?? 0);
        continue;
      }
      c.vars.push(i);
      c.cols.push(col.get(t.column));
      c.names.push(t.column);
      c.coefs.push(t.coef);
      if (!touching[i]?.includes(c)) touching[i]?.push(c);
    }
    compiled.push(c);
  }
  return (limit, pin, pinned) => {
    const ranges = baseRanges.slice();
    const domains = order.map((v) => v.candidates);
    if (pin !== undefined && pinned) {
      ranges[pin] = rangeOf([pinned]);
      domains[pin] = [pinned];
    }
    const chosen = order.map(() => undefined);
    const feasible = (c) => {
      let lo = c.known;
      let hi = c.known;
      for (let k = 0; k < c.vars.length; k++) {
        const i = c.vars[k];
        const picked = chosen[i];
        let min;
        let max;
        if (picked) min = max = picked[c.names[k]] ?? 0;
        else {
          const r = ranges[i];
          const j = c.cols[k];
          min = r[2 * j];
          max = r[2 * j + 1];
        }
        if (c.coefs[k] === 1) {
          lo += min;
          hi += max;
        } else {
          lo -= max;
          hi -= min;
        }
      }
      return lo <= c.constant && c.constant <= hi;
    };
    const start = pin === undefined ? compiled : (touching[pin] ?? []);
    if (!start.every(feasible)) return { solutions: [], complete: true };
    const solutions = [];
    let nodes = 0;
    const step = (i) => {
      if (i === order.length) {
        solutions.push(chosen.map((c) => c));
        return solutions.length >= limit;
      }
      const checks = touching[i] ?? [];
      for (const c of domains[i]) {
        if (++nodes > NODE_LIMIT) return true;
        chosen[i] = c;
        if (checks.every(feasible) && step(i + 1)) return true;
      }
      chosen[i] = undefined;
      return false;
    };
    step(0);
    return { solutions, complete: nodes <= NODE_LIMIT };
  };
}
function assign(draft, values) {
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
//# sourceMappingURL=infer.js.map
