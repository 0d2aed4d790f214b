import { lineSource } from '../layout/line-source.js';
import type { CellMode, Line } from '../layout/types.js';
import type { Unit } from '../model/amount.js';
import { located, type Problem, problem } from '../model/problem.js';
import type { RowSide } from '../model/table.js';
import { headerKind, opensRow } from '../recognize/line-kind.js';
import type { TableBlock } from '../recognize/segment.js';
import type { CompiledTable } from '../templates/index.js';
import { functionClassCode } from '../templates/index.js';
import { isBlankText, stripEnumerator, totalOf } from '../text/lexicon.js';
import { compact } from '../text/normalize.js';
import { amountOf, type SideGroup, sideGroups, splitGlued } from './anatomy.js';
import { newDraft, placeValues } from './draft.js';
import type { DraftTable } from './grid.js';
import { isBlankRow, rowProblems } from './grid.js';

/**
 * Reads a two-sided summary table: income lines (财政拨款收入, 事业收入 … 收入总计) beside expenditure
 * lines (function classes … 支出总计). Income lines are keyed by the template's slugs, expenditure
 * lines by their function class code.
 */
export function readTwoSided(
  block: TableBlock,
  table: CompiledTable,
  mode: CellMode,
  unit: Unit,
  typed?: readonly SideGroup[],
): DraftTable {
  const problems: Problem[] = [];
  const incomeColumns = (table.spec.incomeColumns ?? []).map((c) => c.id);
  const expenditureColumns = table.spec.columns.map((c) => c.id);
  const lines = block.body.filter((l) => headerKind(l, table) !== 'word');
  const groups = typed
    ? joinBrokenRows(typed, table).map((g) => [g])
    : mode === 'tokens'
      ? streamGroups(lines, unit, table)
      : lines.map((l) => sideGroups(l, mode, unit));

  const table_: DraftTable = { block, table, unit, rows: [], problems };
  const seen = new Set<string>();
  for (const lineGroups of groups) {
    lineGroups.forEach((g, i) => {
      const label = stripEnumerator(compact(g.label));
      // PDF rows say where they are and which cells a lost line leaves in doubt (its side's columns).
      const at = g.read ? lineSource(g.line) : undefined;
      const sideOf = (side: RowSide) => ({
        side,
        columns: side === 'income' ? incomeColumns : expenditureColumns,
      });
      const printed = g.amounts.some((a) => a !== null) || (g.read?.unreadable.length ?? 0) > 0;
      if (isBlankText(label)) {
        if (g.read && g.side && printed && !isBlankRow({ ...g, codes: [], stray: g.stray ?? [] })) {
          const text = g.amounts.flatMap((a) => (a ? [a.text] : [])).join(' ');
          problems.push(located(problem('values_without_label', { page: g.read.page, text }), at, sideOf(g.side)));
        }
        return;
      }
      const found = classify(label, table, seen);
      let side: RowSide;
      let key: string;
      let level: number;
      if (found) ({ side, key, level } = found);
      else {
        // A line the template does not name never enters the table (its label would end up in formulas);
        // when it prints an amount, the table is only partly read; on a page, a name alone is said too.
        side = g.side ?? (i === 0 && lineGroups.length > 1 ? 'income' : 'expenditure');
        if (printed)
          problems.push(located(problem('unknown_line', { side, label: g.label }), at, g.read && sideOf(side)));
        else if (g.read)
          problems.push(located(problem('unplaced_text', { page: g.read.page, text: g.label }), at, { rows: [] }));
        return;
      }
      const id = `${side}/${key}`;
      if (seen.has(id)) {
        problems.push(located(problem('repeated_line', { label: g.label }), at, g.read && { side }));
        return;
      }
      seen.add(id);
      const columns = side === 'income' ? incomeColumns : expenditureColumns;
      if (g.read) rowProblems({ ...g, stray: g.stray ?? [] }, key, columns, problems, side);
      const draft = newDraft(key, g.label, level, g.line, columns, side);
      const present = g.amounts.filter((a) => a !== null);
      if (present.length > columns.length) problems.push(problem('line_too_many_values', { label: g.label }));
      if (g.placed) placeValues(draft, g.amounts, g.line);
      else if (present.length === columns.length)
        placeValues(
          draft,
          present.map((a, c) => ({ ...a, column: c })),
          g.line,
        );
      else if (present.length > 0) draft.pending = present.slice(0, columns.length);
      table_.rows.push(draft);
    });
  }
  return table_;
}

/**
 * Rows a word processor broke across pages (its tables let a row break by default): the last row of a
 * side on a page, whose name names no line of the template, and the first of that side on the next
 * page, a bare piece of a name (no enumerator, nothing that opens a row), whose names together name one
 * ("十九、灾害防治及应急管" | "理支出"), are one row, its amounts where they printed (on one page only).
 */
function joinBrokenRows(groups: readonly SideGroup[], table: CompiledTable): SideGroup[] {
  const out = [...groups];
  const none = new Set<string>();
  const names = (label: string) => classify(stripEnumerator(compact(label)), table, none) !== undefined;
  const printed = (g: SideGroup) => g.amounts.some((a) => a !== null);
  for (let i = 0; i < out.length; i++) {
    const a = out[i] as SideGroup;
    const page = a.read?.page;
    if (page === undefined || !a.side || names(a.label)) continue;
    if (out.some((g, k) => k > i && g.side === a.side && g.read?.page === page)) continue;
    const j = out.findIndex((g, k) => k > i && g.side === a.side && g.read?.page === page + 1);
    const b = out[j];
    if (!b || opensRow(compact(b.label), table) || !names(a.label + b.label)) continue;
    if (printed(a) && printed(b)) continue;
    out[i] = { ...(printed(b) ? b : a), label: a.label + b.label };
    out.splice(j, 1);
  }
  return out;
}

/**
 * The line a label names: the template's income or expenditure lines (a spec already used gives way to
 * the next that matches: a label printed twice), else a function class.
 */
function classify(
  label: string,
  table: CompiledTable,
  seen: ReadonlySet<string>,
): { side: RowSide; key: string; level: number } | undefined {
  for (const [side, lines] of [
    ['income', table.incomeLines],
    ['expenditure', table.expenditureLines],
  ] as const) {
    for (const line of lines) {
      if (seen.has(`${side}/${line.spec.key}`) || !line.patterns.some((p) => p.test(label))) continue;
      return { side, key: line.spec.key, level: line.spec.level };
    }
  }
  if (table.expenditureLines.length === 0 && totalOf(label) === 'expenditure')
    return { side: 'expenditure', key: 'expenditure_total', level: 0 };
  const code = functionClassCode(label);
  if (code) return { side: 'expenditure', key: code, level: 1 };
  return undefined;
}

/**
 * Plain text: labels wrap across lines ("一、一般公共预算" / "资金") and values may start a line, so the
 * whole table is read as one stream of labels and values.
 */
function streamGroups(lines: Line[], unit: Unit, table: CompiledTable): SideGroup[][] {
  const groups: SideGroup[] = [];
  let current: SideGroup | undefined;
  for (const line of lines) {
    for (const cell of splitGlued(line.cells)) {
      const t = cell.text.trim();
      if (t === '') continue;
      const fen = amountOf(t, unit);
      if (fen !== null) {
        current?.amounts.push({ fen, text: t, cell, line });
        continue;
      }
      // A label broken by a space or a line end goes on, unless the text opens a line of its own; an
      // enumerator alone ("1.") names nothing yet.
      const bare = current !== undefined && stripEnumerator(compact(current.label)) === '';
      if (current && current.amounts.length === 0 && (bare || !opensRow(t, table))) {
        current.label += t;
        continue;
      }
      current = { label: t, amounts: [], placed: false, line, labelCell: cell };
      groups.push(current);
    }
  }
  return [groups];
}
