import { describe, expect, it } from 'vitest';
import { DOMAIN, WORDS2 } from '../src/templates/vocabulary/data.js';
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
});
