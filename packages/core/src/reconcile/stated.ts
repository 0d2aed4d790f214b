import { type Bilingual, bi, quote } from '../model/bilingual.js';
import type { Claim, PrintedAmount } from '../model/claim.js';
import type { Ref } from '../model/finding.js';
import { templateOf } from '../templates/index.js';
import { Tables } from './cells.js';
import { claimRef } from './claim-refs.js';
import { firstPresent, type OperandSum, sumOperands } from './operands.js';
import { showAmount } from './quantities.js';
import { agreement, type Figure, printedFigure, roundingNotes } from './rounding.js';
import type { CheckContext, Tally } from './rule.js';
import { SubjectIndex } from './subjects.js';

/**
 * The amounts a share or an outcome statement is measured against, wherever they are stated: printed
 * in the sentence, stated elsewhere in the prose, printed in the document's tables, or (the initial
 * budget of final accounts) in the same year's budget document. Every source carries its figure at
 * its printed precision (the rounding model), so every comparison treats them alike.
 */

export interface StatedAmount {
  amount: PrintedAmount;
  /** The amount as the rounding model sees it (a table sum: each cell at its table's precision). */
  figure: Figure;
  refs: Ref[];
  /** Where it came from, in words ("表中", "2024年部门预算"). */
  source: 'text' | 'table' | 'budget';
  /** A table cell left blank (no budget at all), as opposed to a printed 0. */
  blank?: boolean;
}

export type Lookup = StatedAmount | { unreadable: string } | undefined;

/** A table amount as a printed amount, for messages: 万元 tables print 2 decimals, 元 tables the fen. */
export function tableAmount(fen: number, unit: '元' | '万元'): PrintedAmount {
  return { fen, unit, decimals: 2, text: showAmount(fen, unit) };
}

/** A sum of table cells as a stated amount. */
function fromTables(sum: OperandSum, source: StatedAmount['source']): StatedAmount {
  return {
    amount: tableAmount(sum.value, sum.unit),
    figure: sum.figure,
    refs: sum.refs,
    source,
    ...(sum.blank ? { blank: true } : {}),
  };
}

/** A stated amount printed in the prose. */
export function fromText(amount: PrintedAmount, refs: Ref[]): StatedAmount {
  return { amount, figure: printedFigure(amount), refs, source: 'text' };
}

/** A claim key's amount in a document's tables (the first alternative its tables print). */
export function tableValue(
  tables: Tables,
  alternatives: ReturnType<typeof templateOf>['template']['claimTargets'][number]['cells'] | undefined,
): Lookup {
  if (!alternatives) return undefined;
  const sum = firstPresent(tables, alternatives);
  if (!sum) return undefined;
  if (!sum.readable) return { unreadable: 'columns' };
  return fromTables(sum, 'table');
}

/** The whole a share is of: as the enumeration prints it, as the prose states it elsewhere, or as the tables do. */
export function wholeOf(ctx: CheckContext, claim: Claim): Lookup {
  const share = claim.share;
  if (!share) return undefined;
  const stated = share.wholeKey
    ? ctx.claims.filter((c) => c.key === share.wholeKey && c.amount && c !== claim && !c.execution)
    : [];
  if (share.whole) {
    const whole = share.whole;
    const head = stated.find(
      (c) =>
        c.amount &&
        agreement(printedFigure(c.amount), printedFigure(whole)) === 'exact' &&
        c.span.section === claim.span.section,
    );
    return fromText(whole, head ? [claimRef(head)] : []);
  }
  // The nearest statement of the whole before the share, else the first anywhere.
  const before = stated.filter(
    (c) =>
      c.span.section < claim.span.section ||
      (c.span.section === claim.span.section && c.span.paragraph <= claim.span.paragraph),
  );
  const head = before.at(-1) ?? stated[0];
  if (head?.amount) return fromText(head.amount, [claimRef(head)]);
  const target = ctx.template.template.claimTargets.find((t) => t.key === share.wholeKey);
  return tableValue(ctx.tables, target?.cells);
}

/** The subjects of the document's fiscal tables by code and name, as claims name them. */
export function subjectIndex(ctx: CheckContext): SubjectIndex {
  const roles = ctx.template.template.roles;
  return new SubjectIndex(
    ctx.tables,
    roles.fiscalByCode.map((c) => c.table),
    roles.codeNames,
    ctx.document.meta.year,
  );
}

/**
 * A printed amount against the table figure it states (the rounding model decides): a match is a passed
 * comparison; an amount truncated instead of rounded, or two rounded figures within their rounding,
 * a note of the check (one per kind under `title`); otherwise the table value as the prose would
 * print it, for the caller's finding.
 */
export function printedAgainstTable(
  ctx: CheckContext,
  tally: Tally,
  rule: string,
  title: Bilingual,
  claim: Claim,
  printed: PrintedAmount,
  table: Figure,
  refs: Ref[],
): { tableText: string } | undefined {
  tally.compared();
  const verdict = agreement(printedFigure(printed), table);
  const tableText = showAmount(table.fen, printed.unit, Math.max(2, printed.decimals));
  if (verdict === 'exact') {
    tally.passed(rule, () => ({ formula: bi(`${claim.label}：文字 ${printed.text} = 表格 ${tableText}`), refs }));
    return undefined;
  }
  if (verdict === 'mismatch') return { tableText };
  const line = bi(
    `“${claim.label}”${printed.text} ← 表中 ${tableText}`,
    `${quote(claim.label)} ${printed.text} ← table ${tableText}`,
  );
  roundingNotes(ctx).note(verdict === 'truncated' ? 'truncated' : 'text_table', rule, title, refs, line);
  return undefined;
}

/** The function code a subject claim names, in the document's own tables. */
export function subjectCode(ctx: CheckContext, claim: Claim): string | undefined {
  const codes = subjectIndex(ctx).resolve(claim);
  return codes.length === 1 ? codes[0]?.code : undefined;
}

/**
 * The initial budget an outcome statement is measured against: printed in the sentence, else the
 * document's own tables (决算's 三公 table prints 预算数), else the same year's budget document.
 */
export function budgetOf(ctx: CheckContext, claim: Claim): Lookup {
  const execution = claim.execution;
  if (!execution) return undefined;
  if (execution.budget) return fromText(execution.budget, [{ ...execution.place, text: execution.place.text }]);
  const target = ctx.template.template.claimTargets.find((t) => t.key === claim.key);
  const own = tableValue(ctx.tables, target?.budgetCells);
  if (own) return own;
  return budgetDocumentValue(ctx, claim);
}

/** A claim's quantity in the same year's budget document (its tables, in its template's words). */
export function budgetDocumentValue(ctx: CheckContext, claim: Claim): Lookup {
  const budget = ctx.budget;
  if (!budget) return undefined;
  const template = templateOf(budget);
  const tables = new Tables(budget);
  let found: Lookup;
  if (claim.kind === 'subject') {
    const code = subjectCode(ctx, claim);
    if (!code) return { unreadable: 'subject' };
    // The fund tables the budget prints (a budget without a fund prints its table empty or not at all).
    const fiscal = template.template.roles.fiscalByCode.filter(({ table }) => tables.get(table));
    if (fiscal.length === 0) return undefined;
    const sum = sumOperands(
      tables,
      fiscal.map(({ table, column }) => ({ table, row: code, column })),
    );
    if (!sum.readable) return { unreadable: 'columns' };
    found = fromTables(sum, 'budget');
  } else {
    const target = template.template.claimTargets.find((t) => t.key === claim.key);
    found = tableValue(tables, target?.cells);
    if (found && 'amount' in found) found = { ...found, source: 'budget' };
  }
  if (!found || !('amount' in found)) return found;
  const name = budget.source.name;
  return { ...found, refs: found.refs.map((r) => ({ ...r, text: `${name}：${r.text ?? ''}` })) };
}
