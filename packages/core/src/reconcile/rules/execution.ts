import { formatPercent } from '../../model/amount.js';
import { type Bilingual, bi, joinBi, quote } from '../../model/bilingual.js';
import type { Claim, PrintedAmount, StatedExecution } from '../../model/claim.js';
import type { Finding, Ref } from '../../model/finding.js';
import { claimRef } from '../claim-refs.js';
import { percentQuantity, printedQuantity, showAmount } from '../quantities.js';
import {
  agreement,
  orderAgreement,
  percentAgreement,
  printedFigure,
  ratio,
  roundingNotes,
  toleranceText,
} from '../rounding.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';
import { budgetOf, type StatedAmount, tableValue } from '../stated.js';

/**
 * Outcomes against the initial budget as the prose states them ("年初预算为A万元，支出决算为B万元，完成年初
 * 预算的P%。决算数小于预算数的主要原因：…"), for any document that states them: the completion rate is
 * B ÷ A at its printed precision (a rate of a budget of 0 is an error, except 0% of nothing spent: an info); 大于/小于/等于/持平/基本持平 agree
 * with the two numbers; a difference comes with its reason; and a budget stated beside a table that
 * prints it (决算's 三公 table) is the table's. The budget is the one the sentence prints, else the
 * document's tables', else the same year's budget document's.
 */

/**
 * 基本持平 ("roughly equal") is accepted up to this share of the budget: the documents use it for
 * outcomes a few 万元 off a budget of hundreds, and the real final accounts read use 小于 already for
 * a difference of 0.5%; beyond 1% "roughly equal" misdescribes the numbers (a warning, the word is vague).
 */
const ROUGHLY_EQUAL_SHARE = 0.01;

const NO_STATEMENT = bi('文字中没有决算与年初预算的比较', 'the text compares no outcome with its budget');

const statements = (ctx: CheckContext) => ctx.claims.filter((c) => c.execution && c.amount);

const budgetName = (b: StatedAmount) =>
  b.source === 'text'
    ? bi('文中', 'stated')
    : b.source === 'table'
      ? bi('表中', 'in the tables')
      : bi('预算中', 'in the budget');

/** The budget of a statement, or why it could not be had (counted as a comparison that could not be made). */
function budgetFor(ctx: CheckContext, tally: Tally, claim: Claim): StatedAmount | undefined {
  const found = budgetOf(ctx, claim);
  if (found && 'amount' in found) return found;
  tally.couldNotRead(
    bi(
      `${quote(claim.label)}的年初预算数未写明，表中也读不到`,
      `the initial budget of ${quote(claim.label)} is neither stated nor read from a table`,
    ),
  );
  return undefined;
}

const placeRef = (place: StatedExecution['place']): Ref => ({ ...place });

/**
 * The budget a table prints for a statement whose sentence prints another one (the 三公 table's 预算数
 * 47.00 where the text says 年初预算为74.00万元): prose.budget_in_tables reports that the two differ, so a
 * rate or a comparison that fits the table's budget is no second mistake. Undefined where the text
 * prints no budget, the template names no budget cells, or the two agree.
 */
function tableBudgetBeside(ctx: CheckContext, claim: Claim, budget: StatedAmount): StatedAmount | undefined {
  if (budget.source !== 'text') return undefined;
  const cells = ctx.template.template.claimTargets.find((t) => t.key === claim.key)?.budgetCells;
  const table = cells ? tableValue(ctx.tables, cells) : undefined;
  if (!table || !('amount' in table)) return undefined;
  return agreement(budget.figure, table.figure) === 'mismatch' ? table : undefined;
}

/**
 * The outcome against the budget as printed: equal where the rounding model says the two figures are
 * one amount (the coarser is the finer rounded), else which is greater as printed. `rounding` says the
 * two may still be one amount rounded twice (2940.05 against a table's 2,940.06): 等于 is then right too.
 */
function relationOf(
  final: PrintedAmount,
  budget: StatedAmount,
): { relation: 'greater' | 'less' | 'equal'; rounding: boolean } {
  const verdict = agreement(printedFigure(final), budget.figure);
  if (verdict === 'exact') return { relation: 'equal', rounding: false };
  const greater = orderAgreement(printedFigure(final), '>=', budget.figure) === 'exact';
  return { relation: greater ? 'greater' : 'less', rounding: verdict === 'rounding' };
}

const RELATION_WORDS: Record<string, Bilingual> = {
  greater: bi('大于', 'greater than'),
  less: bi('小于', 'less than'),
  equal: bi('等于', 'equal to'),
  roughly_equal: bi('基本持平', 'roughly equal to'),
};

export const completion: Rule = {
  id: 'prose.completion',
  title: bi('“完成年初预算的X%” = 决算数 ÷ 年初预算数', 'Completion rates follow from outcome and budget'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '完成率 = 决算数 ÷ 年初预算数（按两数打印精度的取值范围，按完成率的打印精度）；年初预算为0（或表中为空）时不应写完成率',
      'rate = outcome ÷ initial budget (over the range the rounded amounts allow, at the printed precision); no rate of a budget of 0',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const nothing: { claim: Claim; refs: Ref[]; blank: boolean }[] = [];
    for (const claim of statements(ctx)) {
      const execution = claim.execution as StatedExecution;
      const final = claim.amount as PrintedAmount;
      const rate = execution.completion;
      if (!rate) continue;
      const budget = budgetFor(ctx, tally, claim);
      if (!budget) continue;
      tally.compared();
      const refs = [claimRef(claim), ...(budget.source === 'text' ? [] : budget.refs)];
      // A rate that is the outcome's share of the year's adjusted budget, not of the initial one.
      const year = execution.yearBudget;
      const ofYear =
        year && year.fen !== 0 && percentAgreement(rate, printedFigure(final), printedFigure(year)) !== 'mismatch'
          ? bi(
              `；${rate.text}是决算数对全年预算${year.text}的完成率`,
              `; ${rate.text} is the outcome against the year's budget ${year.text}`,
            )
          : undefined;
      if (budget.amount.fen === 0 && final.fen === 0 && !ofYear && (rate.value === 0 || rate.value === 10_000)) {
        // Nothing budgeted and nothing spent: the template asks for a rate of each item ("完成预算的XX%"),
        // and 0% (or 100%) of nothing is how documents fill it. Not computable, not a wrong figure: one info.
        nothing.push({ claim, refs, blank: budget.blank === true });
        continue;
      }
      if (budget.amount.fen === 0) {
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `${quote(claim.label)}写“完成预算的${rate.text}”，但其年初预算${budget.blank ? '在表中为空' : '为0'}，完成率无从计算${ofYear?.zh ?? ''}`,
            `${quote(claim.label)}: “${rate.text}” of the budget, but its initial budget is ${budget.blank ? 'blank in the table' : '0'}${ofYear?.en ?? ''}`,
          ),
          formula: bi(
            `${final.text} ÷ ${budget.blank ? '空' : budget.amount.text}`,
            `${final.text} ÷ ${budget.blank ? 'blank' : budget.amount.text}`,
          ),
          refs,
          actual: percentQuantity(rate.value / 100, rate.text),
        });
        continue;
      }
      const exact = ratio(final.fen, budget.amount.fen);
      const computed = formatPercent(exact, rate.decimals);
      const verdict = percentAgreement(rate, printedFigure(final), budget.figure);
      if (verdict === 'exact') {
        tally.passed(this.id, () => ({ formula: bi(`${final.text} ÷ ${budget.amount.text} = ${computed}`), refs }));
        continue;
      }
      // The rate fits the budget the table prints, not the one the sentence prints: the budget is the
      // mistake (prose.budget_in_tables), the rate is right.
      const tableBudget = tableBudgetBeside(ctx, claim, budget);
      if (tableBudget && percentAgreement(rate, printedFigure(final), tableBudget.figure) !== 'mismatch') {
        tally.add({
          rule: this.id,
          severity: 'info',
          message: bi(
            `${quote(claim.label)}的完成率${rate.text}与表中预算数${tableBudget.amount.text}相符，与文中所写年初预算${budget.amount.text}不符（年初预算数与表格不符，见“文中的年初预算数 = 表中的预算数”）`,
            `${quote(claim.label)}: the rate ${rate.text} follows from the table's budget ${tableBudget.amount.text}, not from the ${budget.amount.text} the text states (the stated budget is the mistake, see prose.budget_in_tables)`,
          ),
          formula: bi(
            `${final.text} ÷ ${tableBudget.amount.text}（表中）≈ ${rate.text}；${final.text} ÷ ${budget.amount.text}（文中）= ${computed}`,
            `${final.text} ÷ ${tableBudget.amount.text} (table) ≈ ${rate.text}; ${final.text} ÷ ${budget.amount.text} (text) = ${computed}`,
          ),
          refs: [...refs, ...tableBudget.refs],
        });
        continue;
      }
      if (verdict === 'truncated' || verdict === 'one_unit') {
        roundingNotes(ctx).note(
          verdict === 'truncated' ? 'percent_truncated' : 'percent_rounding',
          this.id,
          bi('完成率', 'Completion rates'),
          refs,
          bi(`${quote(claim.label)}：${final.text} ÷ ${budget.amount.text} = ${computed}，文中写${rate.text}`),
        );
        continue;
      }
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `${quote(claim.label)}决算${final.text}÷年初预算${budget.amount.text}为${computed}，文中写“完成预算的${rate.text}”${ofYear?.zh ?? ''}`,
          `${quote(claim.label)}: ${final.text} ÷ ${budget.amount.text} is ${computed}, the text says ${rate.text}${ofYear?.en ?? ''}`,
        ),
        formula: bi(
          `${final.text} ÷ ${budget.amount.text}（${budgetName(budget).zh}）= ${computed} ≠ ${rate.text}`,
          `${final.text} ÷ ${budget.amount.text} (${budgetName(budget).en}) = ${computed} ≠ ${rate.text}`,
        ),
        refs,
        expected: percentQuantity(exact, computed),
        actual: percentQuantity(rate.value / 100, rate.text),
        tolerance: bi(
          `两数按打印精度四舍五入，完成率保留${rate.decimals}位小数`,
          `both amounts rounded as printed; the rate to ${rate.decimals} decimals`,
        ),
      });
    }
    if (nothing.length > 0) {
      const items = nothing.map(({ claim }) => quote(claim.label));
      tally.add({
        rule: this.id,
        severity: 'info',
        message: bi(
          `${items.join('、')}年初预算为0（或表中为空）、决算为0，文中写的完成率无从计算（按模板填写，非数额错误）`,
          `${items.join(', ')}: nothing budgeted and nothing spent; the rate the text gives cannot be computed (filled in as the template asks, not a wrong amount)`,
        ),
        formula: joinBi(
          nothing.map(({ claim, blank }) => {
            const amount = claim.amount?.text ?? '';
            const rate = claim.execution?.completion?.text ?? '';
            return bi(`${amount} ÷ ${blank ? '空' : '0'}：${rate}`, `${amount} ÷ ${blank ? 'blank' : '0'}: ${rate}`);
          }),
          '；',
          '; ',
        ),
        refs: nothing.flatMap((n) => n.refs),
        count: nothing.length,
      });
    }
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
    return tally.outcome(bi('文字中没有写明完成率', 'the text states no completion rate'));
  },
};

export const budgetComparison: Rule = {
  id: 'prose.budget_comparison',
  title: bi(
    '“决算数大于/小于/等于预算数”与两数相符',
    'Outcome "greater / less than / equal to" the budget as the numbers say',
  ),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      `大于、小于、等于（持平）按两数的打印精度比较；“基本持平”允许相差年初预算的${ROUGHLY_EQUAL_SHARE * 100}%以内（超出为警告）`,
      `greater, less and equal (持平) compared at the printed precision; "roughly equal" within ${ROUGHLY_EQUAL_SHARE * 100}% of the budget (beyond: a warning)`,
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    for (const claim of statements(ctx)) {
      const execution = claim.execution as StatedExecution;
      const stated = execution.comparison;
      if (!stated) continue;
      const budget = budgetFor(ctx, tally, claim);
      if (!budget) continue;
      tally.compared();
      const final = claim.amount as PrintedAmount;
      const { relation: actual, rounding } = relationOf(final, budget);
      const gap = Math.abs(final.fen - budget.amount.fen);
      const roughlyOk = stated.relation === 'roughly_equal' && gap <= ROUGHLY_EQUAL_SHARE * Math.abs(budget.amount.fen);
      const ok = roughlyOk || stated.relation === actual || (stated.relation === 'equal' && rounding);
      const refs = [placeRef(stated.place), claimRef(claim), ...(budget.source === 'text' ? [] : budget.refs)];
      const statedWord = RELATION_WORDS[stated.relation] as Bilingual;
      const actualWord = RELATION_WORDS[actual] as Bilingual;
      const numbers = `${final.text}（决算）、${budget.amount.text}（年初预算${budget.source === 'text' ? '' : `，${budgetName(budget).zh}`}）`;
      if (ok) {
        tally.passed(this.id, () => ({ formula: bi(`${numbers}：决算数${statedWord.zh}预算数`), refs }));
        continue;
      }
      const roughly = stated.relation === 'roughly_equal';
      const share = budget.amount.fen === 0 ? '' : `，相差${formatPercent(ratio(gap, budget.amount.fen), 1)}`;
      tally.add({
        rule: this.id,
        severity: roughly ? 'warning' : 'error',
        message: bi(
          roughly
            ? `${quote(claim.label)}写决算数与预算数基本持平，但两者相差${showAmount(gap, final.unit, 2)}${share}`
            : `${quote(claim.label)}写决算数${statedWord.zh}预算数，但${numbers}：决算数${actualWord.zh}预算数`,
          roughly
            ? `${quote(claim.label)}: outcome said to be roughly equal to the budget, but they differ by ${showAmount(gap, final.unit, 2)}`
            : `${quote(claim.label)}: outcome said to be ${statedWord.en} the budget, but it is ${actualWord.en} it (${final.text} against ${budget.amount.text})`,
        ),
        formula: bi(
          `${final.text} ${actual === 'equal' ? '=' : actual === 'greater' ? '>' : '<'} ${budget.amount.text}`,
        ),
        refs,
        expected: { unit: 'text', text: actualWord.zh },
        actual: { unit: 'text', text: statedWord.zh },
        tolerance: roughly
          ? bi(`年初预算的${ROUGHLY_EQUAL_SHARE * 100}%`, `${ROUGHLY_EQUAL_SHARE * 100}% of the budget`)
          : toleranceText(final),
      });
    }
    return tally.outcome(bi('文字中没有比较决算数与预算数', 'the text does not compare outcome and budget'));
  },
};

export const budgetReasons: Rule = {
  id: 'prose.budget_reasons',
  title: bi('决算数与预算数不同时说明原因', 'A difference from the budget comes with its reason'),
  section: 'prose',
  severity: 'warning',
  formula: () =>
    bi(
      '写明年初预算数与决算数（或比较两者）的说明，两数按打印精度不同时应写明“主要原因”（预决算持平的不用说明）',
      'where a statement gives budget and outcome, a difference at the printed precision comes with its main reason',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const given: GivenReason[] = [];
    for (const claim of statements(ctx)) {
      const execution = claim.execution as StatedExecution;
      // The template asks for a reason where it prints the budget or compares: 三公's items give rates only.
      if (!execution.budget && !execution.comparison) continue;
      const budget = budgetFor(ctx, tally, claim);
      if (!budget) continue;
      tally.compared();
      const final = claim.amount as PrintedAmount;
      const { relation } = relationOf(final, budget);
      const reason = execution.comparison ? reasonIn(execution.comparison.place.text) : undefined;
      if (reason && relation !== 'equal') given.push({ claim, relation, reason });
      if (relation === 'equal' || execution.reason) continue;
      const gap = Math.abs(final.fen - budget.amount.fen);
      // "基本持平" within its tolerance needs no reason, as 持平 needs none.
      if (
        execution.comparison?.relation === 'roughly_equal' &&
        gap <= ROUGHLY_EQUAL_SHARE * Math.abs(budget.amount.fen)
      )
        continue;
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `${quote(claim.label)}决算${final.text}与年初预算${budget.amount.text}不同，未说明主要原因`,
          `${quote(claim.label)}: outcome ${final.text} differs from the budget ${budget.amount.text}, no reason is given`,
        ),
        refs: [claimRef(claim), ...(execution.comparison ? [placeRef(execution.comparison.place)] : [])],
        expected: printedQuantity(budget.amount),
        actual: printedQuantity(final),
      });
    }
    for (const f of reasonsBothWays(given, this.id)) tally.add(f);
    return tally.outcome(NO_STATEMENT);
  },
};

interface GivenReason {
  claim: Claim;
  /** The outcome against the budget, as the numbers say. */
  relation: 'greater' | 'less';
  reason: string;
}

/**
 * The reason a comparison sentence gives ("决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。"),
 * without its closing stop; undefined when it gives none.
 */
function reasonIn(sentence: string): string | undefined {
  const m = /原因(?:是|为|在于)?\s*[:：]?\s*(?<reason>[^。！？]+)/u.exec(sentence);
  const reason = m?.groups?.reason?.trim();
  return reason ? reason : undefined;
}

/**
 * A reason long enough to be particular to its subject (a stock phrase of a few characters is not):
 * counted in ideographs.
 */
const PARTICULAR_REASON = 6;

/**
 * The same reason, word for word, given for an outcome above its budget and for one below it: one
 * cause cannot explain both (a reason copied from another item, czj-style "预算按周全保障测算" repeated
 * under items that all spent less is no such case). One warning per reason, at every place it is given.
 */
function reasonsBothWays(given: readonly GivenReason[], rule: string): Finding[] {
  const byReason = new Map<string, GivenReason[]>();
  for (const g of given) {
    if ((g.reason.match(/[\u4e00-\u9fa5]/gu) ?? []).length < PARTICULAR_REASON) continue;
    const list = byReason.get(g.reason) ?? [];
    list.push(g);
    byReason.set(g.reason, list);
  }
  const out: Finding[] = [];
  for (const [reason, list] of byReason) {
    const above = list.filter((g) => g.relation === 'greater');
    const below = list.filter((g) => g.relation === 'less');
    if (above.length === 0 || below.length === 0) continue;
    const names = (gs: GivenReason[]) => gs.map((g) => quote(g.claim.label)).join('、');
    const namesEn = (gs: GivenReason[]) => gs.map((g) => quote(g.claim.label)).join(', ');
    out.push({
      rule,
      severity: 'warning',
      message: bi(
        `同一原因${quote(reason)}既用于决算数大于预算数的${names(above)}，又用于决算数小于预算数的${names(below)}，一个原因不能同时解释增加和减少`,
        `the same reason ${quote(reason)} is given for ${namesEn(above)} (above the budget) and for ${namesEn(below)} (below it): one cause cannot explain both`,
      ),
      refs: list.flatMap((g) => [
        claimRef(g.claim),
        ...(g.claim.execution?.comparison ? [placeRef(g.claim.execution.comparison.place)] : []),
      ]),
    });
  }
  return out;
}

export const budgetInTables: Rule = {
  id: 'prose.budget_in_tables',
  title: bi('文中的年初预算数 = 表中的预算数', 'Initial budgets stated in the text match the tables that print them'),
  section: 'prose',
  severity: 'error',
  formula: (template) => {
    const phrases = template.template.claims;
    const label = (key: string) =>
      phrases.amounts.find((a) => a.key === key)?.label ?? phrases.totals.find((t) => t.key === key)?.label ?? key;
    const keys = template.template.claimTargets.filter((t) => t.budgetCells).map((t) => label(t.key));
    return keys.length > 0
      ? bi(
          `文中写明的年初预算数 = 表中同一项目的预算数（${keys.join('、')}），按打印精度四舍五入`,
          `stated initial budgets = the budget the tables print for the same item (${keys.join(', ')})`,
        )
      : bi('模板中没有列出预算数的表', 'no table of the template prints budgets');
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const targets = new Map(ctx.template.template.claimTargets.map((t) => [t.key, t]));
    for (const claim of statements(ctx)) {
      const stated = claim.execution?.budget;
      const cells = targets.get(claim.key)?.budgetCells;
      if (!stated || !cells) continue;
      const table = tableValue(ctx.tables, cells);
      if (!table) continue;
      if (!('amount' in table)) {
        tally.couldNotRead(
          bi(`${quote(claim.label)}的预算数列未能读取`, `the budget column of ${quote(claim.label)} could not be read`),
        );
        continue;
      }
      tally.compared();
      const refs = [placeRef((claim.execution as StatedExecution).place), ...table.refs];
      if (agreement(printedFigure(stated), table.figure) !== 'mismatch') {
        tally.passed(this.id, () => ({ formula: bi(`${stated.text} = ${table.amount.text}`), refs }));
        continue;
      }
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `${quote(claim.label)}年初预算写作${stated.text}，表中预算数为${table.amount.text}`,
          `${quote(claim.label)}: initial budget stated as ${stated.text}, the table prints ${table.amount.text}`,
        ),
        formula: bi(`${stated.text} ≠ ${table.amount.text}`),
        refs,
        expected: printedQuantity(table.amount),
        actual: printedQuantity(stated),
        tolerance: toleranceText(stated),
      });
    }
    return tally.outcome(bi('文中没有可与表格核对的年初预算数', 'no stated initial budget a table prints'));
  },
};
