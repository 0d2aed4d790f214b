import { type Bilingual, bi, joinBi } from '../model/bilingual.js';
import type { Finding, Ref } from '../model/finding.js';
import type { BudgetTable, TableKind } from '../model/table.js';
import { tableName } from '../templates/index.js';
import { type CellValue, money } from './cells.js';
import { moneyComparison } from './quantities.js';
import {
  cellFigure,
  type RoundingNotes,
  roundingNotes,
  roundingStep,
  roundingTolerance,
  sumAgreement,
} from './rounding.js';
import type { CheckContext, Tally } from './rule.js';

/**
 * The one sum check of the in-table rules (a parent and its children, a row total and its columns,
 * a summary line and its sub-lines): total = Σ parts, blank counting as zero. An unreadable cell makes
 * the comparison unreadable; a difference within the rounding of the table's printed amounts is an
 * info, folded per table; totals printed blank are folded per table too (one blank total row is one
 * mistake, however many columns it spans).
 */
export interface SumCheck {
  rule: string;
  table: BudgetTable;
  total: CellValue;
  parts: readonly CellValue[];
  /** Why the comparison could not be made when a cell is unreadable (asked only then). */
  unreadable(): Bilingual;
  /** The identity in words, "210 卫生健康支出（基本支出）= 21011 + 21015" (asked only when it is written). */
  equation(): Bilingual;
  /** The line a rounding difference adds to its table's info, from the sum and the printed total. */
  roundingLine(sum: string, printed: string): Bilingual;
  /** The finding's message: `blank` when the total is printed blank, `sum` the parts' sum as printed. */
  message(blank: boolean, sum: string): Bilingual;
}

/** What the sum checks of one rule fold: rounding differences (the check's notes) and blank totals, per table. */
export class SumFolds {
  readonly rounding: RoundingNotes;
  private readonly blanks = new Map<TableKind, Finding[]>();

  constructor(readonly ctx: CheckContext) {
    this.rounding = roundingNotes(ctx);
  }

  blank(table: BudgetTable, finding: Finding): void {
    let list = this.blanks.get(table.kind);
    if (!list) this.blanks.set(table.kind, (list = []));
    list.push(finding);
  }

  /** One rounding info per table, and one error per table for its blank totals. */
  findings(ctx: CheckContext, rule: string): Finding[] {
    const out = this.rounding.findings(rule);
    for (const [kind, list] of this.blanks) {
      const [first] = list;
      if (!first) continue;
      if (list.length === 1) {
        out.push(first);
        continue;
      }
      const t = tableName(ctx.template, kind);
      // What each blank total is: the left side of its equation ("收入总计（预算数）").
      const names = list.map((f) => f.formula?.zh.split(/ ?= /)[0] ?? '');
      out.push({
        rule,
        severity: 'error',
        message: bi(
          `${t.zh}：${names.join('、')}印为空，但其各项之和不为零`,
          `${t.en}: ${list.map((f) => f.formula?.en.split(/ ?= /)[0] ?? '').join(', ')} are printed blank though their parts are not`,
        ),
        formula: joinBi(
          list.flatMap((f) => (f.formula ? [f.formula] : [])),
          '；',
          '; ',
        ),
        refs: dedupe(list.flatMap((f) => f.refs)),
        count: list.length,
      });
    }
    return out;
  }
}

function dedupe(refs: Ref[]): Ref[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const id = JSON.stringify(r);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

export function checkSum(tally: Tally, folds: SumFolds, check: SumCheck): void {
  const { table, total, parts } = check;
  if (!total.readable || parts.some((p) => !p.readable)) {
    tally.couldNotRead(check.unreadable());
    return;
  }
  tally.compared();
  const sum = parts.reduce((s, p) => s + (p.value ?? 0), 0);
  const refs = () => [total.ref, ...parts.map((p) => p.ref)];
  // A blank total is not a figure: its parts' sum is owed, whatever the rounding.
  const verdict =
    total.value === null && sum !== 0
      ? 'mismatch'
      : sumAgreement(
          parts.map((p) => cellFigure(table, p.value)),
          cellFigure(table, total.value),
        );
  if (verdict === 'exact') {
    // Most sums hold: their words are written only when the comparisons that held are recorded.
    tally.passed(check.rule, () => {
      const sumText = money(sum, table.unit);
      return { formula: bi(`${check.equation().zh}：${sumText} = ${sumText}`), refs: refs() };
    });
    return;
  }
  const sumText = money(sum, table.unit);
  const printed = money(total.value, table.unit);
  const title = tableName(folds.ctx.template, table.kind);
  if (verdict === 'rounding' || verdict === 'truncated') {
    const step = roundingStep(table);
    folds.rounding.note('rounding', table.kind, title, refs(), check.roundingLine(sumText, printed), {
      tolerance: roundingTolerance(step, table.unit),
    });
    return;
  }
  if (verdict === 'unprinted_fen') {
    // One slip where it is printed: the same total met by another identity is not noted again.
    folds.rounding.note(
      'unprinted_fen',
      table.kind,
      title,
      refs(),
      bi(
        `${check.roundingLine(sumText, printed).zh}（合计未印分）`,
        `${check.roundingLine(sumText, printed).en} (the total is printed without its fen)`,
      ),
      { once: `${table.kind}\u0000${total.ref.row}\u0000${total.ref.column}` },
    );
    return;
  }
  const blank = total.value === null;
  const equation = check.equation();
  const finding: Finding = {
    rule: check.rule,
    severity: 'error',
    message: check.message(blank, sumText),
    formula: bi(
      `${equation.zh}：${sumText} ≠ ${blank ? '空' : printed}`,
      `${equation.en}: ${sumText} ≠ ${blank ? 'blank' : printed}`,
    ),
    refs: refs(),
    ...moneyComparison(sum, total.value, table.unit),
  };
  if (blank) folds.blank(table, finding);
  else tally.add(finding);
}
