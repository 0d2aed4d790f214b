import { bi, quote } from '../../model/bilingual.js';
import type { Claim, PrintedAmount } from '../../model/claim.js';
import { claimRef } from '../claim-refs.js';
import { printedQuantity, showAmount } from '../quantities.js';
import {
  agreement,
  exactFigure,
  orderAgreement,
  printedFigure,
  roundingNotes,
  sumAgreement,
  sumFigure,
} from '../rounding.js';
import { type Rule, Tally } from '../rule.js';

/**
 * Statements whose parts must add up: 政府采购 (货物 + 工程 + 服务 = 总额, 预留 ≤ 总额, 小微 ≤ 预留),
 * vehicles (共有 N 辆 = Σ categories, and the planned purchases), 机构设置 (units listed = 行政 + 事业
 * = 下属 N 家 + 1), project blocks (年度预算安排 = Σ listed parts) and stated products (16人 × 5977元).
 */

const byKey = (claims: readonly Claim[], key: string) => claims.filter((c) => c.key === key);

/**
 * The part a total counts twice (or leaves out twice): when the total agrees with the parts' sum once
 * one part is added or taken away again, that part is the mistake, not the total's arithmetic.
 */
function countedTwice(parts: readonly Claim[], total: PrintedAmount): Claim | undefined {
  const amounts = parts.map((p) => p.amount).filter((a): a is PrintedAmount => a !== undefined);
  return parts.find((p) => {
    const a = p.amount;
    if (!a || a.fen === 0) return false;
    const figures = amounts.map(printedFigure);
    return (
      sumAgreement([...figures, printedFigure(a)], printedFigure(total)) !== 'mismatch' ||
      sumAgreement(figures, printedFigure({ ...total, fen: total.fen + a.fen })) !== 'mismatch'
    );
  });
}

export const procurement: Rule = {
  id: 'prose.procurement',
  title: bi(
    '政府采购：各类之和 = 总额，预留不超过总额',
    'Procurement: goods + works + services = total; reserved shares within it',
  ),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '货物 + 工程 + 服务 = 政府采购预算；面向中小企业预留 ≤ 政府采购预算；其中小微企业 ≤ 预留',
      'goods + works + services = total; SME reserve ≤ total; small and micro ≤ SME reserve',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const claims = ctx.claims.filter((c) => c.kind === 'procurement');
    const one = (key: string) => byKey(claims, `procurement.${key}`)[0];
    const total = one('total');
    const parts = ['goods', 'works', 'services'].map(one);
    if (total?.amount && parts.every((p) => p?.amount)) {
      tally.compared();
      const amounts = parts.map((p) => p?.amount as PrintedAmount);
      const verdict = sumAgreement(amounts.map(printedFigure), printedFigure(total.amount));
      // Prose figures rounded one by one may add up within their rounding: right, nothing to note.
      if (verdict === 'mismatch') {
        const sum = amounts.reduce((s, a) => s + a.fen, 0);
        const twice = countedTwice(parts as Claim[], total.amount);
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `政府采购货物、工程、服务预算之和 ${showAmount(sum, '万元')} 不等于政府采购预算 ${total.amount.text}${twice ? `；差额正是“${twice.label}”${twice.amount?.text}，该项疑为计算了两次` : ''}`,
            `procurement goods + works + services = ${showAmount(sum, '万元')}, not the stated total ${total.amount.text}${twice ? `; the difference is exactly ${quote(twice.label)} ${twice.amount?.text}, counted twice` : ''}`,
          ),
          formula: bi(`${amounts.map((a) => a.text).join(' + ')} = ${showAmount(sum, '万元')} ≠ ${total.amount.text}`),
          refs: [claimRef(total), ...parts.map((p) => claimRef(p as Claim))],
          expected: { fen: sum, unit: '万元', text: showAmount(sum, '万元') },
          actual: printedQuantity(total.amount),
        });
      }
    }
    /**
     * Contracts won by small firms in the projects reserved for them and in the other projects are
     * contracts of the year: together at most the total (决算 十一（二）). An amount of the small-firm
     * reserve counted again under the other projects puts the two parts above their total.
     */
    const awardsWithinTotal = (
      whole: Claim | undefined,
      reserved: Claim | undefined,
      small: Claim | undefined,
      other: Claim | undefined,
    ) => {
      if (!whole?.amount || !other?.amount || !(reserved?.amount || small?.amount)) return;
      const inReserved = [reserved, small]
        .filter((c): c is Claim => c?.amount !== undefined)
        .sort((a, b) => (b.amount?.fen ?? 0) - (a.amount?.fen ?? 0))[0] as Claim;
      const parts = [inReserved, other];
      tally.compared();
      const sum = (inReserved.amount?.fen ?? 0) + (other.amount?.fen ?? 0);
      const figures = parts.map((c) => printedFigure(c.amount as PrintedAmount));
      if (orderAgreement(sumFigure(figures), '<=', printedFigure(whole.amount)) !== 'mismatch') return;
      // The excess is the small-firm reserve's amount: counted again under the other projects.
      const twice =
        small?.amount &&
        small.amount.fen > 0 &&
        agreement(printedFigure(small.amount), {
          fen: sum - whole.amount.fen,
          unit: 0,
          spread: sumFigure(figures).spread + printedFigure(whole.amount).spread,
        }) !== 'mismatch'
          ? small
          : undefined;
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `中小企业中标或成交的采购金额（预留项目${inReserved.amount?.text}、其他项目${other.amount?.text}）之和${showAmount(sum, '万元')}超过政府采购金额${whole.amount.text}${twice ? `；超出部分正是小微企业预留项目的${twice.amount?.text}，疑在“其他政府采购项目”中又计了一次` : ''}`,
          `contracts won by small firms (reserved ${inReserved.amount?.text}, other ${other.amount?.text}) add up to ${showAmount(sum, '万元')}, above the procurement total ${whole.amount.text}${twice ? `; the excess is the small-firm reserve's ${twice.amount?.text}, counted again under the other projects` : ''}`,
        ),
        formula: bi(
          `${inReserved.amount?.text} + ${other.amount?.text} = ${showAmount(sum, '万元')} > ${whole.amount.text}`,
        ),
        refs: [claimRef(whole), ...parts.map(claimRef), ...(twice && twice !== inReserved ? [claimRef(twice)] : [])],
        expected: printedQuantity(whole.amount, bi('政府采购金额', 'procurement total')),
        actual: { fen: sum, unit: '万元', text: showAmount(sum, '万元'), label: bi('两部分之和', 'the two parts') },
      });
    };
    const atMost = (part: Claim | undefined, whole: Claim | undefined, zh: string, en: string) => {
      if (!part?.amount || !whole?.amount) return;
      tally.compared();
      if (orderAgreement(printedFigure(part.amount), '<=', printedFigure(whole.amount)) !== 'mismatch') return;
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `${zh}：${part.amount.text} > ${whole.amount.text}`,
          `${en}: ${part.amount.text} > ${whole.amount.text}`,
        ),
        formula: bi(`${part.label} ${part.amount.text} ≤ ${whole.label} ${whole.amount.text}`),
        refs: [claimRef(part), claimRef(whole)],
      });
    };
    awardsWithinTotal(total, one('sme_awarded'), one('small_micro_awarded'), one('other_sme_awarded'));
    atMost(
      one('sme_reserved'),
      total,
      '面向中小企业预留的金额超过政府采购预算',
      'the SME reserve exceeds the procurement total',
    );
    atMost(
      one('small_micro'),
      one('sme_reserved'),
      '预留给小微企业的金额超过面向中小企业预留的金额',
      'the small and micro reserve exceeds the SME reserve',
    );
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
    return tally.outcome(bi('文字中没有政府采购预算', 'no procurement budget in the text'));
  },
};

export const vehicles: Rule = {
  id: 'prose.vehicles',
  title: bi('车辆总数 = 各类车辆之和', 'Vehicle totals equal the sum of their categories'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi('共有车辆 N 辆 = Σ 各类用车；预算安排购置车辆 N 辆 = Σ 各类用车', 'vehicles owned (and planned) = Σ categories'),
  run(ctx) {
    const tally = new Tally(ctx);
    for (const c of ctx.claims.filter((x) => x.kind === 'vehicles' && x.parts && x.count !== undefined)) {
      tally.compared();
      const sum = (c.parts ?? []).reduce((s, p) => s + (p.count ?? 0), 0);
      if (sum === c.count) continue;
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `${c.label}${c.count}辆，但各类用车合计${sum}辆`,
          `${c.key === 'vehicles.owned' ? 'vehicles owned' : 'vehicles to buy'}: ${c.count} stated, the categories add up to ${sum}`,
        ),
        formula: bi(`${(c.parts ?? []).map((p) => `${p.label}${p.count}`).join(' + ')} = ${sum} ≠ ${c.count}`),
        refs: [claimRef(c)],
        expected: { value: sum, unit: 'count', text: String(sum) },
        actual: { value: c.count ?? 0, unit: 'count', text: String(c.count) },
      });
    }
    return tally.outcome(bi('文字中没有车辆及其分类', 'no vehicles by category in the text'));
  },
};

export const organization: Rule = {
  id: 'prose.organization',
  title: bi(
    '机构设置：所列单位数 = 各类单位数 = 下属单位数 + 1',
    'Organisation: units listed = units by type = subordinate units + 1',
  ),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '列出的单位个数 = 行政单位 + 参公单位 + 事业单位 = 下属 N 家 + 本部 1 家',
      'listed units = administrative + civil-service-managed + institutions = subordinates + 1',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    for (const c of ctx.claims.filter((x) => x.kind === 'organization')) {
      const byType = (c.parts ?? []).reduce((s, p) => s + (p.count ?? 0), 0);
      const counts: [string, string, number][] = [];
      if (c.parts && c.parts.length > 0) counts.push(['各类单位合计', 'units by type', byType]);
      if (c.count !== undefined)
        counts.push([`下属${c.count}家 + 本部1家 = `, `${c.count} subordinates + the head office =`, c.count + 1]);
      if (c.names && c.names.length > 0) counts.push(['所列单位', 'units listed', c.names.length]);
      for (let i = 1; i < counts.length; i++) {
        const [aZh, aEn, a] = counts[0] as [string, string, number];
        const [bZh, bEn, b] = counts[i] as [string, string, number];
        tally.compared();
        if (a === b) continue;
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `机构设置中单位数不一致：${aZh}${a}家，${bZh}${b}家`,
            `organisation counts disagree: ${aEn} ${a}, ${bEn} ${b}`,
          ),
          formula: bi(`${aZh} ${a} ≠ ${bZh.trimEnd()} ${b}`),
          refs: [claimRef(c)],
          expected: { value: a, unit: 'count', text: String(a) },
          actual: { value: b, unit: 'count', text: String(b) },
        });
      }
    }
    return tally.outcome(bi('机构设置中没有单位数', 'no unit counts in the organisation section'));
  },
};

export const projectParts: Rule = {
  id: 'prose.projects',
  title: bi('项目年度预算安排 = 所列各部分之和', 'Each project budget equals the sum of the parts it lists'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '年度预算安排（项目资金总额、共计）= Σ 其中所列各项（按打印精度）',
      'a project’s annual budget = Σ the parts it lists, within rounding',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    for (const c of ctx.claims.filter((x) => x.kind === 'project_budget')) {
      const parts = (c.parts ?? []).map((p) => p.amount).filter((a): a is PrintedAmount => a !== undefined);
      if (!c.amount || parts.length < 2) continue;
      tally.compared();
      const verdict = sumAgreement(parts.map(printedFigure), printedFigure(c.amount));
      if (verdict !== 'mismatch') continue;
      const sum = parts.reduce((s, a) => s + a.fen, 0);
      const twice = countedTwice(
        (c.parts ?? []).map((p) => ({ ...c, label: p.label, ...(p.amount ? { amount: p.amount } : {}) })),
        c.amount,
      );
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `项目“${c.label}”预算${c.amount.text}，所列各部分之和为${showAmount(sum, '万元')}${twice ? `；差额正是“${twice.label}”${twice.amount?.text}，该项疑为计算了两次` : ''}`,
          `project ${quote(c.label)}: ${c.amount.text} stated, its parts add up to ${showAmount(sum, '万元')}${twice ? `; the difference is exactly ${quote(twice.label)} ${twice.amount?.text}, counted twice` : ''}`,
        ),
        formula: bi(`${parts.map((a) => a.text).join(' + ')} = ${showAmount(sum, '万元')} ≠ ${c.amount.text}`),
        refs: [claimRef(c)],
        expected: { fen: sum, unit: '万元', text: showAmount(sum, '万元') },
        actual: printedQuantity(c.amount),
      });
    }
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
    return tally.outcome(bi('没有列出组成部分的项目预算', 'no project budget that lists its parts'));
  },
};

export const products: Rule = {
  id: 'prose.arithmetic',
  title: bi('文字中的乘积计算正确', 'Products stated in the text are right'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi('数量 × 单价 = 所写金额（按所写精度）', 'count × rate = the stated amount, at its printed precision'),
  run(ctx) {
    const tally = new Tally(ctx);
    for (const c of ctx.claims.filter((x) => x.kind === 'product')) {
      const count = c.parts?.find((p) => p.key === 'count')?.count;
      const rate = c.parts?.find((p) => p.key === 'rate')?.amount;
      if (!c.amount || count === undefined || !rate) continue;
      tally.compared();
      const product = count * rate.fen;
      // The rate is exact as printed (a price), the product is the stated figure's to round.
      const verdict = agreement(exactFigure(product), printedFigure(c.amount));
      if (verdict === 'exact') continue;
      if (verdict === 'truncated') {
        roundingNotes(ctx).note(
          'truncated',
          this.id,
          bi('乘积', 'Products'),
          [claimRef(c)],
          bi(`“${c.label}”：${count} × ${rate.text} = ${showAmount(product, '万元', 4)} → ${c.amount.text}`),
        );
        continue;
      }
      const shown = showAmount(product, '万元', 4);
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `“${c.label}”：${count} × ${rate.text} = ${shown}，文字写作${c.amount.text}`,
          `${quote(c.label)}: ${count} × ${rate.text} = ${shown}, stated as ${c.amount.text}`,
        ),
        formula: bi(`${count} × ${rate.text} = ${shown} ≠ ${c.amount.text}`),
        refs: [claimRef(c)],
        expected: { fen: product, unit: '万元', text: shown },
        actual: printedQuantity(c.amount),
      });
    }
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
    return tally.outcome(bi('文字中没有乘积计算', 'no product stated in the text'));
  },
};
