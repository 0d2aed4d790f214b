import { cellOf, money, rowName } from '../cells.js';
import { RoundingInfos } from '../claim-refs.js';
import { Tally } from '../rule.js';
import { sumVerdict } from '../tolerance.js';
import { columnName, columnNameEn, moneyComparison, tableName, tableNameEn } from '../wording.js';
import { roundingFindings } from './hierarchy.js';
/** Per-row identities between columns, as the template states them (合计 = 基本支出 + 项目支出 …). */
export const composition = {
  id: 'in_table.composition',
  title: '合计列 = 各组成列之和',
  titleEn: 'Each row total equals the sum of its parts',
  section: 'in_table',
  severity: 'error',
  formula:
    '合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入；合计 = 基本支出 + 项目支出；合计 = 人员经费 + 公用经费；合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算；三公合计 = 出国 + 接待 + 公务用车，公务用车 = 购置 + 运行',
  formulaEn: 'row total = Σ parts for each composition of the template',
  run(ctx) {
    const tally = new Tally(ctx);
    const rounding = new RoundingInfos('rounding');
    for (const table of ctx.tables.all()) {
      const spec = ctx.template.byKind.get(table.kind)?.spec;
      for (const comp of spec?.compositions ?? []) {
        // A composition applies where the table prints every column it names (optional columns may be absent).
        if (![comp.total, ...comp.parts].every((c) => table.columns.includes(c) || table.incomeColumns?.includes(c)))
          continue;
        for (const row of table.rows) {
          if (!(comp.total in row.values)) continue;
          const total = cellOf(table, row, comp.total);
          const parts = comp.parts.map((p) => cellOf(table, row, p));
          if (!total.readable || parts.some((p) => !p.readable)) {
            tally.couldNotRead(`${tableName(ctx.template, table)} ${rowName(row, row.key)} 的列位置未能确定`);
            continue;
          }
          tally.compared();
          const sum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
          const names = comp.parts.map((p) => columnName(ctx.template, table.kind, p));
          const totalName = columnName(ctx.template, table.kind, comp.total);
          const name = rowName(row, row.key);
          const verdict = sumVerdict(sum, total.value, parts.length, table.unit);
          if (verdict === 'rounding') {
            const line = `${name}：${totalName} ${money(total.value, table.unit)} ≈ ${money(sum, table.unit)}`;
            rounding.add(table.kind, [total.ref, ...parts.map((p) => p.ref)], line, line);
            continue;
          }
          if (verdict === 'exact') {
            tally.passed(this.id, () => ({
              formula: `${name}：${totalName} = ${names.join(' + ')}：${money(total.value, table.unit)} = ${money(sum, table.unit)}`,
              refs: [total.ref, ...parts.map((p) => p.ref)],
            }));
            continue;
          }
          tally.add({
            rule: this.id,
            severity: 'error',
            message: `${tableName(ctx.template, table)}：${name}的“${totalName}”不等于${names.join('、')}之和`,
            messageEn: `${tableNameEn(ctx.template, table.kind)}: ${name}, ${columnNameEn(comp.total)} is not the sum of ${comp.parts.map(columnNameEn).join(', ')}`,
            formula: `${name}：${totalName} = ${names.join(' + ')}：${money(sum, table.unit)} ≠ ${total.value === null ? '空' : money(total.value, table.unit)}`,
            formulaEn: `${name}: ${columnNameEn(comp.total)} = ${comp.parts.map(columnNameEn).join(' + ')}: ${money(sum, table.unit)} ≠ ${total.value === null ? 'blank' : money(total.value, table.unit)}`,
            refs: [total.ref, ...parts.map((p) => p.ref)],
            ...moneyComparison(sum, total.value, table.unit),
          });
        }
      }
    }
    for (const f of roundingFindings(ctx, rounding, this.id)) tally.add(f);
    return tally.outcome('没有需要核对列间关系的表');
  },
};
//# sourceMappingURL=composition.js.map
