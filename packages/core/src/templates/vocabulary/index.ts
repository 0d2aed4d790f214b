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
  for (const w of counts.keys()) {
    for (let j = 0; j < w.length; j++) push(byHole, w.slice(0, j) + HOLE + w.slice(j + 1), w);
    push(byFirst, w.charAt(0), w);
  }
  const words2 = new Set<string>();
  for (let i = 0; i + 2 <= WORDS2.length; i += 2) words2.add(WORDS2.slice(i, i + 2));
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
    isWord: (w) => counts.has(w) || (w.length === 2 && words2.has(w)),
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
    differingAt: (w, j) => byHole.get(w.slice(0, j) + HOLE + w.slice(j + 1)) ?? [],
    startingWith: (c) => byFirst.get(c) ?? [],
  };
  return built;
}
