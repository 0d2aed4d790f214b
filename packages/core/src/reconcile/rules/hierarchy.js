import { cellOf, money, rowName } from '../cells.js';
import { RoundingInfos } from '../claim-refs.js';
import { Tally } from '../rule.js';
import { sumVerdict } from '../tolerance.js';
import { columnName, columnNameEn, moneyComparison, tableName, tableNameEn } from '../wording.js';
/** Children of each row in a coded table: 款 under 类, 项 under 款, 类 under 合计. */
export function childrenByParent(table) {
  const byKey = new Map(table.rows.map((r) => [r.key, r]));
  const out = new Map();
  for (const r of table.rows) {
    if (!/^\d+$/.test(r.key)) continue;
    const parentKey = r.level === 1 ? 'total' : r.key.slice(0, -2);
    const parent = byKey.get(parentKey);
    if (!parent) continue;
    let list = out.get(parent);
    if (!list) out.set(parent, (list = []));
    list.push(r);
  }
  return out;
}
function sumCheck(ctx, tally, rounding, rule, table, parent, children) {
  for (const column of table.columns) {
    const printed = cellOf(table, parent, column);
    const parts = children.map((c) => cellOf(table, c, column));
    if (!printed.readable || parts.some((p) => !p.readable)) {
      tally.couldNotRead(`${tableName(ctx.template, table)} ${rowName(parent, parent.key)} 的列位置未能确定`);
      continue;
    }
    tally.compared();
    const sum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
    const col = columnName(ctx.template, table.kind, column);
    const name = rowName(parent, parent.key);
    const childKeys = children.map((c) => c.key).join(' + ');
    const verdict = sumVerdict(sum, printed.value, parts.length, table.unit);
    if (verdict === 'rounding') {
      const line = `${name}（${col}）：${money(sum, table.unit)} ≈ ${money(printed.value, table.unit)}`;
      rounding.add(table.kind, [printed.ref, ...parts.map((p) => p.ref)], line, line);
      continue;
    }
    if (verdict === 'exact') {
      tally.passed(rule, () => ({
        formula: `${name}（${col}）= ${childKeys}：${money(sum, table.unit)} = ${money(printed.value, table.unit)}`,
        refs: [printed.ref, ...parts.map((p) => p.ref)],
      }));
      continue;
    }
    const blank = printed.value === null;
    tally.add({
      rule,
      severity: 'error',
      message: blank
        ? `${tableName(ctx.template, table)}：${name}的“${col}”为空，但其下级之和为 ${money(sum, table.unit)}`
        : `${tableName(ctx.template, table)}：${name}的“${col}”不等于其下级之和`,
      messageEn: blank
        ? `${tableNameEn(ctx.template, table.kind)}: ${name}, ${columnNameEn(column)}, is blank but its children add up to ${money(sum, table.unit)}`
        : `${tableNameEn(ctx.template, table.kind)}: ${name}, ${columnNameEn(column)}, is not the sum of its children`,
      formula: `${name}（${col}）= ${childKeys}：${money(sum, table.unit)} ≠ ${blank ? '空' : money(printed.value, table.unit)}`,
      formulaEn: `${name} (${columnNameEn(column)}) = ${childKeys}: ${money(sum, table.unit)} ≠ ${blank ? 'blank' : money(printed.value, table.unit)}`,
      refs: [printed.ref, ...parts.map((p) => p.ref)],
      ...moneyComparison(sum, printed.value, table.unit),
    });
  }
}
/** Rounding differences of 万元 tables, one info per table. */
export function roundingFindings(ctx, rounding, rule) {
  return rounding.findings(rule, (kind) => ({
    zh: tableName(ctx.template, kind),
    en: tableNameEn(ctx.template, kind),
  }));
}
export const hierarchy = {
  id: 'in_table.hierarchy',
  title: '上级科目 = 下级科目之和',
  titleEn: 'Each class and 款 equals the sum of its children',
  section: 'in_table',
  severity: 'error',
  formula: '类 = Σ款，款 = Σ项（每一数值列）',
  formulaEn: 'class = Σ 款, 款 = Σ 项, in every value column',
  run(ctx) {
    const tally = new Tally(ctx);
    const rounding = new RoundingInfos('rounding');
    for (const table of ctx.tables.all()) {
      if (!ctx.template.byKind.get(table.kind)?.spec.codes) continue;
      for (const [parent, children] of childrenByParent(table)) {
        if (parent.key === 'total') continue;
        sumCheck(ctx, tally, rounding, this.id, table, parent, children);
      }
    }
    for (const f of roundingFindings(ctx, rounding, this.id)) tally.add(f);
    return tally.outcome('没有分级科目的表');
  },
};
export const grandTotal = {
  id: 'in_table.grand_total',
  title: '合计 = 各类之和',
  titleEn: 'The total row equals the sum of the classes',
  section: 'in_table',
  severity: 'error',
  formula: '合计 = Σ类（每一数值列）',
  formulaEn: 'total = Σ classes, in every value column',
  run(ctx) {
    const tally = new Tally(ctx);
    const rounding = new RoundingInfos('rounding');
    for (const table of ctx.tables.all()) {
      if (!ctx.template.byKind.get(table.kind)?.spec.codes) continue;
      const total = table.rows.find((r) => r.key === 'total');
      const classes = table.rows.filter((r) => r.level === 1 && /^\d+$/.test(r.key));
      if (!total || classes.length === 0) continue;
      sumCheck(ctx, tally, rounding, this.id, table, total, classes);
    }
    for (const f of roundingFindings(ctx, rounding, this.id)) tally.add(f);
    return tally.outcome('没有含合计行和类级科目的表');
  },
};
//# sourceMappingURL=hierarchy.js.map
