import { bi, quote } from '../../model/bilingual.js';
import type { BudgetTable } from '../../model/table.js';
import { compact } from '../../text/normalize.js';
import { type Rule, Tally } from '../rule.js';

/**
 * An empty fund table says why in a note that names its own fund ("…无政府性基金预算财政拨款支出，故本表
 * 无数据" under the government-fund table). A note copied from the other fund's table names the wrong
 * fund: the table is left unexplained and the note misstates what is absent. Fund words are the
 * template's (`TableSpec.fund`).
 */

const hasValues = (t: BudgetTable) => t.rows.some((r) => Object.values(r.values).some((v) => v !== null && v !== 0));

export const fundNotes: Rule = {
  id: 'document.fund_notes',
  title: bi('空的基金表说明写的是本表的基金', 'An empty fund table’s note names its own fund'),
  section: 'document',
  severity: 'warning',
  formula: (template) => {
    const funds = template.tables.flatMap((t) => (t.spec.fund ? [`${t.spec.name.zh}：${t.spec.fund}`] : []));
    return funds.length > 0
      ? bi(
          `空表的说明须写本表的基金（${funds.join('；')}），不写其他基金`,
          'the note of an empty fund table names its own fund',
        )
      : bi('模板中没有基金表', 'the template has no fund table');
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const specs = ctx.template.tables.filter((t) => t.spec.fund);
    for (const { spec } of specs) {
      const table = ctx.tables.get(spec.kind);
      const fund = spec.fund as string;
      if (!table || hasValues(table) || table.notes.length === 0) continue;
      tally.compared();
      const notes = table.notes.map(compact);
      if (notes.some((n) => n.includes(fund))) continue;
      const others = specs.flatMap((s) => (s.spec.fund && s.spec.fund !== fund ? [s.spec.fund] : []));
      const wrong = notes.find((n) => others.some((o) => n.includes(o)));
      if (!wrong) continue;
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `“${table.title}”为空，其说明写的却是其他基金：“${wrong}”`,
          `${quote(spec.name.en)} is empty and its note names another fund: ${quote(wrong)}`,
        ),
        refs: [
          {
            table: table.kind,
            text: wrong,
            ...(table.source.page ? { page: table.source.page } : {}),
            ...(table.source.line ? { line: table.source.line } : {}),
          },
        ],
        expected: { unit: 'text', text: fund },
        actual: { unit: 'text', text: wrong },
      });
    }
    return tally.outcome(bi('没有附说明的空基金表', 'no empty fund table with a note'));
  },
};
