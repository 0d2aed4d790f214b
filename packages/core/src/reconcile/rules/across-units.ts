import { listedUnits, type UnitDocument } from '../../meta/units.js';
import { type Bilingual, bi, quote } from '../../model/bilingual.js';
import type { Finding, Ref } from '../../model/finding.js';
import type { BudgetTable, TableRow } from '../../model/table.js';
import { columnName, tableName } from '../../templates/index.js';
import { cellOf, money, rowName } from '../cells.js';
import { cellFigure, orderAgreement, roundingStep, roundingTolerance, sumAgreement } from '../rounding.js';
import { type Rule, Tally } from '../rule.js';

/**
 * A department and its units, the same year and kind of document: every line of a unit is at most the
 * department's (a unit's money is part of its department's); when every unit the department lists
 * with a budget of its own is among the documents, each line of the department is the sum of its
 * units' — and when every other unit is merged into the headquarters (不单列预算，并入本部), that is the
 * department equal to its 本部 line by line. Tables are compared as the template reads them, line by
 * line and column by column, within the rounding of their printed precision.
 *
 * One mistake is one finding: a line that differs makes its 款, class, total and the summary tables'
 * lines differ too; those are left out when a line below them already shows the difference, and one
 * finding names every table where its line differs.
 */

interface Difference {
  key: string;
  label: Bilingual;
  /** Every cell that shows it: [table, column] and the amounts. */
  places: { table: BudgetTable; column: string; department: number; other: number; refs: Ref[] }[];
}

/** Lines of the two-sided summary tables are named, not coded: any coded line below them explains them. */
const isCode = (key: string) => /^\d+$/.test(key);
const isTotal = (key: string) => key === 'total' || key.endsWith('_total');

/** Is line `a` above line `b` (a total, a summary line over coded lines, a class over its 款)? */
function above(a: string, b: string): boolean {
  if (a === b) return false;
  if (isTotal(a)) return !isTotal(b) || a === 'total';
  if (!isCode(a)) return isCode(b);
  return isCode(b) && b.length > a.length && b.startsWith(a);
}

/** The differences no line below explains. */
function lowest(diffs: Map<string, Difference>): Difference[] {
  const keys = [...diffs.keys()];
  return [...diffs.values()].filter((d) => !keys.some((k) => above(d.key, k)));
}

function columnsOf(table: BudgetTable, row: TableRow): string[] {
  return row.side === 'income' ? (table.incomeColumns ?? []) : table.columns;
}

const rowKey = (row: TableRow) => `${row.side ?? ''}|${row.key}`;

/** A table's rows by side and key. */
function rowsOf(table: BudgetTable): Map<string, TableRow> {
  return new Map(table.rows.map((r) => [rowKey(r), r]));
}

/** Why a table's values cannot be used: its text layer is not trusted or it was read in part. */
const unusable = (t: BudgetTable) => t.untrusted !== undefined || t.problems.length > 0;

export const acrossUnits: Rule = {
  id: 'across.units',
  title: bi(
    '部门与所属单位：单位数不超过部门数，各单位之和 = 部门数',
    'A department and its units: no unit exceeds it, the units add up to it',
  ),
  section: 'across_documents',
  severity: 'error',
  formula: () =>
    bi(
      '同一年度同类文档的每张表、每行、每列：单位数 ≤ 部门数；部门所列单独编制预算的单位都在时，部门数 = Σ各单位数；其余单位不单列预算、并入本部时，部门数 = 本部数（按各表的打印精度）',
      'in every table, line and column of the same year and kind of document: unit ≤ department; with every unit the department lists with a budget of its own, department = Σ units; with the other units merged into the headquarters (不单列预算，并入本部), department = headquarters (at each table’s printed precision)',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    if (ctx.document.meta.scope !== 'department')
      return tally.outcome(
        bi(
          '本文档是单位文档：单位与部门的核对在所属部门文档的报告中',
          "a unit's document: its comparison with its department is in the department's report",
        ),
      );
    const units = ctx.units ?? [];
    if (units.length === 0)
      return tally.outcome(
        bi('未提供本部门所属单位同一年度的文档', "no document of this department's units of the same year was given"),
      );
    const list = listedUnits(ctx.document);
    const separate = list.filter((u) => !u.merged);
    const complete =
      separate.length > 0 &&
      separate.every((l) => units.some((u) => (l.headquarters ? u.headquarters : u.listed?.name === l.name)));
    // Every other unit merged into the headquarters: the department is its 本部.
    const merged =
      complete && separate.length === 1 && list.some((u) => u.merged) && units.length === 1 && !!units[0]?.headquarters;

    const exceeds = new Map<string, Map<string, Difference>>();
    const sums = new Map<string, Difference>();
    for (const table of ctx.document.tables) {
      const pairs: { unit: UnitDocument; table: BudgetTable }[] = [];
      for (const unit of units) {
        const other = unit.document.tables.find((t) => t.kind === table.kind);
        if (!other) continue;
        if (unusable(other)) {
          tally.couldNotRead(
            bi(
              `${unit.document.source.name}的${table.title}未能完整读取`,
              `${unit.document.source.name}: ${table.title} could not be read in full`,
            ),
          );
          continue;
        }
        pairs.push({ unit, table: other });
      }
      const own = rowsOf(table);
      // No unit exceeds its department.
      for (const { unit, table: other } of pairs) {
        const found = exceeds.get(unit.document.source.name) ?? new Map<string, Difference>();
        exceeds.set(unit.document.source.name, found);
        for (const row of other.rows) {
          const mine = own.get(rowKey(row));
          // A named line the department does not print (a unit's summary splitting 基本支出) is not compared.
          if (!mine && !isCode(row.key)) continue;
          for (const column of columnsOf(other, row)) {
            if (!columnsOf(table, mine ?? row).includes(column)) continue;
            const theirs = cellOf(other, row, column);
            const ours = cellOf(table, mine, column, row.key);
            if (!theirs.readable || !ours.readable) {
              tally.couldNotRead(
                bi(`${table.title}的部分数额未能确定`, `some amounts of ${table.title} are uncertain`),
              );
              continue;
            }
            if (theirs.value === null) continue;
            tally.compared();
            // The rounding model: equal as printed, or above only within the rounding of both tables.
            if (orderAgreement(cellFigure(other, theirs.value), '<=', cellFigure(table, ours.value)) !== 'mismatch')
              continue;
            note(found, row, table, column, ours.value ?? 0, theirs.value ?? 0, [
              ours.ref,
              { ...theirs.ref, document: unit.document.source.name },
            ]);
          }
        }
      }
      // With every unit present, the department is their sum.
      if (!complete || pairs.length !== units.length) continue;
      for (const row of table.rows) {
        const lines = pairs.map((p) => rowsOf(p.table).get(rowKey(row)));
        if (!isCode(row.key) && row.key !== 'total' && lines.some((l) => !l)) continue;
        for (const column of columnsOf(table, row)) {
          const ours = cellOf(table, row, column);
          const parts = pairs.map((p, i) => cellOf(p.table, lines[i], column, row.key));
          if (!ours.readable || parts.some((p) => !p.readable)) {
            tally.couldNotRead(bi(`${table.title}的部分数额未能确定`, `some amounts of ${table.title} are uncertain`));
            continue;
          }
          if (ours.value === null && parts.every((p) => p.value === null)) continue;
          tally.compared();
          const sum = parts.reduce((a, p) => a + (p.value ?? 0), 0);
          const figures = parts.map((p, i) => cellFigure((pairs[i] as (typeof pairs)[number]).table, p.value));
          if (sumAgreement(figures, cellFigure(table, ours.value)) !== 'mismatch') continue;
          note(sums, row, table, column, ours.value ?? 0, sum, [
            ours.ref,
            ...parts.flatMap((p, i) =>
              lines[i] ? [{ ...p.ref, document: pairs[i]?.unit.document.source.name as string }] : [],
            ),
          ]);
        }
      }
    }

    const unitName = (u: UnitDocument) => u.listed?.name ?? u.document.source.name;
    // A line where the units do not add up is one finding, even when a unit is also above it.
    for (const found of exceeds.values()) for (const key of sums.keys()) found.delete(key);
    for (const unit of units) {
      for (const d of lowest(exceeds.get(unit.document.source.name) ?? new Map())) {
        tally.add(finding(ctx.template, d, 'exceeds', unitName(unit), unit.document.source.name, merged));
      }
    }
    const names = units.map(unitName).join('、');
    for (const d of lowest(sums)) tally.add(finding(ctx.template, d, 'sum', names, '', merged));
    return tally.outcome();
  },
};

function note(
  into: Map<string, Difference>,
  row: TableRow,
  table: BudgetTable,
  column: string,
  department: number,
  other: number,
  refs: Ref[],
): void {
  // Summary lines are keyed by side: 收入 and 支出 lines of one table are different lines.
  const key = isCode(row.key) || row.key === 'total' ? row.key : `${row.side ?? ''}:${row.key}`;
  let d = into.get(key);
  if (!d) into.set(key, (d = { key, label: rowName(row, row.key), places: [] }));
  d.places.push({ table, column, department, other, refs });
}

function finding(
  template: Parameters<typeof tableName>[0],
  d: Difference,
  kind: 'exceeds' | 'sum',
  unit: string,
  file: string,
  merged: boolean,
): Finding {
  const first = d.places[0] as Difference['places'][number];
  const where = (p: Difference['places'][number]): Bilingual => {
    const t = tableName(template, p.table.kind);
    const c = columnName(template, p.table.kind, p.column);
    return bi(`${t.zh}${c.zh}`, `${t.en}, ${c.en}`);
  };
  const amount = (fen: number) => money(fen, first.table.unit) + first.table.unit;
  // The same line in the other tables that print it: named once each.
  const also = [...new Set(d.places.slice(1).map((p) => p.table.kind))]
    .filter((k) => k !== first.table.kind)
    .map((k) => tableName(template, k));
  const alsoText = also.length
    ? bi(`；${also.map((t) => t.zh).join('、')}中同一行亦然`, `; likewise in ${also.map((t) => t.en).join(', ')}`)
    : bi('');
  const step = roundingStep(first.table);
  const tolerance = step > 0 ? roundingTolerance(step, first.table.unit) : undefined;
  if (kind === 'exceeds')
    return {
      rule: 'across.units',
      severity: 'error',
      message: bi(
        `单位“${unit}”（${file}）的${d.label.zh}为${amount(first.other)}，超过部门的${amount(first.department)}（${where(first).zh}${alsoText.zh}）`,
        `unit ${quote(unit)} (${file}): ${d.label.en} is ${amount(first.other)}, more than the department's ${amount(first.department)} (${where(first).en}${alsoText.en})`,
      ),
      formula: bi(
        `单位 ${amount(first.other)} ≤ 部门 ${amount(first.department)}：不成立`,
        `unit ${amount(first.other)} ≤ department ${amount(first.department)}: does not hold`,
      ),
      refs: d.places.flatMap((p) => p.refs),
      expected: {
        fen: first.department,
        unit: first.table.unit,
        text: amount(first.department),
        label: bi('部门', 'department'),
      },
      actual: { fen: first.other, unit: first.table.unit, text: amount(first.other), label: bi('单位', 'unit') },
      ...(tolerance ? { tolerance } : {}),
    };
  const sumLabel = merged ? bi('本部', 'headquarters') : bi('各单位之和', 'sum of the units');
  return {
    rule: 'across.units',
    severity: 'error',
    message: merged
      ? bi(
          `其余单位不单列预算、并入本部，部门数应与本部（${unit}）相同：${d.label.zh}部门为${amount(first.department)}，本部为${amount(first.other)}（${where(first).zh}${alsoText.zh}）`,
          `the other units are merged into the headquarters, so the department should equal it (${unit}): ${d.label.en} is ${amount(first.department)} for the department, ${amount(first.other)} for the headquarters (${where(first).en}${alsoText.en})`,
        )
      : bi(
          `${d.label.zh}：部门为${amount(first.department)}，各单位（${unit}）之和为${amount(first.other)}（${where(first).zh}${alsoText.zh}）`,
          `${d.label.en}: ${amount(first.department)} for the department, ${amount(first.other)} for its units together (${unit}) (${where(first).en}${alsoText.en})`,
        ),
    formula: bi(
      `部门 ${amount(first.department)} = ${sumLabel.zh} ${amount(first.other)}：不成立`,
      `department ${amount(first.department)} = ${sumLabel.en} ${amount(first.other)}: does not hold`,
    ),
    refs: d.places.flatMap((p) => p.refs),
    expected: { fen: first.other, unit: first.table.unit, text: amount(first.other), label: sumLabel },
    actual: {
      fen: first.department,
      unit: first.table.unit,
      text: amount(first.department),
      label: bi('部门', 'department'),
    },
    ...(tolerance ? { tolerance } : {}),
  };
}
