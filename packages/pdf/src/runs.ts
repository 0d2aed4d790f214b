import type { PositionedItem } from '@hezhang/core';
import type { Rect } from './geometry.js';
import type { Glyph } from './interpret.js';
import type { ExtractSettings } from './settings.js';

/**
 * Glyphs into runs: consecutive glyphs (in drawing order) on one baseline, in one font, size and
 * weight, equally visible, with no gap between them wider than `runs.gapEm` — nothing more is glued
 * here; core joins runs into cells by their gaps and the rulings between them. A gap in which the PDF
 * draws a space glyph, up to `runs.wordGapEm`, keeps the run and is written as one " " (two words of
 * one phrase); every other space — TJ gaps, word spacing, runs of spaces for alignment — is a position
 * only, between two runs.
 *
 * Each run carries `edges`, where each UTF-16 code unit starts and where the run ends, for runs that
 * read left to right on the displayed page (the code units of one glyph share its advance evenly; a
 * space spans the gap it stands for). Runs in any other direction carry their box only.
 */

export type RunSettings = ExtractSettings['runs'];

export interface Runs {
  items: PositionedItem[];
  clipped: PositionedItem[];
  hidden: PositionedItem[];
}

interface Open {
  first: Glyph;
  last: Glyph;
  text: string;
  edges: number[];
  box: Rect;
}

export function buildRuns(glyphs: readonly Glyph[], s: RunSettings): Runs {
  const out: Runs = { items: [], clipped: [], hidden: [] };
  let run: Open | undefined;
  /** Space glyphs drawn since the last glyph: they may stand in the gap before the next one. */
  let spaces: Glyph[] = [];
  const close = () => {
    if (!run) return;
    const item = toItem(run);
    if (item)
      (run.first.visibility === 'clipped'
        ? out.clipped
        : run.first.visibility === 'hidden'
          ? out.hidden
          : out.items
      ).push(item);
    run = undefined;
  };
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i] as Glyph;
    if (glyph.space) {
      spaces.push(glyph);
      continue;
    }
    const join = run ? joins(run, glyph, spaces, s) : undefined;
    if (run && join) append(run, glyph, join === 'space');
    else {
      close();
      run = open(glyph);
    }
    if (spaces.length > 0) spaces = [];
  }
  close();
  return out;
}

/** How `glyph` continues `run`: directly, after a drawn space, or not at all (undefined). */
function joins(run: Open, glyph: Glyph, spaces: readonly Glyph[], s: RunSettings): 'direct' | 'space' | undefined {
  const first = run.first;
  const last = run.last;
  if (
    glyph.visibility !== first.visibility ||
    glyph.font !== first.font ||
    glyph.bold !== first.bold ||
    glyph.vertical !== first.vertical ||
    Math.abs(glyph.size - first.size) > s.sizeShare * Math.max(glyph.size, first.size) ||
    Math.abs(glyph.advance[0] - first.advance[0]) > s.directionSlack ||
    Math.abs(glyph.advance[1] - first.advance[1]) > s.directionSlack
  )
    return undefined;
  const em = Math.max(glyph.size, last.size);
  const dx = first.advance[0];
  const dy = first.advance[1];
  if (across(dx, dy, glyph.start, last.start) > s.baselineEm * em) return undefined;
  const gap = along(dx, dy, glyph.start, last.end);
  if (gap < -s.backEm * em) return undefined;
  if (gap <= s.gapEm * em) return 'direct';
  if (gap > s.wordGapEm * em) return undefined;
  const slack = s.gapEm * em;
  const drawn = spaces.some(
    (space) =>
      across(dx, dy, space.start, last.start) <= s.baselineEm * em &&
      along(dx, dy, space.start, last.end) >= -slack &&
      along(dx, dy, space.end, glyph.start) <= slack,
  );
  return drawn ? 'space' : undefined;
}

// Plain functions, not closures made per glyph (this runs once per glyph: see interpret.ts' showText).
/** How far `p` lies from the baseline through `origin` running along (dx, dy). */
function across(dx: number, dy: number, p: readonly number[], origin: readonly number[]): number {
  return Math.abs(dx * ((p[1] as number) - (origin[1] as number)) - dy * ((p[0] as number) - (origin[0] as number)));
}

/** How far `p` lies from `from` along (dx, dy). */
function along(dx: number, dy: number, p: readonly number[], from: readonly number[]): number {
  return dx * ((p[0] as number) - (from[0] as number)) + dy * ((p[1] as number) - (from[1] as number));
}

function open(glyph: Glyph): Open {
  const run: Open = { first: glyph, last: glyph, text: '', edges: [], box: [...glyph.box] };
  pushText(run, glyph);
  return run;
}

function append(run: Open, glyph: Glyph, space: boolean): void {
  if (space) {
    run.text += ' ';
    run.edges.push(run.last.end[0]);
  }
  run.box = [
    Math.min(run.box[0], glyph.box[0]),
    Math.min(run.box[1], glyph.box[1]),
    Math.max(run.box[2], glyph.box[2]),
    Math.max(run.box[3], glyph.box[3]),
  ];
  run.last = glyph;
  pushText(run, glyph);
}

/** The glyph's code units, starting evenly along its advance. */
function pushText(run: Open, glyph: Glyph): void {
  const n = glyph.text.length;
  const x0 = glyph.start[0];
  const x1 = glyph.end[0];
  for (let i = 0; i < n; i++) run.edges.push(x0 + ((x1 - x0) * i) / n);
  run.text += glyph.text;
}

function toItem(run: Open): PositionedItem | undefined {
  if (run.text === '') return undefined;
  const { first } = run;
  const item: PositionedItem = { text: run.text, box: run.box, font: first.font, size: first.size, bold: first.bold };
  // x-positions mean something only for runs that read left to right on the displayed page.
  const [dx, dy] = first.advance;
  if (!first.vertical && dx > Math.abs(dy)) {
    const edges = run.edges;
    edges.push(run.last.end[0]);
    for (let i = 1; i < edges.length; i++)
      if ((edges[i] as number) < (edges[i - 1] as number)) edges[i] = edges[i - 1] as number;
    item.edges = edges;
  }
  if (first.visibility === 'ocr') item.ocr = true;
  return item;
}
