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
  const wordPlaces = new Places();
  for (const w of counts.keys()) {
    for (let j = 0; j < w.length; j++) push(byHole, w.slice(0, j) + HOLE + w.slice(j + 1), w);
    push(byFirst, w.charAt(0), w);
    documentPlaces.add(w);
    wordPlaces.add(w);
  }
  const words2 = new Set<string>();
  for (let i = 0; i + 2 <= WORDS2.length; i += 2) {
    const w = WORDS2.slice(i, i + 2);
    words2.add(w);
    wordPlaces.add(w);
  }
  const isWord = (w: string) => counts.has(w) || (w.length === 2 && words2.has(w));
  const contexts = new Set<string>();
  for (let i = 0; i + 3 <= CONTEXTS.length; i += 3) contexts.add(CONTEXTS.slice(i, i + 3));
  const bySound = new Map<string, string>();
  const soundsOf = new Map<string, string[]>();
  for (const entry of SOUNDS.split(';')) {
    const [sound = '', cs = ''] = entry.split(':');
    bySound.set(sound, cs);
    for (const c of cs) soundsOf.set(c, [...(soundsOf.get(c) ?? []), sound]);
  }
  const looks = new Map<string, string[]>();
  for (const group of LOOKALIKES)
    for (const c of group)
      looks.set(
        c,
        [...group].filter((x) => x !== c),
      );
  const same = new Map<string, string[]>();
  // Only the documents' most frequent four-character words, in shortened forms the corpus never prints.
  const shortened = new Map<string, string>();
  for (const entry of RESTORABLE.split(';')) {
    const [short, word] = entry.split('>');
    if (short && word) shortened.set(short, word);
  }
  built = {
    count: (w) => counts.get(w) ?? 0,
    isWord,
    isWordAt: (text, i, n) => wordPlaces.may(text, i, n) && isWord(text.slice(i, i + n)),
    inContext: (t) => contexts.has(t),
    sameSound(c) {
      let hit = same.get(c);
      if (!hit) {
        const all = new Set((soundsOf.get(c) ?? []).flatMap((s) => [...(bySound.get(s) ?? '')]));
        all.delete(c);
        same.set(c, (hit = [...all]));
      }
      return hit;
    },
    lookAlike: (c) => looks.get(c) ?? [],
    restored: (w) => shortened.get(w),
    differingAt: (w, j) =>
      documentPlaces.may(w, 0, w.length, j) ? (byHole.get(w.slice(0, j) + HOLE + w.slice(j + 1)) ?? NONE) : NONE,
    startingWith: (c) => byFirst.get(c) ?? [],
  };
  return built;
}
