import type { PdfSettings } from '../layout/pdf-settings.js';
import type { Ruling } from '../layout/pdf-types.js';
import type { Cell, Line } from '../layout/types.js';
import type { CellEvidence, RowSide } from '../model/table.js';
import { headerPieces } from '../recognize/line-kind.js';
import type { CompiledTable } from '../templates/index.js';
import { ORDINAL_HEADERS, stripYear } from '../text/lexicon.js';
import { compact } from '../text/normalize.js';

/** The tolerances the column reader names (PDF_SETTINGS.tables, or one call's). */
export type ColumnSettings = Pick<
  PdfSettings['tables'],
  'edgeSlack' | 'sameHeaderLineEm' | 'stackOverlap' | 'firstColumnWidths' | 'firstColumnReachEm'
>;

/**
 * The columns of a PDF table, read from its header: which x range holds which value column.
 *
 * Header cells are fragments of text placed in a grid of merged cells. A fragment that spans two or
 * more fragments printed side by side below it is a group header ("收入预算", "公务用车购置及运行费"
 * over 小计/购置费/运行费) and names no column. The other fragments stack into column headers: text
 * wrapped inside one cell ("事业单位" / "经营收入", "机关运行经费预算" / "数") is read top to bottom
 * (characters spaced across a cell, "合  计", the word stage has joined).
 * Boundaries between columns are the vertical rulings between their headers where the page has them,
 * else the middle of the gap.
 */

export interface ValueRegion {
  side: RowSide;
  /**
   * Which block of a table printed in blocks side by side the column is in: 决算's basic expenditure by
   * economic class in two, a summary table's income side (0) and expenditure side (1).
   */
  block: number;
  /** Column id. */
  id: string;
  /** Header extent. */
  x0: number;
  x1: number;
  /** Type size of its header, points (distances near it are in its em). */
  size?: number;
  /** Where cells of this column may lie (between the neighbouring boundaries). */
  left: number;
  right: number;
  /** What placed each boundary (set on a page, by `onPage`). */
  leftBy?: Boundary;
  rightBy?: Boundary;
}

/**
 * What placed a column boundary: a vertical ruling, the right edge of the amounts printed in the
 * column (they are right-aligned), the middle of the gap between two headers (or the reach of a first
 * column), or nothing (the table's open end).
 */
export type Boundary = 'ruling' | 'edge' | 'midpoint' | 'open';

/** Boundaries from the weakest evidence to the strongest. */
const BOUNDARY_STRENGTH: readonly Boundary[] = ['midpoint', 'edge', 'ruling', 'open'];

/** The evidence a value placed by its own box in this column has: its weaker boundary's. */
export function evidenceOf(region: ValueRegion): CellEvidence {
  const left = region.leftBy ?? 'midpoint';
  const right = region.rightBy ?? 'midpoint';
  const weaker = BOUNDARY_STRENGTH.indexOf(right) < BOUNDARY_STRENGTH.indexOf(left) ? right : left;
  return weaker === 'open' ? 'ruling' : (weaker as CellEvidence);
}

export interface ColumnModel {
  values: ValueRegion[];
  /** Label headers (项目): value columns never reach into them. */
  labels: Span[];
  /** Two-sided tables: x where the expenditure side begins (the left edge of its label column). */
  sideSplit?: number;
  /**
   * Columns that number the rows (序号, 行次), from halfway to the header before theirs to halfway to the
   * one after: the numbers printed there are neither codes nor amounts.
   */
  ordinals: Span[];
  /**
   * Columns naming the unit a row belongs to (单位名称, 单位编码: a department's tables listed per unit),
   * reaching as far as a row-number column: their text is no part of a row's name or code. Rows are
   * keyed by their subject code, as in the department's own tables; the unit is set aside.
   */
  units: Span[];
}

interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  line: number;
  size: number;
}

/** Headers of a column naming the unit a row belongs to: its name, its code, or both in one. */
export const UNIT_HEADERS = new Set([
  '单位名称',
  '单位编码',
  '单位代码',
  '预算单位',
  '预算单位名称',
  '预算单位编码',
  '单位编码及名称',
]);
const LABEL_HEADER = '项目';

/**
 * Headers of the label columns beside 项目 — the code and the name of a row's subject — in a grid:
 * value columns never reach into them either, where 项目 titles them from above (or is not printed)
 * and a narrow cell wraps them ("功能分类科目名" over "称"). Chinese usage of every region's tables.
 */
const LABEL_HEADERS = new Set([
  LABEL_HEADER,
  '科目编码',
  '科目名称',
  '功能分类科目编码',
  '功能分类科目名称',
  '经济分类科目编码',
  '经济分类科目名称',
  '支出功能分类科目编码',
  '支出功能分类科目名称',
  '科目编码及名称',
]);

/** Whether a stack's text from some fragment down to its bottom is one of `headers` (a header wrapped in a narrow cell). */
const endsIn = (stack: readonly Fragment[], headers: ReadonlySet<string>) =>
  stack.some((_, i) =>
    headers.has(
      compact(
        stack
          .slice(i)
          .map((f) => f.text)
          .join(''),
      ),
    ),
  );

/**
 * Reads the columns from header lines (in printed order); `onPage` places their boundaries.
 * Undefined when the header names no value column.
 */
export function readColumns(
  header: readonly Line[],
  table: CompiledTable,
  settings: ColumnSettings,
): ColumnModel | undefined {
  const { edgeSlack, sameHeaderLineEm } = settings;
  const fragments = header.flatMap((line, index) =>
    line.cells.filter((c) => c.text !== '').flatMap((c) => headerPieces(c).map((w) => fragmentOf(w, index, line))),
  );
  const leaves = fragments.filter((f) => !isGroupHeader(f, fragments, edgeSlack));
  const stacks = stackFragments(leaves, settings.stackOverlap);
  const spec = table.spec;
  // The label column's header: 项目 at the bottom of its stack (a side's title may be printed above it,
  // once per column where header cells are not merged: "本年收入" over "项目").
  const labels = stacks.filter((s) => compact(s.at(-1)?.text ?? '') === LABEL_HEADER);
  const sideSplit = spec.layout === 'two_sided' ? labels.map((s) => s[0]?.x0 ?? 0).sort((a, b) => a - b)[1] : undefined;

  const sides: { side: RowSide; byHeader: Map<string, string> }[] = [];
  const map = (columns: readonly { id: string; headers: readonly string[] }[]) =>
    new Map(columns.flatMap((c) => c.headers.map((h) => [compact(h), c.id] as const)));
  if (spec.layout === 'two_sided' && spec.incomeColumns)
    sides.push({ side: 'income', byHeader: map(spec.incomeColumns) });
  sides.push({ side: 'expenditure', byHeader: map(spec.columns) });

  const values: ValueRegion[] = [];
  const tops: number[] = [];
  for (const stack of [...stacks].sort((a, b) => (a[0]?.x0 ?? 0) - (b[0]?.x0 ?? 0))) {
    const start = Math.min(...stack.map((f) => f.x0));
    const side =
      sides.length === 2 ? (sideSplit !== undefined && start >= sideSplit - edgeSlack ? sides[1] : sides[0]) : sides[0];
    if (!side) continue;
    const named = nameStack(stack, side.byHeader) ?? nameUnderParent(stack, fragments, side.byHeader, edgeSlack);
    if (!named) continue;
    const { id, x0, x1, y0, size } = named;
    const rivals = values.flatMap((v, i) => (v.side === side.side && v.id === id ? [i] : []));
    const rival = rivals.at(-1);
    // A summary table's two sides are two blocks printed side by side, the income side first.
    const block = spec.layout === 'two_sided' && side.side === 'expenditure' ? 1 : 0;
    const region = { side: side.side, id, x0, x1, size, left: x0, right: x1, block };
    const sameLine = (r: number) =>
      Math.abs((tops[r] ?? 0) - y0) < sameHeaderLineEm * Math.min(size, values[r]?.size ?? size);
    if (rival !== undefined && sameLine(rival) && spec.layout === 'grid') {
      // The same column again on the same header line: the table is printed in blocks side by side.
      values.push({ ...region, block: rivals.length });
      tops.push(y0);
      continue;
    }
    // Two headers naming one column: the lower is the column's own, the upper titles a group of
    // columns (预算数 over 合计 | 基本支出 | 项目支出) whose merged cell is wider than its text.
    if (rival !== undefined && (tops[rival] ?? 0) >= y0) continue;
    if (rival !== undefined) {
      values[rival] = region;
      tops[rival] = y0;
    } else {
      values.push(region);
      tops.push(y0);
    }
  }
  if (values.length === 0) return undefined;
  // A grid's label columns: 项目, and the subject's code and name columns however wrapped.
  const labelStacks = spec.layout === 'two_sided' ? labels : stacks.filter((s) => endsIn(s, LABEL_HEADERS));
  const labelSpans = labelStacks.map((s) => ({
    x0: Math.min(...s.map((f) => f.x0)),
    x1: Math.max(...s.map((f) => f.x1)),
  }));
  // A column aside: its header at the bottom of its stack, alone or with the words above it (a header
  // wrapped in a narrow cell, "行" over "次").
  const aside = (headers: ReadonlySet<string>) =>
    stacks.filter((s) => endsIn(s, headers)).map((s) => ordinalSpan(s, fragments, edgeSlack));
  const ordinals = aside(ORDINAL_HEADERS);
  const units = aside(UNIT_HEADERS);
  return { values, labels: labelSpans, ordinals, units, ...(sideSplit !== undefined ? { sideSplit } : {}) };
}

/**
 * A row-number (or unit) column's reach: halfway from its header to the nearest header text left of it, and to
 * the nearest right of it (its numbers are centred or right-aligned in it, the next column's codes or
 * names start at that column's left edge).
 */
function ordinalSpan(stack: readonly Fragment[], fragments: readonly Fragment[], slack: number): Span {
  const x0 = Math.min(...stack.map((f) => f.x0));
  const x1 = Math.max(...stack.map((f) => f.x1));
  const before = Math.max(...fragments.filter((f) => f.x1 < x0 - slack).map((f) => f.x1));
  const after = Math.min(...fragments.filter((f) => f.x0 > x1 + slack).map((f) => f.x0));
  return {
    x0: Number.isFinite(before) ? (before + x0) / 2 : Number.NEGATIVE_INFINITY,
    x1: Number.isFinite(after) ? (x1 + after) / 2 : Number.POSITIVE_INFINITY,
  };
}

/**
 * The columns placed on one page: boundaries from that page's rulings, else from the right edges of
 * its printed amounts (`edges`: amounts are right-aligned, so a column ends just after the rightmost
 * edge between its header and the next).
 */
export function onPage(
  model: ColumnModel,
  rulings: readonly Ruling[],
  edges: readonly number[],
  starts: readonly number[],
  settings: ColumnSettings,
): ColumnModel {
  const aside = [...model.labels, ...model.ordinals, ...model.units];
  const values = placeBoundaries(model.values, aside, rulings, edges, settings).map((v) => endBeforeText(v, starts));
  // The expenditure side starts where the income side's last column ends (its names are left-aligned).
  const incomeEnd = Math.max(...values.filter((v) => v.side === 'income').map((v) => v.right));
  const sideSplit = Number.isFinite(incomeEnd) ? incomeEnd : model.sideSplit;
  return { ...model, values, ...(sideSplit !== undefined ? { sideSplit } : {}) };
}

function fragmentOf(cell: Cell, line: number, of: Line): Fragment {
  const box = cell.box ?? of.box ?? [cell.x0 ?? 0, 0, cell.x1 ?? 0, 0];
  return { text: cell.text, x0: box[0], x1: box[2], y0: box[1], y1: box[3], line, size: Math.max(box[3] - box[1], 1) };
}

/** A fragment spanning two or more fragments that sit side by side on lower header lines. */
function isGroupHeader(f: Fragment, all: readonly Fragment[], edgeSlack: number): boolean {
  const below = all.filter((g) => g.y0 > f.y1 - edgeSlack && (g.x0 + g.x1) / 2 > f.x0 && (g.x0 + g.x1) / 2 < f.x1);
  return below.some((a) => below.some((b) => b.x0 > a.x1));
}

/** Fragments of one header cell: each overlaps the previous one horizontally, on a lower line. */
function stackFragments(leaves: Fragment[], stackOverlap: number): Fragment[][] {
  const stacks: Fragment[][] = [];
  for (const f of [...leaves].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const stack = stacks.find((s) => {
      const top = s.at(-1) as Fragment;
      const overlap = Math.min(top.x1, f.x1) - Math.max(top.x0, f.x0);
      return f.y0 > top.y0 && overlap > stackOverlap * Math.min(top.x1 - top.x0, f.x1 - f.x0);
    });
    if (stack) stack.push(f);
    else stacks.push([f]);
  }
  return stacks;
}

/**
 * A column whose own header is shared with its neighbours (预算数 | 决算数 under 合计, again under
 * 因公出国（境）费 …): named by the header above it whose centre is nearest ("合计/预算数").
 */
function nameUnderParent(
  stack: Fragment[],
  all: readonly Fragment[],
  byHeader: Map<string, string>,
  edgeSlack: number,
): Named | undefined {
  const top = stack[0] as Fragment;
  const centre = (f: Fragment) => (f.x0 + f.x1) / 2;
  const leaf = compact(stack.map((f) => f.text).join(''));
  // The headers above, nearest first; the first that names a column with this leaf is its parent
  // (a wider title of the group above it, 公务用车购置及运行费 or 财政拨款“三公”经费, names none).
  const above = all
    .filter((f) => f.y1 <= top.y0 + edgeSlack)
    .sort((a, b) => Math.abs(centre(a) - centre(top)) - Math.abs(centre(b) - centre(top)) || b.y0 - a.y0);
  for (const parent of above) {
    const id = byHeader.get(`${compact(parent.text)}/${leaf}`);
    if (id === undefined) continue;
    return {
      id,
      x0: Math.min(...stack.map((f) => f.x0)),
      x1: Math.max(...stack.map((f) => f.x1)),
      y0: top.y0,
      size: Math.max(...stack.map((f) => f.size)),
    };
  }
  return undefined;
}

/**
 * The column a stack of fragments names — its whole text, else the longest run of its fragments that
 * is a header — with the extent of that run (a wider title above it belongs to no single column).
 */
interface Named {
  id: string;
  x0: number;
  x1: number;
  y0: number;
  size: number;
}

function nameStack(stack: Fragment[], byHeader: Map<string, string>): Named | undefined {
  const texts = stack.map((f) => stripYear(compact(f.text)));
  const named = (start: number, length: number) => {
    const id = byHeader.get(texts.slice(start, start + length).join(''));
    if (id === undefined) return undefined;
    const run = stack.slice(start, start + length);
    return {
      id,
      x0: Math.min(...run.map((f) => f.x0)),
      x1: Math.max(...run.map((f) => f.x1)),
      y0: run[0]?.y0 ?? 0,
      size: Math.max(...run.map((f) => f.size)),
    };
  };
  // The column's own words are at the bottom of its stack, group titles above them (printed once per
  // column where header cells are not merged): runs ending at the bottom first, the longest first.
  for (let length = texts.length; length > 0; length--) {
    const found = named(texts.length - length, length);
    if (found) return found;
  }
  for (let length = texts.length - 1; length > 0; length--) {
    for (let start = texts.length - length - 1; start >= 0; start--) {
      const found = named(start, length);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A value column whose right boundary no ruling placed ends before text that starts inside it, right
 * of its header: names are left-aligned in the next column and never start inside a value column (a
 * blank table, without amounts to place the boundary by, puts it at a midpoint that may lie past them).
 */
function endBeforeText(v: ValueRegion, starts: readonly number[]): ValueRegion {
  if (v.rightBy === 'ruling') return v;
  const inside = starts.filter((x) => x > v.x1 && x < v.right);
  if (inside.length === 0) return v;
  // At the name's start itself: an amount may end exactly there (no padding between the cells, the
  // amount and the name one run), and a value's end is compared less the slack (`regionOf`).
  return { ...v, right: Math.min(...inside), rightBy: 'edge' };
}

/**
 * Boundaries of each value column. Between two value columns: the vertical ruling nearest the middle
 * of the gap between their headers; without one, just right of the rightmost amount edge between
 * the two headers' centres; without amounts, the middle between the centres. Next to a label column
 * (项目): the ruling nearest the value column, else (on the right) just after its amounts, else the
 * middle of the gap. The table's first column
 * without a label before it reaches as far left as it is wide again.
 */
function placeBoundaries(
  values: readonly ValueRegion[],
  labels: readonly Span[],
  rulings: readonly Ruling[],
  edges: readonly number[],
  settings: ColumnSettings,
): ValueRegion[] {
  const { edgeSlack, firstColumnWidths, firstColumnReachEm } = settings;
  const verticals = rulings.filter((r) => r.axis === 'v').map((r) => r.at);
  const anchors: (Span & { value?: ValueRegion })[] = [
    ...labels,
    ...values.map((v) => ({ x0: v.x0, x1: v.x1, value: v })),
  ].sort((a, b) => a.x0 - b.x0);
  type Placed = { x: number; by: Boundary };
  const ruling = (a: number, b: number, target: number): Placed | undefined => {
    let best: number | undefined;
    for (const x of verticals)
      if (
        x > a - edgeSlack &&
        x < b + edgeSlack &&
        (best === undefined || Math.abs(x - target) < Math.abs(best - target))
      )
        best = x;
    return best === undefined ? undefined : { x: best, by: 'ruling' };
  };
  const centre = (s: Span) => (s.x0 + s.x1) / 2;
  const midway = (x: number): Placed => ({ x, by: 'midpoint' });
  /** Right end of a value column `a`, ending before `until`: just after its rightmost amount. */
  const afterAmounts = (a: Span, until: number, otherwise: number): Placed => {
    const inside = edges.filter((e) => e > centre(a) && e <= until);
    return inside.length > 0 ? { x: Math.max(...inside) + edgeSlack, by: 'edge' } : midway(otherwise);
  };
  const betweenValues = (a: Span, b: Span): Placed =>
    ruling(a.x1, b.x0, (a.x1 + b.x0) / 2) ?? afterAmounts(a, centre(b), (centre(a) + centre(b)) / 2);
  const beside = (a: number, b: number, target: number): Placed => ruling(a, b, target) ?? midway((a + b) / 2);
  return anchors.flatMap((anchor, i) => {
    const v = anchor.value;
    if (!v) return [];
    const before = anchors[i - 1];
    const after = anchors[i + 1];
    const width = v.x1 - v.x0;
    // A neighbour in another block is separated by that block's codes and names, like a label column.
    const sameBlock = (a: { value?: ValueRegion }) => a.value !== undefined && a.value.block === v.block;
    const left = !before
      ? beside(v.x0 - firstColumnWidths * width - firstColumnReachEm * (v.size ?? 1), v.x0, v.x0)
      : sameBlock(before)
        ? betweenValues(before, v)
        : beside(before.x1, v.x0, v.x0);
    const right: Placed = !after
      ? { x: Number.POSITIVE_INFINITY, by: 'open' }
      : sameBlock(after)
        ? betweenValues(v, after)
        : (ruling(v.x1, after.x0, v.x1) ?? afterAmounts(v, after.x0, (v.x1 + after.x0) / 2));
    return [{ ...v, left: left.x, right: right.x, leftBy: left.by, rightBy: right.by }];
  });
}

interface Span {
  x0: number;
  x1: number;
}
