import type { PdfSettings } from '../layout/pdf-settings.js';
import type { Ruling } from '../layout/pdf-types.js';
import type { Cell, Line } from '../layout/types.js';
import { union } from '../layout/words.js';
import type { Unit } from '../model/amount.js';
import { located, type Problem, problem } from '../model/problem.js';
import type { Box } from '../model/source.js';
import { headerKind, lineKind, opener } from '../recognize/line-kind.js';
import type { TableBlock } from '../recognize/segment.js';
import type { CompiledTable } from '../templates/index.js';
import {
  hasSecondEnumerator,
  ideographsMeet,
  isAmountText,
  isBlankText,
  isEmptyValue,
  tokenKind,
  totalOf,
} from '../text/lexicon.js';
import { compact } from '../text/normalize.js';
import { amountColumns, amountWords } from './amount-columns.js';
import { type AmountCell, amountOf, codesOf, type GridAnatomy, type SideGroup } from './anatomy.js';
import { type ColumnModel, onPage, readColumns, type ValueRegion } from './columns.js';
import { type Placed, placeLine } from './place.js';
import type { ReadingTrace, TracedToken } from './trace.js';

/**
 * PDF table rows into slot lines: the geometry of a table (its header's columns, its rulings) decides
 * which column each printed value belongs to, and the slot readers do the rest.
 *
 * Per page of a table: the lines before the first line with a value are its header (a page without
 * one continues the columns of the page before; a row's own label alone above its amounts, where the
 * rows print their names, is that row's, though 合计 is a header word too); the rows are the bands between horizontal rulings
 * (a cell whose text wraps, or whose values sit higher than its name, stays one row), or the lines
 * themselves where the table has no rulings, a line holding only a name being the wrapped end of the
 * row above. Each value goes to the column whose boundaries hold its centre; an item pdf.js fused
 * across columns ("2101501", "1,000.00 2,000.00") is cut where the boundary falls.
 */

export interface Projected {
  block: TableBlock;
  /** The table as printed: optional columns its header does not name are left out. */
  table: CompiledTable;
  problems: Problem[];
  /** A grid's rows as read, typed (codes, name, values with boxes), in printed order. */
  grid?: GridAnatomy[];
  /** A summary table's rows as read, one side each, in printed order (the income side first on a printed row). */
  sides?: SideGroup[];
  /**
   * Every amount printed in the table's rows (values in its columns, and amounts printed anywhere else
   * in its rows): the completeness count checks each was read into a cell or reported.
   */
  printed: PrintedAmount[];
}

/** An amount printed in a table's rows, where it was printed. */
export interface PrintedAmount {
  page: number;
  text: string;
  box: Box;
  /** The column (side/id) it was placed in, if any. */
  column?: ValueRegion;
}

/** A data line with its words placed (or half of one: a side of a summary table). */
interface Placing {
  line: Line;
  placed: Placed[];
  box: Box;
}

export function projectBlock(
  block: TableBlock,
  full: CompiledTable,
  rulings: ReadonlyMap<number, readonly Ruling[]>,
  unit: Unit,
  settings: PdfSettings,
  trace?: ReadingTrace,
): Projected {
  const problems: Problem[] = [];
  const header: Line[] = [];
  const pages: {
    page: number;
    head: Line[];
    data: Line[];
    model: ColumnModel | undefined;
    rulings: readonly Ruling[];
  }[] = [];
  // Rows kept apart read as a table whose header no page printed: its columns from its amounts, on all its pages.
  let model: ColumnModel | undefined = block.apart ? amountColumns(block.body, full) : undefined;
  for (const [page, lines] of byPage(block.body)) {
    const pageRulings = rulings.get(page) ?? [];
    // A page going on with a table whose columns earlier pages gave, opening with a total (no header
    // printed above it): that total is its row, values or not.
    const continued = model !== undefined;
    let first = lines.findIndex((l, j) => isDataLine(l, full, continued && j === 0));
    // A row's own label alone above its amounts (tall rows: 合计 at the top, its amounts at the bottom)
    // is that row's, though a header word: it opens the data.
    if (first > 0 && labelsAmountsBelow(lines, first, full, model, settings)) first--;
    // Name fragments printed above the first row's code and values (bottom-aligned text) are data.
    while (first > 0 && !headerKind(lines[first - 1] as Line, full)) first--;
    const head = first === -1 ? lines : lines.slice(0, first);
    header.push(...head);
    const data = first === -1 ? [] : lines.slice(first);
    model = (head.length > 0 ? readColumns(head, full, settings.tables) : undefined) ?? model;
    const placed = model ? onPage(model, pageRulings, amountEdges(data), textStarts(data), settings.tables) : undefined;
    pages.push({ page, head, data, model: placed, rulings: pageRulings });
  }
  const named = new Set(pages.flatMap((p) => p.model?.values.map((v) => `${v.side}/${v.id}`) ?? []));
  const table = printedColumns(full, named);
  const grid: GridAnatomy[] = [];
  const sides: SideGroup[] = [];
  const printed: PrintedAmount[] = [];
  for (const { page, head, data, model, rulings: pageRulings } of pages) {
    const traced = trace?.table(full.spec.kind, block.title.text, page);
    if (traced) {
      traced.tokens.push(
        ...head.flatMap((l) =>
          l.cells.map((c) => ({ text: c.text, box: c.box ?? [c.x0 ?? 0, 0, c.x1 ?? 0, 0], role: 'header' as const })),
        ),
      );
      traced.columns.push(
        ...(model?.values ?? []).map((v) => ({
          side: v.side,
          id: v.id,
          x0: v.x0,
          x1: v.x1,
          left: v.left,
          right: v.right,
          ...(v.leftBy ? { leftBy: v.leftBy } : {}),
          ...(v.rightBy ? { rightBy: v.rightBy } : {}),
        })),
      );
    }
    const problemsBefore = problems.length;
    if (data.length === 0) continue;
    if (!model) {
      problems.push(located(problem('no_value_columns', { page }), { page }));
      traced?.problems.push(...problems.slice(problemsBefore));
      continue;
    }
    const placing = data.map((line) => ({
      line,
      placed: placeLine(line, model, table, settings.tables),
      box: line.box as Box,
    }));
    // What the completeness count checks: values in the columns, and amounts with separators or decimals
    // placed anywhere else (never a code, never part of a name). A zero holds nothing a check could miss
    // (the rows a sheet pads its table with print them).
    for (const l of placing)
      for (const p of l.placed)
        if (
          !isEmptyValue(p.text) &&
          ((p.role === 'value' && isAmountText(p.text)) || (p.role === 'label' && tokenKind(p.text) === 'amount'))
        )
          printed.push({
            page,
            text: p.text,
            box: p.box,
            ...(p.region && p.role === 'value' ? { column: p.region } : {}),
          });
    const grouped = rows(placing, pageRulings, model, table, settings);
    traced?.rows.push(...grouped.map((row) => union(row.lines.map((l) => l.box))));
    for (const { block, lines: row } of grouped) {
      const read = typedRow(row, block, table, unit);
      if (!read) continue;
      if (read.grid) grid.push(read.grid);
      if (read.group) sides.push(read.group);
      traced?.tokens.push(...read.roles);
    }
    traced?.problems.push(...problems.slice(problemsBefore));
  }
  return {
    block: { ...block, header, body: pages.flatMap((p) => p.data) },
    table,
    problems,
    ...(table.spec.layout === 'two_sided' ? { sides } : { grid }),
    printed,
  };
}

/** The table without the optional columns its headers do not name (column indexes follow). */
function printedColumns(table: CompiledTable, named: ReadonlySet<string>): CompiledTable {
  const columns = table.spec.columns.filter((c) => !c.optional || named.has(`expenditure/${c.id}`));
  return columns.length === table.spec.columns.length ? table : { ...table, spec: { ...table.spec, columns } };
}

function byPage(lines: readonly Line[]): Map<number, Line[]> {
  const pages = new Map<number, Line[]>();
  for (const line of lines) {
    const page = line.page ?? 0;
    let list = pages.get(page);
    if (!list) pages.set(page, (list = []));
    list.push(line);
  }
  return pages;
}

/**
 * A row, where the header ends: a line with a printed value or one that opens a row (a leading code —
 * not a year: "2024年“三公”经费预算数" —, an enumerated name, a line the template names): a page
 * continuing a table without its header may start with rows that print no value. Header text is no
 * row, nor is a total printed without values (the blank grid of an empty table) — but at the top of
 * a page that goes on with a table (`continued`: earlier pages gave its columns, the page prints no
 * header) it is: the table's totals line alone atop the page, its amounts blank.
 */
function isDataLine(line: Line, table: CompiledTable, continued: boolean): boolean {
  const kind = lineKind(line, table);
  // A bare 合计 or 总计 is a header word too (the total column's): atop a continued page it is the row.
  if (continued && kind.header === 'word' && isBareTotal(line)) return true;
  if (kind.header === 'word') return false;
  return kind.values || (kind.opens !== undefined && (kind.opens !== 'total' || continued));
}

/**
 * The line before the first data line is that row's label, not the header's last line, when it opens a
 * row of the table (a total, a line the template names, a code — 合计 is also the total column's header
 * word), the first data line prints amounts only (no label of its own), and the label prints left of
 * those amounts and of every value column the header above it names: where the rows print their
 * names. Tall rows print a label at their top and its amounts at their bottom (blind.mjs tall-mixed),
 * so a total right under a header stands alone on its line. A header's 合计 prints over its column.
 */
function labelsAmountsBelow(
  lines: readonly Line[],
  first: number,
  table: CompiledTable,
  before: ColumnModel | undefined,
  settings: PdfSettings,
): boolean {
  const label = lines[first - 1] as Line;
  const amounts = lines[first] as Line;
  if (!lineKind(amounts, table).valuesOnly) return false;
  const opens = opener(
    label.cells.map((c) => c.text),
    table,
  );
  if (opens !== 'total' && opens !== 'named' && opens !== 'code') return false;
  const head = lines.slice(0, first - 1);
  const model = (head.length > 0 ? readColumns(head, table, settings.tables) : undefined) ?? before;
  if (!model) return false;
  const ends = (cells: readonly Cell[], end: 0 | 2) =>
    cells.map((c) => (end === 0 ? (c.box?.[0] ?? c.x0) : (c.box?.[2] ?? c.x1)) ?? Number.NaN);
  const right = Math.max(...ends(label.cells, 2));
  const left = Math.min(...ends(amounts.cells, 0), ...model.values.map((v) => v.x0));
  return right < left;
}

/** A line printing only a table's total (合计, 总计), in one cell. */
function isBareTotal(line: Line): boolean {
  const filled = line.cells.filter((c) => c.text.trim() !== '');
  return filled.length === 1 && totalOf(compact(line.text)) === 'table';
}

/** Right ends of the amounts printed on these lines (amountWords: a code's edges would carry a boundary into it). */
function amountEdges(lines: readonly Line[]): number[] {
  return amountWords(lines.flatMap((l) => l.cells.flatMap((c) => c.words ?? []))).map((w) => w.box[2]);
}

/** Left ends of the names printed on these lines (words of text whose start is their own). */
function textStarts(lines: readonly Line[]): number[] {
  return lines
    .flatMap((l) => l.cells.flatMap((c) => c.words ?? []))
    .filter((w) => (w.ends === 'both' || w.ends === 'start') && (w.kind === 'text' || w.kind === 'total'))
    .map((w) => w.box[0]);
}

/** The model cut into its blocks: each keeps its own value columns and the x range they print in. */
interface Block {
  model: ColumnModel;
  from: number;
  to: number;
  index: number;
}

function blocksOf(model: ColumnModel): Block[] {
  const count = Math.max(...model.values.map((v) => v.block)) + 1;
  const ends = Array.from({ length: count }, (_, b) =>
    Math.max(...model.values.filter((v) => v.block === b).map((v) => v.right)),
  );
  return ends.map((_, b) => ({
    index: b,
    model: { ...model, values: model.values.filter((v) => v.block === b) },
    from: b === 0 ? Number.NEGATIVE_INFINITY : (ends[b - 1] as number),
    to: b === count - 1 ? Number.POSITIVE_INFINITY : (ends[b] as number),
  }));
}

/**
 * Groups data lines into rows. Two lines are one row unless something says they are not:
 * - a horizontal ruling between them (a rule drawn across at least part of both: borders drawn per
 *   cell count once joined, rules under merged cells cover some columns only);
 * - in a table that rules its rows, nothing else: lines between two rules are one cell's wrapped text;
 * - in a table without row rules: a line that opens a row (a code, an enumerated or known label, a
 *   total) starts one, and lines of name fragments between two rows go to the nearer row (see
 *   `placeFragments`);
 * - always: a value in a column where the row already has one (a cell holds one amount).
 * The two sides of a summary table wrap independently: each side is banded on its own.
 */
function rows(
  lines: Placing[],
  rulings: readonly Ruling[],
  model: ColumnModel,
  table: CompiledTable,
  settings: PdfSettings,
): { block: Block; lines: Placing[] }[] {
  const horizontals = rulings.filter((r) => r.axis === 'h');
  const blocks = blocksOf(model);
  // Each block is banded on its own: blocks printed side by side wrap their names independently.
  const banded = blocks.map((block) =>
    band(
      lines.flatMap((l) => inBlock(l, block) ?? []),
      horizontals,
      table,
      settings,
    ).map((row) => ({ block, lines: row })),
  );
  // A grid printed in blocks is read block after block; a summary table row by printed row.
  if (table.spec.layout !== 'two_sided' || blocks.length < 2) return banded.flat();
  const [left = [], right = []] = banded;
  // Back in printed order, the income side first on each printed row. The two sides wrap differently,
  // so a row's place is its band between rules drawn across the table where rules separate the rows,
  // else the top of the line that opens it (a name's first line, not a value printed lower down).
  const width = Math.max(...lines.map((l) => l.box[2])) - Math.min(...lines.map((l) => l.box[0]));
  const across = horizontals
    .filter((r) => r.to - r.from >= settings.tables.acrossShare * width)
    .map((r) => r.at)
    .sort((x, y) => x - y);
  const top = Math.min(...lines.map((l) => l.box[1]));
  const bottom = Math.max(...lines.map((l) => l.box[3]));
  const inside = across.filter((y) => y > top && y < bottom).length;
  const ruled = inside > 0 && inside >= settings.tables.bandedShare * (Math.max(left.length, right.length) - 1);
  const place = (row: Placing[]) => {
    if (ruled) {
      const box = union(row.map((l) => l.box));
      return across.filter((y) => y < (box[1] + box[3]) / 2).length;
    }
    const opening = row.find((l) => lineFacts(l, table).opens) ?? (row[0] as Placing);
    return opening.box[1];
  };
  const size = Math.min(...lines.map((l) => l.box[3] - l.box[1]));
  const near = ruled ? 0.5 /* bands are whole numbers */ : settings.tables.sameRowEm * size;
  const placed = [
    ...left.map((r) => ({ r, side: 0, at: place(r.lines) })),
    ...right.map((r) => ({ r, side: 1, at: place(r.lines) })),
  ].sort((x, y) => x.at - y.at);
  // Rows of both sides whose places are this close are one printed row.
  const printed: (typeof placed)[] = [];
  for (const p of placed) {
    const group = printed.at(-1);
    if (group && p.at - (group[0]?.at ?? 0) < near) group.push(p);
    else printed.push([p]);
  }
  return printed.flatMap((group) => group.sort((x, y) => x.side - y.side || x.at - y.at).map((p) => p.r));
}

/** The part of a line printed in a block: its values in the block's columns, its other words in its x range. */
function inBlock(line: Placing, block: Block): Placing | undefined {
  const placed = line.placed.filter((p) =>
    p.region ? p.region.block === block.index : p.x >= block.from && p.x < block.to,
  );
  if (placed.length === 0) return undefined;
  if (placed.length === line.placed.length) return line;
  return { line: line.line, placed, box: union(placed.map((p) => p.box)) };
}

function band(
  lines: Placing[],
  horizontals: readonly Ruling[],
  table: CompiledTable,
  settings: PdfSettings,
): Placing[][] {
  const { rowRuleCover } = settings.tables;
  const facts = new Map(lines.map((line) => [line, lineFacts(line, table)]));
  // A rule between the two lines' middles that runs under both, covering a fair share of one of them.
  const ruledBetween = (a: Placing, b: Placing): boolean => {
    const [ax0, ay0, ax1, ay1] = a.box;
    const [bx0, by0, bx1, by1] = b.box;
    return horizontals.some((r) => {
      if (r.at <= (ay0 + ay1) / 2 || r.at >= (by0 + by1) / 2) return false;
      const underA = Math.min(r.to, ax1) - Math.max(r.from, ax0);
      const underB = Math.min(r.to, bx1) - Math.max(r.from, bx0);
      return (
        underA > 0 &&
        underB > 0 &&
        Math.max(underA / Math.max(1, ax1 - ax0), underB / Math.max(1, bx1 - bx0)) >= rowRuleCover
      );
    });
  };
  // Does the table rule its rows? Rules between most pairs of lines that each open a row.
  const openers = [...facts.values()].filter((f) => f.opens || f.values.size > 0).length;
  let rules = 0;
  for (let i = 1; i < lines.length; i++) if (ruledBetween(lines[i - 1] as Placing, lines[i] as Placing)) rules++;
  const rowRuled = openers > 1 && rules >= settings.tables.ruledRowsShare * (openers - 1);

  interface Row {
    lines: Placing[];
    values: Set<ValueRegion>;
  }
  const out: (Row | Placing[])[] = []; // rows, and blocks of name fragments between them
  const blanks: Placing[][] = []; // blank rows: read on their own, never a neighbour of a fragment
  let current: Row | undefined;
  lines.forEach((line) => {
    const f = facts.get(line) as LineFacts;
    if (f.blank && !rowRuled) {
      blanks.push([line]);
      return;
    }
    const last = current?.lines.at(-1);
    const clash = current !== undefined && [...f.values].some((v) => current?.values.has(v));
    const fragment = !f.opens && f.values.size === 0;
    let join = false;
    if (current && last && !clash && out.at(-1) === current) {
      if (ruledBetween(last, line)) join = false;
      else if (rowRuled) join = true;
      else if (f.opens) join = false;
      else if (fragment)
        join = false; // placed below, with the other fragments of its block
      else join = !f.labelled || current.lines.every((l) => facts.get(l)?.values.size === 0);
    }
    if (join && current) {
      current.lines.push(line);
      for (const v of f.values) current.values.add(v);
      return;
    }
    // Amounts that open no row under a row that printed none yet, its name's wrapped pieces between
    // (names top-aligned and wrapped, amounts bottom-aligned, the name's last piece maybe on their
    // line): the pieces and the amounts are the row's, as they are where no piece prints between.
    const pieces = out.at(-1);
    if (
      current &&
      !rowRuled &&
      Array.isArray(pieces) &&
      out.at(-2) === current &&
      current.values.size === 0 &&
      f.values.size > 0 &&
      !f.opens &&
      !ruledBetween(current.lines.at(-1) as Placing, line)
    ) {
      out.pop();
      current.lines.push(...pieces, line);
      for (const v of f.values) current.values.add(v);
      return;
    }
    if (fragment && !rowRuled) {
      const block = out.at(-1);
      if (Array.isArray(block)) block.push(line);
      else out.push([line]);
      return;
    }
    current = { lines: [line], values: new Set(f.values) };
    out.push(current);
  });
  return [...placeFragments(out, ruledBetween, settings), ...blanks];
}

/**
 * Name fragments of a table without row rules, between the row above (A) and the row below (B):
 * each goes to the row whose opening line is nearer, centre to centre (names wrapped around a
 * vertically centred code split between the two rows), the upper ones to A and the lower ones to B.
 * Where the distances tie (top- or bottom-aligned text, no padding), the page decides: fragments
 * printed above its first row mean text sits at the bottom of its cells, so ties go down; else up. A
 * fragment standing above the row below just as the page's first fragments stand above its first row
 * (within `leadMatchEm`) goes down, whatever the distances.
 */
function placeFragments(
  out: ({ lines: Placing[] } | Placing[])[],
  ruledBetween: (a: Placing, b: Placing) => boolean,
  settings: PdfSettings,
): Placing[][] {
  const { wrapTieEm, leadMatchEm, wrappedLineEm } = settings.tables;
  const centre = (l: Placing) => (l.box[1] + l.box[3]) / 2;
  const height = (l: Placing) => Math.max(1, l.box[3] - l.box[1]);
  const tiesDown = Array.isArray(out[0]);
  // The page's own pairing: the fragments printed above its first row are that row's, and the last of
  // them stands `lead` above it. A fragment between two rows standing just so far above the row below
  // (and not so far below the row above) is that row's too, however near the row above (names
  // top-aligned over amounts bottom-aligned in tall rows: each name nearer the amounts above it).
  const [head, firstRow] = [out[0], out[1]];
  const lead =
    Array.isArray(head) && head.length > 0 && firstRow && !Array.isArray(firstRow)
      ? centre(firstRow.lines[0] as Placing) - centre(head.at(-1) as Placing)
      : undefined;
  const rowsOut: Placing[][] = [];
  out.forEach((entry, i) => {
    if (!Array.isArray(entry)) {
      rowsOut.push([...entry.lines]);
      return;
    }
    const above = out[i - 1] as { lines: Placing[] } | undefined;
    const below = out[i + 1] as { lines: Placing[] } | undefined;
    if (!above && !below) {
      rowsOut.push(entry);
      return;
    }
    const a = above?.lines.at(-1);
    const b = below?.lines[0];
    let k = 0; // fragments [0, k) go up
    for (const fragment of entry) {
      if (!a) break;
      if (!b) {
        k++;
        continue;
      }
      const size = Math.max(1, fragment.box[3] - fragment.box[1]);
      // A ruling between a fragment and a row keeps them apart whatever the distances.
      const [ruledUp, ruledDown] = [ruledBetween(a, fragment), ruledBetween(fragment, b)];
      const up = Math.abs(centre(fragment) - centre(a));
      const down = Math.abs(centre(b) - centre(fragment));
      const asLead = (d: number) => lead !== undefined && Math.abs(d - lead) <= leadMatchEm * size;
      const goesUp =
        ruledUp !== ruledDown
          ? ruledDown
          : asLead(down) && !asLead(up)
            ? false
            : Math.abs(up - down) <= wrapTieEm * size
              ? !tiesDown
              : up < down;
      if (!goesUp) break;
      k++;
    }
    // Names standing further above their amounts than a wrapped line (tall rows, names top-aligned):
    // a name below the row above's amounts is no piece of that row's name. Those of them that go on to
    // the name going down (its wrapped first lines) go down with it; the others are rows of their own
    // that print no amounts (blank rows), a name wrapped over lines one row.
    if (a && b && lead !== undefined && lead > wrappedLineEm * height(a)) {
      const wrapped = (x: Placing, y: Placing) => centre(y) - centre(x) <= wrappedLineEm * height(x);
      let j = 0;
      while (j < k && centre(entry[j] as Placing) <= centre(a)) j++;
      const alone: Placing[][] = [];
      for (const line of entry.slice(j, k)) {
        const group = alone.at(-1);
        const last = group?.at(-1);
        if (group && last && wrapped(last, line)) group.push(line);
        else alone.push([line]);
      }
      const next = entry[k];
      const lastAlone = alone.at(-1)?.at(-1);
      const down = next && lastAlone && wrapped(lastAlone, next) ? (alone.pop() as Placing[]) : [];
      const previous = rowsOut.at(-1);
      if (above && previous) previous.push(...entry.slice(0, j));
      rowsOut.push(...alone);
      below?.lines.unshift(...down, ...entry.slice(k));
      return;
    }
    const previous = rowsOut.at(-1);
    if (above && previous) previous.push(...entry.slice(0, k));
    if (below) below.lines.unshift(...entry.slice(k));
    else if (k < entry.length) rowsOut.push(entry.slice(k));
  });
  return rowsOut;
}

interface LineFacts {
  /** Value columns the line prints an amount in. */
  values: Set<ValueRegion>;
  /**
   * The line prints nothing but empty values ("-", "0.00") in value columns: a blank row a sheet pads
   * its table with — no row's name, and none of its amounts.
   */
  blank: boolean;
  /** The line opens a row: a code, an enumerated or known label, a total. */
  opens: boolean;
  /** The line prints a name (text outside the value columns). */
  labelled: boolean;
}

function lineFacts(line: Placing, table: CompiledTable): LineFacts {
  const values = new Set<ValueRegion>();
  // The line's other text as printed: words of one cell that touch are one label ("使用" "非" "财政拨款结余").
  const labels: string[] = [];
  let previous: Placed | undefined;
  for (const p of line.placed) {
    if (p.role === 'value' && p.region && isAmountText(p.text)) values.add(p.region);
    else if (!isBlankText(p.text)) {
      if (previous && previous.cell === p.cell && !p.spaced) labels[labels.length - 1] += p.text;
      else labels.push(p.text);
      previous = p;
      continue;
    }
    previous = undefined;
  }
  const opens = opener(labels, table) !== undefined;
  const blank =
    line.placed.length > 0 && line.placed.every((p) => p.role === 'value' && p.region && isEmptyValue(p.text));
  return { values: blank ? new Set() : values, opens, labelled: labels.length > 0, blank };
}

/** A row as read: a grid's codes, name and values, or a summary table side's name and values. */
interface TypedRow {
  grid?: GridAnatomy;
  group?: SideGroup;
  roles: TracedToken[];
}

/**
 * One row of one block, typed: its codes (left to right), its name (its label words in reading order,
 * a side's own on a summary table) and a value per column, each with the box it was printed in.
 */
function typedRow(row: Placing[], { model }: Block, table: CompiledTable, unit: Unit): TypedRow | undefined {
  // Every placed word of the row (banded in its block), with the printed cell it came from (unique in the row).
  const words = row.flatMap((l, n) => l.placed.map((p) => ({ ...p, cell: n * 1000 + p.cell })));
  const twoSided = table.spec.layout === 'two_sided';
  const labels: Placed[] = [];
  const values = new Map<ValueRegion, Placed[]>(model.values.map((v) => [v, []]));
  const codes: Placed[] = [];
  const unreadable: Placed[] = [];
  const roles: TracedToken[] = [];
  for (const word of words) {
    if (word.role === 'skip') continue;
    if (word.role === 'value' && word.region) {
      values.get(word.region)?.push(word);
      roles.push({
        text: word.text,
        box: word.box,
        role: 'value',
        column: `${word.region.side}/${word.region.id}`,
        ...(word.evidence ? { evidence: word.evidence } : {}),
      });
      continue;
    }
    if (word.role === 'unreadable') {
      unreadable.push(word);
      roles.push({ text: compact(word.text), box: word.box, role: 'unreadable' });
      continue;
    }
    if (word.role === 'code') codes.push(word);
    else labels.push(word);
    roles.push({ text: word.text, box: word.box, role: word.role });
  }
  const hasValues = [...values.values()].some((v) => v.length > 0);
  if (labels.length === 0 && codes.length === 0 && !hasValues && unreadable.length === 0) return undefined;

  const first = row[0]?.line as Line;
  const box = union(row.map((l) => l.box));
  const side = model.values[0]?.side ?? 'expenditure';
  // Reading order: line by line (a word's own top varies with its font's ascent), left to right.
  const top = (p: Placed) => (row[Math.floor(p.cell / 1000)]?.box[1] ?? p.box[1]) as number;
  const name = joinLabel([...labels].sort((a, b) => top(a) - top(b) || a.box[0] - b.box[0] || a.x - b.x));
  const labelBox = labels.length > 0 ? union(labels.map((l) => l.box)) : box;
  const printedCodes = [...codes].sort((a, b) => a.box[0] - b.box[0] || a.x - b.x).map((c) => compact(c.text));
  const columns = twoSided && side === 'income' ? (table.spec.incomeColumns ?? []) : table.spec.columns;
  const stray: string[] = [];
  const strayColumns: number[] = [];
  const amounts: (AmountCell | null)[] = columns.map((c, column) => {
    const region = model.values.find((v) => v.side === side && v.id === c.id);
    const parts = region ? (values.get(region) ?? []) : [];
    if (parts.length === 0) return null;
    const text = parts.map((p) => compact(p.text)).join('');
    const cell: Cell = { text, box: union(parts.map((p) => p.box)) };
    if (parts.length === 1 && isBlankText(text)) return null;
    const fen = parts.length === 1 ? amountOf(text, unit) : null;
    if (fen === null) {
      stray.push(text);
      strayColumns.push(column);
      return null;
    }
    const evidence = parts[0]?.evidence;
    return { fen, text, column, cell, ...(evidence ? { evidence } : {}) };
  });
  const columnOf = (p: Placed) => {
    const index = p.region ? columns.findIndex((c) => c.id === p.region?.id) : -1;
    return index >= 0 ? { column: index } : {};
  };
  const read = {
    page: first.page ?? 0,
    box,
    unreadable: unreadable.map((u) => ({
      text: compact(u.text),
      box: u.box,
      ...columnOf(u),
      ...(u.alone ? { alone: true } : {}),
    })),
    strayColumns,
    fused: isFusedName(name) || codes.length > 3,
  };
  const line: Line = {
    text: [...printedCodes, name, ...amounts.map((a) => a?.text ?? '')].filter(Boolean).join(' '),
    cells: [],
    ...(first.page ? { page: first.page } : {}),
    box,
    gap: 0,
  };
  if (twoSided)
    return {
      roles,
      group: { label: name, amounts, placed: true, line, labelCell: { text: name, box: labelBox }, side, read, stray },
    };
  return {
    roles,
    grid: {
      line,
      codes: codesOf(printedCodes),
      label: name,
      total: totalOf(compact(name)) === 'table',
      amounts,
      placed: true,
      stray,
      read,
    },
  };
}

/** A name from its words in reading order: a space printed inside it stays ("1. 一般公共预算资金"), one spreading ideographs apart ("合  计") goes. */
function joinLabel(parts: readonly Placed[]): string {
  return parts
    .map((p, i) => {
      const before = parts[i - 1];
      const spaced = before !== undefined && p.cell === before.cell && p.spaced;
      return (spaced && !ideographsMeet(before.text, p.text) ? ' ' : '') + p.text;
    })
    .join('');
}

/** Two names run together: a second enumerator after text ("一、财政拨款收入1. 一般公共预算资金"). */
function isFusedName(name: string): boolean {
  return hasSecondEnumerator(compact(name));
}
