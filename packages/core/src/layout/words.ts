import type { Box } from '../model/source.js';
import {
  amountCodeParts,
  amountCuts,
  endsInDecimals,
  gluedParts,
  isLeadGroup,
  isNextGroup,
  isSingleIdeograph,
  spaceGrouped,
  startsWithDigit,
  tokenKind,
} from '../text/lexicon.js';
import { isSpaceCode, normalizeText } from '../text/normalize.js';
import type { PdfSettings } from './pdf-settings.js';
import type { PositionedItem, Ruling } from './pdf-types.js';
import type { Cell, Line, Word } from './types.js';

/**
 * The word-and-cell stage: a line's runs of text into words and provisional cells, once, before any
 * classifier sees the text.
 *
 * A word ends at white space, at a vertical ruling between two characters, and where the lexicon cuts
 * text run together — an amount glued to a label ("96,282,213.44二、社会保障和就业支出") or to a 类 code ("0.31310"), two amounts
 * printed alike with nothing between them ("0.390.00"), cut only where exactly one cut makes two amounts.
 * Letter-spaced words ("合　　计", "收 入 总 计", "项 … 目" far apart in a header) become one word when
 * their characters together make a word of the vocabulary. Where the run carries its glyphs' positions
 * (`edges`) every word has its own box; where it does not, only the run's ends are known: a run cut
 * into several words gives them the run's box and says which of their ends is known (`Word.ends`), and
 * the table reader's assignment policy (read/place.ts) places them or reports them — widths inside a
 * run are never guessed.
 *
 * Cells group the words of a line by geometry only: a gap wider than `cellGapEm`, a vertical ruling
 * between them, or an amount ending in its decimals followed by a number ("312.45" "302": a block of a
 * table printed beside another). The lexicon's cuts make words, not cells: a prose line stays one cell.
 */

/** A run of text as the word stage reads it: normalised, with its characters' positions when known. */
export interface Run {
  text: string;
  box: Box;
  size: number;
  bold: boolean;
  /** Where each character starts, then where the run ends (`text.length + 1` values), when known. */
  edges?: number[];
  /** Position of the run on its page (ties the words cut from it without positions together). */
  id: number;
}

/** An item as a run: its text normalised (look-alikes mapped character by character, keeping the edges). */
export function runOf(item: PositionedItem, id: number): Run | undefined {
  const size = item.size > 0 ? item.size : item.box[3] - item.box[1];
  const { text, edges } = normalised(item);
  if (text.trim() === '') return undefined;
  // Literals, not spreads: the stage makes one of these per run (and per word below), and every one
  // of a kind then has the same shape.
  const bold = item.bold === true;
  return edges ? { box: item.box, size, bold, id, text, edges } : { box: item.box, size, bold, id, text };
}

function normalised(item: PositionedItem): { text: string; edges?: number[] } {
  const { text, edges } = item;
  if (!edges || edges.length !== text.length + 1) return { text: normalizeText(text) };
  let out = '';
  const xs: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const unit = code > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + unit);
    const mapped = asPrinted(code) ? ch : normalizeText(ch);
    const a = edges[i] as number;
    const b = edges[i + unit] as number;
    for (let k = 0; k < mapped.length; k++) xs.push(a + ((b - a) * k) / mapped.length);
    out += mapped;
    i += unit;
  }
  xs.push(edges[text.length] as number);
  // The contextual fixes (separators between digits) keep the length; anything else loses the edges.
  const fixed = normalizeText(out);
  return fixed.length === out.length ? { text: fixed, edges: xs } : { text: fixed };
}

/**
 * Characters normalisation leaves as they are (printable ASCII, CJK punctuation, unified ideographs):
 * most of a run, spared a call each.
 */
function asPrinted(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0x3000 && code <= 0x303f) || (code >= 0x4e00 && code <= 0x9fff);
}

/** Settings the stage reads. */
export type WordSettings = PdfSettings['lines'];

/** A piece of a run on its way to a word: its text, and its characters' x-positions when known. */
interface Piece {
  text: string;
  run: Run;
  /** x of each character's start, then the piece's end; undefined without glyph positions. */
  xs?: number[];
  before: string;
  /** What parted it from the piece before it in its run: white space, the lexicon, or a cell border (a ruling, a wide jump). */
  parted?: 'space' | 'lexicon' | 'cell';
  /** Which of the piece's ends are the run's ends (without positions only those are known). */
  first: boolean;
  last: boolean;
  /** With positions: the last character's end is unknown (the run jumped on after it). */
  openEnd?: boolean;
}

/**
 * Builds one line from its runs (left to right): words, then cells. `words` is the vocabulary that
 * letter-spacing may spread (totals, the templates' header words).
 */
export function buildLine(
  runs: readonly Run[],
  verticals: readonly Ruling[],
  page: number,
  settings: WordSettings,
  vocabulary: ReadonlySet<string>,
): Line {
  const pieces: Piece[] = [];
  let previous: Run | undefined;
  let pending = '';
  for (const run of runs) {
    const em = Math.max(run.size, previous?.size ?? 0, 1);
    const gap = previous ? run.box[0] - previous.box[2] : 0;
    const glue = previous && gap > settings.spaceGapEm * em ? ' ' : '';
    const own = splitRun(run, verticals, settings);
    if (own[0]) own[0].before = pending + glue + (own[0].before ?? '');
    pending = trailingSpace(run.text);
    pieces.push(...own);
    previous = run;
  }
  const words = joinGroups(
    joinTouching(
      joinSpaced(pieces.flatMap(lexiconCuts).map(toWord), verticals, settings, vocabulary),
      verticals,
      settings,
    ),
    verticals,
    settings,
  );
  const cells = cellsOf(words, verticals, settings);
  const box = union(runs.map((r) => r.box));
  const text = words
    .map((w) => w.before + w.text)
    .join('')
    .trim();
  const chars = runs.map((r) => printedLength(r.text));
  const total = chars.reduce((a, b) => a + b, 0) || 1;
  const size = weightedMedian(
    runs.map((r) => r.size),
    chars,
  );
  const bold = runs.reduce((n, r, i) => n + (r.bold ? (chars[i] as number) : 0), 0) * 2 > total;
  return { text, cells, page, box, gap: 0, size, ...(bold ? { bold } : {}) };
}

function trailingSpace(text: string): string {
  return /[\s\u3000]*$/.exec(text)?.[0] ?? '';
}

/**
 * A run into pieces at its white space and, where its characters' positions are known, where it jumps:
 * a vertical ruling between two characters (a character is at least `minGlyphEm` wide: the ruling
 * after it, not inside it), or a character's span wider than a glyph can be (`maxGlyphEm`) — the run
 * moved on after it (a cell border inside one show-text operation); that character's end is then unknown.
 */
function splitRun(run: Run, verticals: readonly Ruling[], settings: WordSettings): Piece[] {
  const out: Piece[] = [];
  const { text, edges } = run;
  const middle = (run.box[1] + run.box[3]) / 2;
  const em = Math.max(run.size, 1);
  const lead = firstNonSpace(text);
  // Only the rulings across the run's middle can part it.
  const across = verticals.filter((v) => v.from <= middle && v.to >= middle);
  let start = -1;
  let before = '';
  let parted: Piece['parted'];
  const close = (end: number, openEnd = false) => {
    if (start < 0) return;
    out.push({
      text: text.slice(start, end),
      run,
      ...(edges ? { xs: edges.slice(start, end + 1) } : {}),
      before,
      ...(out.length > 0 && parted ? { parted } : {}),
      first: start === lead,
      last: false,
      ...(openEnd ? { openEnd } : {}),
    });
    start = -1;
    before = '';
    parted = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      close(i);
      if (i >= lead) {
        before += text[i];
        parted ??= 'space';
      }
      continue;
    }
    if (start >= 0 && edges) {
      const a = edges[i - 1] as number;
      const b = edges[i] as number;
      const ruled = rulingWithin(across, a + settings.minGlyphEm * em, b + settings.rulingSlack);
      const jump = b - a > (settings.maxGlyphEm + settings.spaceGapEm) * em;
      if (ruled || jump) {
        close(i, jump);
        parted = ruled || b - a > (settings.maxGlyphEm + settings.cellGapEm) * em ? 'cell' : 'space';
        if (parted === 'space') before = ' ';
      }
    }
    if (start < 0) start = i;
  }
  close(text.length);
  const last = out.at(-1);
  if (last) last.last = true;
  return out;
}

/** A ruling of these at x between `from` and `to` (asked between every two characters of a run: a plain loop). */
function rulingWithin(rulings: readonly Ruling[], from: number, to: number): boolean {
  for (let k = 0; k < rulings.length; k++) {
    const at = (rulings[k] as Ruling).at;
    if (at >= from && at <= to) return true;
  }
  return false;
}

function firstNonSpace(text: string): number {
  return text.length - text.replace(/^[\s\u3000]+/, '').length;
}

/**
 * The lexicon's cuts of one piece: an amount glued to a label or to a 类 code, and two amounts run
 * together where exactly one cut makes two amounts printed alike.
 */
function lexiconCuts(piece: Piece): Piece[] {
  const at = (index: number): [Piece, Piece] => [
    {
      ...piece,
      text: piece.text.slice(0, index),
      ...(piece.xs ? { xs: piece.xs.slice(0, index + 1) } : {}),
      last: false,
      openEnd: false,
    },
    {
      ...piece,
      text: piece.text.slice(index),
      ...(piece.xs ? { xs: piece.xs.slice(index) } : {}),
      before: '',
      parted: 'lexicon',
      first: false,
    },
  ];
  const glued = gluedParts(piece.text);
  if (glued) {
    const [left, right] = at(glued[0].length);
    return [...lexiconCuts(left), ...lexiconCuts(right)];
  }
  const coded = amountCodeParts(piece.text);
  if (coded) return at(coded[0].length);
  if (tokenKind(piece.text) === 'numeric') {
    const cuts = amountCuts(piece.text);
    if (cuts.length === 1) return at(cuts[0] as number);
  }
  return [piece];
}

function toWord(piece: Piece): Word {
  const { run, xs } = piece;
  const [, y0, , y1] = run.box;
  const { text, before, parted } = piece;
  const kind = tokenKind(text);
  const box: Box = xs ? [xs[0] as number, y0, xs.at(-1) as number, y1] : run.box;
  const ends: Word['ends'] = xs ? (piece.openEnd ? 'start' : 'both') : runEnds(piece);
  return parted
    ? { text, kind, before, run: run.id, parted, box, ends }
    : { text, kind, before, run: run.id, box, ends };
}

/** Without positions, which of a piece's ends are known: those that are its run's. */
function runEnds(piece: Piece): Word['ends'] {
  return piece.first && piece.last ? 'both' : piece.first ? 'start' : piece.last ? 'end' : 'none';
}

/**
 * Letter-spacing undone: consecutive single ideographs of a line, no ruling between them and at most
 * `spacedWordEm` apart, whose characters together make a word of the vocabulary ("合　　计", "项 … 目"),
 * become that word (the longest first).
 */
function joinSpaced(
  words: Word[],
  verticals: readonly Ruling[],
  settings: WordSettings,
  vocabulary: ReadonlySet<string>,
): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    let end = i;
    if (isSingleIdeograph(word.text)) {
      let j = i;
      let text = word.text;
      while (j + 1 < words.length) {
        const [a, b] = [words[j] as Word, words[j + 1] as Word];
        const em = Math.max(1, a.box[3] - a.box[1]);
        if (!isSingleIdeograph(b.text) || b.box[0] - a.box[2] > settings.spacedWordEm * em) break;
        if (ruledBetween(a.box, b.box, verticals, settings.rulingSlack)) break;
        j++;
        text += b.text;
        if (vocabulary.has(text)) end = j;
      }
    }
    if (end === i) {
      out.push(word);
      continue;
    }
    const parts = words.slice(i, end + 1);
    out.push(joinedWord(parts, parts.map((p) => p.text).join('')));
    i = end;
  }
  return out;
}

/**
 * Digits a change of font split undone: a word of a number's characters ending in a digit (not in its
 * decimals: "312.45" is whole) and the next run's word starting with a digit, touching — at most
 * `touchingDigitsEm` apart, nothing printed between them, no ruling between — are one word, whatever
 * font each is printed in ("3" "01" → "301"), where what they make is still a number. So are the two
 * parts of a number and a separator between them printed in a font of its own, the three touching
 * ("1" "," "974.59" → "1,974.59": LibreOffice prints a comma of digits set in a CJK font in another).
 */
function joinTouching(words: Word[], verticals: readonly Ruling[], settings: WordSettings): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const before = out.at(-1);
    if (before && touching(before, word, verticals, settings)) {
      out[out.length - 1] = joinedWord([before, word], before.text + word.text);
      continue;
    }
    const next = words[i + 1];
    if (before && next && SEPARATOR.test(word.text) && separatedNumber(before, word, next, verticals, settings)) {
      out[out.length - 1] = joinedWord([before, word, next], before.text + word.text + next.text);
      i++;
      continue;
    }
    out.push(word);
  }
  return out;
}

/** Characters of a number: digits, separators, a sign. */
const NUMBER_CHARS = /^[-−－]?[\d,.]+$/;
/** A thousands separator or decimal point alone. */
const SEPARATOR = /^[,.]$/;

function touching(a: Word, b: Word, verticals: readonly Ruling[], settings: WordSettings): boolean {
  if (!abutting(a, b, verticals, settings)) return false;
  if (!NUMBER_CHARS.test(a.text) || !/\d$/.test(a.text) || endsInDecimals(a.text)) return false;
  if (!NUMBER_CHARS.test(b.text) || !startsWithDigit(b.text)) return false;
  return isNumber(a.text + b.text);
}

/** `a`, the separator `s` and `b` touching, the parts of one number ("1" "," "974.59"). */
function separatedNumber(a: Word, s: Word, b: Word, verticals: readonly Ruling[], settings: WordSettings): boolean {
  if (!abutting(a, s, verticals, settings) || !abutting(s, b, verticals, settings)) return false;
  if (!NUMBER_CHARS.test(a.text) || !/\d$/.test(a.text) || endsInDecimals(a.text)) return false;
  if (!NUMBER_CHARS.test(b.text) || !startsWithDigit(b.text)) return false;
  return isNumber(a.text + s.text + b.text);
}

function isNumber(text: string): boolean {
  const kind = tokenKind(text);
  return kind === 'integer' || kind === 'amount' || kind === 'numeric';
}

/** Two words of different runs touching: nothing printed between them, no ruling, at most `touchingDigitsEm` apart. */
function abutting(a: Word, b: Word, verticals: readonly Ruling[], settings: WordSettings): boolean {
  if (a.run === b.run || b.before !== '' || b.parted !== undefined) return false;
  const em = Math.max(1, a.box[3] - a.box[1], b.box[3] - b.box[1]);
  if (Math.abs(b.box[0] - a.box[2]) > settings.touchingDigitsEm * em) return false;
  return !ruledBetween(a.box, b.box, verticals, settings.rulingSlack);
}

/**
 * Thousands set apart by spaces undone: a lead group of digits and groups of three after it, each at
 * most `digitGroupGapEm` from the one before and no ruling between (one run's pieces parted by one
 * space, or runs a font's missing narrow space left apart), are one amount, written as the lexicon reads
 * it ("1 234 567.89" → "1,234,567.89").
 */
function joinGroups(words: Word[], verticals: readonly Ruling[], settings: WordSettings): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    let end = i;
    if (isLeadGroup(word.text)) {
      for (let j = i; j + 1 < words.length; j++) {
        const [a, b] = [words[j] as Word, words[j + 1] as Word];
        if (!isNextGroup(b.text) || !groupGap(a, b, verticals, settings)) break;
        end = j + 1;
        if (b.text.includes('.')) break;
      }
    }
    const parts = words.slice(i, end + 1);
    const text = end > i ? spaceGrouped(parts.map((p) => p.text)) : undefined;
    if (text === undefined) {
      out.push(word);
      continue;
    }
    out.push(joinedWord(parts, text));
    i = end;
  }
  return out;
}

/**
 * Two digit groups close enough to be one amount's: one space character apart in a run (a space is
 * never wider than a glyph; where the run's positions are unknown the character says it), or runs at
 * most `digitGroupGapEm` apart (a separator the font lacks, printed as a gap), with no ruling between.
 */
function groupGap(a: Word, b: Word, verticals: readonly Ruling[], settings: WordSettings): boolean {
  if (b.parted === 'lexicon' || b.parted === 'cell' || b.before.length > 1) return false;
  const em = Math.max(1, a.box[3] - a.box[1], b.box[3] - b.box[1]);
  const gap = b.box[0] - a.box[2];
  if (a.run === b.run) {
    const placed = a.ends === 'both' && b.ends === 'both';
    return b.before.length === 1 && (!placed || gap <= settings.maxGlyphEm * em);
  }
  return gap <= settings.digitGroupGapEm * em && !ruledBetween(a.box, b.box, verticals, settings.rulingSlack);
}

/** Words into cells: a new cell after a gap wider than a cell gap, a ruling, or an amount meeting a number. */
function cellsOf(words: readonly Word[], verticals: readonly Ruling[], settings: WordSettings): Cell[] {
  const cells: Cell[] = [];
  let current: Word[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const box = union(current.map((w) => w.box));
    const text = current
      .map((w) => w.before + w.text)
      .join('')
      .trim();
    cells.push({ text, x0: box[0], x1: box[2], box, words: current });
    current = [];
  };
  for (const word of words) {
    const before = current.at(-1);
    if (before && before.run === word.run) {
      // One run: only a border inside it (a ruling, a wide jump) parts cells.
      if (word.parted === 'cell') flush();
    } else if (before) {
      const em = Math.max(1, before.box[3] - before.box[1], word.box[3] - word.box[1]);
      const gap = word.box[0] - before.box[2];
      const numbersMeet = gap > settings.numberGapEm * em && endsInDecimals(before.text) && startsWithDigit(word.text);
      if (
        gap > settings.cellGapEm * em ||
        numbersMeet ||
        ruledBetween(before.box, word.box, verticals, settings.rulingSlack)
      )
        flush();
    }
    current.push(word);
  }
  flush();
  return cells;
}

/** A vertical ruling between two boxes of a line (a cell border): they are never one cell. */
function ruledBetween(left: Box, right: Box, verticals: readonly Ruling[], slack: number): boolean {
  const middle = (left[1] + left[3]) / 2;
  return verticals.some(
    (v) => v.at >= left[2] - slack && v.at <= right[0] + slack && v.from <= middle && v.to >= middle,
  );
}

/** How many characters of a text are no white space. */
function printedLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

function weightedMedian(values: readonly number[], weights: readonly number[]): number {
  // Most lines are printed in one size: that size, without sorting.
  if (values.every((v) => v === values[0])) return values[0] ?? 0;
  const order = values.map((v, i) => [v, weights[i] ?? 0] as const).sort((a, b) => a[0] - b[0]);
  const half = order.reduce((s, [, w]) => s + w, 0) / 2;
  let seen = 0;
  for (const [v, w] of order) {
    seen += w;
    if (seen >= half) return v;
  }
  return order.at(-1)?.[0] ?? 0;
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

/** Words read as one, with the text they make: the first's place in its run, the ends both know. */
function joinedWord(parts: readonly Word[], text: string): Word {
  const first = parts[0] as Word;
  const last = parts.at(-1) as Word;
  const known = (w: Word, side: 'start' | 'end') => w.ends === 'both' || w.ends === side;
  const [start, finish] = [known(first, 'start'), known(last, 'end')];
  return {
    text,
    box: union(parts.map((p) => p.box)),
    kind: tokenKind(text),
    before: first.before,
    run: first.run,
    ...(first.parted ? { parted: first.parted } : {}),
    ends: start && finish ? 'both' : start ? 'start' : finish ? 'end' : 'none',
  };
}
