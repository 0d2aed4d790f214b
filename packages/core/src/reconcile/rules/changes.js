import { claimRef } from '../claim-refs.js';
import { Tally } from '../rule.js';
import { percentAgrees, printedQuantity, rangeOf } from '../tolerance.js';

/**
 * Statements about change against last year, checked against their own numbers:
 * - a stated amount and percentage agree (percentage = change ÷ last year, last year = this year ∓ change);
 * - 持平 states no amount, and an amount of 0 is 持平 (info);
 * - the same change stated twice (财政拨款收入 and 财政拨款支出 are one quantity) agrees;
 * - the same quantity stated twice has one value.
 */
const changed = (claims) => claims.filter((c) => c.change && c.amount && c.kind !== 'subject');
export const changeArithmetic = {
  id: 'prose.change_arithmetic',
  title: '增减额与增减率相符',
  titleEn: 'Stated changes and percentages follow from their own numbers',
  section: 'prose',
  severity: 'error',
  formula: '增减率 = 增减额 ÷（本年数 ∓ 增减额）；“持平”即增减额为0',
  formulaEn: 'rate = change ÷ (this year ∓ change); flat means a change of 0',
  run(ctx) {
    const tally = new Tally(ctx);
    for (const claim of changed(ctx.claims)) {
      const change = claim.change;
      const current = claim.amount;
      if (!change || !current) continue;
      const amount = change.amount;
      if (change.direction === 'flat' || !amount) continue;
      tally.compared();
      if (amount.fen === 0) {
        tally.add({
          rule: this.id,
          severity: 'info',
          message: `“${claim.label}”写作“${change.text}”：变动为0，应表述为“持平”`,
          messageEn: `"${claim.label}": "${change.text}" — a change of 0 is "flat"`,
          refs: [claimRef(claim)],
        });
        continue;
      }
      const pct = change.percent;
      if (!pct) continue;
      const [clo, chi] = rangeOf(current);
      const [alo, ahi] = rangeOf(amount);
      const base = change.direction === 'increase' ? [clo - ahi, chi - alo] : [clo + alo, chi + ahi];
      if (percentAgrees(pct, [alo, ahi], base)) continue;
      const exactBase = change.direction === 'increase' ? current.fen - amount.fen : current.fen + amount.fen;
      const computed = `${((amount.fen / exactBase) * 100).toFixed(pct.decimals)}%`;
      tally.add({
        rule: this.id,
        severity: 'error',
        message: `“${claim.label}”的增减率${pct.text}与增减额${amount.text}不符（应为${computed}）`,
        messageEn: `"${claim.label}": ${pct.text} does not follow from a change of ${amount.text} (it gives ${computed})`,
        formula: `${amount.text} ÷ (${current.text} ${change.direction === 'increase' ? '−' : '+'} ${amount.text}) = ${computed} ≠ ${pct.text}`,
        refs: [claimRef(claim)],
        expected: { value: (amount.fen / exactBase) * 100, unit: '%', text: computed },
        actual: { value: pct.value / 100, unit: '%', text: pct.text },
      });
    }
    return tally.outcome('没有同时写明增减额和增减率的说明');
  },
};
/** Quantities that are one and the same in Shanghai budgets: fiscal income is spent as fiscal expenditure. */
const SAME_CHANGE = [['fiscal_grant_income', 'fiscal_expenditure']];
export const changeAgreement = {
  id: 'prose.change_agreement',
  title: '同一增减只有一种说法',
  titleEn: 'The same change is stated the same way everywhere',
  section: 'prose',
  severity: 'error',
  formula:
    '财政拨款收入与财政拨款支出的增减额、比较年度和口径一致；资金只有一般公共预算时，一般公共预算拨款支出的增减亦同',
  formulaEn: 'fiscal income and fiscal expenditure state the same change (amount, year, basis)',
  run(ctx) {
    const tally = new Tally(ctx);
    const claims = changed(ctx.claims);
    const byKey = (key) => claims.filter((c) => c.key === key);
    const groups = SAME_CHANGE.map((keys) => [...keys]);
    // With only general-budget money, its change is the fiscal change.
    const zero = (key) =>
      ctx.claims
        .filter((c) => c.key === key)
        .every(
          (c) => c.amount?.fen === 0 && (!c.change || c.change.direction === 'flat' || c.change.amount?.fen === 0),
        );
    if (zero('gov_fund_expenditure') && zero('state_capital_expenditure')) groups[0]?.push('general_expenditure');
    for (const keys of groups) {
      const stated = keys.flatMap(byKey).filter((c) => c.change);
      if (stated.length < 2) continue;
      tally.compared();
      // Statements differ when amount, direction or year differ, or when they name different bases.
      const id = (c) => {
        const ch = c.change;
        return `${ch.direction}|${ch.amount?.fen ?? 0}|${ch.baseYear ?? ''}|${ch.basis === 'unspecified' ? '' : ch.basis}`;
      };
      const distinct = [...new Map(stated.map((c) => [id(c), c])).values()];
      if (distinct.length < 2) continue;
      const [first, ...others] = distinct;
      const a = first.change;
      const sameAmount = others.every(
        (o) => o.change?.amount?.fen === a.amount?.fen && o.change?.direction === a.direction,
      );
      tally.add({
        rule: this.id,
        severity: 'error',
        message: sameAmount
          ? `同一增减的比较口径不同：${distinct.map((c) => `“${c.label}”${c.change?.text}`).join('，')}`
          : `同一增减写法不一：${distinct.map((c) => `“${c.label}”${c.change?.text}`).join('，')}`,
        messageEn: sameAmount
          ? `the same change is compared against different bases: ${distinct.map((c) => `"${c.label}" ${c.change?.text}`).join(', ')}`
          : `the same change is stated differently: ${distinct.map((c) => `"${c.label}" ${c.change?.text}`).join(', ')}`,
        formula: distinct.map((c) => c.change?.text).join(' ≠ '),
        refs: stated.map(claimRef),
        ...(a.amount ? { expected: printedQuantity(a.amount) } : {}),
        ...(others[0]?.change?.amount ? { actual: printedQuantity(others[0].change.amount) } : {}),
      });
    }
    return tally.outcome('没有重复陈述的增减');
  },
};
const REPEATABLE = new Set(['total', 'subject', 'three_public', 'operating_costs', 'procurement', 'performance']);
export const repeatedStatements = {
  id: 'prose.repeated',
  title: '同一数额两处一致',
  titleEn: 'A quantity stated twice has one value',
  section: 'prose',
  severity: 'error',
  formula: '同一项目在文字中出现多次时，金额（按较低的打印精度）相同',
  formulaEn: 'the same quantity stated twice agrees at the coarser printed precision',
  run(ctx) {
    const tally = new Tally(ctx);
    const byKey = new Map();
    for (const c of ctx.claims) {
      if (!REPEATABLE.has(c.kind) || !c.amount) continue;
      let list = byKey.get(c.key);
      if (!list) byKey.set(c.key, (list = []));
      list.push(c);
    }
    for (const list of byKey.values()) {
      const first = list[0];
      for (const other of list.slice(1)) {
        const a = first?.amount;
        const b = other.amount;
        if (!first || !a || !b) continue;
        tally.compared();
        const [alo, ahi] = rangeOf(a);
        const [blo, bhi] = rangeOf(b);
        if (alo < bhi && blo < ahi) continue;
        if (a.fen === b.fen) continue;
        tally.add({
          rule: this.id,
          severity: 'error',
          message: `“${first.label}”前后两处金额不同：${a.text} 与 ${b.text}`,
          messageEn: `"${first.label}" is stated as ${a.text} and as ${b.text}`,
          formula: `${a.text} ≠ ${b.text}`,
          refs: [claimRef(first), claimRef(other)],
          expected: printedQuantity(a),
          actual: printedQuantity(b),
        });
      }
    }
    return tally.outcome('没有重复陈述的数额');
  },
};
//# sourceMappingURL=changes.js.map
