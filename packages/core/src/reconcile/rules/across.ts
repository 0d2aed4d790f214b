import { bi } from '../../model/bilingual.js';
import { Tables } from '../cells.js';
import { claimRef } from '../claim-refs.js';
import { firstPresent } from '../operands.js';
import { exactAmount, showAmount } from '../quantities.js';
import { agreement, changeAgreement, exactFigure, printedFigure, roundingNotes } from '../rounding.js';
import { type Rule, Tally } from '../rule.js';

/**
 * With last year's document of the same department loaded, the change statements of this year
 * ("比2024年预算减少1,945万元", "与2024年预算持平") are checked against last year's tables.
 */
export const againstLastYear: Rule = {
  id: 'across.changes',
  title: bi('与上年预算比较的增减 = 两年表格之差', 'Changes against last year match last year’s document'),
  section: 'across_documents',
  severity: 'error',
  formula: () =>
    bi(
      '本年数 − 上年文档中的同一数 = 所写增减额（按打印精度）；持平即两年相等',
      'this year − the same quantity in last year’s document = the stated change; flat means equal',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const year = ctx.document.meta.year;
    const previous = ctx.previous.find((d) => d.meta.year !== undefined && d.meta.year === (year ?? 0) - 1);
    if (!previous)
      return tally.outcome(bi('未提供同一部门上一年度的文档', 'no document of the same department for last year'));
    const lastTables = new Tables(previous);
    const targets = new Map(ctx.template.template.claimTargets.map((t) => [t.key, t]));
    for (const claim of ctx.claims) {
      const change = claim.change;
      const target = targets.get(claim.key);
      if (!change || !target || change.basis === 'execution' || change.baseYear !== previous.meta.year) continue;
      const now = firstPresent(ctx.tables, target.cells);
      const then = firstPresent(lastTables, target.cells);
      if (!now || !then || !now.readable || !then.readable) {
        tally.couldNotRead(
          bi(`“${claim.label}”在两年的表中未能都读到`, `"${claim.label}" could not be read in both years' tables`),
        );
        continue;
      }
      tally.compared();
      const diff = now.value - then.value;
      const unit = change.amount?.unit ?? claim.amount?.unit ?? '万元';
      const shown = showAmount(Math.abs(diff), unit, change.amount?.decimals ?? 2);
      // The rounding model: a change printed as the difference of two rounded figures is rounding.
      const verdict = change.amount ? changeAgreement(printedFigure(change.amount), then.figure, now.figure) : 'exact';
      const flat =
        agreement(now.figure, then.figure) !== 'mismatch' ||
        agreement(exactFigure(diff), printedFigure({ fen: 0, unit, decimals: 2 })) === 'exact';
      const dir = flat ? 'flat' : diff > 0 ? 'increase' : 'decrease';
      const directionOk =
        change.direction === dir ||
        (dir === 'flat' && change.amount?.fen === 0) ||
        (change.direction === 'flat' && flat);
      if (verdict !== 'mismatch' && directionOk) {
        if (verdict !== 'exact' && change.amount)
          roundingNotes(ctx).note(
            verdict === 'truncated' ? 'truncated' : 'difference',
            this.id,
            bi('与上年比较的增减', 'Changes against last year'),
            [claimRef(claim), ...now.refs, ...then.refs],
            bi(
              `“${claim.label}”${change.amount.text} ≈ ${exactAmount(now.value, unit)} − ${exactAmount(then.value, unit)}`,
            ),
          );
        continue;
      }
      const word = { increase: '增加', decrease: '减少', flat: '持平' }[dir];
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `“${claim.label}”写作“${change.text}”，而与上年文档相比实际${word}${dir === 'flat' ? '' : shown}`,
          `"${claim.label}": "${change.text}", but against last year's document it ${dir === 'flat' ? 'is flat' : `${dir}s by ${shown}`}`,
        ),
        // Exact amounts, so the subtraction redone by hand gives the difference shown.
        formula: bi(
          `${exactAmount(now.value, unit)} − ${exactAmount(then.value, unit)}（${previous.meta.year}年文档）= ${diff < 0 ? '−' : ''}${exactAmount(Math.abs(diff), unit)}`,
          `${exactAmount(now.value, unit)} − ${exactAmount(then.value, unit)} (${previous.meta.year} document) = ${diff < 0 ? '−' : ''}${exactAmount(Math.abs(diff), unit)}`,
        ),
        refs: [
          claimRef(claim),
          ...now.refs,
          ...then.refs.map((r) => ({ ...r, text: `${previous.source.name}：${r.text ?? ''}` })),
        ],
        expected: {
          fen: Math.abs(diff),
          unit,
          text: exactAmount(Math.abs(diff), unit),
          label: bi('两年表格之差', 'tables, year on year'),
        },
        ...(change.amount
          ? { actual: { fen: change.amount.fen, unit, text: change.amount.text, label: bi('文字', 'text') } }
          : {}),
      });
    }
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
    return tally.outcome(bi('没有可与上年文档核对的增减', "no change to check against last year's document"));
  },
};
