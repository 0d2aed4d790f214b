import { bi, joinBi, quote } from '../../model/bilingual.js';
import type { Claim } from '../../model/claim.js';
import { claimRef } from '../claim-refs.js';
import { type Rule, Tally } from '../rule.js';
import { percentAgrees, printedQuantity, rangeOf, showAmount } from '../tolerance.js';

/**
 * Statements about change against last year, checked against their own numbers:
 * - a stated amount and percentage agree (percentage = change ÷ last year, last year = this year ∓ change);
 * - 持平 states no amount, and an amount of 0 is 持平 (info);
 * - the same change stated twice (财政拨款收入 and 财政拨款支出 are one quantity) agrees;
 * - the same quantity stated twice has one value.
 */

const changed = (claims: readonly Claim[]) => claims.filter((c) => c.change && c.amount && c.kind !== 'subject');

export const changeArithmetic: Rule = {
  id: 'prose.change_arithmetic',
  title: bi('增减额与增减率相符', 'Stated changes and percentages follow from their own numbers'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '增减率 = 增减额 ÷（本年数 ∓ 增减额）；“持平”即增减额为0',
      'rate = change ÷ (this year ∓ change); flat means a change of 0',
    ),
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
          message: bi(
            `“${claim.label}”写作“${change.text}”：变动为0，应表述为“持平”`,
            `"${claim.label}": "${change.text}" — a change of 0 is "flat"`,
          ),
          refs: [claimRef(claim)],
        });
        continue;
      }
      const [clo, chi] = rangeOf(current);
      const [alo, ahi] = rangeOf(amount);
      // Amounts are never negative: an increase larger than this year's amount leaves last year below
      // zero (wanli-2023: 政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元 — copied from the line above).
      if (change.direction === 'increase' && alo > chi) {
        const last = showAmount(current.fen - amount.fen, current.unit, Math.max(current.decimals, amount.decimals));
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `“${claim.label}”${current.text}，却写作“${change.text}”：增加额大于本年数，上年数将为${last}`,
            `"${claim.label}" is ${current.text} yet "${change.text}": the increase exceeds this year's amount, leaving last year at ${last}`,
          ),
          formula: bi(`${current.text} − ${amount.text} = ${last} < 0`),
          refs: [claimRef(claim)],
        });
        continue;
      }
      const pct = change.percent;
      if (!pct) continue;
      const base: [number, number] = change.direction === 'increase' ? [clo - ahi, chi - alo] : [clo + alo, chi + ahi];
      if (percentAgrees(pct, [alo, ahi], base)) continue;
      const exactBase = change.direction === 'increase' ? current.fen - amount.fen : current.fen + amount.fen;
      const computed = `${((amount.fen / exactBase) * 100).toFixed(pct.decimals)}%`;
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `“${claim.label}”的增减率${pct.text}与增减额${amount.text}不符（应为${computed}）`,
          `"${claim.label}": ${pct.text} does not follow from a change of ${amount.text} (it gives ${computed})`,
        ),
        formula: bi(
          `${amount.text} ÷ (${current.text} ${change.direction === 'increase' ? '−' : '+'} ${amount.text}) = ${computed} ≠ ${pct.text}`,
        ),
        refs: [claimRef(claim)],
        expected: { value: (amount.fen / exactBase) * 100, unit: '%', text: computed },
        actual: { value: pct.value / 100, unit: '%', text: pct.text },
      });
    }
    return tally.outcome(bi('没有同时写明增减额和增减率的说明', 'no change stated with both an amount and a rate'));
  },
};

export const changeAgreement: Rule = {
  id: 'prose.change_agreement',
  title: bi('同一增减只有一种说法', 'The same change is stated the same way everywhere'),
  section: 'prose',
  severity: 'error',
  formula(template) {
    const phrases = template.template.claims;
    const label = (key: string) => phrases.totals.find((t) => t.key === key)?.label ?? key;
    const groups = phrases.sameChanges.map((same) => {
      const one = bi(
        `${same.keys.map(label).join('与')}的增减额、比较年度和口径一致`,
        `${same.keys.join(', ')} state the same change (amount, year, basis)`,
      );
      const also = same.alsoWhenZero;
      if (!also) return one;
      return bi(
        `${one.zh}；${also.zero.map(label).join('、')}为0时，${label(also.key)}的增减亦同`,
        `${one.en}; so does ${also.key} when ${also.zero.join(' and ')} are 0`,
      );
    });
    return groups.length > 0 ? joinBi(groups, '；', '; ') : bi('模板未列出', 'none in the template');
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const claims = changed(ctx.claims);
    const byKey = (key: string) => claims.filter((c) => c.key === key);
    // Quantities the template says are one (fiscal income is spent as fiscal expenditure); with only
    // general-budget money, its change is the fiscal change too.
    const zero = (key: string) =>
      ctx.claims
        .filter((c) => c.key === key)
        .every(
          (c) => c.amount?.fen === 0 && (!c.change || c.change.direction === 'flat' || c.change.amount?.fen === 0),
        );
    const groups = ctx.template.template.claims.sameChanges.map((same) =>
      same.alsoWhenZero?.zero.every(zero) ? [...same.keys, same.alsoWhenZero.key] : [...same.keys],
    );
    for (const keys of groups) {
      const stated = keys.flatMap(byKey).filter((c) => c.change);
      if (stated.length < 2) continue;
      tally.compared();
      const ch = (c: Claim) => c.change as NonNullable<Claim['change']>;
      // Statements against different bases (预算执行数 vs 预算) are different quantities: they cannot
      // disagree, only be compared with each other, which they cannot (swj-2025: 收入 against 2024's
      // execution, 支出 against 2024's budget).
      const comparable = (a: Claim, b: Claim) =>
        ch(a).basis === ch(b).basis || ch(a).basis === 'unspecified' || ch(b).basis === 'unspecified';
      const sameChange = (a: Claim, b: Claim) =>
        ch(a).direction === ch(b).direction &&
        (ch(a).amount?.fen ?? 0) === (ch(b).amount?.fen ?? 0) &&
        (ch(a).baseYear ?? 0) === (ch(b).baseYear ?? 0);
      const disagree: Claim[] = [];
      const otherBasis: Claim[] = [];
      for (const [i, a] of stated.entries())
        for (const b of stated.slice(i + 1)) {
          if (sameChange(a, b)) continue;
          const into = comparable(a, b) ? disagree : otherBasis;
          for (const c of [a, b]) if (!into.includes(c)) into.push(c);
        }
      const show = (list: Claim[]) => list.map((c) => `“${c.label}”${ch(c).text}`).join('，');
      const showEn = (list: Claim[]) => list.map((c) => `"${c.label}" ${quote(ch(c).text)}`).join(', ');
      if (disagree.length > 0) {
        // The first statement of each way of putting it, in the order printed.
        const distinct = disagree.filter((c, i) => disagree.findIndex((d) => sameChange(c, d)) === i);
        const [first, second] = distinct;
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `同一增减两处不一致：${show(distinct)}`,
            `the same change is stated differently: ${showEn(distinct)}`,
          ),
          formula: bi(distinct.map((c) => ch(c).text).join(' ≠ '), distinct.map((c) => quote(ch(c).text)).join(' ≠ ')),
          refs: disagree.map(claimRef),
          ...(first?.change?.amount
            ? { expected: printedQuantity(first.change.amount, bi(first.label, quote(first.label))) }
            : {}),
          ...(second?.change?.amount
            ? { actual: printedQuantity(second.change.amount, bi(second.label, quote(second.label))) }
            : {}),
        });
        continue;
      }
      if (otherBasis.length > 0)
        tally.add({
          rule: this.id,
          severity: 'info',
          message: bi(
            `同一增减的比较基数不同，无法互相核对：${show(otherBasis)}`,
            `the same change is measured against different bases, so the statements cannot be compared: ${showEn(otherBasis)}`,
          ),
          formula: bi(
            otherBasis.map((c) => ch(c).text).join('；'),
            otherBasis.map((c) => quote(ch(c).text)).join('; '),
          ),
          refs: otherBasis.map(claimRef),
        });
    }
    return tally.outcome(bi('没有重复陈述的增减', 'no change stated twice'));
  },
};

const REPEATABLE = new Set<Claim['kind']>([
  'total',
  'subject',
  'three_public',
  'operating_costs',
  'procurement',
  'performance',
]);

export const repeatedStatements: Rule = {
  id: 'prose.repeated',
  title: bi('同一数额两处一致', 'A quantity stated twice has one value'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '同一项目在文字中出现多次时，金额（按较低的打印精度）相同',
      'the same quantity stated twice agrees at the coarser printed precision',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const byKey = new Map<string, Claim[]>();
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
          message: bi(
            `“${first.label}”前后两处金额不同：${a.text} 与 ${b.text}`,
            `"${first.label}" is stated as ${a.text} and as ${b.text}`,
          ),
          formula: bi(`${a.text} ≠ ${b.text}`),
          refs: [claimRef(first), claimRef(other)],
          expected: printedQuantity(a),
          actual: printedQuantity(b),
        });
      }
    }
    return tally.outcome(bi('没有重复陈述的数额', 'no quantity stated twice'));
  },
};
