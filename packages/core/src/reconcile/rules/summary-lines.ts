import { bi, joinBi } from '../../model/bilingual.js';
import type { BudgetTable, RowSide, TableRow } from '../../model/table.js';
import { columnName, lineName, tableName } from '../../templates/index.js';
import { type CellValue, cellOf, money, rowName } from '../cells.js';
import { moneyComparison } from '../quantities.js';
import { agreement, cellFigure, roundingNotes } from '../rounding.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';
import { checkSum, SumFolds } from '../sum-check.js';

/**
 * The two-sided summary tables: 收入总计 = Σ income lines, every line with sub-lines = Σ them
 * (财政拨款收入 = its three funds), 支出总计 = Σ expenditure lines (each column), 收入总计 = 支出总计.
 * A total printed blank while its parts are not is reported as such. The line keys `income_total` and
 * `expenditure_total` are the model's names for a two-sided table's grand totals.
 */
export const summaryLines: Rule = {
  id: 'in_table.summary_lines',
  title: bi(
    '收支总表：总计 = 各项之和，收入总计 = 支出总计',
    'Summary tables: totals equal their lines, income equals expenditure',
  ),
  section: 'in_table',
  severity: 'error',
  formula(template) {
    // Each line with sub-lines in the template's two-sided tables, then the totals every such table has.
    const parts = new Map<string, ReturnType<typeof bi>>();
    for (const { spec } of template.tables) {
      if (spec.layout !== 'two_sided') continue;
      for (const parent of spec.incomeLines ?? []) {
        const children = (spec.incomeLines ?? []).filter((l) => l.parent === parent.key);
        if (children.length === 0) continue;
        const zh = `${lineName(parent)} = ${children.map((c) => lineName(c)).join(' + ')}`;
        parts.set(zh, bi(zh, `${parent.key} = ${children.map((c) => c.key).join(' + ')}`));
      }
    }
    return joinBi(
      [
        bi('收入总计 = Σ收入项', 'income total = Σ income lines'),
        ...parts.values(),
        bi('支出总计 = Σ支出功能分类', 'expenditure total = Σ classes'),
        bi('收入总计 = 支出总计', 'income total = expenditure total'),
      ],
      '；',
      '; ',
    );
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const folds = new SumFolds(ctx);
    for (const table of ctx.tables.all()) {
      const spec = ctx.template.byKind.get(table.kind)?.spec;
      if (spec?.layout !== 'two_sided') continue;
      const side = (s: RowSide) => table.rows.filter((r) => r.side === s);
      const income = side('income');
      const expenditure = side('expenditure');
      const parentOf = new Map((spec.incomeLines ?? []).map((l) => [l.key, l.parent]));
      const incomeColumns = table.incomeColumns ?? ['amount'];

      const incomeTotal = income.find((r) => r.key === 'income_total');
      if (incomeTotal) {
        const parts = income.filter((r) => r.level === 1 && !parentOf.get(r.key));
        compare(ctx, tally, folds, this.id, table, incomeTotal, parts, incomeColumns);
      }
      for (const parent of income) {
        const children = income.filter((r) => parentOf.get(r.key) === parent.key);
        if (children.length > 0) compare(ctx, tally, folds, this.id, table, parent, children, incomeColumns);
      }
      const expenditureTotal = expenditure.find((r) => r.key === 'expenditure_total');
      if (expenditureTotal) {
        const parts = expenditure.filter((r) => r.level === 1);
        compare(ctx, tally, folds, this.id, table, expenditureTotal, parts, table.columns);
      }
      if (incomeTotal && expenditureTotal) {
        const a = cellOf(table, incomeTotal, incomeColumns[0] ?? 'amount');
        const b = cellOf(table, expenditureTotal, table.columns[0] ?? 'amount');
        balance(ctx, tally, this.id, table, a, b);
      }
    }
    for (const f of folds.findings(ctx, this.id)) tally.add(f);
    return tally.outcome(bi('没有收支总表', 'no summary table'));
  },
};

function compare(
  ctx: CheckContext,
  tally: Tally,
  folds: SumFolds,
  rule: string,
  table: BudgetTable,
  total: TableRow,
  parts: TableRow[],
  columns: readonly string[],
): void {
  if (parts.length === 0) return;
  const t = tableName(ctx.template, table.kind);
  const partNames = joinBi(
    parts.map((p) => rowName(p, p.key)),
    ' + ',
    ' + ',
  );
  const name = rowName(total, total.key);
  for (const column of columns) {
    const col = columnName(ctx.template, table.kind, column);
    const which = table.columns.length > 1 ? `（${col.zh}）` : '';
    const equation = () =>
      bi(
        `${name.zh}${which}${which ? '' : ' '}= ${partNames.zh}`,
        `${name.en}${table.columns.length > 1 ? ` (${col.en})` : ''} = ${partNames.en}`,
      );
    checkSum(tally, folds, {
      rule,
      table,
      total: cellOf(table, total, column),
      parts: parts.map((p) => cellOf(table, p, column)),
      unreadable: () =>
        bi(`${t.zh} ${name.zh} 的列位置未能确定`, `${t.en}: the columns of ${name.en} could not be settled`),
      equation,
      roundingLine: (sum, printed) => bi(`${name.zh}：${sum} ≈ ${printed}`, `${name.en}: ${sum} ≈ ${printed}`),
      message: (blank, sum) =>
        blank
          ? bi(
              `${t.zh}：“${name.zh}”${which}为空，但各项之和为 ${sum}`,
              `${t.en}: ${name.en} (${col.en}) is blank but its lines add up to ${sum}`,
            )
          : bi(
              `${t.zh}：“${name.zh}”${which}不等于各项之和`,
              `${t.en}: ${name.en} (${col.en}) is not the sum of its lines`,
            ),
    });
  }
}

function balance(ctx: CheckContext, tally: Tally, rule: string, table: BudgetTable, a: CellValue, b: CellValue): void {
  const t = tableName(ctx.template, table.kind);
  if (!a.readable || !b.readable) {
    tally.couldNotRead(bi(`${t.zh} 总计的列位置未能确定`, `${t.en}: the columns of the totals could not be settled`));
    return;
  }
  // Both totals blank is reported by the sums above; comparing blank with blank says nothing.
  if (a.value === null && b.value === null) return;
  tally.compared();
  const verdict = agreement(cellFigure(table, a.value), cellFigure(table, b.value));
  if (verdict === 'exact') {
    tally.passed(rule, () => ({
      formula: bi(`收入总计 = 支出总计：${money(a.value, table.unit)} = ${money(b.value, table.unit)}`),
      refs: [a.ref, b.ref],
    }));
    return;
  }
  // Two printings of one total, each rounded (or one without its 分): a note, once per table.
  if (verdict !== 'mismatch' && a.value !== null && b.value !== null) {
    roundingNotes(ctx).note(
      verdict === 'unprinted_fen' ? 'unprinted_fen' : 'rounding',
      table.kind,
      t,
      [a.ref, b.ref],
      bi(`收入总计 ${money(a.value, table.unit)} ≈ 支出总计 ${money(b.value, table.unit)}`),
    );
    return;
  }
  tally.add({
    rule,
    severity: 'error',
    message: bi(`${t.zh}：收入总计不等于支出总计`, `${t.en}: the income total is not the expenditure total`),
    formula: bi(
      `收入总计 = 支出总计：${a.value === null ? '空' : money(a.value, table.unit)} ≠ ${b.value === null ? '空' : money(b.value, table.unit)}`,
      `income total = expenditure total: ${money(a.value, table.unit)} ≠ ${money(b.value, table.unit)}`,
    ),
    refs: [a.ref, b.ref],
    // As the sums give it: the first ref (income total) minus the other (one-cell.ts reads it so).
    ...moneyComparison(b.value ?? 0, a.value, table.unit),
  });
}
