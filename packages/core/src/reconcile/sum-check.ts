import { type Bilingual, bi } from '../model/bilingual.js';
import type { BudgetTable } from '../model/table.js';
import { tableName } from '../templates/index.js';
import { type CellValue, money } from './cells.js';
import type { RoundingInfos } from './claim-refs.js';
import { moneyComparison } from './quantities.js';
import type { CheckContext, Tally } from './rule.js';
import { sumVerdict } from './tolerance.js';

/**
 * The one sum check of the in-table rules (a parent and its children, a row total and its columns,
 * a summary line and its sub-lines): total = Σ parts, blank counting as zero. An unreadable cell makes
 * the comparison unreadable; in 万元 tables a difference within rounding is an info, folded per table.
 */
export interface SumCheck {
  rule: string;
  table: BudgetTable;
  total: CellValue;
  parts: readonly CellValue[];
  /** Why the comparison could not be made when a cell is unreadable. */
  unreadable: Bilingual;
  /** The identity in words, "210 卫生健康支出（基本支出）= 21011 + 21015". */
  equation: Bilingual;
  /** The line a rounding difference adds to its table's info, from the sum and the printed total. */
  roundingLine(sum: string, printed: string): string;
  /** The finding's message: `blank` when the total is printed blank, `sum` the parts' sum as printed. */
  message(blank: boolean, sum: string): Bilingual;
}

export function checkSum(tally: Tally, rounding: RoundingInfos, check: SumCheck): void {
  const { table, total, parts } = check;
  if (!total.readable || parts.some((p) => !p.readable)) {
    tally.couldNotRead(check.unreadable);
    return;
  }
  tally.compared();
  const sum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
  const refs = [total.ref, ...parts.map((p) => p.ref)];
  const sumText = money(sum, table.unit);
  const verdict = sumVerdict(sum, total.value, parts.length, table.unit);
  if (verdict === 'rounding') {
    rounding.add(table.kind, refs, bi(check.roundingLine(sumText, money(total.value, table.unit))));
    return;
  }
  if (verdict === 'exact') {
    tally.passed(check.rule, () => ({ formula: bi(`${check.equation.zh}：${sumText} = ${sumText}`), refs }));
    return;
  }
  const blank = total.value === null;
  const printed = money(total.value, table.unit);
  tally.add({
    rule: check.rule,
    severity: 'error',
    message: check.message(blank, sumText),
    formula: bi(
      `${check.equation.zh}：${sumText} ≠ ${blank ? '空' : printed}`,
      `${check.equation.en}: ${sumText} ≠ ${blank ? 'blank' : printed}`,
    ),
    refs,
    ...moneyComparison(sum, total.value, table.unit),
  });
}

/** Rounding differences of 万元 tables, one info per table. */
export function roundingFindings(ctx: CheckContext, rounding: RoundingInfos, rule: string) {
  return rounding.findings(rule, (kind) => tableName(ctx.template, kind));
}
