import { describe, expect, it } from 'vitest';
import { areaText } from '../src/reconcile/rules/areas.js';
import { LEFTOVERS, matches } from '../src/reconcile/rules/document-text.js';

/**
 * The leftover patterns that back-reference a group of many lengths are tried only where they may
 * match (document-text.ts `matches`): what they find must be exactly what `matchAll` finds.
 */
const scanned = LEFTOVERS.filter((p) => p.may);

/** A small deterministic generator (no Math.random: the same strings every run). */
function strings(alphabet: readonly string[], count: number, seed: number): string[] {
  let x = seed;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 8;
  };
  const out: string[] = [];
  for (let s = 0; s < count; s++) {
    let t = '';
    const length = next() % 90;
    for (let i = 0; i < length; i++) t += alphabet[next() % alphabet.length];
    out.push(t);
  }
  return out;
}

const plain = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
const scan = (p: (typeof LEFTOVERS)[number], text: string) => [...matches(p, text)].map((m) => `${m.index}:${m[0]}`);

describe('leftover patterns tried where they may match', () => {
  it('two patterns are scanned', () => expect(scanned.length).toBe(2));

  const written = [
    '其他收入3万元，其他收入3万元，',
    '其他收入3万元， 其他收入3万元；比上年增加',
    '安排的安排的项目项目经费，经费经费',
    '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十甲，一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十甲，',
    'ab𠀀cdef,ab𠀀cdef.',
    'ab𠀀cd, ab𠀀cd, ab𠀀cd,',
    '\ud800abcde，\ud800abcde，',
    '𠀀abcd，𠀀abcd，',
    '甲乙丙丁戊，甲乙丙丁戊，甲乙丙丁戊，甲乙丙丁戊。',
    '预算预算预算支出支出',
  ];
  // Han characters that repeat, separators of every kind, spaces, Latin letters, an astral character,
  // lone surrogates: the places where the scans' reasoning could go wrong.
  const alphabet = [
    '甲',
    '乙',
    '丙',
    '项目',
    '经费',
    '预算',
    '，',
    ',',
    '。',
    '；',
    ';',
    '：',
    ':',
    ' ',
    '\u3000',
    '\u00a0',
    '\n',
    'a',
    'b',
    '1',
    '𠀀',
    '\ud800',
    '\udc00',
  ];
  const generated = [
    ...strings(alphabet, 3000, 1),
    ...strings(['甲', '乙', '，', ' '], 3000, 2),
    ...strings(['甲', '乙', '丙', '丁', '戊', '己', '，'], 3000, 3),
  ];
  // Repeat a random clause to give the clause pattern matches to find.
  const doubled = strings(['甲', '乙', '丙', 'a', '𠀀', ' '], 1000, 4).map((t) => {
    const clause = t.slice(0, 5 + (t.length % 30));
    return `${t.slice(-3)}${clause}，${' '.repeat(t.length % 2)}${clause}${t.length % 3 ? '；' : '，'}${clause}`;
  });

  it('every pattern, and patterns that match empty strings, find what matchAll finds', () => {
    const extra = [/(?:)/gu, /x*/gu, /x*/g, /(?=甲)|乙/gu, /\s*/gu].map((re) => ({
      re,
      severity: 'info' as const,
      zh: '',
      en: '',
    }));
    const texts = [...written, ...generated.slice(0, 2000), 'x𠀀x\ud800x', '𠀀𠀀', ''];
    for (const p of [...LEFTOVERS, ...extra])
      for (const text of texts) expect(scan(p, text)).toEqual(plain(p.re, text));
  });

  for (const p of scanned)
    it(`finds what matchAll finds: ${p.en}`, () => {
      let found = 0;
      for (const text of [...written, ...generated, ...doubled]) {
        const expected = plain(p.re, text);
        expect(scan(p, text)).toEqual(expected);
        found += expected.length;
      }
      expect(found).toBeGreaterThan(100);
    });
});

describe('areas as en-US prints them', () => {
  it('areaText is toLocaleString("en-US", { maximumFractionDigits: 2 }) of the hundredths', () => {
    const intl = (h: number) => (h / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
    const values: number[] = [0, -0, -5, -123456, 0.5, 1234.56, Number.NaN, 1e15, 1e15 - 1, 2 ** 53];
    for (let h = 1; h <= 120_000; h++) values.push(h);
    let x = 7;
    for (let k = 0; k < 20_000; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      values.push(x * 23_311 + (x % 101), x % 1000, x * 1000);
    }
    for (const h of values) expect(areaText(h)).toBe(intl(h));
  });
});
