import { describe, expect, it } from 'vitest';
import { BlockCodes } from '../src/read/codes.js';
import { withoutRowNumber } from '../src/text/lexicon.js';

/**
 * A 序号 column the reader took for part of the code columns (its header printed elsewhere: blind.mjs
 * seed 8, row numbers with header levels and no rules): "1 301", "2 301 01". No code part comes before
 * the three-digit class, so the number is the row's, not a misprinted code (it gave one warning of 39
 * "misprinted" codes on a right document).
 */
describe('a row number before the class code', () => {
  it('is left out of the codes; a code part before the class is never a row number', () => {
    expect(withoutRowNumber(['1', '301'])).toEqual(['301']);
    expect(withoutRowNumber(['12', '301', '01'])).toEqual(['301', '01']);
    // A 款 stored as a number (5 for 05) after its class, or codes without a row number, stay.
    expect(withoutRowNumber(['301', '5'])).toEqual(['301', '5']);
    expect(withoutRowNumber(['01', '301'])).toEqual(['01', '301']);
    expect(withoutRowNumber(['7'])).toEqual(['7']);
  });

  it('keys the rows by their codes, with nothing printed wrong', () => {
    const rows = [
      { codes: ['1', '301'], label: '工资福利支出' },
      { codes: ['2', '301', '01'], label: '基本工资' },
      { codes: ['3', '301', '02'], label: '津贴补贴' },
    ];
    const codes = new BlockCodes('economic', BlockCodes.held(rows, 'economic'));
    expect(rows.map((r) => codes.key(r.codes, r.label))).toEqual([
      { parts: ['301'] },
      { parts: ['301', '01'] },
      { parts: ['301', '02'] },
    ]);
  });
});
