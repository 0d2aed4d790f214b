import type { Box } from '../model/source.js';
import { TOTAL_WORDS } from '../text/lexicon.js';
import { compact } from '../text/normalize.js';
import { PDF_SETTINGS, type PdfSettings } from './pdf-settings.js';
import type { PositionedDocument, PositionedPage } from './pdf-types.js';
import { normalizeRulings } from './rulings.js';
import type { Layout, Line } from './types.js';
import { buildLine, type Run, runOf } from './words.js';
import { joinWrappedAmounts } from './wrapped-amounts.js';

export { union } from './words.js';

/**
 * Positioned PDF text into lines of words and cells (geometry mode). Items whose vertical extents
 * overlap form a line; the word stage (words.ts) cuts and joins its text into words and groups them
 * into cells. Columns are not decided here: the table readers map words to columns with the table's
 * own headers and rulings (read/geometry).
 */

type LineSettings = PdfSettings['lines'];
/** Page numbers and running marks in the top or bottom margin: "3", "- 3 -", "第3页", "3/26". */
const PAGE_MARK = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
/** Marks that are page numbers wherever the page prints them: "- 3 -", "第3页", "3/26" (a bare "3" only in the margin). */
const DECORATED_PAGE_MARK = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/**
 * The document's lines. `vocabulary`: the words letter-spacing may spread over a cell (the totals, the
 * templates' header words).
 */
export function positionedLayout(
  doc: PositionedDocument,
  settings: PdfSettings = PDF_SETTINGS,
  vocabulary: ReadonlySet<string> = new Set(TOTAL_WORDS),
): Layout {
  const lines: Line[] = [];
  const rulings = new Map<number, ReturnType<typeof normalizeRulings>>();
  let previous: Line[] = [];
  const pages = doc.pages.map((page) => {
    const whole = { ...page, rulings: normalizeRulings(page.rulings, settings.rulings) };
    rulings.set(page.page, whole.rulings);
    return { page, lines: pageLines(whole, settings.lines, vocabulary) };
  });
  const running = runningMarks(pages, settings.lines);
  const own = pages.map(({ page, lines: all }) => ({ page: page.page, lines: all.filter((l) => !running.has(l)) }));
  const repeats = printedAgain(own, settings.lines);
  for (const { page, lines: printed } of own) {
    if (repeats.has(page)) {
      previous = printed;
      continue;
    }
    if (printed[0]) printed[0].blockStart = true;
    const spilled = spilledLines(previous, printed, settings.lines);
    const kept = printed.slice(spilled);
    if (spilled > 0 && kept[0]) kept[0].blockStart = true;
    lines.push(...kept);
    previous = printed;
  }
  const repeated = repeats.size > 0 ? { repeatedPages: repeats } : {};
  return { format: 'positioned', mode: 'geometry', lines, pages: doc.pages.length, rulings, ...repeated };
}

/**
 * Pages printed again (page → the page it prints), as a file assembled with a page or a run of pages
 * twice prints them: twice in a row. A page is a twin of an earlier one when its lines are that page's
 * (`samePlaces`). It is printed again when it follows its twin or a copy of it (at least
 * `repeatedPageMinChars`: a blank page's few words may repeat), when it follows the copy of the page
 * before its twin (the next page of a run printed again), or when it opens a run of pages (as many
 * characters at least, `repeatedRunMaxPages` at most) equal to the run right before them. A twin elsewhere is kept: two tables whose
 * rows are the same (支出预算总表 and 一般公共预算支出功能分类预算表 when every expense is the general
 * budget's) print equal continuation pages, each after its own table's head.
 */
function printedAgain(pages: readonly { page: number; lines: readonly Line[] }[], settings: LineSettings) {
  const byText = new Map<string, { page: number; lines: readonly Line[] }[]>();
  // Each page's first twin (itself when none), and its characters.
  const twin: number[] = [];
  const chars: number[] = [];
  for (const { page, lines } of pages) {
    const text = lines.map((l) => l.text).join('\n');
    const seen = byText.get(text) ?? [];
    const earlier = seen.find((s) => samePlaces(s.lines, lines, settings.spillTolerance));
    twin.push(earlier?.page ?? page);
    chars.push(compact(text).length);
    if (!earlier) byText.set(text, [...seen, { page, lines }]);
  }
  const { repeatedPageMinChars: enough } = settings;
  const index = new Map(pages.map(({ page }, i) => [page, i]));
  const repeats = new Map<number, number>();
  // The `length` pages from the i-th equal the `length` pages before them, with enough text among them.
  const opensRun = (i: number, length: number) => {
    let text = 0;
    for (let t = 0; t < length; t++) {
      if (i + t >= pages.length || twin[i + t] !== twin[i - length + t]) return false;
      text += chars[i + t] as number;
    }
    return text >= enough;
  };
  pages.forEach(({ page }, i) => {
    if (twin[i] === page || i === 0) return;
    const before = pages[i - 1]?.page as number;
    const copied = repeats.get(before);
    // The page before printed again: this one, if it is the page after that one's original.
    if (copied !== undefined && twin[i] === twin[index.get(copied + 1) ?? -1]) repeats.set(page, copied + 1);
    else if (twin[i] === twin[i - 1] && (chars[i] as number) >= enough) repeats.set(page, before);
    else {
      const longest = Math.min(i, settings.repeatedRunMaxPages);
      const length = Array.from({ length: longest }, (_, k) => longest - k).find((n) => opensRun(i, n));
      if (length !== undefined) repeats.set(page, pages[i - length]?.page as number);
    }
  });
  return repeats;
}

/** Lines of equal text printed at the same places (their left and top edges), within `tolerance` pt. */
function samePlaces(a: readonly Line[], b: readonly Line[], tolerance: number): boolean {
  return a.every((line, i) => {
    const [p, q] = [line.box, b[i]?.box];
    return (
      p !== undefined && q !== undefined && Math.abs(p[0] - q[0]) <= tolerance && Math.abs(p[1] - q[1]) <= tolerance
    );
  });
}

function pageLines(page: PositionedPage, settings: LineSettings, vocabulary: ReadonlySet<string>): Line[] {
  const runs = joinWrappedAmounts(
    page.items.flatMap((item, i) => runOf(item, i) ?? []),
    page.rulings,
    settings,
  );
  const verticals = page.rulings.filter((r) => r.axis === 'v');
  const grouped = groupLines(runs, settings);
  const built = grouped.map((group) => buildLine(group, verticals, page.page, settings, vocabulary));
  const kept = built.filter((line, i) => !isPageMark(line, page, i === 0 || i === built.length - 1, settings));
  const margin = Math.min(...kept.map((l) => (l.box as Box)[0]));
  const pitch = typicalGap(kept);
  const { blankLineEm } = settings;
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
 * equal to the one before at the same height is the document printing a page twice (`printedAgain`).
 */
function spilledLines(before: readonly Line[], page: readonly Line[], settings: LineSettings): number {
  const { spillTolerance, spillMinChars } = settings;
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
function groupLines(runs: Run[], settings: LineSettings): Run[][] {
  const { overlapShare, lookback, minHeight } = settings;
  const sorted = [...runs].sort((a, b) => a.box[1] + a.box[3] - (b.box[1] + b.box[3]));
  const lines: { top: number; bottom: number; runs: Run[] }[] = [];
  for (const run of sorted) {
    const [, top, , bottom] = run.box;
    const height = Math.max(bottom - top, minHeight);
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

/** A page number: in the top or bottom margin, or decorated ("- 3 -") as the first or last line of the page. */
function isPageMark(line: Line, page: PositionedPage, edge: boolean, settings: LineSettings): boolean {
  const { marginShare } = settings;
  const box = line.box as Box;
  const inMargin = box[3] < page.height * marginShare || box[1] > page.height * (1 - marginShare);
  const text = line.text.trim();
  return (inMargin && PAGE_MARK.test(text)) || (edge && DECORATED_PAGE_MARK.test(text));
}

/**
 * Running heads and feet: a page's first line near its top edge or last line near its bottom edge, one
 * cell, whose text (digits masked: a page number may be part of it) recurs at the same height on enough
 * of the document's pages (see `runningMarkShare`). Dropped like page numbers: they are no part of the
 * text, and a running head would end a table at every page break. The first head is kept: a table's
 * title printed on every page of a file holding that table only looks the same, and its first print
 * opens the table (a title repeated after it is read as a repeat either way).
 */
function runningMarks(pages: readonly { page: PositionedPage; lines: Line[] }[], settings: LineSettings): Set<Line> {
  const { runningMarkShare, runningMarkPages, runningMarkEm } = settings;
  const candidates = pages.flatMap(({ page, lines }) =>
    (['head', 'foot'] as const).flatMap((at) => {
      const line = at === 'head' ? lines[0] : lines.at(-1);
      if (line?.cells.length !== 1 || (at === 'foot' && lines.length === 1)) return [];
      const box = line.box as Box;
      const near =
        at === 'head' ? box[3] < page.height * runningMarkShare : box[1] > page.height * (1 - runningMarkShare);
      return near ? [{ line, at }] : [];
    }),
  );
  const key = (line: Line) => compact(line.text).replace(/\d+/g, '#');
  const marks = new Set<Line>();
  for (const { line, at } of candidates) {
    const box = line.box as Box;
    const same = candidates.filter(
      (other) =>
        other.at === at &&
        key(other.line) === key(line) &&
        Math.abs((other.line.box as Box)[1] - box[1]) <= runningMarkEm * (box[3] - box[1]),
    );
    const pagesWith = new Set(same.map((c) => c.line.page)).size;
    const first = at === 'head' && same[0]?.line === line;
    if (pagesWith >= 3 && pagesWith >= runningMarkPages * pages.length && !first) marks.add(line);
  }
  return marks;
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
