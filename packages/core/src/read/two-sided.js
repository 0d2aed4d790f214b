import { functionClassCode } from '../templates/index.js';
import { amountOf, isHeaderLine, sideGroups, splitGlued, startsNewLabel, stripEnumerator } from './anatomy.js';
import { newDraft, placeValues } from './draft.js';
/**
 * Reads a two-sided summary table: income lines (财政拨款收入, 事业收入 … 收入总计) beside expenditure
 * lines (function classes … 支出总计). Income lines are keyed by the template's slugs, expenditure
 * lines by their function class code.
 */
export function readTwoSided(block, table, mode, unit) {
  const problems = [];
  const incomeColumns = (table.spec.incomeColumns ?? []).map((c) => c.id);
  const expenditureColumns = table.spec.columns.map((c) => c.id);
  const lines = block.body.filter((l) => !isHeaderLine(l, table));
  const groups = mode === 'tokens' ? streamGroups(lines, unit) : lines.map((l) => sideGroups(l, mode, unit));
  const table_ = { block, table, unit, rows: [], problems };
  const seen = new Set();
  for (const lineGroups of groups) {
    lineGroups.forEach((g, i) => {
      const label = stripEnumerator(g.label);
      if (label === '' || /^-+$/.test(label)) return;
      const found = classify(label, table, seen);
      let side;
      let key;
      let level;
      if (found) ({ side, key, level } = found);
      else {
        side = i === 0 && lineGroups.length > 1 ? 'income' : 'expenditure';
        key = `${side === 'income' ? 'income' : 'class'}:${label}`;
        level = 1;
        problems.push(`未识别的${side === 'income' ? '收入' : '支出'}行：${g.label}`);
      }
      const id = `${side}/${key}`;
      if (seen.has(id)) {
        problems.push(`重复的行：${g.label}`);
        return;
      }
      seen.add(id);
      const columns = side === 'income' ? incomeColumns : expenditureColumns;
      const draft = newDraft(key, g.label, level, g.line, columns, side);
      const present = g.amounts.filter((a) => a !== null);
      if (present.length > columns.length) problems.push(`“${g.label}”的数值多于列数`);
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
 * The line a label names: the template's income or expenditure lines (a spec already used gives way to
 * the next that matches: a label printed twice), else a function class.
 */
function classify(label, table, seen) {
  for (const [side, lines] of [
    ['income', table.incomeLines],
    ['expenditure', table.expenditureLines],
  ]) {
    for (const line of lines) {
      if (seen.has(`${side}/${line.spec.key}`) || !line.patterns.some((p) => p.test(label))) continue;
      return { side, key: line.spec.key, level: line.spec.level };
    }
  }
  if (table.expenditureLines.length === 0 && /^支出(?:总计|合计)$/.test(label))
    return { side: 'expenditure', key: 'expenditure_total', level: 0 };
  const code = functionClassCode(label);
  if (code) return { side: 'expenditure', key: code, level: 1 };
  return undefined;
}
/**
 * Plain text: labels wrap across lines ("一、一般公共预算" / "资金") and values may start a line, so the
 * whole table is read as one stream of labels and values.
 */
function streamGroups(lines, unit) {
  const groups = [];
  let current;
  for (const line of lines) {
    for (const cell of splitGlued(line.cells)) {
      const t = cell.text.trim();
      if (t === '') continue;
      const fen = amountOf(t, unit);
      if (fen !== null) {
        current?.amounts.push({ fen, text: t, cell, line });
        continue;
      }
      if (current && current.amounts.length === 0 && !startsNewLabel(t)) {
        current.label += t; // a label broken by a space or a line end
        continue;
      }
      current = { label: t, amounts: [], placed: false, line, labelCell: cell };
      groups.push(current);
    }
  }
  return [groups];
}
//# sourceMappingURL=two-sided.js.map
