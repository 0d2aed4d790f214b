import { describe, expect, it } from 'vitest';
import { areaText } from '../src/reconcile/rules/areas.js';
import { allMatches } from '../src/text/matches.js';

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

const shown = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);

describe('allMatches', () => {
  // Han characters that repeat, separators, spaces, Latin letters, an astral character, lone
  // surrogates: where stepping past an empty match could go wrong.
  const alphabet = ['甲', '乙', '项目', '，', ',', '。', ' ', '\u3000', '\n', 'a', 'x', '1', '𠀀', '\ud800', '\udc00'];
  const texts = [...strings(alphabet, 3000, 1), 'x𠀀x\ud800x', '𠀀𠀀', '', '其他收入3万元，其他收入3万元，'];
  const patterns = [
    /(?:)/gu,
    /x*/gu,
    /x*/g,
    /(?=甲)|乙/gu,
    /\s*/gu,
    /([^，,。；;：:\s]{5,30})[，,]\s*\1/gu,
    /([\u4e00-\u9fa5]{1,6})\1/gu,
    /\d+/g,
  ];

  it('finds what matchAll finds, empty matches and surrogate pairs included', () => {
    for (const re of patterns)
      for (const text of texts) expect(shown(allMatches(re, text))).toEqual(shown(text.matchAll(re)));
  });

  it('refuses a regex without the global flag, as matchAll does', () => {
    expect(() => allMatches(/x/, 'x')).toThrow(TypeError);
  });
});

describe('areas as en-US prints them', () => {
  it('areaText is toLocaleString("en-US", { maximumFractionDigits: 2 }) of the hundredths', () => {
    // One formatter (what toLocaleString makes at each call) and one comparison: 180k values took over
    // 60 s with a formatter and an expect per value on a loaded two-core machine.
    const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
    expect(format.format(1234.5)).toBe((1234.5).toLocaleString('en-US', { maximumFractionDigits: 2 }));
    const intl = (h: number) => format.format(h / 100);
    const values: number[] = [0];
    for (let h = 1; h <= 120_000; h++) values.push(h);
    let x = 7;
    for (let k = 0; k < 20_000; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      values.push(x * 23_311 + (x % 101), x % 1000, x * 1000);
    }
    expect(values.map(areaText)).toEqual(values.map(intl));
  });
});
