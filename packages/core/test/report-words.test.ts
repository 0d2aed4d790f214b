import { describe, expect, it } from 'vitest';
import { countEn, problemText, quote, tidyQuotes } from '../src/index.js';

describe('the words every report is written in', () => {
  it('counts in English in agreement with the number', () => {
    expect(countEn(1, 'error')).toBe('1 error');
    expect(countEn(2, 'error')).toBe('2 errors');
    expect(countEn(0, 'class')).toBe('0 classes');
    expect(countEn(1, 'mistake', 'mistakes')).toBe('1 mistake');
  });

  it('quotes printed text once, quotation marks inside turned single', () => {
    expect(quote('其他医疗救助')).toBe('“其他医疗救助”');
    expect(quote('“三公”经费')).toBe('“‘三公’经费”');
    expect(tidyQuotes('““三公”经费”写作“比2025年预算增加0万元”')).toBe('“‘三公’经费”写作“比2025年预算增加0万元”');
    // A stray closing mark a document printed is evidence: left as it is.
    expect(tidyQuotes('“该项目主要用于对”国家组织药品集中”')).toBe('“该项目主要用于对”国家组织药品集中”');
  });

  it('says no "第?行" where the reader knew no line, and names no font by the PDF reader’s id', () => {
    expect(problemText({ code: 'stray_content', params: { line: '?', text: '合计 1' } }).zh).toBe(
      '无法归入列的内容：合计 1',
    );
    expect(problemText({ code: 'stray_content', params: { line: 12, text: '合计 1' } }).zh).toBe(
      '第12行无法归入列的内容：合计 1',
    );
    const font = problemText({ code: 'text_unmapped_font', params: { font: 'g_d0_f2', pages: [1] } });
    expect(font.en).toBe('a font has no Unicode map: its text on page 1 cannot be read');
    expect(font.zh).not.toContain('g_d0_f2');
    expect(problemText({ code: 'text_unmapped_font', params: { font: 'BAAAAA+FangSong', pages: [1, 3] } }).en).toBe(
      'font BAAAAA+FangSong has no Unicode map: its text on pages 1, 3 cannot be read',
    );
  });
});
