import { bi, quote } from '../../model/bilingual.js';
import type { Ref } from '../../model/finding.js';
import { templateOf } from '../../templates/index.js';
import { Tables } from '../cells.js';
import { claimRef } from '../claim-refs.js';
import { printedQuantity, showAmount } from '../quantities.js';
import { agreement, orderAgreement, printedFigure, toleranceText } from '../rounding.js';
import { type Rule, Tally } from '../rule.js';
import { budgetDocumentValue, tableValue } from '../stated.js';

/**
 * Final accounts against the same year's budget of their department: every initial budget they state
 * (年初预算为…, the 三公 table's 预算数) is the budget document's amount for the same quantity — in 万元 at
 * the printed precision — and 三公 spent above its budget is a warning.
 */

/** Places in the budget document: named by it (the lookup prefixed the file's name to their text). */
function inBudget(refs: readonly Ref[]): Ref[] {
  return refs.map((r) => {
    const [name, ...rest] = (r.text ?? '').split('：');
    return rest.length > 0 && name ? { ...r, document: name, text: rest.join('：') } : r;
  });
}

const NO_BUDGET = bi('未提供同一部门同一年度的预算文档', 'no budget of the same department and year was given');

export const againstBudget: Rule = {
  id: 'across.budget',
  title: bi('决算中的年初预算数 = 同年度部门预算', 'Initial budgets in final accounts match the year’s budget'),
  section: 'across_documents',
  severity: 'error',
  formula: () =>
    bi(
      '决算说明与“三公”表中的年初预算数 = 同一部门同一年度预算文档中的同一数（按万元打印精度）；“三公”经费决算数超过预算文档的预算数为警告',
      'initial budgets stated in final accounts (and their 三公 table) = the same quantity in the same year’s budget, at the printed precision; 三公 outcomes above it are a warning',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const budget = ctx.budget;
    if (!budget) return tally.outcome(NO_BUDGET);
    const name = budget.source.name;
    // Initial budgets the prose states.
    for (const claim of ctx.claims.filter((c) => c.execution?.budget)) {
      const stated = claim.execution?.budget;
      if (!stated) continue;
      const value = budgetDocumentValue(ctx, claim);
      if (!value) continue;
      if (!('amount' in value)) {
        tally.couldNotRead(
          bi(`${quote(claim.label)}在预算文档中未能确定`, `${quote(claim.label)} could not be settled in the budget`),
        );
        continue;
      }
      tally.compared();
      const refs = [claimRef(claim), ...inBudget(value.refs)];
      if (agreement(printedFigure(stated), value.figure) !== 'mismatch') {
        tally.passed(this.id, () => ({ formula: bi(`${stated.text} = ${value.amount.text}（${name}）`), refs }));
        continue;
      }
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `${quote(claim.label)}年初预算写作${stated.text}，${budget.meta.year ?? ''}年预算文档中为${showAmount(value.amount.fen, '万元', Math.max(2, stated.decimals))}`,
          `${quote(claim.label)}: initial budget stated as ${stated.text}, the budget document gives ${showAmount(value.amount.fen, '万元', Math.max(2, stated.decimals))}`,
        ),
        formula: bi(
          `${stated.text} ≠ ${showAmount(value.amount.fen, '万元', 4)}（${name}）`,
          `${stated.text} ≠ ${showAmount(value.amount.fen, '万元', 4)} (${quote(name)})`,
        ),
        refs,
        expected: {
          fen: value.amount.fen,
          unit: '万元',
          text: showAmount(value.amount.fen, '万元', Math.max(2, stated.decimals)),
        },
        actual: printedQuantity(stated),
        tolerance: toleranceText(stated),
      });
    }
    // Budgets the final accounts' tables print (三公 预算数) against the budget's tables, and the outcomes.
    const budgetTemplate = templateOf(budget);
    const budgetTables = new Tables(budget);
    for (const target of ctx.template.template.claimTargets.filter((t) => t.budgetCells)) {
      const own = tableValue(ctx.tables, target.budgetCells);
      const outcome = tableValue(ctx.tables, target.cells);
      const planned = tableValue(
        budgetTables,
        budgetTemplate.template.claimTargets.find((t) => t.key === target.key)?.cells,
      );
      if (!planned || !('amount' in planned)) continue;
      const plannedRefs = planned.refs.map((r) => ({ ...r, document: name }));
      const plannedFen = planned.amount.fen;
      const label = ctx.template.template.claims.amounts.find((a) => a.key === target.key)?.label ?? target.key;
      if (own && 'amount' in own) {
        tally.compared();
        const fen = own.amount.fen;
        if (agreement(own.figure, planned.figure) === 'mismatch')
          tally.add({
            rule: this.id,
            severity: 'error',
            message: bi(
              `${quote(label)}预算数在决算表中为${showAmount(fen, '万元')}，预算文档中为${showAmount(plannedFen, '万元')}`,
              `${quote(label)}: the final accounts' table prints a budget of ${showAmount(fen, '万元')}, the budget gives ${showAmount(plannedFen, '万元')}`,
            ),
            formula: bi(`${showAmount(fen, '万元')} ≠ ${showAmount(plannedFen, '万元')}`),
            refs: [...own.refs, ...plannedRefs],
          });
      }
      if (outcome && 'amount' in outcome) {
        tally.compared();
        const fen = outcome.amount.fen;
        if (orderAgreement(outcome.figure, '<=', planned.figure) === 'mismatch')
          tally.add({
            rule: this.id,
            severity: 'warning',
            message: bi(
              `${quote(label)}决算数${showAmount(fen, '万元')}超过年度预算${showAmount(plannedFen, '万元')}`,
              `${quote(label)}: the outcome ${showAmount(fen, '万元')} exceeds the year's budget ${showAmount(plannedFen, '万元')}`,
            ),
            formula: bi(`${showAmount(fen, '万元')} > ${showAmount(plannedFen, '万元')}`),
            refs: [...outcome.refs, ...plannedRefs],
          });
      }
    }
    return tally.outcome(
      bi('决算中没有可与预算文档核对的年初预算数', 'nothing in the final accounts to check against the budget'),
    );
  },
};
