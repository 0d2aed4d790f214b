import type { Diagnostic } from '../model/document.js';
import { problem } from '../model/problem.js';
import type { Box } from '../model/source.js';
import { compact } from '../text/normalize.js';
import type { PdfSettings } from './pdf-settings.js';
import type { PositionedDocument, PositionedItem, PositionedPage } from './pdf-types.js';
import { union } from './words.js';

/**
 * Text clipped by its box: words the PDF draws outside the clip area in force (a cell's text cut off
 * by the cell, the tail of a paragraph cut off by its text box), which a reader of the printed page
 * cannot see — what the official inspection calls 部分文字未正常显示. One diagnostic (`text_clipped`,
 * a warning) per block of clipped lines, with its page, box and words.
 *
 * Text printed again where it can be seen is no loss: a cell drawn on both sides of a page break (each
 * copy clipped to its page, swj-2025-dept pp3–4) shows on one page what it hides on the other. A
 * clipped line whose words print visibly on its own page or on the page before or after is such a
 * copy, and not reported.
 *
 * Nor is text off the page or beside everything the page prints (centre outside the page, or outside
 * the span of its visible text across): a sheet's cells beyond its print range, a merged cell's title
 * centred over columns printed on the page before — no box of the page's text cut it.
 */
export function clippedText(doc: PositionedDocument, settings: ClipSettings): Diagnostic[] {
  // A page's visible text is read only where a page beside it clips some (most documents clip none).
  const visible: VisibleText[] = [];
  const visibleOn = (i: number) => (visible[i] ??= visibleText(doc.pages[i] as PositionedPage, settings));
  const diagnostics: Diagnostic[] = [];
  doc.pages.forEach((page, i) => {
    const clipped = linesOf(page.clipped ?? [], settings);
    if (clipped.length === 0) return;
    const near = [i - 1, i, i + 1].filter((j) => j >= 0 && j < doc.pages.length).map(visibleOn);
    const across = visibleSpan(page);
    const lost = clipped.filter((l) => {
      const [x, y] = [(l.box[0] + l.box[2]) / 2, (l.box[1] + l.box[3]) / 2];
      const onPage = y >= 0 && y <= page.height && x >= across[0] && x <= across[1];
      const text = visibleHead(page, l, settings) + l.text;
      return onPage && !near.some((v) => v.contains(text));
    });
    for (const block of blocksOf(lost, settings))
      diagnostics.push({
        ...problem('text_clipped', { page: page.page, text: block.map((l) => l.text).join('') }),
        severity: 'warning',
        source: { page: page.page, box: union(block.map((l) => l.box)) },
      });
  });
  return diagnostics;
}

type ClipSettings = PdfSettings['clipping'];

interface ClippedLine {
  text: string;
  box: Box;
  size: number;
}

/** The page's visible text, as drawn and as read line by line (a copy may be drawn in either order). */
interface VisibleText {
  contains(text: string): boolean;
}

function visibleText(page: PositionedPage, settings: ClipSettings): VisibleText {
  const drawn = page.items.map((i) => compact(i.text)).join('');
  const read = linesOf(page.items, settings)
    .map((l) => l.text)
    .join('');
  return { contains: (text) => drawn.includes(text) || read.includes(text) };
}

/**
 * The visible text a clipped line goes on from: the visible item on its baseline that ends where it
 * starts (within `headSlackEm`). A cell's name cut at the cell's edge leaves its head visible and a
 * glyph or two clipped; those glyphs alone ("出") print somewhere on most pages, the name whole nowhere.
 */
function visibleHead(page: PositionedPage, line: ClippedLine, settings: ClipSettings): string {
  const slack = settings.headSlackEm * line.size;
  const head = page.items.find(
    (i) =>
      Math.abs(i.box[3] - line.box[3]) <= slack && Math.abs(i.box[2] - line.box[0]) <= slack && compact(i.text) !== '',
  );
  return head ? compact(head.text) : '';
}

/** From the left end of the page's leftmost visible text to the right end of its rightmost, within the page. */
function visibleSpan(page: PositionedPage): [number, number] {
  const items = page.items.filter((i) => compact(i.text) !== '');
  if (items.length === 0) return [0, page.width];
  return [
    Math.max(0, Math.min(...items.map((i) => i.box[0]))),
    Math.min(page.width, Math.max(...items.map((i) => i.box[2]))),
  ];
}

/** Items on one baseline (within `baselineEm` of their size), left to right, as lines top to bottom; blank text left out. */
function linesOf(items: readonly PositionedItem[], settings: ClipSettings): ClippedLine[] {
  const sorted = items.filter((i) => compact(i.text) !== '').sort((a, b) => a.box[3] - b.box[3] || a.box[0] - b.box[0]);
  const lines: { items: PositionedItem[]; bottom: number; size: number }[] = [];
  for (const item of sorted) {
    const line = lines.find(
      (l) => Math.abs(l.bottom - item.box[3]) <= settings.baselineEm * Math.min(l.size, item.size),
    );
    if (line) line.items.push(item);
    else lines.push({ items: [item], bottom: item.box[3], size: item.size });
  }
  return lines.map((l) => {
    const items = l.items.sort((a, b) => a.box[0] - b.box[0]);
    return { text: compact(items.map((i) => i.text).join('')), box: union(items.map((i) => i.box)), size: l.size };
  });
}

/** Lines that follow each other (within `blockGapEm`) and overlap across: one paragraph's or cell's tail. */
function blocksOf(lines: readonly ClippedLine[], settings: ClipSettings): ClippedLine[][] {
  const blocks: ClippedLine[][] = [];
  for (const line of lines) {
    const block = blocks.at(-1);
    const last = block?.at(-1);
    const follows =
      last !== undefined &&
      line.box[1] - last.box[3] <= settings.blockGapEm * Math.max(line.size, last.size) &&
      Math.min(line.box[2], last.box[2]) > Math.max(line.box[0], last.box[0]);
    if (block && follows) block.push(line);
    else blocks.push([line]);
  }
  return blocks;
}
