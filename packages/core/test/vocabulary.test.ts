import { describe, expect, it } from 'vitest';
import { CONTEXTS, DOMAIN, WORDS2 } from '../src/templates/vocabulary/data.js';
import { vocabulary } from '../src/templates/vocabulary/index.js';

/**
 * The vocabulary answers most of the typo check's questions from each character's places in the
 * words (no string built): the answers must be those of the plain lookups.
 */
const v = vocabulary();
const domain = DOMAIN.split(';').map((e) => e.split(',')[0] as string);
// Real words, words with one character changed, and the seams between them: words and non-words alike.
const words = domain.filter((w) => w.length >= 2 && w.length <= 4).slice(0, 400);
const text = [...words, ...words.map((w) => `${w.slice(1)}${w.charAt(0)}`), WORDS2.slice(0, 400)].join('');

describe('vocabulary', () => {
  it('isWordAt agrees with isWord on every sequence of two to four characters', () => {
    let found = 0;
    for (let n = 2; n <= 4; n++)
      for (let i = 0; i + n <= text.length; i++) {
        const expected = v.isWord(text.slice(i, i + n));
        expect(v.isWordAt(text, i, n)).toBe(expected);
        if (expected) found++;
      }
    expect(found).toBeGreaterThan(400);
  });

  it('differingAt finds every document word one character away, the word itself included', () => {
    for (const w of words.slice(0, 200))
      for (let j = 0; j < w.length; j++) {
        const near = v.differingAt(w, j);
        expect(near).toContain(w);
        for (const other of near) {
          expect(other.length).toBe(w.length);
          expect(other.slice(0, j) + other.slice(j + 1)).toBe(w.slice(0, j) + w.slice(j + 1));
        }
        // A character no document word has at that place: nothing.
        const changed = `${w.slice(0, (j + 1) % w.length)}\u0001${w.slice(((j + 1) % w.length) + 1)}`;
        if ((j + 1) % w.length !== j) expect(v.differingAt(changed, j)).toEqual([]);
      }
  });

  it('isWord is the plain lookup: a document word, or a two-character word of Chinese', () => {
    const words2 = new Set<string>();
    for (let i = 0; i + 2 <= WORDS2.length; i += 2) words2.add(WORDS2.slice(i, i + 2));
    const all = new Set(domain);
    const plain = (w: string) => all.has(w) || (w.length === 2 && words2.has(w));
    let found = 0;
    for (let n = 1; n <= 5; n++)
      for (let i = 0; i + n <= text.length; i++) {
        const w = text.slice(i, i + n);
        expect(v.isWord(w)).toBe(plain(w));
        if (plain(w)) found++;
      }
    for (let i = 0; i + 2 <= WORDS2.length; i += 2) expect(v.isWord(WORDS2.slice(i, i + 2))).toBe(true);
    expect(found).toBeGreaterThan(400);
  });

  it('inContext is membership in the list of 3-grams (searched in its code-unit order)', () => {
    const contexts: string[] = [];
    for (let i = 0; i + 3 <= CONTEXTS.length; i += 3) contexts.push(CONTEXTS.slice(i, i + 3));
    expect([...contexts].sort()).toEqual(contexts);
    const all = new Set(contexts);
    for (const t of contexts) expect(v.inContext(t)).toBe(true);
    // Neighbours of listed 3-grams, shorter and longer strings: in the list exactly when the set has them.
    for (const t of contexts.slice(0, 2000)) {
      for (const other of [`${t.slice(1)}${t.charAt(0)}`, `${t.slice(0, 2)}的`, t.slice(0, 2), `${t}的`, ''])
        expect(v.inContext(other)).toBe(all.has(other));
    }
  });

  it('mayDiffer is false only where differingAt finds nothing, at every place', () => {
    let ruledOut = 0;
    for (let n = 2; n <= 4; n++)
      for (let i = 0; i + n <= text.length; i++) {
        const w = text.slice(i, i + n);
        const any = [...Array(n).keys()].some((j) => v.differingAt(w, j).length > 0);
        if (any) expect(v.mayDiffer(text, i, n)).toBe(true);
        if (!v.mayDiffer(text, i, n)) ruledOut++;
      }
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('pairsSoundingLike lists the two-character words starting with each same-sound character, in order', () => {
    for (const c of new Set([...text, ...WORDS2.slice(0, 400)])) {
      const expected = v.sameSound(c).flatMap((r0, first) =>
        v
          .startingWith(r0)
          .filter((w) => w.length === 2)
          .map((word) => ({ word, first })),
      );
      expect(v.pairsSoundingLike(c)).toEqual(expected);
    }
  });
});
