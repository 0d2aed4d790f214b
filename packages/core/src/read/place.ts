import type { Line, Word } from '../layout/types.js';
import type { Box } from '../model/source.js';
import type { CellEvidence, RowSide } from '../model/table.js';
import type { CompiledTable } from '../templates/index.js';
import {
  amountCuts,
  CODE_HEADERS,
  codeAndName,
  isCodeToken,
  isNumberKind,
  ROW_NUMBER,
  startsWithDigit,
} from '../text/lexicon.js';
import { compact } from '../text/normalize.js';
import { type ColumnModel, evidenceOf, type ValueRegion } from './columns.js';

/**
 * The assignment stage: each word of a table line to its role and column, under one stated policy.
 *
 * - A word with its own box (glyph positions, or a whole run): a value (an amount, a bare number, a
 *   blank placeholder) goes to the value column holding its right end — amounts are right-aligned, so
 *   their right end is inside their column even where, without rulings, boundaries are estimates; digits
 *   there that make no amount are unreadable; a number left of the first value column of a coded table
 *   is a code (a code fused with its name is cut by the lexicon); anything else is a label, on the side
 *   (of a summary table) or in the block (of a table printed in blocks) where its centre is.
 * - Words cut from one run without glyph positions (they share the run's box): the run is laid over the
 *   stretches of the table it crosses — each value column it overlaps by `touchEm` or more, and the
 *   label stretches between — and its words are matched to them in order, values to value columns (one
 *   each), labels and codes to label stretches, the first word where the run starts and the last where
 *   it ends. When exactly one matching exists the words are placed by it (`cut`); when none or several
 *   do, the run is not guessed: it is reported unreadable, whole (like Camelot's split_text, which cuts
 *   a text box at column boundaries, but only where the characters say where).
 */

export type Role = 'value' | 'label' | 'code' | 'unreadable' | 'skip';

export interface Placed {
  text: string;
  box: Box;
  role: Role;
  /** Values (and unreadable digits in a value column): the column. */
  region?: ValueRegion;
  /** Labels: the side of a summary table they are on. */
  side: RowSide;
  /** Where the word stands for blocks and sides: its own centre, or the centre of the stretch it was matched to. */
  x: number;
  /** How it was placed: by its own box, or by matching the parts of a run cut without positions. */
  how: 'box' | 'cut';
  /** Values: what put it in its column (the column's weaker boundary, or the cut of its run). */
  evidence?: CellEvidence;
  /** The word was printed after white space in its cell (labels keep such a space between non-ideographs). */
  spaced: boolean;
  /** The words of one printed cell share an index (a label's parts from one cell keep their spaces). */
  cell: number;
  /**
   * Unreadable text that is one cell's value gone wrong (digits no cut makes two amounts of), not
   * several cells' run together: only that cell is in doubt.
   */
  alone?: boolean;
}

export interface PlaceSettings {
  /** A run touches a column when it overlaps it by this many em. */
  touchEm: number;
  /** Slack when an amount's right end is compared with a column's boundaries, points. */
  edgeSlack: number;
}

interface Stretch {
  from: number;
  to: number;
  region?: ValueRegion;
}

/** Every word of a line, placed. */
export function placeLine(line: Line, model: ColumnModel, table: CompiledTable, settings: PlaceSettings): Placed[] {
  const out: Placed[] = [];
  line.cells.forEach((cell, index) => {
    const words = cell.words ?? [
      {
        text: cell.text,
        box: cell.box ?? [cell.x0 ?? 0, 0, cell.x1 ?? 0, 0],
        kind: 'text',
        before: '',
        ends: 'both',
        run: -1,
      },
    ];
    for (let i = 0; i < words.length; ) {
      const word = words[i] as Word;
      let j = i + 1;
      if (word.ends !== 'both') while (j < words.length && (words[j] as Word).run === word.run) j++;
      const unit = words.slice(i, j);
      if (unit.length === 1 && word.ends === 'both') out.push(...placeWord(word, index, model, table, settings));
      else out.push(...placeRun(unit, index, model, table, settings));
      i = j;
    }
  });
  return out;
}

function placeWord(
  word: Word,
  cell: number,
  model: ColumnModel,
  table: CompiledTable,
  settings: PlaceSettings,
  stretch?: Stretch,
): Placed[] {
  const text = compact(word.text);
  const centre = stretch ? (stretch.from + stretch.to) / 2 : (word.box[0] + word.box[2]) / 2;
  const base = {
    text: word.text,
    box: word.box,
    side: sideAt(centre, model, table),
    x: centre,
    how: stretch ? ('cut' as const) : ('box' as const),
    spaced: word.before !== '',
    cell,
  };
  if (table.spec.codes && CODE_HEADERS.has(text)) return [{ ...base, role: 'skip' }];
  // A row's number in a 序号 or 行次 column: no code, no amount.
  if (ROW_NUMBER.test(text) && model.ordinals.some((s) => centre >= s.x0 && centre <= s.x1))
    return [{ ...base, role: 'skip' }];
  // The unit a row belongs to, in a 单位名称 or 单位编码 column: set aside (the row is keyed by its code).
  if (model.units.some((s) => centre >= s.x0 && centre <= s.x1)) return [{ ...base, role: 'skip' }];
  const region = stretch ? stretch.region : regionOf(word.box[2], model.values, settings);
  if (region && (isNumberKind(word.kind) || word.kind === 'blank'))
    return [
      {
        ...base,
        role: 'value',
        region,
        x: (region.left + region.right) / 2,
        evidence: stretch ? 'cut' : evidenceOf(region),
      },
    ];
  // Digits in a value column that make no amount: two cells' numbers run together, or a number cut.
  if (region && word.kind === 'numeric')
    return [{ ...base, role: 'unreadable', region, ...(amountCuts(text).length === 0 ? { alone: true } : {}) }];
  // A number left of the first value column of its block (tables printed in blocks have codes in each).
  if (table.spec.layout === 'grid' && startsWithDigit(text) && centre < firstValueOfBlock(centre, model)) {
    if (isCodeToken(text)) return [{ ...base, role: 'code' }];
    const fused = codeAndName(text);
    if (fused)
      return [
        { ...base, text: fused[0], role: 'code' },
        { ...base, text: fused[1], role: 'label', spaced: false },
      ];
  }
  return [{ ...base, role: 'label' }];
}

/** The left of the first value column of the block at x. */
function firstValueOfBlock(x: number, model: ColumnModel): number {
  const block = blockStarts(model).filter((start) => start <= x).length;
  return Math.min(...model.values.filter((v) => v.block === block).map((v) => v.left));
}

/** The words of one run cut without positions: matched in order to the stretches the run crosses. */
function placeRun(
  words: readonly Word[],
  cell: number,
  model: ColumnModel,
  table: CompiledTable,
  settings: PlaceSettings,
): Placed[] {
  const box = words[0]?.box as Box;
  const em = Math.max(1, box[3] - box[1]);
  const stretches = stretchesOf(box, model, settings.touchEm * em);
  const matching = match(words, stretches);
  if (!matching) {
    const text = words.map((w, i) => (i > 0 ? w.before : '') + w.text).join('');
    const region = stretches.find((s) => s.region)?.region;
    return [
      {
        text,
        box,
        role: 'unreadable',
        ...(region ? { region } : {}),
        side: sideAt((box[0] + box[2]) / 2, model, table),
        x: (box[0] + box[2]) / 2,
        how: 'cut',
        spaced: words[0]?.before !== '',
        cell,
      },
    ];
  }
  return words.flatMap((w, i) => placeWord(w, cell, model, table, settings, stretches[matching[i] as number]));
}

/**
 * The stretches of the table a run crosses, left to right: each value column it overlaps by at least
 * `touch`, and between them (and at the ends) the label stretches, parted where a summary table's sides
 * or a table's blocks meet.
 */
function stretchesOf(box: Box, model: ColumnModel, touch: number): Stretch[] {
  const [x0, , x1] = box;
  const regions = model.values
    .filter((v) => Math.min(x1, v.right) - Math.max(x0, v.left) >= Math.min(touch, x1 - x0))
    .sort((a, b) => a.left - b.left);
  const cuts = [model.sideSplit, ...blockStarts(model)].filter((x): x is number => x !== undefined && x > x0 && x < x1);
  const out: Stretch[] = [];
  const labelStretch = (from: number, to: number) => {
    const points = [from, ...cuts.filter((c) => c > from && c < to), to];
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i] as number, points[i + 1] as number];
      if (b - a >= Math.min(touch, x1 - x0)) out.push({ from: a, to: b });
    }
  };
  let at = x0;
  for (const region of regions) {
    const from = Math.max(x0, region.left);
    if (from > at) labelStretch(at, from);
    out.push({ from, to: Math.min(x1, region.right), region });
    at = Math.min(x1, region.right);
  }
  if (at < x1) labelStretch(at, x1);
  return out.length > 0 ? out : [{ from: x0, to: x1 }];
}

/** Each model's block starts: a page's model is asked for every word of its lines. */
const startsOfBlocks = new WeakMap<ColumnModel, number[]>();

/** Where each block of a table printed in blocks side by side begins (the first value column of each but the first). */
function blockStarts(model: ColumnModel): number[] {
  let starts = startsOfBlocks.get(model);
  if (!starts) {
    const blocks = new Set(model.values.map((v) => v.block));
    starts = [...blocks]
      .filter((b) => b > 0)
      .map((b) => Math.max(...model.values.filter((v) => v.block === b - 1).map((v) => v.right)))
      .filter(Number.isFinite);
    startsOfBlocks.set(model, starts);
  }
  return starts;
}

/**
 * The one order-keeping matching of words to stretches, or undefined when there is none or more than
 * one: a value word (an amount, a placeholder, digits that make none) to a value column, one at most
 * each; a label or a code to a label stretch, any number; a bare number to either (a code in the label
 * stretch, an amount in a column); the first word in the first stretch and the last in the last.
 */
function match(words: readonly Word[], stretches: readonly Stretch[]): number[] | undefined {
  const n = words.length;
  const m = stretches.length;
  const fits = (i: number, j: number, used: boolean): boolean => {
    const [w, s] = [words[i] as Word, stretches[j] as Stretch];
    if (!s.region) return w.kind !== 'amount' && w.kind !== 'numeric' && w.kind !== 'blank';
    return !used && (isNumberKind(w.kind) || w.kind === 'blank' || w.kind === 'numeric');
  };
  // How many matchings place words i… in stretches j… (word i in stretch j or later; `used`: stretch j
  // already holds a word), capped at 2: only "none", "one" and "several" matter.
  const memo = new Map<number, number>();
  const count = (i: number, j: number, used: boolean): number => {
    if (i === n) return j === m - 1 ? 1 : 0;
    if (j >= m) return 0;
    const key = (i * (m + 1) + j) * 2 + (used ? 1 : 0);
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let total = fits(i, j, used) ? count(i + 1, j, true) : 0;
    // The first word stays in the first stretch; later ones may move on.
    if (i > 0) total += count(i, j + 1, false);
    const capped = Math.min(total, 2);
    memo.set(key, capped);
    return capped;
  };
  if (count(0, 0, false) !== 1) return undefined;
  const out: number[] = [];
  let [i, j, used] = [0, 0, false];
  while (i < n) {
    if (fits(i, j, used) && count(i + 1, j, true) === 1) {
      out.push(j);
      i++;
      used = true;
    } else {
      j++;
      used = false;
    }
  }
  return out;
}

/**
 * The column of a value: the one holding its right end. Amounts are right-aligned in their cells, so
 * their right end is inside the column even where, without rulings, the boundaries are estimates.
 */
export function regionOf(
  right: number,
  regions: readonly ValueRegion[],
  settings: Pick<PlaceSettings, 'edgeSlack'>,
): ValueRegion | undefined {
  const end = right - settings.edgeSlack;
  return regions.find((v) => end >= v.left && end < v.right);
}

/** The side of a summary table at x (the income side left of the split). */
function sideAt(x: number, model: ColumnModel, table: CompiledTable): RowSide {
  if (table.spec.layout !== 'two_sided') return 'expenditure';
  return model.sideSplit !== undefined && x >= model.sideSplit ? 'expenditure' : 'income';
}
