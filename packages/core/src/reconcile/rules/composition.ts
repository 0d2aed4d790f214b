import { bi, joinBi } from '../../model/bilingual.js';
import { columnName, tableName } from '../../templates/index.js';
import { cellOf, rowName } from '../cells.js';
import { type Rule, Tally } from '../rule.js';
import { checkSum, SumFolds } from '../sum-check.js';

/** Per-row identities between columns, as the template states them (合计 = 基本支出 + 项目支出 …). */
export const composition: Rule = {
  id: 'in_table.composition',
  title: bi('合计列 = 各组成列之和', 'Each row total equals the sum of its parts'),
  section: 'in_table',
  severity: 'error',
  formula(template) {
    // Every distinct composition of the template's tables, in words.
    const seen = new Map<string, ReturnType<typeof bi>>();
    for (const { spec } of template.tables) {
      for (const comp of spec.compositions) {
        const name = (column: string) => columnName(template, spec.kind, column);
        const words = bi(
          `${name(comp.total).zh} = ${comp.parts.map((p) => name(p).zh).join(' + ')}`,
          `${name(comp.total).en} = ${comp.parts.map((p) => name(p).en).join(' + ')}`,
        );
        if (!seen.has(words.zh)) seen.set(words.zh, words);
      }
    }
    return joinBi([...seen.values()], '；', '; ');
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const folds = new SumFolds(ctx);
    for (const table of ctx.tables.all()) {
      const spec = ctx.template.byKind.get(table.kind)?.spec;
      const t = tableName(ctx.template, table.kind);
      for (const comp of spec?.compositions ?? []) {
        // A composition applies where the table prints every column it names (optional columns may be absent).
        if (![comp.total, ...comp.parts].every((c) => table.columns.includes(c) || table.incomeColumns?.includes(c)))
          continue;
        const totalName = columnName(ctx.template, table.kind, comp.total);
        const names = comp.parts.map((p) => columnName(ctx.template, table.kind, p));
        for (const row of table.rows) {
          if (!(comp.total in row.values)) continue;
          const name = rowName(row, row.key);
          checkSum(tally, folds, {
            rule: this.id,
            table,
            total: cellOf(table, row, comp.total),
            parts: comp.parts.map((p) => cellOf(table, row, p)),
            unreadable: () =>
              bi(`${t.zh} ${name.zh} 的列位置未能确定`, `${t.en}: the columns of ${name.en} could not be settled`),
            equation: () =>
              bi(
                `${name.zh}：${totalName.zh} = ${names.map((n) => n.zh).join(' + ')}`,
                `${name.en}: ${totalName.en} = ${names.map((n) => n.en).join(' + ')}`,
              ),
            roundingLine: (sum, printed) =>
              bi(`${name.zh}：${totalName.zh} ${printed} ≈ ${sum}`, `${name.en}: ${totalName.en} ${printed} ≈ ${sum}`),
            message: () =>
              bi(
                `${t.zh}：${name.zh}的“${totalName.zh}”不等于${names.map((n) => n.zh).join('、')}之和`,
                `${t.en}: ${name.en}, ${totalName.en} is not the sum of ${names.map((n) => n.en).join(', ')}`,
              ),
          });
        }
      }
    }
    for (const f of folds.findings(ctx, this.id)) tally.add(f);
    return tally.outcome(bi('没有需要核对列间关系的表', 'no table with columns that compose'));
  },
};
