import { type Bilingual, bi, joinBi, quote } from '../../model/bilingual.js';
import type { Finding, Ref } from '../../model/finding.js';
import type { TableKind } from '../../model/table.js';
import { type CrossIdentity, lineName, MODEL_ROWS, type Operand, tableName } from '../../templates/index.js';
import { money } from '../cells.js';
import { type OperandSum, sumOperands } from '../operands.js';
import { moneyComparison } from '../quantities.js';
import { agreement, orderAgreement, type RoundingNotes, roundingNotes } from '../rounding.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';

/**
 * The template's identities between tables, evaluated cell by cell (and, with `each`, for every class
 * or code found in either table). Error-level identities are the documents' own rules; warning-level
 * ones are conventions that usually hold. A 10,000× difference is named as a 元/万元 mix-up. Each
 * side is compared at its printed precision (the rounding model): a difference within the rounding of
 * the amounts involved, or a total printed without its 分, is one info per table, never an error.
 */
function evaluate(
  ctx: CheckContext,
  tally: Tally,
  rounding: RoundingNotes,
  rule: string,
  identity: CrossIdentity,
  missing: MissingRows,
): void {
  const operands = [...identity.left, ...identity.right];
  const kinds = new Set<TableKind>(operands.map((o) => o.table));
  for (const kind of kinds) if (!ctx.tables.get(kind)) return; // not applicable: a table is missing
  // Not applicable either when a table does not print a column the identity names (the 单位 layout's
  // 人员经费 and 公用经费 in the summary table): a column not printed is not a column of zeros.
  for (const o of operands) {
    const t = ctx.tables.get(o.table);
    if (t && !t.columns.includes(o.column) && !(t.incomeColumns ?? []).includes(o.column)) return;
  }
  for (const code of codesOf(ctx, identity)) {
    const left = sumOperands(ctx.tables, identity.left, code);
    const right = sumOperands(ctx.tables, identity.right, code);
    const unit = left.unit === '万元' || right.unit === '万元' ? '万元' : '元';
    const where = code ? `（${code}）` : '';
    if (left.blank && right.blank) continue; // nothing printed on either side for this code
    // A total printed blank while its parts are not is reported by the in-table rules, not once more
    // here. A blank that is simply zero (决算's empty 上级补助收入 column, 年初政府性基金…结转和结余) is compared.
    if (
      (left.printedBlank && identity.left.some((o) => blankTotalReported(ctx, o, code))) ||
      (right.printedBlank && identity.right.some((o) => blankTotalReported(ctx, o, code)))
    )
      continue;
    // A total its table prints rows without was not read: no amount of 0 to compare with. Where the
    // table lacks rows other tables print as well (a page lost takes its 合计 with them), it is named
    // among them; alone, the comparison could not be made.
    if (left.unread.length > 0 || right.unread.length > 0) {
      const names = [...left.unread, ...right.unread].map((r) => {
        const table = tableName(ctx.template, r.table as TableKind);
        const row = rowWords(ctx, r.table as TableKind, r.row ?? '', undefined);
        return bi(`${table.zh}${row.zh}`, `${row.en} of ${table.en}`);
      });
      const list = joinBi(names, '、', ', ');
      const reason = bi(
        `${identity.words.zh}：未能读取${list.zh}`,
        `${identity.words.en}: ${list.en} could not be read`,
      );
      const [absent, other, operands] =
        left.unread.length > 0 ? [left, right, identity.left] : [right, left, identity.right];
      if (other.unread.length === 0 && other.readable && !other.blank)
        missing.add(operands, {
          key: code || (operands[0]?.row ?? ''),
          identity,
          where,
          absent,
          other,
          unit,
          unread: reason,
        });
      else tally.couldNotRead(reason);
      continue;
    }
    if (!left.readable || !right.readable) {
      tally.couldNotRead(
        bi(
          `${identity.words.zh}：有单元格的列位置未能确定`,
          `${identity.words.en}: the columns of some cells could not be settled`,
        ),
      );
      continue;
    }
    tally.compared();
    const l = left.value;
    const r = right.value;
    const verdict =
      identity.relation === '='
        ? agreement(left.figure, right.figure)
        : orderAgreement(left.figure, identity.relation, right.figure);
    if (verdict === 'exact') {
      tally.passed(rule, () => ({
        formula: bi(
          `${identity.words.zh}${where}：${money(l, unit)} ${identity.relation === '=' ? '=' : identity.relation === '>=' ? '≥' : '≤'} ${money(r, unit)}`,
        ),
        refs: [...left.refs, ...right.refs],
      }));
      continue;
    }
    if (verdict !== 'mismatch') {
      const rel = identity.relation === '=' ? '≈' : identity.relation === '>=' ? '≳' : '≲';
      const kind = identity.left[0]?.table ?? '';
      rounding.note(
        verdict === 'unprinted_fen' ? 'unprinted_fen' : verdict === 'truncated' ? 'truncated' : 'between',
        kind,
        tableName(ctx.template, kind),
        [...left.refs, ...right.refs],
        bi(
          `${identity.words.zh}${where}：${money(l, unit)} ${rel} ${money(r, unit)}`,
          `${identity.words.en}${code ? ` (${code})` : ''}: ${money(l, unit)} ${rel} ${money(r, unit)}`,
        ),
        // A total printed without its 分 is noted once, whichever identities use it.
        verdict === 'unprinted_fen' ? { once: unprintedCell(left, right) } : {},
      );
      continue;
    }
    const mixup = l !== 0 && r !== 0 && (l === r * 10_000 || r === l * 10_000);
    const rel = identity.relation === '=' ? '≠' : identity.relation === '>=' ? '<' : '>';
    const finding: Finding = {
      rule,
      severity: identity.severity,
      message: bi(
        `${identity.words.zh}${where}不成立${mixup ? '：两者相差一万倍，可能混淆了元与万元' : ''}`,
        `${identity.words.en}${code ? ` (${code})` : ''} does not hold${mixup ? ': they differ by 10,000×, 元 and 万元 may be mixed up' : ''}`,
      ),
      formula: bi(
        `${identity.words.zh}${where}：${money(l, unit)} ${rel} ${money(r, unit)}`,
        `${identity.words.en}${code ? ` (${code})` : ''}: ${money(l, unit)} ${rel} ${money(r, unit)}`,
      ),
      refs: [...left.refs, ...right.refs],
      ...moneyComparison(r, l, unit),
    };
    // One side's table does not print the row at all: gathered per table (a page lost gives one finding).
    if (left.missing !== right.missing) {
      const [absent, other, operands] = left.missing ? [left, right, identity.left] : [right, left, identity.right];
      missing.add(operands, { key: code || (operands[0]?.row ?? ''), identity, where, absent, other, unit, finding });
    } else tally.add(finding);
  }
}

/**
 * Whether the in-table rules report this cell as a total printed blank: a 合计 row, a two-sided table's
 * grand total or a line with sub-lines, or a composed column — blank while a part of it is printed.
 */
function blankTotalReported(ctx: CheckContext, o: Operand, code: string): boolean {
  const spec = ctx.template.byKind.get(o.table)?.spec;
  const table = ctx.tables.get(o.table);
  if (!spec || !table) return false;
  const key = o.row.replace('{code}', code);
  const row = table.rows.find((r) => r.key === key && (o.side === undefined || r.side === o.side));
  if (!row || row.values[o.column] != null) return false;
  const printed = (r: (typeof table.rows)[number], column: string) => r.values[column] != null;
  const sameSide = (r: (typeof table.rows)[number]) => o.side === undefined || r.side === o.side;
  const lines = [...(spec.incomeLines ?? []), ...(spec.expenditureLines ?? [])];
  const children = lines.filter((l) => l.parent === key).map((l) => l.key);
  const parts =
    key === 'total' || key === 'income_total' || key === 'expenditure_total'
      ? table.rows.filter((r) => sameSide(r) && r.level === 1 && r !== row)
      : table.rows.filter((r) => sameSide(r) && children.includes(r.key));
  if (parts.some((r) => printed(r, o.column))) return true;
  return spec.compositions.some((c) => c.total === o.column && c.parts.some((p) => printed(row, p)));
}

interface MissingRow {
  /** The key the tables do not print: a code, or a line ("total"). */
  key: string;
  identity: CrossIdentity;
  where: string;
  absent: OperandSum;
  other: OperandSum;
  unit: '元' | '万元';
  /** The identity's own finding, given when it is the only row the tables lack. */
  finding?: Finding;
  /**
   * A total the table prints rows without (not read, see `isTotalRow`): named among the rows its table
   * lacks, never a finding alone — the comparison could not be made, for this reason.
   */
  unread?: Bilingual;
}

/**
 * Rows an identity needs that a table does not print while the other side prints an amount. A page
 * lost from a table takes its 合计 and every subject on it: each identity per code would fail (17
 * errors for one lost page), so they are one finding per table, naming the highest rows it lacks — a
 * subject whose parent is missing too is counted under it. A single row one identity lacks keeps the
 * identity's own finding (a cell printed where the other table, rightly, prints nothing).
 */
class MissingRows {
  private readonly groups = new Map<TableKind, MissingRow[]>();

  /** Rows are gathered under the side's first table: a side summing the three fiscal tables lacks the
   * row where the general budget's table (first) lacks it — one finding, not one per grouping of tables. */
  add(operands: readonly Operand[], row: MissingRow): void {
    const first = operands[0]?.table;
    if (!first) return;
    let rows = this.groups.get(first);
    if (!rows) this.groups.set(first, (rows = []));
    rows.push(row);
  }

  findings(ctx: CheckContext, tally: Tally, rule: string, severity: 'error' | 'warning'): Finding[] {
    return [...this.groups].flatMap(([table, rows]) => {
      // Only totals not read: nothing says the table lacks rows, the comparisons could not be made.
      if (rows.every((r) => r.unread)) {
        for (const r of rows) if (r.unread) tally.couldNotRead(r.unread);
        return [];
      }
      // One row for one identity: its own finding, which one-cell can fold with the sums a cell breaks.
      if (rows.length === 1 && rows[0]?.finding) return [rows[0].finding];
      const keys = new Set(rows.map((r) => r.key));
      const underMissing = (key: string) =>
        /^\d+$/.test(key) && [...keys].some((k) => k !== key && /^\d+$/.test(k) && key.startsWith(k));
      const top = rows.filter((r) => !underMissing(r.key));
      const topKeys = [...new Set(top.map((r) => r.key))];
      const names = topKeys.map((key) => rowWords(ctx, table, key, top.find((r) => r.key === key)?.other.refs[0]));
      const { zh: tz, en: te } = tableName(ctx.template, table);
      const more = keys.size - topKeys.length;
      const refs = new Map<string, Ref>();
      for (const r of top)
        for (const ref of [...r.absent.refs, ...r.other.refs]) refs.set(`${ref.table}|${ref.row}|${ref.column}`, ref);
      return {
        rule,
        severity,
        message: bi(
          `${tz}未列出${names.map((n) => n.zh).join('、')}${more > 0 ? `（连同下级科目共${keys.size}行）` : ''}，而其他表列有数额`,
          `${te} does not print ${names.map((n) => n.en).join(', ')}${more > 0 ? ` (${keys.size} rows with their subjects)` : ''}, which other tables print with amounts`,
        ),
        formula: bi(
          top.map((r) => `${r.identity.words.zh}${r.where}：未列出 ≠ ${money(r.other.value, r.unit)}`).join('；'),
          top
            .map(
              (r) =>
                `${r.identity.words.en}${r.where ? ` (${r.key})` : ''}: not printed ≠ ${money(r.other.value, r.unit)}`,
            )
            .join('; '),
        ),
        refs: [...refs.values()],
      };
    });
  }
}

/** A row the tables lack, in words: a code with the name the other side prints, a line by its name. */
function rowWords(ctx: CheckContext, table: TableKind, key: string, printed: Ref | undefined): Bilingual {
  if (/^\d+$/.test(key)) return bi(`科目${key}${printed?.text ? ` ${printed.text}` : ''}`, `code ${key}`);
  const model = MODEL_ROWS[key];
  if (model) return bi(`${model.zh}行`, `the ${model.en} row`);
  const spec = ctx.template.byKind.get(table)?.spec;
  const line = [...(spec?.incomeLines ?? []), ...(spec?.expenditureLines ?? []), ...(spec?.namedRows ?? [])].find(
    (l) => l.key === key,
  );
  return line ? bi(`“${lineName(line)}”行`, `the line ${quote(lineName(line))}`) : bi(key, quote(key));
}

/** The cell printed without its 分 (the whole-元 side) that an identity met, as a key. */
function unprintedCell(left: { figure: { wholeYuan?: boolean }; refs: Ref[] }, right: { refs: Ref[] }): string {
  const ref = (left.figure.wholeYuan ? left.refs : right.refs)[0];
  return `${ref?.table}\u0000${ref?.row}\u0000${ref?.column}`;
}

function codesOf(ctx: CheckContext, identity: CrossIdentity): string[] {
  if (!identity.each) return [''];
  const codes = new Set<string>();
  for (const o of [...identity.left, ...identity.right]) {
    for (const row of ctx.tables.get(o.table)?.rows ?? []) {
      if (!/^\d+$/.test(row.key) || (o.side && row.side !== o.side)) continue;
      if (identity.each === 'class' && row.level !== 1) continue;
      codes.add(row.key);
    }
  }
  return [...codes].sort();
}

function identityRule(id: string, severity: 'error' | 'warning', title: Bilingual, none: Bilingual): Rule {
  return {
    id,
    title,
    section: 'cross_table',
    severity,
    // The template's identities of this severity, in words.
    formula(template) {
      const identities = template.template.identities.filter((i) => i.severity === severity);
      return identities.length > 0
        ? joinBi(
            identities.map((i) => i.words),
            '；',
            '; ',
          )
        : none;
    },
    run(ctx) {
      const tally = new Tally(ctx);
      const rounding = roundingNotes(ctx);
      const identities = ctx.template.template.identities.filter((i) => i.severity === severity);
      const missing = new MissingRows();
      for (const identity of identities) evaluate(ctx, tally, rounding, this.id, identity, missing);
      for (const f of missing.findings(ctx, tally, this.id, severity)) tally.add(f);
      for (const f of rounding.findings(this.id)) tally.add(f);
      return tally.outcome(bi('核对所需的表不存在', 'the tables it needs are missing'));
    },
  };
}

export const crossTable = identityRule(
  'cross_table.identities',
  'error',
  bi('表间勾稽关系', 'Identities between tables'),
  bi('模板未列出表间恒等式', 'the template lists no identity between tables'),
);

export const conventions = identityRule(
  'cross_table.conventions',
  'warning',
  bi('表间通常成立的对应关系', 'Conventions between tables'),
  bi('模板未列出表间惯例', 'the template lists no convention between tables'),
);
