import { roundTo } from '../../model/amount.js';
import { money } from '../cells.js';
import { sumOperands } from '../operands.js';
import { Tally } from '../rule.js';
import { moneyComparison } from '../wording.js';

/**
 * The template's identities between tables, evaluated cell by cell (and, with `each`, for every class
 * or code found in either table). Error-level identities are the documents' own rules; warning-level
 * ones are conventions that usually hold. A 10,000× difference is named as a 元/万元 mix-up.
 */
function evaluate(ctx, tally, rule, identity) {
  const operands = [...identity.left, ...identity.right];
  const kinds = new Set(operands.map((o) => o.table));
  for (const kind of kinds) if (!ctx.tables.get(kind)) return; // not applicable: a table is missing
  for (const code of codesOf(ctx, identity)) {
    const left = sumOperands(ctx.tables, identity.left, code);
    const right = sumOperands(ctx.tables, identity.right, code);
    if (left.blank && right.blank) continue; // nothing printed on either side for this code
    // A total printed blank is reported by the in-table rules, not once more here.
    if (left.printedBlank || right.printedBlank) continue;
    if (!left.readable || !right.readable) {
      tally.couldNotRead(`${identity.zh}：有单元格的列位置未能确定`);
      continue;
    }
    tally.compared();
    const [l, r] = comparable(left, right);
    const holds = identity.relation === '=' ? l === r : identity.relation === '>=' ? l >= r : l <= r;
    const unit = left.unit === '万元' || right.unit === '万元' ? '万元' : '元';
    const where = code ? `（${code}）` : '';
    if (holds) {
      tally.passed(rule, () => ({
        formula: `${identity.zh}${where}：${money(l, unit)} ${identity.relation === '=' ? '=' : identity.relation === '>=' ? '≥' : '≤'} ${money(r, unit)}`,
        refs: [...left.refs, ...right.refs],
      }));
      continue;
    }
    const mixup = l !== 0 && r !== 0 && (l === r * 10_000 || r === l * 10_000);
    const rel = identity.relation === '=' ? '≠' : identity.relation === '>=' ? '<' : '>';
    tally.add({
      rule,
      severity: identity.severity,
      message: `${identity.zh}${where}不成立${mixup ? '：两者相差一万倍，可能混淆了元与万元' : ''}`,
      messageEn: `${identity.en}${code ? ` (${code})` : ''} does not hold${mixup ? ': they differ by 10,000×, 元 and 万元 may be mixed up' : ''}`,
      formula: `${identity.zh}${where}：${money(l, unit)} ${rel} ${money(r, unit)}`,
      formulaEn: `${identity.en}${code ? ` (${code})` : ''}: ${money(l, unit)} ${rel} ${money(r, unit)}`,
      refs: [...left.refs, ...right.refs],
      ...moneyComparison(r, l, unit),
    });
  }
}
/** Both sides at the coarser precision when a 万元 table meets a 元 table (三公 vs 经济分类). */
function comparable(left, right) {
  if (left.unit === right.unit) return [left.value, right.value];
  return [roundTo(left.value, '万元', 2), roundTo(right.value, '万元', 2)];
}
function codesOf(ctx, identity) {
  if (!identity.each) return [''];
  const codes = new Set();
  for (const o of [...identity.left, ...identity.right]) {
    for (const row of ctx.tables.get(o.table)?.rows ?? []) {
      if (!/^\d+$/.test(row.key) || (o.side && row.side !== o.side)) continue;
      if (identity.each === 'class' && row.level !== 1) continue;
      codes.add(row.key);
    }
  }
  return [...codes].sort();
}
function identityRule(id, severity, title, titleEn, formula, formulaEn) {
  return {
    id,
    title,
    titleEn,
    section: 'cross_table',
    severity,
    formula,
    formulaEn,
    run(ctx) {
      const tally = new Tally(ctx);
      const identities = ctx.template.template.identities.filter((i) => i.severity === severity);
      for (const identity of identities) evaluate(ctx, tally, this.id, identity);
      return tally.outcome('核对所需的表不存在');
    },
  };
}
export const crossTable = identityRule(
  'cross_table.identities',
  'error',
  '表间勾稽关系',
  'Identities between tables',
  '收入总表合计 = 财务收支总表收入总计；各科目收入合计 = 支出合计；财政拨款收入 = 三张资金表之和；一般公共预算基本支出 = 经济分类合计 …（模板中的全部表间恒等式）',
  'every identity between tables that the template lists',
);
export const conventions = identityRule(
  'cross_table.conventions',
  'warning',
  '表间通常成立的对应关系',
  'Conventions between tables',
  '30108 = 2080505，30109 = 2080506，30113 = 2210201，30110 + 30111 = 21011（基本支出）；人员经费 = 301 + 303，公用经费 = 302 + 310；三公各项 ≥ 对应经济科目；机关运行经费 ≤ 公用经费',
  'conventional correspondences (pension, annuity, housing fund, medical insurance; personnel and public; three public costs)',
);
//# sourceMappingURL=cross-table.js.map
