import { reasonDirection, spanOf } from '../../claims/text.js';
import { formatPercent } from '../../model/amount.js';
import { bi, joinBi, quote } from '../../model/bilingual.js';
import type { Claim, StatedChange } from '../../model/claim.js';
import type { Ref } from '../../model/finding.js';
import { changeRefs, claimRef } from '../claim-refs.js';
import { percentQuantity, printedQuantity, showAmount } from '../quantities.js';
import {
  agreement,
  type Figure,
  growthAgreement,
  orderAgreement,
  printedFigure,
  ratio,
  roundingNotes,
} from '../rounding.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';

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
            `${quote(claim.label)}: ${quote(change.text)} — a change of 0 is "flat"`,
          ),
          refs: changeRefs(claim),
        });
        continue;
      }
      const now = printedFigure(current);
      const by = printedFigure(amount);
      // Amounts are never negative: an increase larger than this year's amount leaves last year below
      // zero (wanli-2023: 政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元 — copied from the line above).
      if (change.direction === 'increase' && orderAgreement(by, '<=', now) === 'mismatch') {
        const last = showAmount(current.fen - amount.fen, current.unit, Math.max(current.decimals, amount.decimals));
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `“${claim.label}”${current.text}，却写作“${change.text}”：增加额大于本年数，上年数将为${last}`,
            `${quote(claim.label)} is ${current.text} yet ${quote(change.text)}: the increase exceeds this year's amount, leaving last year at ${last}`,
          ),
          formula: bi(`${current.text} − ${amount.text} = ${last} < 0`),
          refs: changeRefs(claim),
        });
        continue;
      }
      const pct = change.percent;
      if (!pct) continue;
      // Last year = this year ∓ the change: a figure as wide as both printed figures together.
      const sign = change.direction === 'increase' ? -1 : 1;
      const base: Figure = { fen: current.fen + sign * amount.fen, unit: 0, spread: now.spread + by.spread };
      const verdict = growthAgreement(pct, by, base);
      if (verdict === 'exact') continue;
      const baseText = `${current.text} ${change.direction === 'increase' ? '−' : '+'} ${amount.text}`;
      if (verdict === 'not_computable') {
        // A new item: last year was 0, and only "100%" is the convention (accepted above).
        tally.add({
          rule: this.id,
          severity: 'info',
          message: bi(
            `“${claim.label}”上年数为0（${baseText}），增减率无法计算，文字写作${pct.text}`,
            `${quote(claim.label)}: last year was 0 (${baseText}), so no rate follows; the text states ${pct.text}`,
          ),
          formula: bi(`${amount.text} ÷ (${baseText}) = ${amount.text} ÷ 0`),
          refs: changeRefs(claim),
          actual: percentQuantity(pct.value / 100, pct.text),
        });
        continue;
      }
      const exact = ratio(amount.fen, base.fen);
      const computed = formatPercent(exact, pct.decimals);
      const formula = bi(`${amount.text} ÷ (${baseText}) = ${computed} ≠ ${pct.text}`);
      if (verdict === 'truncated' || verdict === 'one_unit') {
        roundingNotes(ctx).note(
          verdict === 'truncated' ? 'percent_truncated' : 'percent_rounding',
          this.id,
          bi('增减率', 'Rates of change'),
          changeRefs(claim),
          bi(`“${claim.label}”：${formula.zh}`, `${quote(claim.label)}: ${formula.en}`),
        );
        continue;
      }
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `“${claim.label}”的增减率${pct.text}与增减额${amount.text}不符（应为${computed}）`,
          `${quote(claim.label)}: ${pct.text} does not follow from a change of ${amount.text} (it gives ${computed})`,
        ),
        formula,
        refs: changeRefs(claim),
        expected: percentQuantity(exact, computed),
        actual: percentQuantity(pct.value / 100, pct.text),
      });
    }
    reasonsAgainstChanges(ctx, tally, this.id);
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
    return tally.outcome(bi('没有同时写明增减额和增减率的说明', 'no change stated with both an amount and a rate'));
  },
};

const WORD: Record<StatedChange['direction'], string> = { increase: '增加', decrease: '减少', flat: '持平' };

/** A reason of one clause ("…经费增加"), not a list of causes that may pull both ways. */
const oneClause = (reason: string) => !/[、，,；;和及与]/u.test(reason);

/** "财政拨款收入支出减少的主要原因是…": the change a reason sentence names for itself. */
const NAMED_CHANGE =
  /(?<what>(?:财政拨款)?(?:收入支出|收入|支出))(?<dir>增加|增长|减少|下降|持平)(?:的)?主要原因(?:是|为)?\s*[:：]?\s*(?<reason>[^。；]{1,80})/gu;

/**
 * Reasons that say the opposite of the change they explain, in every style: a reason right after a
 * stated change ("比2024年预算减少1,945万元，主要原因是…经费增加"), and a sentence that names its own change
 * ("财政拨款收入支出减少的主要原因是…") against the changes the totals state, or against its own reason.
 * Warnings: a reason's words are a reading, not arithmetic.
 */
function reasonsAgainstChanges(ctx: CheckContext, tally: Tally, rule: string): void {
  const add = (claimRefs: Ref[], zh: string, en: string) =>
    tally.add({ rule, severity: 'warning', message: bi(zh, en), refs: claimRefs });
  for (const claim of changed(ctx.claims)) {
    const change = claim.change;
    if (!change?.reason || change.direction === 'flat' || !oneClause(change.reason)) continue;
    tally.compared();
    const said = reasonDirection(change.reason);
    if (!said || said === 'flat' || said === change.direction) continue;
    add(
      [claimRef(claim)],
      `“${claim.label}”写作“${change.text}”，所述原因却是“${change.reason}”`,
      `${quote(claim.label)}: ${quote(change.text)}, but the reason given says it ${said}d (${quote(change.reason)})`,
    );
  }
  for (const [si, section] of ctx.document.sections.entries()) {
    if (section.kind !== 'explanation') continue;
    const totals = changed(ctx.claims).filter(
      (c) => c.kind === 'total' && c.span.section === si && c.change && c.change.direction !== 'flat',
    );
    for (const [pi, p] of section.paragraphs.entries()) {
      for (const m of p.text.matchAll(NAMED_CHANGE)) {
        const named = /增加|增长/.test(m.groups?.dir ?? '')
          ? 'increase'
          : /减少|下降/.test(m.groups?.dir ?? '')
            ? 'decrease'
            : 'flat';
        const start = m.index ?? 0;
        const ref: Ref = { ...spanOf(p, si, pi, start, start + m[0].length), text: m[0] };
        const fiscal = /财政拨款/.test(m.groups?.what ?? '');
        const about = totals.filter((c) => !fiscal || /财政拨款/.test(c.label));
        tally.compared();
        if (named !== 'flat' && about.length > 0 && about.every((c) => c.change?.direction !== named)) {
          const stated = about[0];
          add(
            [ref, ...about.map(claimRef)],
            `写“${m.groups?.what}${m.groups?.dir}的主要原因”，但文中所写为${WORD[stated?.change?.direction ?? 'flat']}：“${stated?.label}”${stated?.change?.text ?? ''}`,
            `${quote(`${m.groups?.what}${m.groups?.dir}…`)}, but the text states the change the other way (${quote(stated?.label ?? '')} ${stated?.change?.text ?? ''})`,
          );
          continue;
        }
        const reason = m.groups?.reason ?? '';
        const said = reasonDirection(reason);
        if (named !== 'flat' && said && said !== 'flat' && said !== named && oneClause(reason))
          add(
            [ref],
            `写“${m.groups?.what}${m.groups?.dir}”，所述原因却是“${reason}”`,
            `${quote(`${m.groups?.what}${m.groups?.dir}`)}, but the reason given says it ${said}d (${quote(reason)})`,
          );
      }
    }
  }
}

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
    const year = ctx.document.meta.year;
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
      // One change printed at two precisions ("1,945万元", "1944.6万元") is the same change.
      const sameAmount = (a: Claim, b: Claim) => {
        const x = ch(a).amount;
        const y = ch(b).amount;
        if (!x || !y) return (x?.fen ?? 0) === (y?.fen ?? 0);
        return agreement(printedFigure(x), printedFigure(y)) !== 'mismatch';
      };
      // A base year other than the year before the document's is document.years' finding (a stale
      // year): the same change stated against it is that one mistake, not a second disagreement.
      const stale = (c: Claim) => year !== undefined && ch(c).baseYear !== undefined && ch(c).baseYear !== year - 1;
      const sameBase = (a: Claim, b: Claim) => (ch(a).baseYear ?? 0) === (ch(b).baseYear ?? 0) || stale(a) || stale(b);
      const sameChange = (a: Claim, b: Claim) =>
        ch(a).direction === ch(b).direction && sameAmount(a, b) && sameBase(a, b);
      const disagree: Claim[] = [];
      const otherBasis: Claim[] = [];
      for (const [i, a] of stated.entries())
        for (const b of stated.slice(i + 1)) {
          if (sameChange(a, b)) {
            // The same change, one printing cut off (1364.77 and 1364.7, seed 003): a note.
            const x = ch(a).amount;
            const y = ch(b).amount;
            if (x && y && agreement(printedFigure(x), printedFigure(y)) === 'truncated')
              roundingNotes(ctx).note(
                'truncated',
                this.id,
                bi('同一增减', 'One change stated twice'),
                [claimRef(a), claimRef(b)],
                bi(
                  `“${a.label}”${ch(a).text}；“${b.label}”${ch(b).text}`,
                  `${quote(a.label)} ${quote(ch(a).text)}; ${quote(b.label)} ${quote(ch(b).text)}`,
                ),
              );
            continue;
          }
          const into = comparable(a, b) ? disagree : otherBasis;
          for (const c of [a, b]) if (!into.includes(c)) into.push(c);
        }
      const show = (list: Claim[]) => list.map((c) => `“${c.label}”${ch(c).text}`).join('，');
      const showEn = (list: Claim[]) => list.map((c) => `${quote(c.label)} ${quote(ch(c).text)}`).join(', ');
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
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
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
        const verdict = agreement(printedFigure(a), printedFigure(b));
        if (verdict === 'exact') continue;
        if (verdict !== 'mismatch') {
          roundingNotes(ctx).note(
            'restated',
            this.id,
            bi('同一数额', 'Amounts stated twice'),
            [claimRef(first), claimRef(other)],
            bi(`“${first.label}”${a.text} ≈ ${b.text}`),
          );
          continue;
        }
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `“${first.label}”前后两处金额不同：${a.text} 与 ${b.text}`,
            `${quote(first.label)} is stated as ${a.text} and as ${b.text}`,
          ),
          formula: bi(`${a.text} ≠ ${b.text}`),
          refs: [claimRef(first), claimRef(other)],
          expected: printedQuantity(a),
          actual: printedQuantity(b),
        });
      }
    }
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
    return tally.outcome(bi('没有重复陈述的数额', 'no quantity stated twice'));
  },
};
