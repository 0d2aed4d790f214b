import { describe, expect, it } from 'vitest';
import { formatAmount, normalizeText, parseAmount, roundTo, truncateTo } from '../src/index.js';
import { PRIVATE_USE } from '../src/text/normalize.js';

describe('normalizeText', () => {
  it('turns full-width digits and separators of numbers into ASCII, keeping Chinese punctuation', () => {
    expect(normalizeText('收入预算１２，３４５．６７万元，其中：')).toBe('收入预算12,345.67万元，其中：');
  });

  it('maps Kangxi radicals, radical supplements and compatibility ideographs to ordinary ideographs', () => {
    // ⽀ U+2F40 (Kangxi 支), ⻔ U+2EE8 (supplement 门), U+F900 (compatibility form of 豈 U+8C48)
    expect(normalizeText('部门⽀出预算总表')).toBe('部门支出预算总表');
    expect(normalizeText('⻔诊')).toBe('门诊');
    expect(normalizeText('\uf900')).toBe('\u8c48');
  });

  it('removes zero-width characters and never reads a sentence end as a decimal point', () => {
    expect(normalizeText('合\u200b计')).toBe('合计');
    expect(normalizeText('预算为0。2025年')).toBe('预算为0。2025年');
  });

  it('leaves private-use code points for the integrity check to report', () => {
    const garbled = normalizeText('\ue001\ue002预算');
    expect(PRIVATE_USE.test(garbled)).toBe(true);
  });
});

describe('amounts in fen', () => {
  it('parses 元 and 万元 exactly, without floating yuan', () => {
    expect(parseAmount('52,625,903.45', '元')).toEqual({ fen: 5262590345, decimals: 2 });
    expect(parseAmount('0.00', '元')).toEqual({ fen: 0, decimals: 2 });
    expect(parseAmount('208.70', '万元')).toEqual({ fen: 208_700_000, decimals: 2 });
    expect(parseAmount('1052.818', '万元')).toEqual({ fen: 1_052_818_000, decimals: 3 });
    // 0.1 + 0.2 style drift cannot happen: 0.29 yuan is 29 fen, not 28.999…
    expect(parseAmount('0.29', '元')?.fen).toBe(29);
  });

  it('reads a negative printed with a minus or in parentheses (accounting formats), never an enumerator', () => {
    expect(parseAmount('-1,234.00', '元')).toEqual({ fen: -123400, decimals: 2 });
    expect(parseAmount('(1,234.00)', '元')).toEqual({ fen: -123400, decimals: 2 });
    expect(parseAmount('（600）', '元')).toEqual({ fen: -60000, decimals: 0 });
    expect(parseAmount('(12.50)', '万元')).toEqual({ fen: -12_500_000, decimals: 2 });
    // "(1)", "(12)": enumerators, not amounts; an unclosed parenthesis is no amount either.
    for (const text of ['(1)', '(12)', '(1,234.00', '1,234.00)']) expect(parseAmount(text, '元'), text).toBeNull();
  });

  it('rejects text that is not an amount or is finer than a fen', () => {
    expect(parseAmount('1.234', '元')).toBeNull();
    expect(parseAmount('12,34', '元')).toBeNull();
    expect(parseAmount('合计', '元')).toBeNull();
  });

  it('rounds and truncates to printed precision', () => {
    // 8,331,275 元 = 833.1275 万元: 833.13 rounded, 833.12 truncated.
    const fen = 833_127_500;
    expect(formatAmount(roundTo(fen, '万元', 2), '万元')).toBe('833.13');
    expect(formatAmount(truncateTo(fen, '万元', 2), '万元')).toBe('833.12');
    expect(formatAmount(24_613_515_400, '元')).toBe('246,135,154');
    expect(formatAmount(5_262_590_345, '元')).toBe('52,625,903.45');
  });
});
