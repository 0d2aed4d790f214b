import { type Bilingual, bi, joinBi, quote } from '../../model/bilingual.js';
import type { ClaimKind } from '../../model/claim.js';
import { type CompiledTemplate, describeOperand } from '../../templates/index.js';
import { claimRef } from '../claim-refs.js';
import { firstPresent } from '../operands.js';
import { IN_TABLES, IN_TEXT, printedQuantity, showAmount, tableQuantity } from '../quantities.js';
import { roundingNotes, toleranceText } from '../rounding.js';
import { type Rule, Tally } from '../rule.js';
import { printedAgainstTable } from '../stated.js';

/**
 * Prose amounts against the tables, through the template's claim targets (收入预算 → 收入总计,
 * 三公经费 → 三公表合计, …). A prose amount matches when it equals the table amount rounded to the
 * printed precision; a truncated amount is an info, clustered per rule.
 */
function proseAgainstTables(id: string, kinds: readonly ClaimKind[], title: Bilingual, severityNote?: Bilingual): Rule {
  return {
    id,
    title,
    section: 'prose',
    severity: 'error',
    formula(template) {
      const lines = targetWords(template, kinds);
      const all = lines.length > 0 ? joinBi(lines, '；', '; ') : bi('模板未列出', 'none in the template');
      return severityNote ? bi(`${all.zh}${severityNote.zh}`, `${all.en}${severityNote.en}`) : all;
    },
    run(ctx) {
      const tally = new Tally(ctx);
      const targets = new Map(ctx.template.template.claimTargets.map((t) => [t.key, t]));
      const claims = ctx.claims.filter((c) => kinds.includes(c.kind) && c.amount && targets.has(c.key));
      for (const claim of claims) {
        const target = targets.get(claim.key);
        const printed = claim.amount;
        if (!target || !printed) continue;
        const cells = firstPresent(ctx.tables, target.cells);
        if (!cells) {
          tally.couldNotRead(
            bi(`核对“${claim.label}”所需的表不存在`, `the tables to check ${quote(claim.label)} are missing`),
          );
          continue;
        }
        // A row the tables do not print is not an amount of 0: the tables' own checks name it.
        if (cells.missing) {
          tally.couldNotRead(
            bi(`表中没有“${claim.label}”对应的行`, `the tables print no row for ${quote(claim.label)}`),
          );
          continue;
        }
        if (!cells.readable) {
          tally.couldNotRead(
            bi(
              `“${claim.label}”对应的表格数值的列位置未能确定`,
              `the columns of the table values for ${quote(claim.label)} could not be settled`,
            ),
          );
          continue;
        }
        const refs = [claimRef(claim), ...cells.refs];
        const differs = printedAgainstTable(ctx, tally, this.id, title, claim, printed, cells.figure, refs);
        if (!differs) continue;
        const { tableText } = differs;
        tally.add({
          rule: this.id,
          severity: target.severity,
          message:
            target.severity === 'info'
              ? bi(
                  `文字中的“${claim.label}”${printed.text}与表格中的${tableText}不同（两者口径可能不同，仅供核对）`,
                  `${quote(claim.label)} is ${printed.text} in the text and ${tableText} in the tables (they may legitimately differ)`,
                )
              : bi(
                  `文字中的“${claim.label}”${printed.text}与表格不符（表中为${tableText}）`,
                  `${quote(claim.label)} stated as ${printed.text} in the text, but the tables give ${tableText}`,
                ),
          formula: bi(
            `${claim.label}：文字 ${printed.text} ≠ 表格 ${tableText}`,
            `${quote(claim.label)}: text ${printed.text} ≠ tables ${tableText}`,
          ),
          refs,
          expected: tableQuantity(cells.value, printed, IN_TABLES),
          actual: printedQuantity(printed, IN_TEXT),
          difference: {
            fen: printed.fen - cells.value,
            unit: printed.unit,
            text: showAmount(printed.fen - cells.value, printed.unit, 4),
          },
          tolerance: toleranceText(printed),
        });
      }
      for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
      return tally.outcome(bi('文字中没有可与表格核对的金额', 'no amount in the text to check against the tables'));
    },
  };
}

/**
 * The claim targets of the given kinds in words: "收入预算 = 财务收支预算总表 收入总计 预算数 或 收入预算总表 合计 合计".
 * A quantity's name is the first phrase the template states it with (its key when none).
 */
function targetWords(template: CompiledTemplate, kinds: readonly ClaimKind[]): Bilingual[] {
  const phrases = template.template.claims;
  const named = new Map<string, { kind: ClaimKind; label: string }>();
  for (const t of phrases.totals) if (!named.has(t.key)) named.set(t.key, { kind: 'total', label: t.label });
  for (const a of phrases.amounts) if (!named.has(a.key)) named.set(a.key, { kind: a.kind, label: a.label });
  const out: Bilingual[] = [];
  for (const target of template.template.claimTargets) {
    const kind = named.get(target.key)?.kind ?? (target.key.split('.')[0] as ClaimKind);
    if (!kinds.includes(kind)) continue;
    const label = named.get(target.key)?.label ?? target.label ?? target.key;
    const alternatives = target.cells.map((alt) =>
      joinBi(
        alt.map((o) => describeOperand(template, o)),
        ' + ',
        ' + ',
      ),
    );
    const cells = joinBi(alternatives, ' 或 ', ' or ');
    out.push(bi(`${label} = ${cells.zh}`, `${target.key} = ${cells.en}`));
  }
  return out;
}

export const proseTotals = proseAgainstTables(
  'prose.totals',
  ['total'],
  bi('编制说明中的收支总数 = 表格', 'Totals in the budget explanation match the tables'),
);

export const proseThreePublic = proseAgainstTables(
  'prose.three_public',
  ['three_public', 'operating_costs'],
  bi(
    '“三公”经费和机关运行经费文字 = 表格',
    'Three public costs and office running costs in the text match their table',
  ),
);

export const prosePerformance = proseAgainstTables(
  'prose.performance',
  ['performance'],
  bi('绩效目标涉及的项目资金 = 项目支出', 'Project funds with performance targets match project expenditure'),
  bi('（两者口径可能不同，不一致时为提示）', ' (they may legitimately differ: a note when they do)'),
);
