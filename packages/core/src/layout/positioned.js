import { normalizeText } from '../text/normalize.js';

/**
 * Positioned PDF text into lines of cells (geometry mode). Items whose vertical extents overlap form a
 * line; within a line, items close together form a cell, and a gap wider than a glyph or a vertical
 * ruling between them starts a new one. Columns are not decided here: the table readers map cells
 * to columns with the table's own headers and rulings (read/geometry).
 */
/** Gap between two items, in ems of the font, above which they are separate cells. */
const CELL_GAP_EM = 0.5;
/** Gap in ems above which two runs of one cell are joined by a space. */
const SPACE_GAP_EM = 0.25;
/** Page numbers and running marks in the top or bottom margin: "3", "- 3 -", "第3页", "3/26". */
const PAGE_MARK = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
const MARGIN_SHARE = 0.08;
export function positionedLayout(doc) {
  const lines = [];
  const rulings = new Map();
  for (const page of doc.pages) {
    rulings.set(page.page, page.rulings);
    lines.push(...pageLines(page));
  }
  return { format: 'positioned', mode: 'geometry', lines, pages: doc.pages.length, rulings };
}
function pageLines(page) {
  const runs = [];
  for (const item of page.items) {
    const text = normalizeText(item.text);
    if (text.trim() === '') continue;
    runs.push({ text, box: item.box, size: item.size > 0 ? item.size : item.box[3] - item.box[1] });
  }
  const verticals = page.rulings.filter((r) => r.axis === 'v');
  const grouped = groupLines(runs);
  const built = grouped.map((group) => buildLine(group, verticals, page.page));
  const kept = built.filter((line) => !isPageMark(line, page));
  const margin = Math.min(...kept.map((l) => l.box[0]));
  const pitch = typicalGap(kept);
  kept.forEach((line, i) => {
    const box = line.box;
    const size = box[3] - box[1];
    line.indent = Math.max(0, Math.round((box[0] - margin) / Math.max(size, 1)));
    const before = kept[i - 1]?.box;
    line.gap = before && box[1] - before[3] > pitch + 0.8 * size ? 1 : 0;
    if (i === 0) line.blockStart = true;
  });
  return kept;
}
/** Runs into lines: a run joins the line whose vertical extent it overlaps by more than half its height. */
function groupLines(runs) {
  const sorted = [...runs].sort((a, b) => a.box[1] + a.box[3] - (b.box[1] + b.box[3]));
  const lines = [];
  for (const run of sorted) {
    const [, top, , bottom] = run.box;
    const height = Math.max(bottom - top, 0.1);
    let target;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 3; i--) {
      const line = lines[i];
      const overlap = Math.min(bottom, line.bottom) - Math.max(top, line.top);
      if (overlap > 0.5 * Math.min(height, line.bottom - line.top)) {
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
function buildLine(runs, verticals, page) {
  const cells = [];
  let text = '';
  let current;
  const flush = () => {
    if (!current) return;
    const box = union(current.runs.map((r) => r.box));
    cells.push({ text: current.text.trim(), x0: box[0], x1: box[2], box });
  };
  let previous;
  for (const run of runs) {
    const gap = previous ? run.box[0] - previous.box[2] : 0;
    const em = Math.max(run.size, previous?.size ?? 0, 1);
    const glue = previous && gap > SPACE_GAP_EM * em ? ' ' : '';
    text += glue + run.text;
    if (!current || !previous || gap > CELL_GAP_EM * em || ruledBetween(previous, run, verticals)) {
      flush();
      current = { runs: [run], text: run.text };
    } else {
      current.runs.push(run);
      current.text += glue + run.text;
    }
    previous = run;
  }
  flush();
  return { text: text.trim(), cells, page, box: union(runs.map((r) => r.box)), gap: 0 };
}
/** A vertical ruling between two runs of a line (a cell border): they are never one cell. */
function ruledBetween(left, right, verticals) {
  const middle = (left.box[1] + left.box[3]) / 2;
  return verticals.some(
    (v) => v.at >= left.box[2] - 1 && v.at <= right.box[0] + 1 && v.from <= middle && v.to >= middle,
  );
}
function isPageMark(line, page) {
  const box = line.box;
  const inMargin = box[3] < page.height * MARGIN_SHARE || box[1] > page.height * (1 - MARGIN_SHARE);
  return inMargin && PAGE_MARK.test(line.text.trim());
}
/** The usual white space between consecutive lines of the page: more than that is a blank line. */
function typicalGap(lines) {
  const gaps = [];
  lines.forEach((line, i) => {
    const before = lines[i - 1]?.box;
    const gap = before && line.box ? line.box[1] - before[3] : 0;
    if (gap > 0) gaps.push(gap);
  });
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}
export function union(boxes) {
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
//# sourceMappingURL=positioned.js.map
