import { claimRef, RoundingInfos } from '../claim-refs.js';
import { firstPresent } from '../operands.js';
import { Tally } from '../rule.js';
import { matchPrinted, printedQuantity, showAmount, tableQuantity, toleranceText } from '../tolerance.js';

/**
 * Prose amounts against the tables, through the template's claim targets (收入预算 → 收入总计,
 * 三公经费 → 三公表合计, …). A prose amount matches when it equals the table amount rounded to the
 * printed precision; a truncated amount is an info, clustered per rule.
 */
function proseAgainstTables(id, kinds, title, titleEn, formula) {
  const section = 'prose';
  return {
    id,
    title,
    titleEn,
    section,
    severity: 'error',
    formula,
    formulaEn: titleEn,
    run(ctx) {
      const tally = new Tally(ctx);
      const infos = new RoundingInfos();
      const targets = new Map(ctx.template.template.claimTargets.map((t) => [t.key, t]));
      const claims = ctx.claims.filter((c) => kinds.includes(c.kind) && c.amount && targets.has(c.key));
      for (const claim of claims) {
        const target = targets.get(claim.key);
        const printed = claim.amount;
        if (!target || !printed) continue;
        const cells = firstPresent(ctx.tables, target.cells);
        if (!cells) {
          tally.couldNotRead(`核对“${claim.label}”所需的表不存在`);
          continue;
        }
        if (!cells.readable) {
          tally.couldNotRead(`“${claim.label}”对应的表格数值的列位置未能确定`);
          continue;
        }
        tally.compared();
        const result = matchPrinted(printed, cells.value);
        const tableText = showAmount(cells.value, printed.unit, Math.max(2, printed.decimals));
        const refs = [claimRef(claim), ...cells.refs];
        if (result === 'match') {
          tally.passed(this.id, () => ({ formula: `${claim.label}：文字 ${printed.text} = 表格 ${tableText}`, refs }));
          continue;
        }
        if (result === 'truncated') {
          infos.add(
            'all',
            refs,
            `“${claim.label}”${printed.text} ← 表中 ${tableText}`,
            `"${claim.label}" ${printed.text} ← table ${tableText}`,
          );
          continue;
        }
        const tol = toleranceText(printed);
        tally.add({
          rule: this.id,
          severity: target.severity,
          message: `文字中的“${claim.label}”${printed.text}与表格不符（表中为${tableText}）`,
          messageEn: `"${claim.label}" stated as ${printed.text} in the text, but the tables give ${tableText}`,
          formula: `${claim.label}：文字 ${printed.text} ≠ 表格 ${tableText}`,
          formulaEn: `${claim.label}: text ${printed.text} ≠ tables ${tableText}`,
          refs,
          expected: tableQuantity(cells.value, printed),
          actual: printedQuantity(printed),
          difference: {
            fen: printed.fen - cells.value,
            unit: printed.unit,
            text: showAmount(printed.fen - cells.value, printed.unit, 4),
          },
          tolerance: tol.zh,
        });
      }
      for (const f of infos.findings(this.id, () => ({ zh: title, en: titleEn }))) tally.add(f);
      return tally.outcome('文字中没有可与表格核对的金额');
    },
  };
}
export const proseTotals = proseAgainstTables(
  'prose.totals',
  ['total'],
  '编制说明中的收支总数 = 表格',
  'Totals in the budget explanation match the tables',
  '收入预算、财政拨款收入、事业收入、其他收入、支出预算、财政拨款支出及各资金拨款支出 = 表中对应数（按打印精度四舍五入）',
);
export const proseThreePublic = proseAgainstTables(
  'prose.three_public',
  ['three_public', 'operating_costs'],
  '“三公”经费和机关运行经费文字 = 表格',
  'Three public costs and office running costs in the text match their table',
  '“三公”经费合计、因公出国（境）费、公务用车购置及运行费（购置费、运行费）、公务接待费、机关运行经费 = “三公”经费表',
);
export const prosePerformance = proseAgainstTables(
  'prose.performance',
  ['performance'],
  '绩效目标涉及的项目资金 = 项目支出',
  'Project funds with performance targets match project expenditure',
  '编报绩效目标的项目预算资金 = 支出预算总表 项目支出合计（不一致时为警告）',
);
//# sourceMappingURL=prose-tables.js.map
