/** The history's and the exported report's dates read as toLocaleString wrote them (zh-CN, en-GB), without Intl on the page. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../src/dates.js';

const OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

describe('formatDate', () => {
  it('writes what Intl writes for zh-CN and en-GB', () => {
    const dates = [
      new Date(2026, 0, 5, 4, 7, 9),
      new Date(2026, 11, 25, 0, 0, 0),
      new Date(2026, 11, 25, 23, 59, 59),
      new Date(2027, 9, 31, 12, 30, 5),
    ];
    for (const d of dates) {
      expect(formatDate(d.getTime(), 'zh')).toBe(new Intl.DateTimeFormat('zh-CN', OPTIONS).format(d));
      expect(formatDate(d.getTime(), 'en')).toBe(new Intl.DateTimeFormat('en-GB', OPTIONS).format(d));
    }
  });
});
