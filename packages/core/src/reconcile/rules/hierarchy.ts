import { bi } from '../../model/bilingual.js';
import type { BudgetTable, TableRow } from '../../model/table.js';
import { columnName, tableName } from '../../templates/index.js';
import { cellOf, rowName } from '../cells.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';
import { checkSum, SumFolds } from '../sum-check.js';

/** Children of each row in a coded table: 款 under 类, 项 under 款, 类 under 合计. */
export function childrenByParent(table: BudgetTable): Map<TableRow, TableRow[]> {
  const byKey = new Map(table.rows.map((r) => [r.key, r]));
  const out = new Map<TableRow, TableRow[]>();
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

/** A parent row against its children, in every value column. */
function checkChildren(
  ctx: CheckContext,
  tally: Tally,
  folds: SumFolds,
  rule: string,
  table: BudgetTable,
  parent: TableRow,
  children: TableRow[],
): void {
  const t = tableName(ctx.template, table.kind);
  const name = rowName(parent, parent.key);
  const childKeys = children.map((c) => c.key).join(' + ');
  for (const column of table.columns) {
    const col = columnName(ctx.template, table.kind, column);
    checkSum(tally, folds, {
      rule,
      table,
      total: cellOf(table, parent, column),
      parts: children.map((c) => cellOf(table, c, column)),
      unreadable: () =>
        bi(`${t.zh} ${name.zh} 的列位置未能确定`, `${t.en}: the columns of ${name.en} could not be settled`),
      equation: () => bi(`${name.zh}（${col.zh}）= ${childKeys}`, `${name.en} (${col.en}) = ${childKeys}`),
      roundingLine: (sum, printed) =>
        bi(`${name.zh}（${col.zh}）：${sum} ≈ ${printed}`, `${name.en} (${col.en}): ${sum} ≈ ${printed}`),
      message: (blank, sum) =>
        blank
          ? bi(
              `${t.zh}：${name.zh}的“${col.zh}”为空，但其下级之和为 ${sum}`,
              `${t.en}: ${name.en}, ${col.en}, is blank but its children add up to ${sum}`,
            )
          : bi(
              `${t.zh}：${name.zh}的“${col.zh}”不等于其下级之和`,
              `${t.en}: ${name.en}, ${col.en}, is not the sum of its children`,
            ),
    });
  }
}

const constant = (zh: string, en: string) => () => bi(zh, en);

export const hierarchy: Rule = {
  id: 'in_table.hierarchy',
  title: bi('上级科目 = 下级科目之和', 'Each class and section equals the sum of its children'),
  section: 'in_table',
  severity: 'error',
  formula: constant('类 = Σ款，款 = Σ项（每一数值列）', 'class = Σ sections, section = Σ items, in every value column'),
  run(ctx) {
    const tally = new Tally(ctx);
    const folds = new SumFolds(ctx);
    for (const table of ctx.tables.all()) {
      if (!ctx.template.byKind.get(table.kind)?.spec.codes) continue;
      for (const [parent, children] of childrenByParent(table)) {
        if (parent.key === 'total') continue;
        checkChildren(ctx, tally, folds, this.id, table, parent, children);
      }
    }
    for (const f of folds.findings(ctx, this.id)) tally.add(f);
    return tally.outcome(bi('没有分级科目的表', 'no table with levelled codes'));
  },
};

export const grandTotal: Rule = {
  id: 'in_table.grand_total',
  title: bi('合计 = 各类之和', 'The total row equals the sum of the classes'),
  section: 'in_table',
  severity: 'error',
  formula: constant('合计 = Σ类（每一数值列）', 'total = Σ classes, in every value column'),
  run(ctx) {
    const tally = new Tally(ctx);
    const folds = new SumFolds(ctx);
    for (const table of ctx.tables.all()) {
      if (!ctx.template.byKind.get(table.kind)?.spec.codes) continue;
      const total = table.rows.find((r) => r.key === 'total');
      const classes = table.rows.filter((r) => r.level === 1 && /^\d+$/.test(r.key));
      if (!total || classes.length === 0) continue;
      checkChildren(ctx, tally, folds, this.id, table, total, classes);
    }
    for (const f of folds.findings(ctx, this.id)) tally.add(f);
    return tally.outcome(bi('没有含合计行和类级科目的表', 'no table with a total row and classes'));
  },
};
