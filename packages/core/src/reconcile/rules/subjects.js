import { claimRef, RoundingInfos } from '../claim-refs.js';
import { firstPresent, sumOperands } from '../operands.js';
import { Tally } from '../rule.js';
import { SubjectIndex } from '../subjects.js';
import {
  matchPrinted,
  percentAgrees,
  printedQuantity,
  rangeOf,
  showAmount,
  stepOf,
  sumAgrees,
  tableQuantity,
} from '../tolerance.js';

/**
 * 财政拨款支出主要内容: each “X”科目 amount = the 财政拨款 amount of subject X (general + government
 * fund + state capital tables for its code, never the all-funds expenditure table); the subject is
 * named as the tables name it; the listed subjects add up to 财政拨款支出; and in the execution
 * style, 预算安排 repeats the line's amount and the stated percentage follows from the two years.
 */
const subjects = (ctx) => ctx.claims.filter((c) => c.kind === 'subject' && c.amount);
function fiscalAmount(ctx, code) {
  return sumOperands(
    ctx.tables,
    ctx.template.template.fiscalTables.map((table) => ({ table, row: code, column: 'total' })),
  );
}
export const subjectAmounts = {
  id: 'prose.subjects',
  title: '“X”科目金额 = 该科目财政拨款数',
  titleEn: 'Each subject line equals the fiscal appropriation of that subject',
  section: 'prose',
  severity: 'error',
  formula: '“X”科目 = 一般公共预算 + 政府性基金 + 国有资本经营预算支出功能分类表中科目X的合计（按打印精度四舍五入）',
  formulaEn: 'subject X = Σ over the three fund tables of X total, rounded to the printed precision',
  run(ctx) {
    const tally = new Tally(ctx);
    const infos = new RoundingInfos();
    const index = new SubjectIndex(ctx.tables, ctx.template.template.fiscalTables, ctx.document.meta.year);
    const fundTablesPresent = ctx.template.template.fiscalTables.some((t) => ctx.tables.get(t));
    for (const claim of subjects(ctx)) {
      const printed = claim.amount;
      if (!printed) continue;
      if (!fundTablesPresent) {
        tally.couldNotRead('财政拨款支出功能分类表不存在');
        continue;
      }
      const codes = index.resolve(claim);
      if (codes.length === 0) {
        tally.couldNotRead(`表中找不到科目“${claim.label}”`);
        continue;
      }
      const sums = codes.map((c) => ({ code: c, sum: fiscalAmount(ctx, c.code) }));
      if (sums.some((s) => !s.sum.readable)) {
        tally.couldNotRead(`科目“${claim.label}”的表格数值未能确定`);
        continue;
      }
      tally.compared();
      const matching = sums.find((s) => matchPrinted(printed, s.sum.value) === 'match');
      if (matching) continue;
      const truncated = sums.find((s) => matchPrinted(printed, s.sum.value) === 'truncated');
      if (truncated) {
        const t = showAmount(truncated.sum.value, printed.unit, 4);
        infos.add(
          'all',
          [claimRef(claim), ...truncated.sum.refs],
          `“${claim.label}”${printed.text} ← ${truncated.code.code} ${t}`,
          `"${claim.label}" ${printed.text} ← ${truncated.code.code} ${t}`,
        );
        continue;
      }
      const best = sums[0];
      if (!best) continue;
      const tableText = showAmount(best.sum.value, printed.unit, Math.max(2, printed.decimals));
      const allFunds = firstPresent(ctx.tables, [
        [{ table: 'expenditure_summary', row: best.code.code, column: 'total' }],
      ]);
      const isAllFunds = allFunds && matchPrinted(printed, allFunds.value) !== 'mismatch';
      tally.add({
        rule: this.id,
        severity: 'error',
        message: `“${claim.label}”科目${printed.text}与财政拨款数不符（${best.code.code} ${best.code.tableName}：${tableText}）${isAllFunds ? '；文字所列为含非财政拨款的支出总数' : ''}`,
        messageEn: `subject "${claim.label}" ${printed.text} differs from its fiscal appropriation (${best.code.code}: ${tableText})${isAllFunds ? '; the text gives the all-funds amount' : ''}`,
        formula: `“${claim.label}” = Σ 财政拨款 ${best.code.code}：文字 ${printed.text} ≠ 表格 ${tableText}`,
        formulaEn: `"${claim.label}" = fiscal ${best.code.code}: text ${printed.text} ≠ tables ${tableText}`,
        refs: [claimRef(claim), ...best.sum.refs, ...(isAllFunds && allFunds ? allFunds.refs : [])],
        expected: tableQuantity(best.sum.value, printed),
        actual: printedQuantity(printed),
        tolerance: `按万元保留${printed.decimals}位小数四舍五入`,
      });
    }
    for (const f of infos.findings(this.id, () => ({ zh: '科目金额', en: 'Subject amounts' }))) tally.add(f);
    return tally.outcome('编制说明中没有列出科目');
  },
};
export const subjectNames = {
  id: 'prose.subject_names',
  title: '科目名称与表格一致',
  titleEn: 'Subjects are named as the tables name them',
  section: 'prose',
  severity: 'warning',
  formula: '文字中的科目名称 = 表中同一编码的科目名称',
  formulaEn: 'the subject name in the text = the name the tables print for its code',
  run(ctx) {
    const tally = new Tally(ctx);
    const index = new SubjectIndex(ctx.tables, ctx.template.template.fiscalTables, ctx.document.meta.year);
    // Subjects no table names: one warning listing them all (their amounts could not be checked).
    const unresolved = [];
    for (const claim of subjects(ctx)) {
      tally.compared();
      const codes = index.resolve(claim);
      const printed = claim.names?.join('/') ?? claim.label;
      if (codes.length === 0) {
        unresolved.push(claim);
        continue;
      }
      // A former name is the stale-name rule's finding (classification.stale_names), not a second one here.
      if (codes.some((c) => c.exact || (c.variants.length === 0 && c.stale.length > 0))) continue;
      const c = codes[0];
      if (!c) continue;
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: `科目名称“${printed}”与表中 ${c.code}“${c.tableName}”不一致`,
        messageEn: `subject "${printed}" is named "${c.tableName}" (${c.code}) in the tables`,
        formula: `“${printed}” ≠ ${c.code} ${c.tableName}`,
        refs: [claimRef(claim), { table: 'general_budget_by_function', row: c.code, text: c.tableName }],
        expected: { unit: 'text', text: c.tableName },
        actual: { unit: 'text', text: printed },
      });
    }
    if (unresolved.length > 0) {
      const list = unresolved.map((c) => `“${c.names?.join('/') ?? c.label}”`);
      const count = unresolved.length > 1 ? `（${unresolved.length}处）` : '';
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: `表中没有名为${list.join('、')}的科目${count}`,
        messageEn: `no subject named ${list.join(', ')} in the tables`,
        refs: unresolved.map(claimRef),
        ...(unresolved.length > 1 ? { count: unresolved.length } : {}),
      });
    }
    return tally.outcome('编制说明中没有列出科目');
  },
};
export const subjectSum = {
  id: 'prose.subject_sum',
  title: '所列科目之和 = 财政拨款支出',
  titleEn: 'The listed subjects add up to the fiscal expenditure',
  section: 'prose',
  severity: 'error',
  formula: 'Σ“X”科目 = 财政拨款支出（按各数的打印精度容差）；多于为错误，少于为警告（所列不全）',
  formulaEn:
    'Σ subjects = fiscal expenditure (within the rounding of each printed amount); more is an error, less a warning',
  run(ctx) {
    const tally = new Tally(ctx);
    const list = subjects(ctx);
    if (list.length === 0) return tally.outcome('编制说明中没有列出科目');
    const unique = list;
    const target = ctx.template.template.claimTargets.find((t) => t.key === 'fiscal_expenditure');
    const cells = target ? firstPresent(ctx.tables, target.cells) : undefined;
    if (!cells?.readable) {
      tally.couldNotRead('财政拨款支出合计未能读取');
      return tally.outcome();
    }
    tally.compared();
    const amounts = unique.map((c) => c.amount).filter((a) => a !== undefined);
    const unit = amounts[0]?.unit ?? '万元';
    const decimals = Math.max(...amounts.map((a) => a.decimals));
    const total = { fen: cells.value, unit, decimals: 6, text: '' };
    const sum = amounts.reduce((s, a) => s + a.fen, 0);
    if (sumAgrees(amounts, total)) return tally.outcome();
    const more = sum > cells.value;
    tally.add({
      rule: this.id,
      severity: more ? 'error' : 'warning',
      message: more
        ? `所列科目之和 ${showAmount(sum, unit, decimals)} 大于财政拨款支出 ${showAmount(cells.value, unit, 2)}`
        : `所列科目之和 ${showAmount(sum, unit, decimals)} 小于财政拨款支出 ${showAmount(cells.value, unit, 2)}：所列科目可能不全`,
      messageEn: more
        ? `the listed subjects add up to ${showAmount(sum, unit, decimals)}, more than the fiscal expenditure ${showAmount(cells.value, unit, 2)}`
        : `the listed subjects add up to ${showAmount(sum, unit, decimals)}, less than the fiscal expenditure ${showAmount(cells.value, unit, 2)}: the list may be incomplete`,
      formula: `${unique.map((c) => c.amount?.text).join(' + ')} = ${showAmount(sum, unit, decimals)} ≠ ${showAmount(cells.value, unit, 2)}`,
      refs: [...unique.map(claimRef), ...cells.refs],
      expected: tableQuantity(cells.value, { unit, decimals: 2 }),
      actual: { fen: sum, unit, text: showAmount(sum, unit, decimals) },
      tolerance: `各数四舍五入误差之和（${unique.length} × ${showAmount(stepOf({ unit, decimals }) / 2, unit, 4)}）`,
    });
    return tally.outcome();
  },
};
export const subjectTrend = {
  id: 'prose.subject_trend',
  title: '科目的上年执行数、本年安排与增减率一致',
  titleEn: 'Subject lines: planned amount and change rate follow from their numbers',
  section: 'prose',
  severity: 'error',
  formula: '“预算安排B” = 该科目金额；增减率 = (B − A) ÷ A（A 为上年执行数），按打印精度',
  formulaEn: 'planned B = the line amount; rate = (B − A) / A with A last year’s execution, to the printed precision',
  run(ctx) {
    const tally = new Tally(ctx);
    for (const claim of subjects(ctx)) {
      const amount = claim.amount;
      if (!amount) continue;
      if (claim.planned) {
        tally.compared();
        if (claim.planned.fen !== amount.fen)
          tally.add({
            rule: this.id,
            severity: 'error',
            message: `“${claim.label}”科目金额 ${amount.text} 与同一段中的“预算安排”${claim.planned.text}不一致`,
            messageEn: `"${claim.label}": the line states ${amount.text} but its planned amount is ${claim.planned.text}`,
            formula: `${amount.text} ≠ ${claim.planned.text}`,
            refs: [claimRef(claim)],
            expected: printedQuantity(amount),
            actual: printedQuantity(claim.planned),
          });
      }
      const change = claim.change;
      const base = change?.baseAmount;
      const current = claim.planned ?? amount;
      if (!change || !base) continue;
      tally.compared();
      const problem = trendProblem(change, base, current);
      if (problem)
        tally.add({
          rule: this.id,
          severity: problem.severity,
          message: `“${claim.label}”：${problem.zh}`,
          messageEn: `"${claim.label}": ${problem.en}`,
          formula: problem.formula,
          refs: [claimRef(claim)],
          ...(problem.expected ? { expected: problem.expected } : {}),
          ...(change.percent
            ? { actual: { value: change.percent.value / 100, unit: '%', text: change.percent.text } }
            : {}),
        });
    }
    return tally.outcome('没有“上年执行数—本年安排”形式的科目说明');
  },
};
function trendProblem(change, base, current) {
  const diff = current.fen - base.fen;
  const dir = diff === 0 ? 'flat' : diff > 0 ? 'increase' : 'decrease';
  const [blo, bhi] = rangeOf(base);
  const [clo, chi] = rangeOf(current);
  if (change.direction !== dir && !(change.direction === 'flat' && clo <= bhi && blo <= chi)) {
    const word = { increase: '增加', decrease: '减少', flat: '持平' };
    return {
      severity: 'error',
      zh: `写作“${word[change.direction]}”，但${base.text}→${current.text}是${word[dir]}`,
      en: `stated as ${change.direction}, but ${base.text} → ${current.text} is ${dir}`,
      formula: `${base.text} → ${current.text}：${change.text}`,
    };
  }
  const pct = change.percent;
  if (!pct || change.direction === 'flat') return undefined;
  if (base.fen === 0) {
    return {
      severity: 'info',
      zh: `上年执行数为0，增减率无法计算，文字写作${pct.text}`,
      en: `last year's execution is 0, so no rate can follow; the text states ${pct.text}`,
      formula: `(${current.text} − 0) ÷ 0`,
    };
  }
  const changeRange = dir === 'increase' ? [clo - bhi, chi - blo] : [blo - chi, bhi - clo];
  if (percentAgrees(pct, changeRange, [blo, bhi])) return undefined;
  const exact = (Math.abs(diff) / base.fen) * 100;
  const shown = `${exact.toFixed(pct.decimals)}%`;
  return {
    severity: 'error',
    zh: `增减率写作${pct.text}，按${base.text}→${current.text}应为${shown}`,
    en: `the rate is stated as ${pct.text}; ${base.text} → ${current.text} gives ${shown}`,
    formula: `(${current.text} − ${base.text}) ÷ ${base.text} = ${shown} ≠ ${pct.text}`,
    expected: { value: exact, unit: '%', text: shown },
  };
}
//# sourceMappingURL=subjects.js.map
