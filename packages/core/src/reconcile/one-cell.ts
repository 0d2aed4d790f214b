import { bi } from '../model/bilingual.js';
import type { BudgetDocument } from '../model/document.js';
import type { Finding, Ref } from '../model/finding.js';
import { type CompiledTemplate, columnName, tableName } from '../templates/index.js';
import { money, rowName } from './cells.js';
import { moneyComparison } from './quantities.js';

/**
 * One wrong cell, one finding. A cell printed wrong breaks every in-table sum it takes part in: as a
 * 款 it breaks its own sum of 项, its 类's sum of 款 and its row's 合计 = 基本支出 + 项目支出 — three
 * errors for one mistake. Where one cell, changed by one amount, would make every failing sum it is in
 * hold (at least two of them), those findings are that one mistake: they are folded into one error at
 * the cell, with the amount it should have and the sums that say so. Each sum compares a total (the
 * finding's first ref) with its parts (the other refs) and carries `difference` = printed total − Σ
 * parts (sum-check.ts; `isSum`); the summary tables' lines too (收入支出决算总表's class line against its
 * 本年支出合计 and against 支出决算表's class: one cell, two sums).
 */
const SUM_RULES = new Set([
  'in_table.hierarchy',
  'in_table.grand_total',
  'in_table.composition',
  'in_table.summary_lines',
]);

/**
 * A sum whose findings say which cell is its total and which its parts: the in-table sums, and the
 * cross-table identities between one cell and one other ("收入预算总表 2101502 财政拨款收入 = 一般公共预算
 * 支出表 2101502 合计"), whose `difference` is left − right (cross-table.ts). Identities with more
 * cells on a side do not say which side each ref is on: left out.
 */
const isSum = (f: Finding): boolean =>
  f.severity === 'error' &&
  !f.count &&
  f.difference !== undefined &&
  (SUM_RULES.has(f.rule) ||
    (f.rule === 'cross_table.identities' && f.refs.length === 2 && (f.formula?.zh.includes(' ≠ ') ?? false)));

interface Wanted {
  ref: Ref;
  /** The sums the cell is in, and the change of the cell each needs to hold. */
  sums: { finding: Finding; change: number }[];
}

const cellKey = (r: Ref) => `${r.table}\u0000${r.row}\u0000${r.column}`;

export function oneWrongCell(findings: Finding[], document: BudgetDocument, template: CompiledTemplate): Finding[] {
  const wanted = new Map<string, Wanted>();
  for (const finding of findings) {
    const d = finding.difference?.fen;
    if (!isSum(finding) || d === undefined) continue;
    // A key met twice in one sum (a row printed twice under one code) does not name one cell.
    const times = new Map<string, number>();
    for (const ref of finding.refs) times.set(cellKey(ref), (times.get(cellKey(ref)) ?? 0) + 1);
    finding.refs.forEach((ref, i) => {
      if (!ref.table || !ref.row || !ref.column || ref.document || times.get(cellKey(ref)) !== 1) return;
      let w = wanted.get(cellKey(ref));
      if (!w) wanted.set(cellKey(ref), (w = { ref, sums: [] }));
      // The total must change by −d; a part by +d.
      w.sums.push({ finding, change: i === 0 ? -d : d });
    });
  }
  // Rows by key, once per table (a 100,000-row table); a key printed on two rows names no one row.
  type Row = BudgetDocument['tables'][number]['rows'][number];
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
  const folded = new Map<Finding, Finding | null>();
  const cells = [...wanted.values()]
    .filter((w) => w.sums.length >= 2 && w.sums.every((s) => s.change === w.sums[0]?.change))
    .sort((a, b) => b.sums.length - a.sums.length);
  for (const w of cells) {
    if (w.sums.some((s) => folded.has(s.finding))) continue;
    const merged = cellFinding(w, document, template, rowOf(w.ref));
    if (!merged) continue;
    for (const [i, s] of w.sums.entries()) folded.set(s.finding, i === 0 ? merged : null);
  }
  if (folded.size === 0) return findings;
  return findings.flatMap((f) => {
    const to = folded.get(f);
    return to === undefined ? [f] : to === null ? [] : [to];
  });
}

function cellFinding(
  w: Wanted,
  document: BudgetDocument,
  template: CompiledTemplate,
  row: BudgetDocument['tables'][number]['rows'][number] | undefined,
): Finding | undefined {
  const { ref, sums } = w;
  const table = document.tables.find((t) => t.kind === ref.table);
  const printed = row?.values[ref.column as string];
  const first = sums[0];
  if (!table || !row || printed === undefined || printed === null || !first) return undefined;
  const should = printed + first.change;
  const t = tableName(template, table.kind);
  const name = rowName(row, row.key);
  const col = columnName(template, table.kind, ref.column as string);
  const shown = (fen: number) => `${money(fen, table.unit)}${table.unit}`;
  const formulas = sums.flatMap((s) => (s.finding.formula ? [s.finding.formula] : []));
  const seen = new Set([cellKey(ref)]);
  const others = sums.flatMap((s) =>
    s.finding.refs.filter((r) => {
      const k = r.table && r.row && r.column ? cellKey(r) : JSON.stringify(r);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
  );
  const self = sums.flatMap((s) => s.finding.refs).find((r) => cellKey(r) === cellKey(ref)) ?? ref;
  // A cell 10,000× what its sums need: 元 and 万元 mixed up, as cross-table.ts names it.
  const mixup = printed !== 0 && should !== 0 && (printed === should * 10_000 || should === printed * 10_000);
  return {
    rule: first.finding.rule,
    severity: 'error',
    message: bi(
      `${t.zh}：${name.zh}的“${col.zh}”印作${shown(printed)}，它所在的${sums.length}个勾稽关系都要求它为${shown(should)}${mixup ? '：两者相差一万倍，可能混淆了元与万元' : ''}`,
      `${t.en}: ${name.en}, ${col.en}, is printed ${shown(printed)}; the ${sums.length} sums it is part of all need ${shown(should)}${mixup ? ': they differ by 10,000×, 元 and 万元 may be mixed up' : ''}`,
    ),
    formula: bi(formulas.map((f) => f.zh).join('；'), formulas.map((f) => f.en).join('; ')),
    refs: [self, ...others],
    ...moneyComparison(should, printed, table.unit),
  };
}
