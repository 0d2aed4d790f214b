import { DIRECTION_WORD, reasonDirection } from '../../claims/text.js';
import { formatPercent } from '../../model/amount.js';
import { bi, joinBi, quote } from '../../model/bilingual.js';
import type { Claim, PrintedAmount } from '../../model/claim.js';
import type { Quantity } from '../../model/finding.js';
import type { TableKind } from '../../model/table.js';
import { describeOperand, looseSubjectName } from '../../templates/index.js';
import { Tables } from '../cells.js';
import { claimRef } from '../claim-refs.js';
import { firstPresent, type OperandSum, sumOperands } from '../operands.js';
import { IN_TABLES, IN_TEXT, percentQuantity, printedQuantity, showAmount, tableQuantity } from '../quantities.js';
import {
  type Agreement,
  agreement,
  type Figure,
  growthAgreement,
  printedFigure,
  ratio,
  roundedLike,
  roundingNotes,
  stepOf,
  sumAgreement,
  toleranceText,
} from '../rounding.js';
import type { CheckContext, Rule } from '../rule.js';
import { Tally } from '../rule.js';
import { type SubjectCode as ResolvedSubject, SubjectIndex } from '../subjects.js';
import { claimsWithoutRows } from '../without-rows.js';

/**
 * 财政拨款支出主要内容: each “X”科目 amount = the 财政拨款 amount of subject X (general + government
 * fund + state capital tables for its code, never the all-funds expenditure table); the subject is
 * named as the tables name it; the listed subjects add up to 财政拨款支出; and in the execution
 * style, 预算安排 repeats the line's amount and the stated percentage follows from the two years.
 */

const NO_SUBJECTS = bi('编制说明中没有列出科目', 'the explanation lists no subject');

const subjects = (ctx: CheckContext) => ctx.claims.filter((c) => c.kind === 'subject' && c.amount);

/**
 * How a message names a subject line: its own name, with its 款 when another line of the document has
 * the same name ("宣传事务·一般行政管理事务" among several 一般行政管理事务).
 */
function nameOf(claim: Claim, all: readonly Claim[]): string {
  const names = claim.names ?? [];
  const parent = names[names.length - 2];
  if (!parent || all.filter((c) => c.label === claim.label).length < 2) return claim.label;
  return `${parent}·${claim.label}`;
}

function fiscalAmount(ctx: CheckContext, code: string) {
  return sumOperands(
    ctx.tables,
    ctx.template.template.roles.fiscalByCode.map(({ table, column }) => ({ table, row: code, column })),
  );
}

/** Subject names by code: the fiscal tables' first, then the template's other coded tables'. */
function subjectIndex(ctx: CheckContext): SubjectIndex {
  const roles = ctx.template.template.roles;
  return new SubjectIndex(
    ctx.tables,
    roles.fiscalByCode.map((c) => c.table),
    roles.codeNames,
    ctx.document.meta.year,
  );
}

/** What one subject line's amount is against the tables. */
type SubjectVerdict =
  | { claim: Claim; printed: PrintedAmount; kind: 'no_tables' | 'unresolved' | 'unreadable' }
  /** No fiscal table prints a row for the subject's code: not an amount of 0, a row missing. */
  | { claim: Claim; printed: PrintedAmount; kind: 'not_printed'; code: ResolvedSubject; sum: OperandSum }
  | {
      claim: Claim;
      printed: PrintedAmount;
      kind: Agreement;
      code: ResolvedSubject;
      sum: OperandSum;
    };

/** Every subject line with an amount, against the fiscal amount of the subject it names. */
function subjectVerdicts(ctx: CheckContext): SubjectVerdict[] {
  const index = subjectIndex(ctx);
  const fundTablesPresent = ctx.template.template.roles.fiscalByCode.some((c) => ctx.tables.get(c.table));
  const out: SubjectVerdict[] = [];
  for (const claim of subjects(ctx)) {
    const printed = claim.amount;
    if (!printed) continue;
    if (!fundTablesPresent) {
      out.push({ claim, printed, kind: 'no_tables' });
      continue;
    }
    const codes = index.resolve(claim);
    if (codes.length === 0) {
      out.push({ claim, printed, kind: 'unresolved' });
      continue;
    }
    const sums = codes.map((c) => ({ code: c, sum: fiscalAmount(ctx, c.code) }));
    if (sums.some((s) => !s.sum.readable)) {
      out.push({ claim, printed, kind: 'unreadable' });
      continue;
    }
    const first = sums[0];
    // The general budget's table absent (its only page lost) and the fund tables printing nothing for
    // the code: there is nothing to compare with, not an amount of 0.
    if (first && sums.every((s) => s.sum.blank) && !ctx.tables.get(fiscalNames(ctx) as TableKind)) {
      out.push({ claim, printed, kind: 'no_tables' });
      continue;
    }
    if (first && sums.every((s) => s.sum.missing)) {
      out.push({ claim, printed, kind: 'not_printed', code: first.code, sum: first.sum });
      continue;
    }
    // A 项 name printed under several 款 stands for every code it names: the best agreement decides.
    const figure = printedFigure(printed);
    const ranked = sums
      .map((x) => ({ ...x, kind: agreement(figure, x.sum.figure) }))
      .sort((a, b) => AGREEMENT_ORDER.indexOf(a.kind) - AGREEMENT_ORDER.indexOf(b.kind));
    const chosen = ranked[0];
    if (!chosen) continue;
    out.push({ claim, printed, kind: chosen.kind, code: chosen.code, sum: chosen.sum });
  }
  return out;
}

const AGREEMENT_ORDER: readonly Agreement[] = ['exact', 'truncated', 'rounding', 'unprinted_fen', 'mismatch'];

const SUBJECT_AMOUNTS = bi('科目金额', 'Subject amounts');

export const subjectAmounts: Rule = {
  id: 'prose.subjects',
  title: bi('“X”科目金额 = 该科目财政拨款数', 'Each subject line equals the fiscal appropriation of that subject'),
  section: 'prose',
  severity: 'error',
  formula(template) {
    // The template's fiscal columns per code, in words.
    const cells = joinBi(
      template.template.roles.fiscalByCode.map((c) => describeOperand(template, { ...c, row: 'X' })),
      ' + ',
      ' + ',
    );
    return bi(
      `“X”科目 = ${cells.zh}（按打印精度四舍五入）`,
      `subject X = ${cells.en}, rounded to the printed precision`,
    );
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const notes = roundingNotes(ctx);
    const all = subjects(ctx);
    const notPrinted: Claim[] = [];
    for (const v of subjectVerdicts(ctx)) {
      const { claim, printed } = v;
      const label = nameOf(claim, all);
      if (v.kind === 'not_printed') {
        tally.compared();
        notPrinted.push(claim);
        continue;
      }
      if (v.kind === 'no_tables') {
        tally.couldNotRead(bi('财政拨款支出功能分类表不存在', 'the fiscal expenditure tables by function are missing'));
        continue;
      }
      if (v.kind === 'unresolved') {
        tally.couldNotRead(bi(`表中找不到科目“${label}”`, `no subject ${quote(label)} in the tables`));
        continue;
      }
      if (v.kind === 'unreadable') {
        tally.couldNotRead(
          bi(`科目“${label}”的表格数值未能确定`, `the table values of subject ${quote(label)} could not be settled`),
        );
        continue;
      }
      if (!('code' in v)) continue;
      tally.compared();
      if (v.kind === 'exact') continue;
      if (v.kind !== 'mismatch') {
        const t = showAmount(v.sum.value, printed.unit, 4);
        notes.note(
          v.kind === 'truncated' ? 'truncated' : 'text_table',
          this.id,
          SUBJECT_AMOUNTS,
          [claimRef(claim), ...v.sum.refs],
          bi(
            `“${label}”${printed.text} ← ${v.code.code} ${t}`,
            `${quote(label)} ${printed.text} ← ${v.code.code} ${t}`,
          ),
        );
        continue;
      }
      const tableText = showAmount(v.sum.value, printed.unit, Math.max(2, printed.decimals));
      const allFundsColumn = ctx.template.template.roles.allFundsByCode;
      const allFunds = allFundsColumn
        ? firstPresent(ctx.tables, [[{ ...allFundsColumn, row: v.code.code }]])
        : undefined;
      const isAllFunds = allFunds && agreement(printedFigure(printed), allFunds.figure) !== 'mismatch';
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `“${label}”科目${printed.text}与财政拨款数不符（${v.code.code} ${v.code.tableName}：${tableText}）${isAllFunds ? '；文字所列为含非财政拨款的支出总数' : ''}`,
          `subject ${quote(label)} ${printed.text} differs from its fiscal appropriation (${v.code.code}: ${tableText})${isAllFunds ? '; the text gives the all-funds amount' : ''}`,
        ),
        formula: bi(
          `“${label}” = Σ 财政拨款 ${v.code.code}：文字 ${printed.text} ≠ 表格 ${tableText}`,
          `${quote(label)} = fiscal ${v.code.code}: text ${printed.text} ≠ tables ${tableText}`,
        ),
        refs: [claimRef(claim), ...v.sum.refs, ...(isAllFunds && allFunds ? allFunds.refs : [])],
        expected: tableQuantity(v.sum.value, printed, IN_TABLES),
        actual: printedQuantity(printed, IN_TEXT),
        tolerance: toleranceText({ unit: '万元', decimals: printed.decimals }),
      });
    }
    if (notPrinted.length > 0)
      tally.add(
        claimsWithoutRows(
          ctx,
          this.id,
          notPrinted.map((claim) => ({ claim, name: nameOf(claim, all) })),
          { zh: '科目', en: 'subject' },
        ),
      );
    for (const f of notes.findings(this.id)) tally.add(f);
    return tally.outcome(NO_SUBJECTS);
  },
};

export const subjectNames: Rule = {
  id: 'prose.subject_names',
  title: bi('科目名称与表格一致', 'Subjects are named as the tables name them'),
  section: 'prose',
  severity: 'warning',
  formula: () =>
    bi(
      '文字中的科目名称 = 表中同一编码的科目名称',
      'the subject name in the text = the name the tables print for its code',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const index = subjectIndex(ctx);
    // Subjects no table names: one warning listing them all (their amounts could not be checked).
    const unresolved: Claim[] = [];
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
      // 其它 for 其他 (or a bracket's width) is a way of writing the same name: a note, not a wrong name.
      const spelling = c.variants.every((v) =>
        [3, 5, 7].some((n) => looseSubjectName(v) === looseSubjectName(index.names.get(c.code.slice(0, n)) ?? '')),
      );
      tally.add({
        rule: this.id,
        severity: spelling ? 'info' : 'warning',
        message: bi(
          spelling
            ? `科目名称“${printed}”与表中 ${c.code}“${c.tableName}”写法不同`
            : `科目名称“${printed}”与表中 ${c.code}“${c.tableName}”不一致`,
          spelling
            ? `subject ${quote(printed)} is spelt ${quote(c.tableName)} (${c.code}) in the tables`
            : `subject ${quote(printed)} is named ${quote(c.tableName)} (${c.code}) in the tables`,
        ),
        formula: bi(`“${printed}” ≠ ${c.code} ${c.tableName}`),
        refs: [claimRef(claim), { table: fiscalNames(ctx), row: c.code, text: c.tableName }],
        expected: { unit: 'text', text: c.tableName },
        actual: { unit: 'text', text: printed },
      });
    }
    if (unresolved.length > 0) {
      const names = unresolved.map((c) => c.names?.join('/') ?? c.label);
      const count = unresolved.length > 1 ? `（${unresolved.length}处）` : '';
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `表中没有名为${names.map((n) => `“${n}”`).join('、')}的科目${count}`,
          `no subject named ${names.map((n) => `${quote(n)}`).join(', ')} in the tables`,
        ),
        refs: unresolved.map(claimRef),
        ...(unresolved.length > 1 ? { count: unresolved.length } : {}),
      });
    }
    return tally.outcome(NO_SUBJECTS);
  },
};

/** The table a subject's name is compared with: the first fiscal table (the general budget's). */
const fiscalNames = (ctx: CheckContext) => ctx.template.template.roles.fiscalByCode[0]?.table;

export const subjectSum: Rule = {
  id: 'prose.subject_sum',
  title: bi('所列科目之和 = 财政拨款支出', 'The listed subjects add up to the fiscal expenditure'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      'Σ“X”科目 = 财政拨款支出（按各数的打印精度容差）；多于为错误，少于为警告（所列不全）；差额全部来自已报告不符的科目金额时为提示',
      'Σ subjects = fiscal expenditure (within the rounding of each printed amount); more is an error, less a warning; a note when the subject lines already reported as wrong explain it',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const list = subjects(ctx);
    if (list.length === 0) return tally.outcome(NO_SUBJECTS);
    const target = ctx.template.template.claimTargets.find((t) => t.key === 'fiscal_expenditure');
    const cells = target ? firstPresent(ctx.tables, target.cells) : undefined;
    if (!cells?.readable) {
      tally.couldNotRead(bi('财政拨款支出合计未能读取', 'the fiscal expenditure total could not be read'));
      return tally.outcome();
    }
    tally.compared();
    const amounts = list.map((c) => c.amount).filter((a): a is PrintedAmount => a !== undefined);
    const unit = amounts[0]?.unit ?? '万元';
    const decimals = Math.max(...amounts.map((a) => a.decimals));
    const sum = amounts.reduce((s, a) => s + a.fen, 0);
    const verdict = sumAgreement(amounts.map(printedFigure), cells.figure);
    const refs = [...list.map(claimRef), ...cells.refs];
    const sumText = showAmount(sum, unit, decimals);
    const totalText = showAmount(cells.value, unit, 2);
    // Prose figures are rounded one by one: their sum within the rounding of each is right, and says
    // nothing worth a note (a table's printed total against its printed parts is noted, prose is not).
    if (verdict !== 'mismatch') return tally.outcome();
    const more = sum > cells.value;
    const tolerance = bi(
      `各数四舍五入误差之和（${list.length} × ${showAmount(stepOf({ unit, decimals }) / 2, unit, 4)}）`,
      `the rounding of every amount (${list.length} × ${showAmount(stepOf({ unit, decimals }) / 2, unit, 4)})`,
    );
    const formula = bi(`${list.map((c) => c.amount?.text).join(' + ')} = ${sumText} ≠ ${totalText}`);
    // One mistake, one finding: when subject lines prose.subjects reports as wrong, read as the tables
    // print them, make the sum agree, the sum repeats those findings (czj-2025: 887.36 printed for
    // 87.36; seed 003: 1803 for 1800) and is only noted — also when another line reported is right and
    // its table's cell wrong (the total follows the line).
    const wrong = explainingSubjects(
      subjectVerdicts(ctx).flatMap((v) => (v.kind === 'mismatch' ? [v] : [])),
      amounts,
      cells.figure,
    );
    if (wrong) {
      const named = wrong.map((w) => `“${w.claim.label}”${w.printed.text}`).join('、');
      tally.add({
        rule: this.id,
        severity: 'info',
        message: bi(
          `所列科目之和 ${sumText} 与财政拨款支出 ${totalText} 不符，差额全部来自已报告不符的科目金额（${named}）；按表中金额计算则相符`,
          `the listed subjects add up to ${sumText}, not ${totalText}, only because of the subject amounts already reported as wrong; with the tables' amounts they agree`,
        ),
        formula,
        refs,
        tolerance,
      });
      return tally.outcome();
    }
    tally.add({
      rule: this.id,
      severity: more ? 'error' : 'warning',
      message: bi(
        more
          ? `所列科目之和 ${sumText} 大于财政拨款支出 ${totalText}`
          : `所列科目之和 ${sumText} 小于财政拨款支出 ${totalText}：所列科目可能不全`,
        more
          ? `the listed subjects add up to ${sumText}, more than the fiscal expenditure ${totalText}`
          : `the listed subjects add up to ${sumText}, less than the fiscal expenditure ${totalText}: the list may be incomplete`,
      ),
      formula,
      refs,
      expected: tableQuantity(cells.value, { unit, decimals: 2 }, IN_TABLES),
      actual: { fen: sum, unit, text: sumText, label: bi('所列科目之和', 'listed subjects') },
      tolerance,
    });
    return tally.outcome();
  },
};

/**
 * Most subject lines prose.subjects reports as wrong that, read as the tables print them, make the
 * listed subjects add up (none: undefined). A line and its table disagree either because the line is
 * wrong — then the sum is off by it — or because the table's cell is (a total that follows the line),
 * so every subset is tried, all of them first (up to MAX_EXPLAINING lines; beyond, all of them only).
 */
function explainingSubjects<V extends { printed: PrintedAmount; sum: { value: number } }>(
  wrong: V[],
  amounts: PrintedAmount[],
  total: Figure,
): V[] | undefined {
  const n = wrong.length;
  if (n === 0) return undefined;
  const masks = n > MAX_EXPLAINING ? [(1 << n) - 1] : [...Array(1 << n).keys()].slice(1);
  const size = (m: number) => wrong.filter((_, i) => m & (1 << i)).length;
  for (const mask of masks.sort((a, b) => size(b) - size(a) || a - b)) {
    const chosen = wrong.filter((_, i) => mask & (1 << i));
    const corrected = amounts.map((a) => {
      const v = chosen.find((w) => w.printed === a);
      return v ? { ...a, fen: roundedLike(v.sum.value, a) } : a;
    });
    if (sumAgreement(corrected.map(printedFigure), total) !== 'mismatch') return chosen;
  }
  return undefined;
}

/** Subject lines reported wrong beyond which only all of them together are tried as the explanation (2^n sums). */
const MAX_EXPLAINING = 10;

export const subjectTrend: Rule = {
  id: 'prose.subject_trend',
  title: bi(
    '科目的上年执行数、本年安排与增减率一致',
    'Subject lines: planned amount and change rate follow from their numbers',
  ),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '“预算安排B” = 该科目金额；增减率 = (B − A) ÷ A（A 为上年执行数），按打印精度',
      'planned B = the line amount; rate = (B − A) / A with A last year’s execution, to the printed precision',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const list = subjects(ctx);
    for (const [i, claim] of list.entries()) {
      const amount = claim.amount;
      if (!amount) continue;
      const label = nameOf(claim, list);
      const change = claim.change;
      const base = change?.baseAmount;
      const planned = claim.planned;
      const plannedVerdict = planned ? agreement(printedFigure(planned), printedFigure(amount)) : 'exact';
      if (planned && plannedVerdict !== 'exact' && plannedVerdict !== 'mismatch') {
        // The line's amount printed again a unit off: rounding, noted (the rate is checked below).
        roundingNotes(ctx).note(
          'restated',
          this.id,
          bi('科目金额与预算安排', 'Line amounts and planned amounts'),
          [claimRef(claim)],
          bi(`“${label}”${amount.text} ≈ 预算安排${planned.text}`),
        );
      }
      if (planned && plannedVerdict === 'mismatch') {
        // One mistake, one finding: a 预算安排 that differs from the line's amount, with what the
        // stated rate follows from (wanli-2024: 350.35 / 352.67, the rate fits 350.35; wanli-2023: the
        // 16th line repeats the 15th's 441.25 and 60.54%, fitting neither).
        tally.compared();
        const fitsAmount = change && base ? !trendProblem(change, base, amount) : undefined;
        const fitsPlanned = change && base ? !trendProblem(change, base, planned) : undefined;
        const previous = list[i - 1];
        const copied =
          previous?.planned?.text === planned.text &&
          (!change?.percent || previous.change?.percent?.value === change.percent.value);
        const rateNote =
          fitsAmount === undefined
            ? bi('', '')
            : fitsAmount
              ? bi(
                  `；增减率${change?.percent?.text ?? ''}按科目金额计算相符`,
                  `; the rate follows from the line's amount`,
                )
              : fitsPlanned
                ? bi('；增减率按“预算安排”计算', '; the rate follows from the planned amount')
                : bi(
                    `；增减率${change?.percent?.text ?? ''}按${base?.text}→${amount.text}应为${exactRate(base, amount, change)}`,
                    `; the rate ${change?.percent?.text ?? ''} follows from neither (${base?.text} → ${amount.text} gives ${exactRate(base, amount, change)})`,
                  );
        const lastYear = !copied ? lastYearsAmount(ctx, claim, planned) : undefined;
        const copyNote = copied
          ? bi(
              `，与上一条“${previous.label}”的数字相同，疑为照抄`,
              `, the same figures as the line before (${quote(previous.label)}): probably copied`,
            )
          : lastYear
            ? bi(
                `（${planned.text}是${lastYear}年文档中该科目的金额）`,
                ` (${planned.text} is the subject's amount in the ${lastYear} document)`,
              )
            : bi('', '');
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `“${label}”科目金额 ${amount.text}，同一段中的“预算安排”却是${planned.text}${copyNote.zh}${rateNote.zh}`,
            `${quote(label)}: the line states ${amount.text} but its planned amount is ${planned.text}${copyNote.en}${rateNote.en}`,
          ),
          formula: bi(
            `科目金额 ${amount.text} ≠ 预算安排 ${planned.text}`,
            `line ${amount.text} ≠ planned ${planned.text}`,
          ),
          refs: [claimRef(claim), ...(copied && previous ? [claimRef(previous)] : [])],
          expected: printedQuantity(amount, bi('科目金额', 'line amount')),
          actual: printedQuantity(planned, bi('预算安排', 'planned')),
        });
        continue;
      }
      if (planned) tally.compared();
      if (change?.reason) {
        tally.compared();
        const said = reasonDirection(change.reason);
        if (said && said !== change.direction) {
          const word = { increase: '增加', decrease: '减少', flat: '持平' };
          tally.add({
            rule: this.id,
            severity: 'warning',
            message: bi(
              `“${label}”${DIRECTION_WORD.test(change.text) ? `写作“${change.text}”` : `${amount.text}，${change.text}，即${word[change.direction]}`}，所述原因却是“${change.reason}”`,
              `${quote(label)}: ${quote(change.text)}, but the reason given says it ${said === 'flat' ? 'stayed flat' : `${said}d`} (${quote(change.reason)})`,
            ),
            formula: bi(
              `${word[change.direction]} ≠ 原因中的${word[said]}`,
              `${change.direction} ≠ ${said} in the reason`,
            ),
            refs: [claimRef(claim)],
          });
        }
      }
      if (!change || !base) continue;
      tally.compared();
      const problem = trendProblem(change, base, planned ?? amount);
      if (problem?.note) {
        // A rate cut off, or one unit off the figures' range: rounding, noted once for the list.
        roundingNotes(ctx).note(
          problem.note,
          this.id,
          bi('科目增减率', 'Subject rates'),
          [claimRef(claim)],
          bi(`“${label}”：${problem.formula}`),
        );
        continue;
      }
      if (problem)
        tally.add({
          rule: this.id,
          severity: problem.severity,
          message: bi(`“${label}”：${problem.zh}`, `${quote(label)}: ${problem.en}`),
          formula: bi(problem.formula),
          refs: [claimRef(claim)],
          ...(problem.expected ? { expected: problem.expected } : {}),
          ...(change.percent
            ? { actual: percentQuantity(change.percent.value / 100, change.percent.text, IN_TEXT) }
            : {}),
        });
    }
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
    return tally.outcome(
      bi(
        '没有“上年执行数—本年安排”形式的科目说明',
        "no subject line stating last year's execution and this year's plan",
      ),
    );
  },
};

/**
 * The year of last year's document when it gives the subject the amount a line states as this year's
 * plan (wanli-2024: "2024年预算安排352.67万元", 住房公积金's amount in the 2023 document).
 */
function lastYearsAmount(ctx: CheckContext, claim: Claim, amount: PrintedAmount): number | undefined {
  const year = ctx.document.meta.year;
  const previous = ctx.previous.find((d) => year !== undefined && d.meta.year === year - 1);
  if (!previous) return undefined;
  const codes = subjectIndex(ctx).resolve(claim);
  const tables = new Tables(previous);
  const fiscal = ctx.template.template.roles.fiscalByCode;
  const found = codes.some((c) => {
    const sum = sumOperands(
      tables,
      fiscal.map(({ table, column }) => ({ table, row: c.code, column })),
    );
    return sum.readable && !sum.blank && agreement(printedFigure(amount), sum.figure) === 'exact';
  });
  return found ? previous.meta.year : undefined;
}

/** (current − base) ÷ base at the stated rate's precision, for messages ("—" from a base of 0). */
function exactRate(base: PrintedAmount | undefined, current: PrintedAmount, change: Change | undefined): string {
  if (!base) return formatPercent(Number.NaN, 0);
  return formatPercent(ratio(current.fen - base.fen, base.fen), change?.percent?.decimals ?? 2);
}

/** current − base as a figure: the difference of two printed figures, as wide as both together. */
function changeFigure(base: Figure, current: Figure): Figure {
  return { fen: current.fen - base.fen, unit: 0, spread: base.spread + current.spread };
}

type Change = NonNullable<Claim['change']>;

function trendProblem(
  change: Change,
  base: NonNullable<Change['baseAmount']>,
  current: NonNullable<Claim['amount']>,
):
  | {
      severity: 'error' | 'info';
      zh: string;
      en: string;
      formula: string;
      expected?: Quantity;
      note?: 'percent_truncated' | 'percent_rounding';
    }
  | undefined {
  const diff = current.fen - base.fen;
  const dir = diff === 0 ? 'flat' : diff > 0 ? 'increase' : 'decrease';
  const baseFigure = printedFigure(base);
  const currentFigure = printedFigure(current);
  // 持平 is right wherever the two figures may stand for one amount.
  if (
    change.direction !== dir &&
    !(change.direction === 'flat' && agreement(baseFigure, currentFigure) !== 'mismatch')
  ) {
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
  const verdict = growthAgreement(pct, changeFigure(baseFigure, currentFigure), baseFigure);
  if (verdict === 'exact') return undefined;
  if (verdict === 'not_computable')
    return {
      severity: 'info',
      zh: `上年执行数为0，增减率无法计算，文字写作${pct.text}`,
      en: `last year's execution is 0, so no rate can follow; the text states ${pct.text}`,
      formula: `(${current.text} − 0) ÷ 0`,
    };
  const exact = ratio(diff, base.fen);
  const shown = formatPercent(exact, pct.decimals);
  const formula = `(${current.text} − ${base.text}) ÷ ${base.text} = ${shown} ≠ ${pct.text}`;
  if (verdict === 'truncated' || verdict === 'one_unit')
    return {
      severity: 'info',
      zh: formula,
      en: formula,
      formula,
      note: verdict === 'truncated' ? 'percent_truncated' : 'percent_rounding',
    };
  return {
    severity: 'error',
    zh: `增减率写作${pct.text}，按${base.text}→${current.text}应为${shown}`,
    en: `the rate is stated as ${pct.text}; ${base.text} → ${current.text} gives ${shown}`,
    formula,
    expected: percentQuantity(exact, shown),
  };
}

/** 项 names printed under many 款 (行政运行, 一般行政管理事务 …): they name no subject by themselves. */
const GENERIC_ITEM = /^(?:行政运行|一般行政管理事务|机关服务|事业运行|其他.*|信息化建设|专项业务|专项普查活动)$/u;

const loose = (s: string) => s.replace(/[\s（()）]/gu, '').replace(/其它/gu, '其他');

/**
 * A subject line's own words: its most specific level's name, and its 款 and 项 joined (how
 * descriptions write them: "城乡社区管理事务一般行政管理事务"). Naming only its 款 is not naming itself.
 */
function ownWords(claim: Claim): string[] {
  const names = (claim.names ?? [claim.label]).map(loose).filter((n) => n.length > 0);
  const item = names.at(-1) ?? '';
  // A generic 项 name (一般行政管理事务) names the line only with its 款.
  const alone = GENERIC_ITEM.test(item) && names.length >= 2 ? [] : [item];
  return [...alone, ...(names.length >= 2 ? [`${names.at(-2)}${item}`] : [])].filter((w) => w.length > 0);
}

/** The words that name a subject line where another line's description might copy them. */
function namingWords(claim: Claim): string[] {
  const names = (claim.names ?? [claim.label]).map(loose);
  const item = names.at(-1) ?? '';
  const words = names.length >= 2 ? [`${names.at(-2)}${item}`] : [];
  if (item.length >= 4 && !GENERIC_ITEM.test(item)) words.push(item);
  return words;
}

/**
 * What a line says of itself: its description ("主要用于…") and its reason ("主要原因是…"). The
 * description follows the amount ("…1,480万元，主要用于…"), or, in final accounts, the name before the
 * figures ("…购房补贴（项）。主要用于：缴纳在职人员住房购房补贴。年初预算为…").
 */
function sayings(claim: Claim): { what: 'description' | 'reason'; text: string }[] {
  const out: { what: 'description' | 'reason'; text: string }[] = [];
  const amount = claim.amount?.text ?? '';
  const at = claim.text.indexOf(amount);
  const after = claim.text.slice(at + amount.length);
  const description =
    /^[，,：:\s]*(主要[^。；]{2,80})/u.exec(after)?.[1] ??
    /(?:^|[。；])\s*(主要用于[^。；]{2,80})[。；]/u.exec(claim.text.slice(0, Math.max(0, at)))?.[1];
  if (description && !/原因/.test(description)) out.push({ what: 'description', text: description });
  if (claim.change?.reason) out.push({ what: 'reason', text: claim.change.reason });
  return out;
}

export const subjectDescriptions: Rule = {
  id: 'prose.subject_descriptions',
  title: bi('科目的用途说明与原因写的是本科目', 'A subject line describes and explains its own subject'),
  section: 'prose',
  severity: 'warning',
  formula: () =>
    bi(
      '“X”科目的“主要用于…”和“主要原因是…”不写另一科目（所列另一条的款项名称）而不提本科目；不同名称的科目（“其他…”“行政运行”等通用名称除外）不印同一段用途说明',
      "a subject line's description and reason do not name another listed subject instead of its own; lines of different names (generic ones aside) do not print one description",
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const list = subjects(ctx);
    // The lines found copying another's words, and each description with the lines that print it.
    const reported = new Set<Claim>();
    const described = new Map<string, Claim[]>();
    for (const claim of list) {
      const own = ownWords(claim);
      const others = list.filter((o) => o !== claim && o.key !== claim.key);
      for (const said of sayings(claim))
        if (said.what === 'description')
          described.set(loose(said.text), [...(described.get(loose(said.text)) ?? []), claim]);
      // One line, one finding: its description and its reason copied from others are named together.
      const found: { said: ReturnType<typeof sayings>[number]; copied: Claim }[] = [];
      for (const said of sayings(claim)) {
        tally.compared();
        const text = loose(said.text);
        if (own.some((w) => text.includes(w))) continue;
        const copied = others.find((o) =>
          namingWords(o).some((w) => text.includes(w) && !own.some((x) => x.includes(w) || w.includes(x))),
        );
        if (copied) found.push({ said, copied });
      }
      if (found.length === 0) continue;
      reported.add(claim);
      const label = nameOf(claim, list);
      const what = (w: 'description' | 'reason') => (w === 'description' ? '用途说明' : '所述原因');
      const sources = [...new Set(found.map((f) => f.copied))];
      const parts = sources.map((copied) => {
        const of = found.filter((f) => f.copied === copied);
        const saids = of.map(({ said }) => `${what(said.what)}“${said.text}”`).join('和');
        return `${saids}写的${of.length > 1 ? '都' : ''}是另一科目“${nameOf(copied, list)}”`;
      });
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `“${label}”的${parts.join('，')}，没有提到本科目`,
          `${quote(label)}: ${found.map(({ said, copied }) => `its ${said.what} ${quote(said.text)} names another subject (${quote(nameOf(copied, list))})`).join('; ')}, not its own`,
        ),
        refs: [claimRef(claim), ...sources.map(claimRef)],
        expected: { unit: 'text', text: claim.label },
        actual: { unit: 'text', text: found.map((f) => f.said.text).join('；') },
      });
    }
    // One description printed for lines of different names: one line's words were copied to another.
    // Lines of one name (行政运行 under two 款) may well say the same, and so may a line of a generic
    // name (其他…, 行政运行) and the line it stands beside; a line already found copying is that
    // finding's. The copy is the line that does not name itself where another does.
    for (const [text, lines] of described) {
      const specific = lines.filter((c) => !GENERIC_ITEM.test(loose(c.label)));
      const distinct = specific.filter((c, i) => specific.findIndex((o) => o.label === c.label) === i);
      if (distinct.length < 2 || distinct.some((c) => reported.has(c))) continue;
      tally.compared();
      const naming = distinct.filter((c) => ownWords(c).some((w) => text.includes(w)));
      const copies = naming.length > 0 ? distinct.filter((c) => !naming.includes(c)) : distinct;
      if (copies.length === 0) continue;
      const said = sayings(copies[0] as Claim).find((x) => x.what === 'description')?.text ?? text;
      const names = (cs: Claim[]) => cs.map((c) => `“${nameOf(c, list)}”`).join('、');
      const first = naming[0];
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: first
          ? bi(
              `${names(copies)}的用途说明“${said}”与“${nameOf(first, list)}”的相同，没有提到本科目`,
              `${copies.map((c) => quote(nameOf(c, list))).join(', ')}: the description ${quote(said)} is ${quote(nameOf(first, list))}'s, not its own`,
            )
          : bi(
              `${names(copies)}的用途说明相同：“${said}”`,
              `${copies.map((c) => quote(nameOf(c, list))).join(', ')} print the same description ${quote(said)}`,
            ),
        refs: [...copies, ...(first ? [first] : [])].map(claimRef),
        expected: { unit: 'text', text: copies.map((c) => c.label).join('；') },
        actual: { unit: 'text', text: said },
      });
    }
    return tally.outcome(NO_SUBJECTS);
  },
};
