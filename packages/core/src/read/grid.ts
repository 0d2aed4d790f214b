import { lineSource } from '../layout/line-source.js';
import type { CellMode } from '../layout/types.js';
import type { Unit } from '../model/amount.js';
import { located, type Problem, problem } from '../model/problem.js';
import type { RowSide } from '../model/table.js';
import { headerKind } from '../recognize/line-kind.js';
import type { TableBlock } from '../recognize/segment.js';
import type { CompiledTable } from '../templates/index.js';
import { headerCell, isBlankText } from '../text/lexicon.js';
import { compact } from '../text/normalize.js';
import { type GridAnatomy, gridAnatomy } from './anatomy.js';
import { BlockCodes, type RowCodes } from './codes.js';
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
 * (三公). Values are placed when the layout tells their columns; otherwise left pending. `typed`: the
 * rows as the geometry reader typed them (PDF); else each body line is read by its anatomy.
 */
export function readGrid(
  block: TableBlock,
  table: CompiledTable,
  mode: CellMode,
  unit: Unit,
  typed?: readonly GridAnatomy[],
): DraftTable {
  const columns = table.spec.columns.map((c) => c.id);
  const k = columns.length;
  const rows: DraftRow[] = [];
  const problems: Problem[] = [];
  const single = table.spec.layout === 'single_row';

  const anatomies =
    typed ??
    block.body.filter((line) => headerKind(line, table) !== 'word').map((line) => gridAnatomy(line, table, mode, unit));
  const codes = new BlockCodes(table.spec.codes, BlockCodes.held(anatomies, table.spec.codes));
  for (const a of anatomies) {
    const line = a.line;
    const present = a.amounts.filter((x) => x !== null);
    // A row of header words only (a blank table's 合计 under its header) is no row, nor is a row with
    // neither code nor name that prints only empty values ("-", "0.00": a sheet's padding).
    if (typed && present.length === 0 && a.codes.length === 0 && a.stray.length === 0 && isHeaderText(a.label, table))
      continue;
    if (a.read && isBlankRow(a)) continue;
    // Where the problem is: a PDF row's page and box, a text's line.
    const at = lineSource(line);
    const here = a.read ? { page: a.read.page } : { line: line.lineNo ?? '?' };
    // The columns this row printed values in (the cells a lost row leaves in doubt).
    const printedIn = [
      ...new Set([
        ...present.map((x) => columns[x.column ?? -1]),
        ...(a.read?.strayColumns ?? []).map((c) => columns[c]),
        ...(a.read?.unreadable ?? []).map((u) => columns[u.column ?? -1]),
      ]),
    ].filter((c): c is string => c !== undefined);
    const lost = (p: Problem) => problems.push(a.read ? located(p, at, { columns: printedIn }) : p);

    let key: string | undefined;
    let level = 0;
    let label = a.label;
    let printedCode: string | undefined;
    let named: RowCodes | undefined;
    if (a.total) key = 'total';
    else if (a.codes.length > 0) {
      // 款/项 printed without their class are completed from the row above; codes the name contradicts
      // give way to it (read/codes.ts).
      const keyed = codes.key(a.codes, a.label);
      if (!keyed) {
        lost(problem('code_without_parent', { ...here, codes: a.codes.join(' ') }));
        continue;
      }
      // A first code of one digit that no name places ("7" beside a name the classification does not
      // know): which class or 款 the row is cannot be told.
      if ((keyed.parts[0] ?? '').length !== 3) {
        lost(problem('unplaced_code', { ...here, codes: a.codes.join(' '), row: a.label }));
        continue;
      }
      key = keyed.parts.join('');
      level = keyed.parts.length;
      printedCode = keyed.printed;
    } else if (namedRow(a.label, table)) {
      ({ key, level } = namedRow(a.label, table) as { key: string; level: number });
    } else if (single && present.length > 0) {
      key = 'total';
      label = label || '合计';
    } else if ((named = codes.byName(a.label))) {
      // No code printed (names only, indented by level): the row is keyed by its name in its place —
      // with its amounts, or none (a row printing no amounts, as rows with codes may: blank).
      key = named.parts.join('');
      level = named.parts.length;
    } else if (present.length > 0 || (a.read?.unreadable.length ?? 0) > 0) {
      lost(problem('values_without_code', { ...here, text: line.text }));
      continue;
    } else {
      // A header fragment or a separator line; on a page, a name no row took is said.
      if (a.read && !isBlankText(a.label) && !isHeaderText(a.label, table))
        problems.push(located(problem('unplaced_text', { page: a.read.page, text: a.label }), at, { rows: [] }));
      continue;
    }
    if (single && rows.length > 0) {
      lost(problem('single_row_repeated', here));
      continue;
    }
    rowProblems(a, key, columns, problems);

    const draft = newDraft(key, label, level, line, columns);
    if (printedCode) draft.row.printedCode = printedCode;
    if (a.placed) placeValues(draft, a.amounts, line);
    else if (present.length === k) {
      placeValues(
        draft,
        present.map((x, i) => (x ? { ...x, column: i } : null)),
        line,
      );
    } else if (present.length > k) {
      problems.push(problem('too_many_values', { ...here, values: present.length, columns: k }));
      draft.pending = present.filter((x) => x !== null).slice(0, k);
    } else if (present.length > 0) {
      draft.pending = present.filter((x) => x !== null);
    }
    rows.push(draft);
  }
  return { block, table, unit, rows, problems };
}

/**
 * A keyed row's own doubts, each with its page and box and the cells it leaves in doubt: digits that
 * make no amount (that cell), a column holding text that fits no value (that column: a value of
 * another row may be in it), a name run together from two rows' names (a row was lost into it: the
 * whole table's sums).
 */
export function rowProblems(
  a: Pick<GridAnatomy, 'line' | 'label' | 'stray' | 'read' | 'amounts'>,
  key: string,
  columns: readonly string[],
  problems: Problem[],
  side?: RowSide,
): void {
  const here = a.read ? { page: a.read.page } : { line: a.line.lineNo ?? '?' };
  const row = a.label || key;
  const sided = side ? { side } : {};
  if (a.stray.length > 0) {
    // Two values in one cell: two rows' lines banded into one, whose other values this row took too —
    // every column it printed in is in doubt.
    const printedIn = [
      ...a.amounts.flatMap((x) => (x ? [columns[x.column ?? -1]] : [])),
      ...(a.read?.strayColumns ?? []).map((c) => columns[c]),
    ].filter((c): c is string => c !== undefined);
    problems.push(
      a.read
        ? located(problem('stray_content', { ...here, text: a.stray.join(' ') }), lineSource(a.line), {
            ...sided,
            columns: [...new Set(printedIn)],
          })
        : problem('stray_content', { ...here, text: a.stray.join(' ') }),
    );
  }
  for (const u of a.read?.unreadable ?? []) {
    // One cell's value gone wrong leaves that cell in doubt; several cells' values run together leave a
    // value somewhere unknown: the whole table's sums.
    const column = columns[u.column ?? -1];
    problems.push(
      located(
        problem('unreadable_value', { page: a.read?.page ?? 0, row, text: u.text }),
        { page: a.read?.page ?? 0, box: u.box },
        u.alone && column ? { ...sided, rows: [key], columns: [column] } : undefined,
      ),
    );
  }
  if (a.read?.fused)
    problems.push(
      located(problem('fused_name', { page: a.read.page, row }), lineSource(a.line), side ? { side } : undefined),
    );
}

/** A row read from a page with neither code nor name, whose every value is empty ("-", "0.00"). */
export function isBlankRow(a: Pick<GridAnatomy, 'codes' | 'label' | 'amounts' | 'stray' | 'read'>): boolean {
  return (
    a.codes.length === 0 &&
    isBlankText(a.label) &&
    a.stray.length === 0 &&
    (a.read?.unreadable.length ?? 0) === 0 &&
    a.amounts.every((x) => x === null || x.fen === 0)
  );
}

function isHeaderText(label: string, table: CompiledTable): boolean {
  return headerCell(compact(label), table.headerWords) === 'word';
}

/** A row the template keys by its name (人员经费合计). */
function namedRow(label: string, table: CompiledTable): { key: string; level: number } | undefined {
  const text = compact(label);
  const line = table.namedRows.find((l) => l.patterns.some((p) => p.test(text)));
  return line ? { key: line.spec.key, level: line.spec.level } : undefined;
}
