import { cellOf, money, rowName } from '../cells.js';
import { RoundingInfos } from '../claim-refs.js';
import { Tally } from '../rule.js';
import { sumVerdict } from '../tolerance.js';
import { columnName, columnNameEn, moneyComparison, tableName, tableNameEn } from '../wording.js';
import { roundingFindings } from './hierarchy.js';
/**
 * The two summary tables: 收入总计 = Σ income lines, 财政拨款收入 = Σ its three sub-lines,
 * 支出总计 = Σ expenditure lines (each column), 收入总计 = 支出总计. A total printed blank while its
 * parts are not is reported as such.
 */
export const summaryLines = {
  id: 'in_table.summary_lines',
  title: '收支总表：总计 = 各项之和，收入总计 = 支出总计',
  titleEn: 'Summary tables: totals equal their lines, income equals expenditure',
  section: 'in_table',
  severity: 'error',
  formula:
    '收入总计 = Σ收入项；财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营预算；支出总计 = Σ支出功能分类；收入总计 = 支出总计',
  formulaEn:
    'income total = Σ income lines; fiscal grant = Σ its sub-lines; expenditure total = Σ classes; income total = expenditure total',
  run(ctx) {
    const tally = new Tally(ctx);
    const rounding = new RoundingInfos('rounding');
    for (const table of ctx.tables.all()) {
      const spec = ctx.template.byKind.get(table.kind)?.spec;
      if (spec?.layout !== 'two_sided') continue;
      const side = (s) => table.rows.filter((r) => r.side === s);
      const income = side('income');
      const expenditure = side('expenditure');
      const parentOf = new Map((spec.incomeLines ?? []).map((l) => [l.key, l.parent]));
      const incomeTotal = income.find((r) => r.key === 'income_total');
      if (incomeTotal) {
        const parts = income.filter((r) => r.level === 1 && !parentOf.get(r.key));
        compare(ctx, tally, rounding, this.id, table, incomeTotal, parts, table.incomeColumns ?? ['amount']);
      }
      for (const parent of income) {
        const children = income.filter((r) => parentOf.get(r.key) === parent.key);
        if (children.length > 0)
          compare(ctx, tally, rounding, this.id, table, parent, children, table.incomeColumns ?? ['amount']);
      }
      const expenditureTotal = expenditure.find((r) => r.key === 'expenditure_total');
      if (expenditureTotal) {
        const parts = expenditure.filter((r) => r.level === 1);
        compare(ctx, tally, rounding, this.id, table, expenditureTotal, parts, table.columns);
      }
      if (incomeTotal && expenditureTotal) {
        const a = cellOf(table, incomeTotal, (table.incomeColumns ?? ['amount'])[0] ?? 'amount');
        const b = cellOf(table, expenditureTotal, table.columns[0] ?? 'amount');
        balance(ctx, tally, this.id, table, a, b);
      }
    }
    for (const f of roundingFindings(ctx, rounding, this.id)) tally.add(f);
    return tally.outcome('没有收支总表');
  },
};
function compare(ctx, tally, rounding, rule, table, total, parts, columns) {
  if (parts.length === 0) return;
  for (const column of columns) {
    const printed = cellOf(table, total, column);
    const cells = parts.map((p) => cellOf(table, p, column));
    if (!printed.readable || cells.some((c) => !c.readable)) {
      tally.couldNotRead(`${tableName(ctx.template, table)} ${total.label} 的列位置未能确定`);
      continue;
    }
    tally.compared();
    const sum = cells.reduce((s, c) => s + (c.value ?? 0), 0);
    const col = columnName(ctx.template, table.kind, column);
    const blank = printed.value === null;
    const names = parts.map((p) => rowName(p, p.key));
    const verdict = sumVerdict(sum, printed.value, cells.length, table.unit);
    if (verdict === 'rounding') {
      const line = `${total.label}：${money(sum, table.unit)} ≈ ${money(printed.value, table.unit)}`;
      rounding.add(table.kind, [printed.ref, ...cells.map((c) => c.ref)], line, line);
      continue;
    }
    if (verdict === 'exact') {
      tally.passed(rule, () => ({
        formula: `${total.label} = ${names.join(' + ')}：${money(sum, table.unit)} = ${money(printed.value, table.unit)}`,
        refs: [printed.ref, ...cells.map((c) => c.ref)],
      }));
      continue;
    }
    tally.add({
      rule,
      severity: 'error',
      message: blank
        ? `${tableName(ctx.template, table)}：“${total.label}”${table.columns.length > 1 ? `（${col}）` : ''}为空，但各项之和为 ${money(sum, table.unit)}`
        : `${tableName(ctx.template, table)}：“${total.label}”${table.columns.length > 1 ? `（${col}）` : ''}不等于各项之和`,
      messageEn: blank
        ? `${tableNameEn(ctx.template, table.kind)}: "${total.label}" (${columnNameEn(column)}) is blank but its lines add up to ${money(sum, table.unit)}`
        : `${tableNameEn(ctx.template, table.kind)}: "${total.label}" (${columnNameEn(column)}) is not the sum of its lines`,
      formula: `${total.label} = ${names.join(' + ')}：${money(sum, table.unit)} ≠ ${blank ? '空' : money(printed.value, table.unit)}`,
      formulaEn: `${total.label} = ${names.join(' + ')}: ${money(sum, table.unit)} ≠ ${blank ? 'blank' : money(printed.value, table.unit)}`,
      refs: [printed.ref, ...cells.map((c) => c.ref)],
      ...moneyComparison(sum, printed.value, table.unit),
    });
  }
}
function balance(ctx, tally, rule, table, a, b) {
  if (!a.readable || !b.readable) {
    tally.couldNotRead(`${tableName(ctx.template, table)} 总计的列位置未能确定`);
    return;
  }
  // Both totals blank is reported by the sums above; comparing blank with blank says nothing.
  if (a.value === null && b.value === null) return;
  tally.compared();
  if ((a.value ?? 0) === (b.value ?? 0)) {
    tally.passed(rule, () => ({
      formula: `收入总计 = 支出总计：${money(a.value, table.unit)} = ${money(b.value, table.unit)}`,
      refs: [a.ref, b.ref],
    }));
    return;
  }
  tally.add({
    rule,
    severity: 'error',
    message: `${tableName(ctx.template, table)}：收入总计不等于支出总计`,
    messageEn: `${tableNameEn(ctx.template, table.kind)}: the income total is not the expenditure total`,
    formula: `收入总计 = 支出总计：${a.value === null ? '空' : money(a.value, table.unit)} ≠ ${b.value === null ? '空' : money(b.value, table.unit)}`,
    formulaEn: `income total = expenditure total: ${money(a.value, table.unit)} ≠ ${money(b.value, table.unit)}`,
    refs: [a.ref, b.ref],
    ...moneyComparison(a.value ?? 0, b.value, table.unit),
  });
}
//# sourceMappingURL=summary-lines.js.map
