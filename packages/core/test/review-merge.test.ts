/**
 * Marks meeting marks (issue 20: no mark lost): two tabs, an imported file and a journal replayed
 * after a reload all resolve by one rule (newerMark), and a page's marks written as the CLI's marks
 * file read back as the same marks.
 */
import { describe, expect, it } from 'vitest';
import {
  applyReview,
  checkDocument,
  markFinding,
  newerMark,
  parseText,
  type ReviewMark,
  readReviewMarks,
  reviewFile,
  reviewKeys,
} from '../src/index.js';
import { SEEDS } from './helpers.js';

const seed = SEEDS.find((s) => s.id === '003');
if (!seed) throw new Error('seed 003 missing');
const doc = parseText(seed.text, { name: seed.file });
const report = checkDocument({ ...doc, source: { ...doc.source, sha256: 'c'.repeat(64) } });
const keys = reviewKeys(report);

describe('newerMark', () => {
  const at = (t: string) => new Date(`2026-12-01T${t}:00.000Z`);
  const a = markFinding('k', 'dismissed', 'first', at('10:00'));
  const b = markFinding('k', 'confirmed', 'second', at('10:05'));
  const open: ReviewMark = { key: 'k', status: 'open', note: '' };

  it('keeps the mark set later, whichever arrives first', () => {
    expect(newerMark(a, b)).toBe(b);
    expect(newerMark(b, a)).toBe(b);
  });

  it('keeps a mark ever set over an open entry nobody marked (the marks file lists those too)', () => {
    expect(newerMark(a, open)).toBe(a);
    expect(newerMark(open, a)).toBe(a);
    expect(newerMark(undefined, open)).toBe(open);
  });
});

describe('the marks file, written and read back', () => {
  const [first, second, third] = keys;
  if (!first || !second || !third) throw new Error('seed 003 has fewer than three findings');
  const marks = new Map<string, ReviewMark>([
    [first, markFinding(first, 'dismissed', '表内数字无误：上年结转', new Date('2026-12-01T08:00:00Z'))],
    [second, markFinding(second, 'confirmed', '', new Date('2026-12-01T08:01:00Z'))],
    // A mark of a file not in this run: kept as it was.
    [
      'd'.repeat(64) + '/in_table.hierarchy/0000000000000000',
      markFinding(
        'd'.repeat(64) + '/in_table.hierarchy/0000000000000000',
        'dismissed',
        '另一文件',
        new Date('2026-11-30T00:00:00Z'),
      ),
    ],
  ]);

  it('gives back every mark, with its status, note and time (a round trip through JSON)', () => {
    const reviewed = applyReview(report, marks);
    const file = reviewFile(
      [reviewed],
      [...marks.values()].filter((m) => !keys.includes(m.key)),
    );
    const back = readReviewMarks(JSON.parse(JSON.stringify(file)));
    const set = back.filter((m) => m.at);
    expect(new Map(set.map((m) => [m.key, { key: m.key, status: m.status, note: m.note, at: m.at }]))).toEqual(
      new Map([...marks].map(([k, m]) => [k, { key: m.key, status: m.status, note: m.note, at: m.at }])),
    );
    // Every other finding of the report is in the file too, open, for the volunteer to fill in.
    expect(back.filter((m) => !m.at).map((m) => m.status)).toEqual(Array(keys.length - 2).fill('open'));
    // Applied again, the marks give the same review.
    expect(applyReview(report, back).review).toEqual(reviewed.review);
  });
});
