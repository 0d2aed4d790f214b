/**
 * Amounts with invisible or direction-changing characters inside (issue 20): never read as another
 * amount. Invisible ones are removed (what is left is what is shown); those that change the order
 * text is shown in leave the cell unread, so the checks that need it say insufficient data. The same
 * for text, HTML and positioned (PDF) input: they all go through normalizeText.
 */
import { describe, expect, it } from 'vitest';
import {
  type BudgetDocument,
  checkDocument,
  type HtmlPage,
  normalizeText,
  parseHtmlDocument,
  parseText,
} from '../src/index.js';
import { DIRECTION_CONTROLS } from '../src/text/normalize.js';
import { SEEDS } from './helpers.js';
import { htmlPageOf } from './html-fixture.js';

const found = SEEDS.find((s) => s.id === '001');
if (!found) throw new Error('seed 001 missing');
const seed = found;
const ROW = '210\t15\t01\t行政运行\t67,580,403\t67,580,403';
const TOTAL = 6_758_040_300;

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\uFEFF', '\u00AD'];
const DIRECTIONAL = [
  '\u061C',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];

function total(doc: BudgetDocument): number | null | undefined {
  const row = doc.tables.find((t) => t.kind === 'revenue_summary')?.rows.find((r) => r.label === '行政运行');
  return row ? ((row.values as Record<string, number | null>).total ?? null) : undefined;
}

const fromText = (printed: string) =>
  parseText(seed.text.replace(ROW, `210\t15\t01\t行政运行\t${printed}\t67,580,403`), { name: 'x.txt' });

/** The seed as a department's HTML page, with one cell's text replaced. */
function fromHtml(printed: string): BudgetDocument {
  const page = htmlPageOf(parseText(seed.text, { name: 'x.txt' }));
  const blocks = page.blocks.map((b) => {
    if (b.type !== 'table') return b;
    let done = false;
    const rows = b.rows.map((cells) => {
      const at = cells.findIndex((c) => c.text === '行政运行');
      if (done || at < 0 || cells[at + 1]?.text !== '67,580,403') return cells;
      done = true;
      return cells.map((c, i) => (i === at + 1 ? { ...c, text: printed } : c));
    });
    return { ...b, rows };
  });
  return parseHtmlDocument({ blocks } as HtmlPage, { name: 'x.html' });
}

describe('the character lists', () => {
  it('name every direction control, and normalisation keeps each of them', () => {
    for (const c of DIRECTIONAL) {
      expect(c.replace(DIRECTION_CONTROLS, ''), `U+${c.codePointAt(0)?.toString(16)}`).toBe('');
      expect(normalizeText(`1${c}2`)).toBe(`1${c}2`);
    }
    for (const c of INVISIBLE) expect(normalizeText(`1,2${c}34`), `U+${c.codePointAt(0)?.toString(16)}`).toBe('1,234');
  });
});

describe.each([
  ['text', fromText],
  ['HTML', fromHtml],
])('%s input', (_, read) => {
  it('reads the amount a reader sees when invisible characters sit inside it', () => {
    expect(total(read('67,580,403'))).toBe(TOTAL);
    for (const c of INVISIBLE)
      expect(total(read(`67,5${c}80,4${c}03`)), `U+${c.codePointAt(0)?.toString(16)}`).toBe(TOTAL);
  });

  it('reads no amount where direction controls would show other digits than it holds', () => {
    for (const c of DIRECTIONAL) {
      const doc = read(`67,580${c},403`);
      expect(total(doc), `U+${c.codePointAt(0)?.toString(16)}`).toBeNull();
    }
    // Shown as 67,580,403, holding 304,085,76 reversed: neither is read, the document is not called consistent.
    const reversed = read('\u202E304,085,76\u202C');
    expect(total(reversed)).toBeNull();
    expect(checkDocument(reversed).summary.verdict).not.toBe('ok');
  });
});
