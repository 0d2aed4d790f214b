import { describe, expect, it } from 'vitest';
import { checkDocument, parseText } from '../src/index.js';
import { seedText } from './helpers.js';

/**
 * A total's label is never read from the end of a longer name: seed 000's "政府性基金拨款支出预算0万元"
 * worded as another document words it (政府性基金预算财政拨款支出预算) or typed with a slip (拔款) was
 * read as "财政拨款支出预算0万元" or "支出预算0万元" — the document's totals said wrong, three errors.
 */
describe('a total label inside a longer name', () => {
  const text = seedText('000');
  const added = (from: string, to: string) => {
    const key = (f: { rule: string; message: { zh: string } }) => `${f.rule} ${f.message.zh}`;
    const known = new Set(checkDocument(parseText(text)).findings.map(key));
    expect(text).toContain(from);
    return checkDocument(parseText(text.replace(from, to)))
      .findings.filter((f) => f.severity !== 'info' && !known.has(key(f)))
      .map((f) => f.rule);
  };

  it('another wording of a fund’s expenditure is no total of the template', () => {
    expect(added('政府性基金拨款支出预算0万元', '政府性基金预算财政拨款支出预算0万元')).toEqual([]);
  });

  it('a label typed with a slip is the typo, not a total said wrong', () => {
    expect(added('政府性基金拨款支出预算0万元', '政府性基金拔款支出预算0万元')).toEqual(['document.typos']);
  });
});
