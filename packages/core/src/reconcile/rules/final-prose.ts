import { bi, quote } from '../../model/bilingual.js';
import type { Claim } from '../../model/claim.js';
import type { BudgetTable, TableKind, TableRow } from '../../model/table.js';
import { describeOperand, sameSubjectName } from '../../templates/index.js';
import { compact } from '../../text/normalize.js';
import { cellOf } from '../cells.js';
import { claimRef } from '../claim-refs.js';
import { sumOperands } from '../operands.js';
import { printedQuantity, showAmount, tableQuantity } from '../quantities.js';
import {
  agreement,
  cellFigure,
  printedFigure,
  roundingNotes,
  roundingStep,
  sumAgreement,
  toleranceText,
} from '../rounding.js';
import { type Rule, Tally } from '../rule.js';
import { printedAgainstTable, subjectIndex, tableValue } from '../stated.js';
import { claimsWithoutRows } from '../without-rows.js';

/**
 * What a 决算情况说明 states besides totals and outcomes, against the tables: the expenditure by class
 * of 五（二）, "无…" statements, and the items 六 lists of 人员经费 and 公用经费. Written for the final
 * accounts' template, but driven by its data (claim keys, roles): a budget states none of it.
 */

export const structure: Rule = {
  id: 'prose.structure',
  title: bi('按类列出的支出 = 表中该类的财政拨款支出', 'Expenditure by class in the text matches the tables'),
  section: 'prose',
  severity: 'error',
  formula(template) {
    const cells = template.template.roles.fiscalByCode.map((c) => describeOperand(template, { ...c, row: 'X' }));
    return bi(
      `“X（类）…万元” = ${cells.map((c) => c.zh).join(' + ')}（该类，按打印精度四舍五入）`,
      `"class X … 万元" = ${cells.map((c) => c.en).join(' + ')} for that class, rounded as printed`,
    );
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const roles = ctx.template.template.roles;
    const index = subjectIndex(ctx);
    const withoutRows: Claim[] = [];
    for (const claim of ctx.claims.filter((c) => c.kind === 'structure' && c.amount)) {
      const printed = claim.amount as NonNullable<Claim['amount']>;
      const code = index.resolve(claim).find((c) => c.code.length === 3);
      if (!code) {
        tally.couldNotRead(bi(`表中找不到支出类${quote(claim.label)}`, `no class ${quote(claim.label)} in the tables`));
        continue;
      }
      // 五（二） lists the general budget's classes; a class some other fund also spends on is that fund's
      // table plus the general budget's: the class matches either the one fund's table or all of them.
      const operand = (c: (typeof roles.fiscalByCode)[number]) => ({
        table: c.table,
        row: code.code,
        column: c.column,
      });
      const present = roles.fiscalByCode.filter((c) => ctx.tables.get(c.table));
      if (present.length === 0) {
        tally.couldNotRead(bi('财政拨款支出表不存在', 'the fiscal expenditure tables are missing'));
        continue;
      }
      const sums = [
        ...present.map((c) => sumOperands(ctx.tables, [operand(c)])),
        sumOperands(ctx.tables, present.map(operand)),
      ];
      if (sums.some((x) => !x.readable)) {
        tally.couldNotRead(
          bi(`“${claim.label}”的表格数值未能确定`, `the table values of ${quote(claim.label)} are unsettled`),
        );
        continue;
      }
      if (sums.every((x) => x.blank) && !ctx.tables.get(roles.fiscalByCode[0]?.table as TableKind)) {
        tally.couldNotRead(bi('一般公共预算财政拨款支出表不存在', 'the general budget expenditure table is missing'));
        continue;
      }
      if (sums.every((x) => x.missing)) {
        tally.compared();
        withoutRows.push(claim);
        continue;
      }
      const sum =
        sums.find((x) => agreement(printedFigure(printed), x.figure) === 'exact') ??
        sums.find((x) => agreement(printedFigure(printed), x.figure) !== 'mismatch') ??
        (sums[0] as (typeof sums)[number]);
      const refs = [claimRef(claim), ...sum.refs];
      const title = bi('按类列出的支出', 'Expenditure by class');
      const differs = printedAgainstTable(ctx, tally, this.id, title, claim, printed, sum.figure, refs);
      if (!differs) continue;
      const { tableText } = differs;
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `“${claim.label}（类）”${printed.text}与表中该类财政拨款支出${tableText}（${code.code}）不符`,
          `class ${quote(claim.label)} stated as ${printed.text}, the tables give ${tableText} (${code.code})`,
        ),
        formula: bi(
          `${claim.label}：文字 ${printed.text} ≠ 表格 ${tableText}`,
          `${quote(claim.label)}: text ${printed.text} ≠ tables ${tableText}`,
        ),
        refs,
        expected: tableQuantity(sum.value, printed),
        actual: printedQuantity(printed),
        tolerance: toleranceText(printed),
      });
    }
    if (withoutRows.length > 0)
      tally.add(
        claimsWithoutRows(
          ctx,
          this.id,
          withoutRows.map((claim) => ({ claim, name: claim.label })),
          { zh: '类', en: 'class' },
        ),
      );
    for (const f of roundingNotes(ctx).findings(this.id)) tally.add(f);
    return tally.outcome(bi('文字中没有按类列出支出', 'the text lists no expenditure by class'));
  },
};

export const absences: Rule = {
  id: 'prose.absences',
  title: bi('“无…”的说明与表格相符', 'Statements that something does not exist match the tables'),
  section: 'prose',
  severity: 'error',
  formula(template) {
    const words = (template.template.claims.absences ?? []).map((a) => a.label);
    return words.length > 0
      ? bi(
          `文中写“无${words.join('”“无')}”时，表中相应数额为空或为0`,
          `"no X" in the text: the tables hold nothing of X`,
        )
      : bi('模板未列出', 'none in the template');
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const targets = new Map(ctx.template.template.claimTargets.map((t) => [t.key, t]));
    for (const claim of ctx.claims.filter((c) => c.kind === 'absence')) {
      for (const part of claim.parts ?? []) {
        const value = tableValue(ctx.tables, targets.get(part.key)?.cells);
        if (!value) continue;
        if (!('amount' in value)) {
          tally.couldNotRead(
            bi(`${quote(claim.label)}的表格数值未能确定`, `the table values of ${quote(claim.label)} are unsettled`),
          );
          continue;
        }
        tally.compared();
        if (value.amount.fen === 0) continue;
        tally.add({
          rule: this.id,
          severity: 'error',
          message: bi(
            `文中写“${claim.text}”，但表中为${value.amount.text}`,
            `the text says ${quote(claim.text)}, but the tables hold ${value.amount.text}`,
          ),
          refs: [claimRef(claim), ...value.refs],
          expected: { fen: 0, unit: value.amount.unit, text: '0' },
          actual: printedQuantity(value.amount),
        });
      }
    }
    return tally.outcome(bi('文中没有“无…”的说明', 'the text states nothing absent'));
  },
};

/**
 * A cell printed 0.00 in a table that rounds (万元 to two decimals) may hold an amount below half a
 * unit; when its class's printed total agrees with its items as printed (the rounding model), nothing
 * says otherwise.
 */
function printedZeroHolds(table: BudgetTable, row: TableRow, column: string): boolean {
  if (roundingStep(table) === 0) return false;
  const classKey = row.key.slice(0, 3);
  const parent = table.rows.find((r) => r.key === classKey);
  const items = table.rows.filter((r) => r.key.length === 5 && r.key.startsWith(classKey));
  if (!parent || items.length === 0) return false;
  const figure = (r: TableRow) => cellFigure(table, r.values[column] ?? null);
  return sumAgreement(items.map(figure), figure(parent)) !== 'mismatch';
}

/** "主要包括：基本工资、津贴补贴、…" after a quantity's amount, up to the end of its clause. */
const LIST = /^[^；。]*?主要包括[：:](?<list>[^；。]*)/u;

/** An item as listed, without list words and the template's "（不涉及的不列）". */
const itemName = (s: string) =>
  compact(s)
    .replace(/[（(]不涉及的不列[)）]/g, '')
    .replace(/等$/, '')
    .replace(/^(?:及|和)/, '');

/** Two economic item names are the same when they are equal but for spaces, bracket widths and 费用/费. */
const sameItem = (a: string, b: string) =>
  sameSubjectName(a, b) || compact(a).replace(/费用$/, '费') === compact(b).replace(/费用$/, '费');

export const economicItems: Rule = {
  id: 'prose.economic_items',
  title: bi(
    '人员经费、公用经费所列项目与表中有数的项目一致',
    'Items listed for personnel and public costs are those the table fills',
  ),
  section: 'prose',
  severity: 'warning',
  formula: () =>
    bi(
      '“人员经费…主要包括：A、B…”所列的每一项在基本支出经济分类表中有数；表中有数而未列出的项目一并列出',
      'each item listed for 人员经费 / 公用经费 has an amount in the economic table; filled items not listed are named with it',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const role = ctx.template.template.roles.economicByCode;
    const table = role ? ctx.tables.get(role.table) : undefined;
    if (!role || !table) return tally.outcome(bi('模板或文档没有基本支出经济分类表', 'no economic table'));
    for (const claim of ctx.claims.filter((c) => c.amount && role.groups[c.key])) {
      const paragraph = ctx.document.sections[claim.span.section]?.paragraphs[claim.span.paragraph];
      const list = LIST.exec(paragraph?.text.slice(claim.span.end) ?? '')?.groups?.list;
      if (!paragraph || !list || /[…XＸ]{2}/.test(list)) continue;
      const classes = role.groups[claim.key] ?? [];
      const inGroup = (r: TableRow) => classes.some((c) => r.key.startsWith(c)) && r.key.length > 3;
      const rows = table.rows.filter(inGroup);
      const listed = list
        .split(/[、，,]/)
        .map(itemName)
        .filter((n) => n.length > 1);
      const blank: { name: string; row: TableRow }[] = [];
      const zero: { name: string; row: TableRow }[] = [];
      for (const name of listed) {
        const row = rows.find((r) => sameItem(name, r.label));
        if (!row) continue;
        tally.compared();
        const cell = cellOf(table, row, role.column);
        if (!cell.readable) {
          tally.couldNotRead(bi(`${row.key} ${row.label} 未能读取`, `${row.key} could not be read`));
          continue;
        }
        if (cell.value) continue;
        // Printed 0.00 in a rounded table whose class adds up as printed: it may hold a few 元.
        if (cell.value === 0 && printedZeroHolds(table, row, role.column)) zero.push({ name, row });
        else blank.push({ name, row });
      }
      if (zero.length > 0)
        tally.add({
          rule: this.id,
          severity: 'info',
          message: bi(
            `${quote(claim.label)}所列${zero.map((b) => `“${b.name}”`).join('、')}在表中印为0.00；其所在类的合计与各项相符，该项可能为不足0.01万元的金额`,
            `${quote(claim.label)} lists ${zero.map((b) => b.row.key).join(', ')}, printed 0.00 in a table whose class adds up: it may hold less than 0.01 万元`,
          ),
          refs: [claimRef(claim), ...zero.map((b) => cellOf(table, b.row, role.column).ref)],
        });
      if (blank.length === 0) continue;
      const unlisted = rows.filter(
        (r) => (cellOf(table, r, role.column).value ?? 0) !== 0 && !listed.some((n) => sameItem(n, r.label)),
      );
      const missing = unlisted.map((r) => `“${r.label}”${showAmount(r.values[role.column] ?? 0, table.unit)}`);
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `${quote(claim.label)}所列${blank.map((b) => `“${b.name}”`).join('、')}在表中为空${missing.length > 0 ? `；表中有数的${missing.join('、')}未列出` : ''}`,
          `${quote(claim.label)} lists ${blank.map((b) => b.row.key).join(', ')}, blank in the table${unlisted.length > 0 ? `; ${unlisted.map((r) => r.key).join(', ')} hold amounts but are not listed` : ''}`,
        ),
        refs: [
          claimRef(claim),
          ...blank.map((b) => cellOf(table, b.row, role.column).ref),
          ...unlisted.map((r) => cellOf(table, r, role.column).ref),
        ],
      });
    }
    return tally.outcome(
      bi('文中没有列出人员经费、公用经费的项目', 'the text lists no items of personnel or public costs'),
    );
  },
};
