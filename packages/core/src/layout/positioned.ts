import type { Box } from '../model/source.js';
import { normalizeText } from '../text/normalize.js';
import { PDF_SETTINGS } from './pdf-settings.js';
import type { PositionedDocument, PositionedPage, Ruling } from './pdf-types.js';
import { normalizeRulings } from './rulings.js';
import type { Cell, Layout, Line } from './types.js';

/**
 * Positioned PDF text into lines of cells (geometry mode). Items whose vertical extents overlap form a
 * line; within a line, items close together form a cell, and a gap wider than a glyph or a vertical
 * ruling between them starts a new one. Columns are not decided here: the table readers map cells
 * to columns with the table's own headers and rulings (read/geometry).
 */

const {
  cellGapEm,
  spaceGapEm,
  numberGapEm,
  marginShare,
  overlapShare,
  lookback,
  blankLineEm,
  spillMinChars,
  spillTolerance,
} = PDF_SETTINGS.lines;
/** Page numbers and running marks in the top or bottom margin: "3", "- 3 -", "第3页", "3/26". */
const PAGE_MARK = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
/** Marks that are page numbers wherever the page prints them: "- 3 -", "第3页", "3/26" (a bare "3" only in the margin). */
const DECORATED_PAGE_MARK = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** An amount that ends in its decimals ("312.45"): no digit continues it. */
const DECIMALS_END = /\d\.\d{2}$/;
const DIGIT_START = /^\d/;

interface Run {
  text: string;
  box: Box;
  size: number;
}

export function positionedLayout(doc: PositionedDocument): Layout {
  const lines: Line[] = [];
  const rulings = new Map<number, Ruling[]>();
  let previous: Line[] = [];
  for (const page of doc.pages) {
    const whole = { ...page, rulings: normalizeRulings(page.rulings) };
    rulings.set(page.page, whole.rulings);
    const own = pageLines(whole);
    const spilled = spilledLines(previous, own);
    const kept = own.slice(spilled);
    if (spilled > 0 && kept[0]) kept[0].blockStart = true;
    lines.push(...kept);
    previous = own;
  }
  return { format: 'positioned', mode: 'geometry', lines, pages: doc.pages.length, rulings };
}

function pageLines(page: PositionedPage): Line[] {
  const runs: Run[] = [];
  for (const item of page.items) {
    const text = normalizeText(item.text);
    if (text.trim() === '') continue;
    runs.push({ text, box: item.box, size: item.size > 0 ? item.size : item.box[3] - item.box[1] });
  }
  const verticals = page.rulings.filter((r) => r.axis === 'v');
  const grouped = groupLines(runs);
  const built = grouped.map((group) => buildLine(group, verticals, page.page));
  const kept = built.filter((line, i) => !isPageMark(line, page, i === 0 || i === built.length - 1));
  const margin = Math.min(...kept.map((l) => (l.box as Box)[0]));
  const pitch = typicalGap(kept);
  kept.forEach((line, i) => {
    const box = line.box as Box;
    const size = box[3] - box[1];
    line.indent = Math.max(0, Math.round((box[0] - margin) / Math.max(size, 1)));
    const before = kept[i - 1]?.box;
    line.gap = before && box[1] - before[3] > pitch + blankLineEm * size ? 1 : 0;
    if (i === 0) line.blockStart = true;
  });
  return kept;
}

/**
 * How many of a page's first lines are a copy of the previous page's last lines: a cell drawn on both
 * sides of a page break and clipped on each (see `spillMinChars`). The copy may be the whole page
 * (czj-2025-dept p8 holds nothing but the end of p7's last paragraph, drawn 438 pt higher); a whole page
 * equal to the one before at the same height is the document printing a page twice, and is kept.
 */
function spilledLines(before: readonly Line[], page: readonly Line[]): number {
  const limit = Math.min(before.length, page.length);
  for (let count = limit; count >= 1; count--) {
    const start = before.length - count;
    const offset = (page[0]?.box?.[1] ?? 0) - (before[start]?.box?.[1] ?? 0);
    let chars = 0;
    let i = 0;
    for (; i < count; i++) {
      const [line, copy] = [before[start + i] as Line, page[i] as Line];
      const [a, b] = [line.box, copy.box];
      if (
        !a ||
        !b ||
        copy.text !== line.text ||
        Math.abs(b[0] - a[0]) > spillTolerance ||
        Math.abs(b[1] - a[1] - offset) > spillTolerance
      )
        break;
      chars += line.text.length;
    }
    const repeatedPage = count === page.length && Math.abs(offset) <= spillTolerance;
    if (i === count && chars >= spillMinChars && !repeatedPage) return count;
  }
  return 0;
}

/** Runs into lines: a run joins the line whose vertical extent it overlaps by more than half its height. */
function groupLines(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.box[1] + a.box[3] - (b.box[1] + b.box[3]));
  const lines: { top: number; bottom: number; runs: Run[] }[] = [];
  for (const run of sorted) {
    const [, top, , bottom] = run.box;
    const height = Math.max(bottom - top, 0.1);
    let target: (typeof lines)[number] | undefined;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - lookback; i--) {
      const line = lines[i] as (typeof lines)[number];
      const overlap = Math.min(bottom, line.bottom) - Math.max(top, line.top);
      if (overlap > overlapShare * Math.min(height, line.bottom - line.top)) {
        target = line;
        break;
      }
    }
    if (target) {
      target.runs.push(run);
      target.top = Math.min(target.top, top);
      target.bottom = Math.max(target.bottom, bottom);
    } else lines.push({ top, bottom, runs: [run] });
  }
  return lines.map((l) => l.runs.sort((a, b) => a.box[0] - b.box[0]));
}

function buildLine(runs: Run[], verticals: Ruling[], page: number): Line {
  const cells: Cell[] = [];
  let text = '';
  let current: { runs: Run[]; text: string; words: Run[][] } | undefined;
  const flush = () => {
    if (!current) return;
    const box = union(current.runs.map((r) => r.box));
    const words =
      current.words.length > 1
        ? current.words.map((w) => ({
            text: w
              .map((r) => r.text)
              .join('')
              .trim(),
            box: union(w.map((r) => r.box)),
          }))
        : undefined;
    cells.push({ text: current.text.trim(), x0: box[0], x1: box[2], box, ...(words ? { words } : {}) });
  };
  let previous: Run | undefined;
  for (const run of runs) {
    const gap = previous ? run.box[0] - previous.box[2] : 0;
    const em = Math.max(run.size, previous?.size ?? 0, 1);
    const glue = previous && gap > spaceGapEm * em ? ' ' : '';
    text += glue + run.text;
    const numbersMeet =
      previous && gap > numberGapEm * em && DECIMALS_END.test(previous.text) && DIGIT_START.test(run.text);
    if (!current || !previous || gap > cellGapEm * em || numbersMeet || ruledBetween(previous, run, verticals)) {
      flush();
      current = { runs: [run], text: run.text, words: [[run]] };
    } else {
      current.runs.push(run);
      current.text += glue + run.text;
      if (glue) current.words.push([run]);
      else current.words.at(-1)?.push(run);
    }
    previous = run;
  }
  flush();
  return { text: text.trim(), cells, page, box: union(runs.map((r) => r.box)), gap: 0 };
}

/** A vertical ruling between two runs of a line (a cell border): they are never one cell. */
function ruledBetween(left: Run, right: Run, verticals: Ruling[]): boolean {
  const middle = (left.box[1] + left.box[3]) / 2;
  return verticals.some(
    (v) => v.at >= left.box[2] - 1 && v.at <= right.box[0] + 1 && v.from <= middle && v.to >= middle,
  );
}

/** A page number: in the top or bottom margin, or decorated ("- 3 -") as the first or last line of the page. */
function isPageMark(line: Line, page: PositionedPage, edge: boolean): boolean {
  const box = line.box as Box;
  const inMargin = box[3] < page.height * marginShare || box[1] > page.height * (1 - marginShare);
  const text = line.text.trim();
  return (inMargin && PAGE_MARK.test(text)) || (edge && DECORATED_PAGE_MARK.test(text));
}

/** The usual white space between consecutive lines of the page: more than that is a blank line. */
function typicalGap(lines: Line[]): number {
  const gaps: number[] = [];
  lines.forEach((line, i) => {
    const before = lines[i - 1]?.box;
    const gap = before && line.box ? line.box[1] - before[3] : 0;
    if (gap > 0) gaps.push(gap);
  });
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

export function union(boxes: readonly Box[]): Box {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    x0 = Math.min(x0, b[0]);
    y0 = Math.min(y0, b[1]);
    x1 = Math.max(x1, b[2]);
    y1 = Math.max(y1, b[3]);
  }
  return [x0, y0, x1, y1];
}
