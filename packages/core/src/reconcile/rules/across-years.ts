import { type Bilingual, bi, quote } from '../../model/bilingual.js';
import type { Claim, PrintedAmount, StatedChange } from '../../model/claim.js';
import type { BudgetDocument } from '../../model/document.js';
import type { Ref } from '../../model/finding.js';
import { templateOf } from '../../templates/index.js';
import { Tables } from '../cells.js';
import { claimRef } from '../claim-refs.js';
import { firstPresent, type OperandSum } from '../operands.js';
import { exactAmount, showAmount } from '../quantities.js';
import {
  agreement,
  changeAgreement,
  exactFigure,
  printedFigure,
  type RoundingNotes,
  roundingNotes,
  sumAgreement,
  toleranceText,
} from '../rounding.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';
import { tableValue } from '../stated.js';

/**
 * A department over the years. Every statement of a change against an earlier year ("比2024年预算减少
 * 1,945万元", "与2023年度相比，收入支出总计减少56.95万元", "与2024年预算持平") names a figure of that
 * year: this year's amount minus the change. With that year's document of the same kind among the
 * inputs (a budget for a budget, final accounts for final accounts), the figure is that document's and
 * the change must be the difference (an error otherwise). A budget's figure for last year's budget is
 * also what last year's final accounts state as their initial budget (年初预算): where only those are
 * given, two documents that give one year's budget differently are named (a warning: which of the two
 * is wrong, or whether the budget was adjusted, the documents do not say).
 */

const NO_PREVIOUS = bi(
  '未提供同一部门（单位）此前年度的文档',
  'no document of the same department (or unit) of an earlier year was given',
);

const WORD = { increase: '增加', decrease: '减少', flat: '持平' } as const;

/** This year's amount minus the stated change: the figure the statement gives for the year compared with. */
function impliedThen(now: number, change: StatedChange): number {
  const fen = change.amount?.fen ?? 0;
  return change.direction === 'increase' ? now - fen : change.direction === 'decrease' ? now + fen : now;
}

/** Refs into another document, named by it. */
const elsewhere = (refs: readonly Ref[], document: BudgetDocument): Ref[] =>
  refs.map((r) => ({ ...r, document: document.source.name }));

export const acrossYears: Rule = {
  id: 'across.years',
  title: bi('与以前年度比较的增减 = 该年度文档中的数', 'Changes against an earlier year match that year’s documents'),
  section: 'across_documents',
  severity: 'error',
  formula: () =>
    bi(
      '本年数 − 所写增减 = 文中所称该年数 = 该年度同类文档中的同一数（按打印精度；持平即两年相等）；预算“比上年预算”所称的上年预算数 = 上年决算所载的年初预算数（不一致为警告）',
      'this year − the stated change = the figure it gives for the earlier year = the same figure in that year’s document of the same kind (at the printed precision; flat means equal); a budget’s figure for last year’s budget = the initial budget last year’s final accounts state (a warning when they differ)',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    if (ctx.previous.length === 0) return tally.outcome(NO_PREVIOUS);
    const year = ctx.document.meta.year;
    const stage = ctx.document.meta.stage;
    const targets = new Map(ctx.template.template.claimTargets.map((t) => [t.key, t]));
    for (const claim of ctx.claims) {
      const change = claim.change;
      const target = targets.get(claim.key);
      if (!change || !target || change.basis === 'execution') continue;
      const baseYear = change.baseYear ?? (year !== undefined ? year - 1 : undefined);
      if (baseYear === undefined) continue;
      const same = ctx.previous.find((d) => d.meta.year === baseYear && d.meta.stage === stage);
      const now = firstPresent(ctx.tables, target.cells);
      if (same) {
        const then = firstPresent(new Tables(same), target.cells);
        if (!now || !then || !now.readable || !then.readable) {
          tally.couldNotRead(
            bi(
              `“${claim.label}”在两年的表中未能都读到`,
              `${quote(claim.label)} could not be read in both years' tables`,
            ),
          );
          continue;
        }
        againstSameKind(tally, roundingNotes(ctx), claim, change, now, then, same, baseYear);
        continue;
      }
      const final = stage === 'budget' && change.basis === 'budget' ? finalOf(ctx, baseYear) : undefined;
      if (!final) continue;
      const stated = initialBudget(final, claim.key);
      if (!stated) continue;
      if (!now?.readable) {
        tally.couldNotRead(
          bi(`“${claim.label}”在表中未能读到`, `${quote(claim.label)} could not be read in the tables`),
        );
        continue;
      }
      againstFinal(tally, claim, change, now, stated, final, baseYear);
    }
    for (const f of roundingNotes(ctx).findings('across.years')) tally.add(f);
    return tally.outcome(
      bi('没有可与以前年度文档核对的增减', 'no change to check against the documents of earlier years'),
    );
  },
};

/** A budget's (or final accounts') change against the same kind of document of the year it names. */
function againstSameKind(
  tally: Tally,
  notes: RoundingNotes,
  claim: Claim,
  change: StatedChange,
  now: OperandSum,
  then: OperandSum,
  previous: BudgetDocument,
  baseYear: number,
): void {
  tally.compared();
  const diff = now.value - then.value;
  const unit = change.amount?.unit ?? claim.amount?.unit ?? '万元';
  const decimals = change.amount?.decimals ?? 2;
  // The rounding model: a change printed as the difference of two rounded figures is rounding; two
  // years equal as printed are flat.
  const verdict = change.amount ? changeAgreement(printedFigure(change.amount), then.figure, now.figure) : 'exact';
  const flat =
    agreement(now.figure, then.figure) !== 'mismatch' ||
    agreement(exactFigure(diff), printedFigure({ fen: 0, unit, decimals: 2 })) === 'exact';
  const dir = flat ? 'flat' : diff > 0 ? 'increase' : 'decrease';
  const directionOk =
    change.direction === dir || (dir === 'flat' && change.amount?.fen === 0) || (change.direction === 'flat' && flat);
  const name = previous.source.name;
  const refs = [claimRef(claim), ...now.refs, ...elsewhere(then.refs, previous)];
  if (verdict !== 'mismatch' && directionOk) {
    if (verdict !== 'exact' && change.amount)
      notes.note(
        verdict === 'truncated' ? 'truncated' : 'difference',
        'across.years',
        bi('与以前年度文档比较的增减', 'Changes against earlier documents'),
        refs,
        bi(
          `“${claim.label}”${change.amount.text} ≈ ${exactAmount(now.value, unit)} − ${exactAmount(then.value, unit)}（${name}）`,
          `${quote(claim.label)} ${change.amount.text} ≈ ${exactAmount(now.value, unit)} − ${exactAmount(then.value, unit)} (${name})`,
        ),
      );
    tally.passed('across.years', () => ({
      formula: bi(`${exactAmount(now.value, unit)} − ${exactAmount(then.value, unit)}（${name}）：${change.text}`),
      refs,
    }));
    return;
  }
  const shown = showAmount(Math.abs(diff), unit, decimals);
  const implied = showAmount(impliedThen(now.value, change), unit, Math.max(2, decimals));
  const word = WORD[dir];
  tally.add({
    rule: 'across.years',
    severity: 'error',
    message: bi(
      `“${claim.label}”写作“${change.text}”：据此${baseYear}年为${implied}，而${baseYear}年的文档（${name}）为${showAmount(then.value, unit)}，实际${word}${dir === 'flat' ? '' : shown}`,
      `${quote(claim.label)}: ${quote(change.text)} makes ${baseYear} ${implied}, but ${baseYear}'s document (${name}) gives ${showAmount(then.value, unit)}: ${dir === 'flat' ? 'flat' : `${dir === 'increase' ? 'an increase' : 'a decrease'} of ${shown}`}`,
    ),
    // Exact amounts, so the subtraction redone by hand gives the difference shown.
    formula: bi(
      `${exactAmount(now.value, unit)} − ${exactAmount(then.value, unit)}（${baseYear}年文档）= ${diff < 0 ? '−' : ''}${exactAmount(Math.abs(diff), unit)}`,
      `${exactAmount(now.value, unit)} − ${exactAmount(then.value, unit)} (${baseYear} document) = ${diff < 0 ? '−' : ''}${exactAmount(Math.abs(diff), unit)}`,
    ),
    refs,
    expected: {
      fen: Math.abs(diff),
      unit,
      text: exactAmount(Math.abs(diff), unit),
      label: bi('两年表格之差', 'tables, year on year'),
    },
    ...(change.amount
      ? { actual: { fen: change.amount.fen, unit, text: change.amount.text, label: bi('文字', 'text') } }
      : {}),
    ...(change.amount ? { tolerance: toleranceText(change.amount) } : {}),
  });
}

/** The final accounts of a year among the earlier documents. */
function finalOf(ctx: CheckContext, year: number): BudgetDocument | undefined {
  return ctx.previous.find((d) => d.meta.year === year && d.meta.stage === 'final');
}

/**
 * The initial budget (年初预算) final accounts state for a quantity: in their text ("一般公共预算财政拨款
 * 支出年初预算为2993.92万元"), else in the table that prints budgets beside outcomes (三公 预算数).
 */
function initialBudget(final: BudgetDocument, key: string): { amount: PrintedAmount; refs: Ref[] } | undefined {
  const said = final.claims.find((c) => c.key === key && c.execution?.budget);
  if (said?.execution?.budget) return { amount: said.execution.budget, refs: [claimRef(said)] };
  const target = templateOf(final).template.claimTargets.find((t) => t.key === key && t.budgetCells);
  const value = tableValue(new Tables(final), target?.budgetCells);
  if (value && 'amount' in value && !value.blank) return { amount: value.amount, refs: value.refs };
  return undefined;
}

/** A budget's figure for last year's budget against the initial budget last year's final accounts state. */
function againstFinal(
  tally: Tally,
  claim: Claim,
  change: StatedChange,
  now: OperandSum,
  stated: { amount: PrintedAmount; refs: Ref[] },
  final: BudgetDocument,
  baseYear: number,
): void {
  tally.compared();
  // The rounding model: last year's budget, each figure at its printed precision.
  const initial = printedFigure(stated.amount);
  const amount = change.amount ? printedFigure(change.amount) : exactFigure(0);
  const verdict =
    change.direction === 'increase'
      ? sumAgreement([initial, amount], now.figure)
      : change.direction === 'decrease'
        ? sumAgreement([now.figure, amount], initial)
        : agreement(initial, now.figure);
  const agrees = verdict !== 'mismatch';
  const refs = [claimRef(claim), ...now.refs, ...elsewhere(stated.refs, final)];
  const name = final.source.name;
  if (agrees) {
    tally.passed('across.years', () => ({
      formula: bi(`${change.text}：${baseYear}年预算 = ${stated.amount.text}（${name}）`),
      refs,
    }));
    return;
  }
  const unit = stated.amount.unit;
  const implied = impliedThen(now.value, change);
  const words: Bilingual = bi(
    `“${claim.label}”写作“${change.text}”：据此${baseYear}年预算为${showAmount(implied, unit, Math.max(2, stated.amount.decimals))}，而${baseYear}年度决算（${name}）所载年初预算为${stated.amount.text}`,
    `${quote(claim.label)}: ${quote(change.text)} makes ${baseYear}'s budget ${showAmount(implied, unit, Math.max(2, stated.amount.decimals))}, while ${baseYear}'s final accounts (${name}) state an initial budget of ${stated.amount.text}`,
  );
  tally.add({
    rule: 'across.years',
    severity: 'warning',
    message: words,
    formula: bi(
      `${exactAmount(now.value, unit)} ${change.direction === 'increase' ? '−' : '+'} ${change.amount?.text ?? '0'} = ${exactAmount(implied, unit)} ≠ ${stated.amount.text}（${baseYear}年度决算）`,
      `${exactAmount(now.value, unit)} ${change.direction === 'increase' ? '−' : '+'} ${change.amount?.text ?? '0'} = ${exactAmount(implied, unit)} ≠ ${stated.amount.text} (${baseYear} final accounts)`,
    ),
    refs,
    expected: {
      fen: stated.amount.fen,
      unit,
      text: stated.amount.text,
      label: bi(`${baseYear}年度决算`, `${baseYear} final accounts`),
    },
    actual: {
      fen: implied,
      unit,
      text: showAmount(implied, unit, Math.max(2, stated.amount.decimals)),
      label: bi('本文档所称', 'as this document has it'),
    },
    tolerance: toleranceText(stated.amount),
  });
}
