import { CONTEXTS, DOMAIN, RESTORABLE, SOUNDS, WORDS2 } from './data.js';
import { LOOKALIKES } from './lookalikes.js';

/**
 * The vocabulary of these documents, for the typo check (reconcile/rules/typos.ts): the documents'
 * words with how often the corpus prints them, the two-character words of Chinese their characters
 * make, the 3-grams around their frequent words, each character's same-sound and look-alike
 * characters. Built by scripts/vocabulary.mjs; read once, on first use.
 */
export interface Vocabulary {
  /** How often the documents print a word (0 when it is not one of theirs). */
  count(word: string): number;
  /** A word of these documents, or a two-character word of Chinese. */
  isWord(word: string): boolean;
  /** `isWord(text.slice(i, i + n))`, without the slice for the many sequences no word can be. */
  isWordAt(text: string, i: number, n: number): boolean;
  /** A 3-gram the documents print around one of their frequent words. */
  inContext(trigram: string): boolean;
  /** Characters with a reading of `c` (tones aside), `c` left out. */
  sameSound(c: string): readonly string[];
  /** Characters that look like `c`. */
  lookAlike(c: string): readonly string[];
  /** The documents' four-character word `w` is with one character left out ("上一度" → 上一年度). */
  restored(w: string): string | undefined;
  /** The documents' words as long as `w` that agree with it everywhere but at `j` (`w` too, when it is one). */
  differingAt(w: string, j: number): readonly string[];
  /** The documents' words that begin with the character `c`. */
  startingWith(c: string): readonly string[];
  /**
   * The documents' two-character words whose first character sounds like `c`: for each of
   * `sameSound(c)` in turn (its place in that list is `first`), the two-character ones of
   * `startingWith` it, in that order.
   */
  pairsSoundingLike(c: string): readonly { word: string; first: number }[];
  /**
   * Whether a document word of `n` characters may agree with text[i, i + n) everywhere but at one
   * place at most: when not, `differingAt(text.slice(i, i + n), j)` is empty for every j.
   */
  mayDiffer(text: string, i: number, n: number): boolean;
}

/**
 * Words up to this long have their characters' places indexed (`Places`): the typo check asks about
 * sequences of two to four characters.
 */
const PLACED = 4;

/**
 * For each UTF-16 code unit, the places it holds in a set of words: bit `(n - 2) * PLACED + j` when
 * it is the j-th unit of an n-unit word (2 ≤ n ≤ PLACED). A sequence one of whose units lacks its bit
 * is none of the words (nor one of them with its j-th unit replaced, when unit j is not asked about):
 * most sequences the typo check asks about are answered without building a string.
 */
class Places {
  private readonly bits = new Uint16Array(0x10000);
  add(word: string): void {
    const n = word.length;
    if (n < 2 || n > PLACED) return;
    for (let j = 0; j < n; j++) {
      const unit = word.charCodeAt(j);
      this.bits[unit] = (this.bits[unit] as number) | (1 << ((n - 2) * PLACED + j));
    }
  }
  /** Whether text[i, i + n) may be one of the words with one unit replaced (`may` for some `skip`). */
  mayAllButOne(text: string, i: number, n: number): boolean {
    if (n < 2 || n > PLACED) return true;
    const row = (n - 2) * PLACED;
    let misses = 0;
    for (let j = 0; j < n; j++)
      if (((this.bits[text.charCodeAt(i + j)] as number) & (1 << (row + j))) === 0 && ++misses > 1) return false;
    return true;
  }
  /** Whether text[i, i + n) may be one of the words, unit `skip` (if any) left out of the test. */
  may(text: string, i: number, n: number, skip = -1): boolean {
    if (n < 2 || n > PLACED) return true;
    const row = (n - 2) * PLACED;
    for (let j = 0; j < n; j++)
      if (j !== skip && ((this.bits[text.charCodeAt(i + j)] as number) & (1 << (row + j))) === 0) return false;
    return true;
  }
}

const NONE: readonly string[] = [];

/** Stands for the character left out in `differingAt`'s keys (no word of the documents holds it). */
const HOLE = '\u0000';

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A set of two-unit words keyed by their two UTF-16 code units (`(first << 16) | second`, never 0 for
 * a word: 0 marks a free slot), in one open-addressed table: tens of thousands of words held without
 * a string or an object each, and asked about without building the string.
 */
class Pairs {
  /** Twice the number of words at least, a power of two. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }
  private start(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 12) & this.mask;
  }
  /** Adds text[i, i + 2) (a word of two units). */
  add(text: string, i: number): void {
    const key = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
    if (key === 0) return;
    let s = this.start(key);
    for (let slot = this.slots[s] as number; slot !== 0; slot = this.slots[s] as number) {
      if (slot === key) return;
      s = (s + 1) & this.mask;
    }
    this.slots[s] = key;
  }
  /** Whether text[i, i + 2) is one of the words (false past the end of `text`). */
  has(text: string, i: number): boolean {
    if (i + 2 > text.length) return false;
    const key = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
    let s = this.start(key);
    for (let slot = this.slots[s] as number; slot !== 0; slot = this.slots[s] as number) {
      if (slot === key) return true;
      s = (s + 1) & this.mask;
    }
    return false;
  }
}

/**
 * Whether `t` is one of the `n`-unit entries of `list` (entries concatenated, in code-unit order, as
 * scripts/vocabulary.mjs writes them): a binary search, so the list is never split into strings.
 */
function listed(list: string, n: number, t: string): boolean {
  if (t.length !== n) return false;
  let lo = 0;
  let hi = list.length / n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    let order = 0;
    for (let k = 0; k < n && order === 0; k++) order = list.charCodeAt(mid * n + k) - t.charCodeAt(k);
    if (order === 0) return true;
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

let built: Vocabulary | undefined;

export function vocabulary(): Vocabulary {
  if (built) return built;
  const counts = new Map<string, number>();
  for (const entry of DOMAIN.split(';')) {
    const [w, n] = entry.split(',');
    if (w) counts.set(w, Number(n));
  }
  // The documents' words indexed once, so a typo's candidates are looked up, not tried one by one.
  const byHole = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  const documentPlaces = new Places();
  // Every two-character word: the documents' and Chinese's (WORDS2).
  const pairs = new Pairs(WORDS2.length / 2 + counts.size);
  for (const w of counts.keys()) {
    for (let j = 0; j < w.length; j++) push(byHole, w.slice(0, j) + HOLE + w.slice(j + 1), w);
    push(byFirst, w.charAt(0), w);
    documentPlaces.add(w);
    if (w.length === 2) pairs.add(w, 0);
  }
  for (let i = 0; i + 2 <= WORDS2.length; i += 2) pairs.add(WORDS2, i);
  const isWord = (w: string) => (w.length === 2 ? pairs.has(w, 0) : counts.has(w));
  const bySound = new Map<string, string>();
  const soundsOf = new Map<string, string[]>();
  for (const entry of SOUNDS.split(';')) {
    const [sound = '', cs = ''] = entry.split(':');
    bySound.set(sound, cs);
    for (const c of cs) push(soundsOf, c, sound);
  }
  const looks = new Map<string, string[]>();
  for (const group of LOOKALIKES)
    for (const c of group)
      looks.set(
        c,
        [...group].filter((x) => x !== c),
      );
  const same = new Map<string, string[]>();
  const soundingLike = new Map<string, { word: string; first: number }[]>();
  // Only the documents' most frequent four-character words, in shortened forms the corpus never prints.
  const shortened = new Map<string, string>();
  for (const entry of RESTORABLE.split(';')) {
    const [short, word] = entry.split('>');
    if (short && word) shortened.set(short, word);
  }
  const sameSound = (c: string): readonly string[] => {
    let hit = same.get(c);
    if (!hit) {
      const all = new Set((soundsOf.get(c) ?? []).flatMap((s) => [...(bySound.get(s) ?? '')]));
      all.delete(c);
      same.set(c, (hit = [...all]));
    }
    return hit;
  };
  built = {
    count: (w) => counts.get(w) ?? 0,
    isWord,
    // Two characters: the pairs' table, no string built. Longer: only the documents' words, whose
    // characters' places rule out most sequences before a string is built.
    isWordAt: (text, i, n) =>
      n === 2 ? pairs.has(text, i) : documentPlaces.may(text, i, n) && counts.has(text.slice(i, i + n)),
    inContext: (t) => listed(CONTEXTS, 3, t),
    sameSound,
    lookAlike: (c) => looks.get(c) ?? [],
    restored: (w) => shortened.get(w),
    differingAt: (w, j) =>
      documentPlaces.may(w, 0, w.length, j) ? (byHole.get(w.slice(0, j) + HOLE + w.slice(j + 1)) ?? NONE) : NONE,
    startingWith: (c) => byFirst.get(c) ?? [],
    pairsSoundingLike(c) {
      let hit = soundingLike.get(c);
      if (!hit) {
        const list: { word: string; first: number }[] = [];
        sameSound(c).forEach((r0, first) => {
          for (const word of byFirst.get(r0) ?? NONE) if (word.length === 2) list.push({ word, first });
        });
        soundingLike.set(c, (hit = list));
      }
      return hit;
    },
    mayDiffer: (text, i, n) => documentPlaces.mayAllButOne(text, i, n),
  };
  return built;
}
