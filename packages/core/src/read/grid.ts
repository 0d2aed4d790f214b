import type { CellMode } from '../layout/types.js';
import type { Unit } from '../model/amount.js';
import { type Problem, problem } from '../model/problem.js';
import { headerKind } from '../recognize/line-kind.js';
import type { TableBlock } from '../recognize/segment.js';
import type { CompiledTable } from '../templates/index.js';
import { compact } from '../text/normalize.js';
import { gridAnatomy } from './anatomy.js';
import { type DraftRow, newDraft, placeValues } from './draft.js';

export interface DraftTable {
  block: TableBlock;
  table: CompiledTable;
  unit: Unit;
  rows: DraftRow[];
  problems: Problem[];
}

/**
 * Reads a grid table (rows keyed by function or economic codes, a 合计 row) or a single-row table
 * (三公). Values are placed when the layout tells their columns; otherwise left pending.
 */
export function readGrid(block: TableBlock, table: CompiledTable, mode: CellMode, unit: Unit): DraftTable {
  const columns = table.spec.columns.map((c) => c.id);
  const k = columns.length;
  const rows: DraftRow[] = [];
  const problems: Problem[] = [];
  const single = table.spec.layout === 'single_row';
  let context: string[] = [];

  for (const line of block.body) {
    if (headerKind(line, table) === 'word') continue;
    const a = gridAnatomy(line, table, mode, unit);
    const present = a.amounts.filter((x) => x !== null);
    if (a.stray.length > 0)
      problems.push(problem('stray_content', { line: line.lineNo ?? '?', text: a.stray.join(' ') }));

    let key: string;
    let level: number;
    let label = a.label;
    if (a.total) {
      key = 'total';
      level = 0;
    } else if (a.codes.length > 0) {
      let codes = a.codes;
      if ((codes[0] ?? '').length === 2) {
        // 款/项 printed without their class: complete from the row above.
        if (context.length === 0) {
          problems.push(problem('code_without_parent', { line: line.lineNo ?? '?', codes: codes.join(' ') }));
          continue;
        }
        codes = [...context.slice(0, Math.max(1, Math.min(context.length, 3 - codes.length))), ...codes];
      }
      key = codes.join('');
      level = codes.length;
      context = codes;
    } else if (namedRow(a.label, table)) {
      ({ key, level } = namedRow(a.label, table) as { key: string; level: number });
    } else if (single && present.length > 0) {
      key = 'total';
      level = 0;
      label = label || '合计';
    } else if (present.length > 0) {
      problems.push(problem('values_without_code', { line: line.lineNo ?? '?', text: line.text }));
      continue;
    } else {
      continue; // a header fragment or a separator line
    }
    if (single && rows.length > 0) {
      problems.push(problem('single_row_repeated', { line: line.lineNo ?? '?' }));
      continue;
    }

    const draft = newDraft(key, label, level, line, columns);
    if (a.placed) placeValues(draft, a.amounts, line);
    else if (present.length === k) {
      placeValues(
        draft,
        present.map((x, i) => (x ? { ...x, column: i } : null)),
        line,
      );
    } else if (present.length > k) {
      problems.push(problem('too_many_values', { line: line.lineNo ?? '?', values: present.length, columns: k }));
      draft.pending = present.filter((x) => x !== null).slice(0, k);
    } else if (present.length > 0) {
      draft.pending = present.filter((x) => x !== null);
    }
    rows.push(draft);
  }
  return { block, table, unit, rows, problems };
}

/** A row the template keys by its name (人员经费合计). */
function namedRow(label: string, table: CompiledTable): { key: string; level: number } | undefined {
  const text = compact(label);
  const line = table.namedRows.find((l) => l.patterns.some((p) => p.test(text)));
  return line ? { key: line.spec.key, level: line.spec.level } : undefined;
}
