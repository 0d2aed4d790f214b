import { formatPercent } from '../../model/amount.js';
import { bi, quote } from '../../model/bilingual.js';
import type { Claim, PrintedAmount } from '../../model/claim.js';
import { claimRef } from '../claim-refs.js';
import { percentQuantity } from '../quantities.js';
import {
  addsUpToHundred,
  type Figure,
  percentAgreement,
  printedFigure,
  ratio,
  roundingNotes,
  sharesAddUp,
  sumAgreement,
} from '../rounding.js';
import { type Rule, Tally } from '../rule.js';
import { wholeOf } from '../stated.js';

/**
 * Shares as the prose states them ("其他收入6.2万元，占0.21%"), for any document: the stated share follows
 * from the two amounts at its printed precision — computed over the whole range the rounded amounts
 * allow (the rounding model) — and the shares of a complete list (its parts add up to the whole) add
 * up to 100% within their own rounding. A share cut off instead of rounded, or one unit off where the
 * list's shares add up to exactly 100% (尾差调整), is a note. The sum is reported only where no share
 * of the list is wrong by itself: a wrong share already explains a wrong sum.
 */

/** "71.65%" for a part of a whole, at the stated precision ("—" of a whole of 0). */
const shareText = (part: number, whole: number, decimals: number) => formatPercent(ratio(part, whole), decimals);

export const shares: Rule = {
  id: 'prose.shares',
  title: bi('“占X%”与两数相符，完整列举之和为100%', 'Stated shares follow from their amounts and add up to 100%'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '占比 = 部分 ÷ 整体（按两数打印精度的取值范围，按占比的打印精度）；各部分之和等于整体时，各占比之和 = 100%（容差为各占比半个打印单位之和）',
      'share = part ÷ whole (over the range the rounded amounts allow, at the printed precision); when the parts make up the whole, the shares add up to 100% within their rounding',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const notes = roundingNotes(ctx);
    const title = bi('占比', 'Shares');
    const groups = new Map<
      string,
      { claims: Claim[]; whole: Figure; wrong: boolean; oneUnit: { claim: Claim; line: ReturnType<typeof bi> }[] }
    >();
    for (const claim of ctx.claims) {
      const share = claim.share;
      const part = claim.amount;
      if (!share || !part) continue;
      const whole = wholeOf(ctx, claim);
      const wholeName = share.wholeLabel ?? share.wholeKey ?? '';
      if (!whole || !('amount' in whole)) {
        tally.couldNotRead(
          bi(
            `${quote(claim.label)}的占比所指的“${wholeName}”未能读到`,
            `the whole of ${quote(claim.label)}'s share could not be read`,
          ),
        );
        continue;
      }
      tally.compared();
      const refs = [claimRef(claim), ...whole.refs];
      const stated = share.percent;
      let group = groups.get(share.group);
      if (!group) groups.set(share.group, (group = { claims: [], whole: whole.figure, wrong: false, oneUnit: [] }));
      group.claims.push(claim);
      if (whole.amount.fen === 0) {
        group.wrong = true;
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `${quote(claim.label)}写“占${stated.text}”，但“${wholeName}”为0，占比无从计算`,
            `${quote(claim.label)} is said to be ${stated.text} of ${quote(wholeName)}, which is 0`,
          ),
          refs,
          actual: percentQuantity(stated.value / 100, stated.text),
        });
        continue;
      }
      const verdict = percentAgreement(stated, printedFigure(part), whole.figure);
      const computed = shareText(part.fen, whole.amount.fen, stated.decimals);
      const line = bi(`${quote(claim.label)}：${part.text} ÷ ${whole.amount.text} = ${computed}，文中写${stated.text}`);
      if (verdict === 'truncated') {
        notes.note('percent_truncated', this.id, title, refs, line);
        continue;
      }
      if (verdict === 'one_unit') {
        // 尾差 or rounding: decided once the whole list is known.
        group.oneUnit.push({ claim, line });
        continue;
      }
      if (verdict === 'exact') {
        tally.passed(this.id, () => ({
          formula: bi(
            `${part.text} ÷ ${whole.amount.text} = ${shareText(part.fen, whole.amount.fen, stated.decimals)}`,
          ),
          refs,
        }));
        continue;
      }
      group.wrong = true;
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `${quote(claim.label)}${part.text}占“${wholeName}”${whole.amount.text}的${computed}，文中写${stated.text}`,
          `${quote(claim.label)} ${part.text} is ${computed} of ${quote(wholeName)} ${whole.amount.text}, the text says ${stated.text}`,
        ),
        formula: bi(`${part.text} ÷ ${whole.amount.text} = ${computed} ≠ ${stated.text}`),
        refs,
        expected: percentQuantity(ratio(part.fen, whole.amount.fen), computed),
        actual: percentQuantity(stated.value / 100, stated.text),
        tolerance: bi(
          `两数按打印精度四舍五入，占比保留${stated.decimals}位小数`,
          `both amounts rounded as printed; the share to ${stated.decimals} decimals`,
        ),
      });
    }
    for (const group of groups.values()) {
      // A share one unit off: the list's 尾差 when its shares add up to exactly 100%, else rounding.
      const percents = group.claims.map((c) => c.share?.percent as NonNullable<Claim['share']>['percent']);
      const tail = addsUpToHundred(percents);
      for (const { claim, line } of group.oneUnit)
        notes.note(tail ? 'tail' : 'percent_rounding', this.id, title, [claimRef(claim)], line);
      if (group.claims.length < 2 || group.wrong) continue;
      const parts = group.claims.map((c) => printedFigure(c.amount as PrintedAmount));
      // Only a list whose parts make up the whole must add up to 100%.
      if (sumAgreement(parts, group.whole) === 'mismatch') continue;
      tally.compared();
      const { sum, slack, agrees } = sharesAddUp(percents);
      if (agrees) continue;
      const decimals = Math.max(...percents.map((p) => p.decimals));
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `${group.claims.map((c) => `“${c.label}”`).join('、')}合计为“${group.claims[0]?.share?.wholeLabel ?? ''}”的全部，但所写占比之和为${formatPercent(sum, decimals)}`,
          `${group.claims.map((c) => `${quote(c.label)}`).join(', ')} make up the whole, but their shares add up to ${formatPercent(sum, decimals)}`,
        ),
        formula: bi(`${percents.map((p) => p.text).join(' + ')} = ${formatPercent(sum, decimals)} ≠ 100%`),
        refs: group.claims.map(claimRef),
        expected: percentQuantity(100, '100%'),
        actual: percentQuantity(sum, `${formatPercent(sum, decimals)}`),
        tolerance: bi(
          `各占比半个打印单位之和（±${formatPercent(slack, decimals + 1)}）`,
          `half a printed unit per share`,
        ),
      });
    }
    for (const f of notes.findings(this.id)) tally.add(f);
    return tally.outcome(bi('文字中没有写明占比', 'the text states no share'));
  },
};
