import { describe, expect, it } from 'vitest';
import {
  applyReview,
  checkDocument,
  markFinding,
  parseText,
  type Report,
  ReviewFileError,
  readReviewMarks,
  reviewFile,
  reviewKeys,
} from '../src/index.js';
import { SEEDS } from './helpers.js';

/** Seed 003 (松江区医疗保障局) has errors, warnings and infos: a volunteer has something to weigh. */
const seed = SEEDS.find((s) => s.id === '003');
if (!seed) throw new Error('seed 003 missing');
const HASH = 'a'.repeat(64);
const check = (name = seed.file, sha256: string | null = HASH): Report => {
  const doc = parseText(seed.text, { name });
  return checkDocument(sha256 ? { ...doc, source: { ...doc.source, sha256 } } : doc);
};

describe('review keys', () => {
  const report = check();
  const keys = reviewKeys(report);

  it('name every finding once, on the file hash and the rule', () => {
    expect(keys).toHaveLength(report.findings.length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key, i) => key.startsWith(`${HASH}/${report.findings[i]?.rule}/`))).toBe(true);
  });

  it('are the same when the same file is checked again under another name', () => {
    expect(reviewKeys(check('renamed.txt'))).toEqual(keys);
  });

  it('differ for another file, and fall back to the name when no hash was computed', () => {
    expect(reviewKeys(check(seed.file, 'b'.repeat(64))).some((k) => keys.includes(k))).toBe(false);
    expect(reviewKeys(check('x.txt', null))[0]?.startsWith('name:x.txt/')).toBe(true);
  });

  it('do not depend on the order of the places nor on a box a fraction of a point off', () => {
    const withBox = {
      ...report,
      findings: report.findings.map((f) => ({
        ...f,
        refs: [...f.refs]
          .reverse()
          .map((r) => (r.table ? { ...r, page: 3, box: [1, 2, 3, 4] as [number, number, number, number] } : r)),
      })),
    };
    const moved = {
      ...withBox,
      findings: withBox.findings.map((f) => ({
        ...f,
        refs: f.refs.map((r) => (r.box ? { ...r, box: [1.2, 2.1, 3.3, 4.2] as [number, number, number, number] } : r)),
      })),
    };
    expect(reviewKeys(moved)).toEqual(reviewKeys(withBox));
  });

  it('tell apart findings of one rule that point at different cells', () => {
    const rule = report.findings[0]?.rule;
    const sameRule = keys.filter((_, i) => report.findings[i]?.rule === rule);
    expect(new Set(sameRule).size).toBe(sameRule.length);
  });
});

describe('applying marks', () => {
  const report = check();
  const keys = reviewKeys(report);
  const errors = report.findings.flatMap((f, i) => (f.severity === 'error' ? [keys[i] as string] : []));

  it('leaves the verdict alone when nothing is marked, every finding open', () => {
    const reviewed = applyReview(report, []);
    expect(reviewed.summary).toEqual(report.summary);
    expect(reviewed.review.open).toBe(report.findings.length);
    expect(reviewed.review.marks.every((m) => m.status === 'open' && m.at === undefined)).toBe(true);
  });

  it('takes dismissed findings out of the counts and the verdict, and says how many', () => {
    expect(report.summary.verdict).toBe('error');
    expect(errors.length).toBeGreaterThan(1);
    const one = applyReview(report, [markFinding(errors[0] as string, 'dismissed', '表中印的数正确')]);
    expect(one.summary.errors).toBe(report.summary.errors - 1);
    expect(one.summary.verdict).toBe('error');
    expect(one.review).toMatchObject({ dismissed: 1, confirmed: 0, checked: report.summary });
    const all = applyReview(
      report,
      errors.map((k) => markFinding(k, 'dismissed')),
    );
    expect(all.summary.errors).toBe(0);
    expect(all.summary.verdict).toBe(report.summary.warnings > 0 ? 'warning' : 'ok');
    expect(all.review.dismissed).toBe(errors.length);
    // Every finding is still there, with its mark.
    expect(all.findings).toEqual(report.findings);
  });

  it('counts confirmed findings as findings', () => {
    const confirmed = applyReview(report, [markFinding(errors[0] as string, 'confirmed', '已向财政局核实')]);
    expect(confirmed.summary).toEqual(report.summary);
    expect(confirmed.review.confirmed).toBe(1);
    expect(confirmed.review.marks.find((m) => m.key === errors[0])?.note).toBe('已向财政局核实');
  });

  it('finds a mark saved before its rule was renamed (across.changes is across.years)', () => {
    const renamed: Report = {
      ...report,
      findings: report.findings.map((f, i) => (i === 0 ? { ...f, rule: 'across.years' } : f)),
    };
    const key = reviewKeys(renamed)[0] as string;
    expect(key).toContain('/across.years/');
    const old = markFinding(key.replace('/across.years/', '/across.changes/'), 'dismissed', '旧规则名下的标记');
    const reviewed = applyReview(renamed, [old]);
    expect(reviewed.review.dismissed).toBe(1);
    expect(reviewed.review.marks[0]).toMatchObject({ key, status: 'dismissed', note: '旧规则名下的标记' });
    // The marks file carries it under the current key, once.
    expect(reviewFile([reviewed], [old]).marks.filter((m) => m.status === 'dismissed')).toHaveLength(1);
  });

  it('finds the marks again on a re-check of the same file', () => {
    const marks = [markFinding(errors[0] as string, 'dismissed', 'ok')];
    expect(applyReview(check('again.txt'), marks).review.dismissed).toBe(1);
    expect(applyReview(check(seed.file, 'c'.repeat(64)), marks).review.dismissed).toBe(0);
  });
});

describe('the marks file', () => {
  const report = check();
  const keys = reviewKeys(report);
  const dismissed = markFinding(keys[0] as string, 'dismissed', '不是错误', new Date('2026-11-01T10:00:00Z'));
  const elsewhere = markFinding(`${'d'.repeat(64)}/in_table.hierarchy/0123456789abcdef`, 'confirmed');

  it('lists every finding (new ones open, with what they are about) and keeps marks of other files', () => {
    const file = reviewFile([applyReview(report, [dismissed, elsewhere])], [dismissed, elsewhere]);
    expect(file.format).toBe('hezhang-review');
    expect(file.marks).toHaveLength(report.findings.length + 1);
    expect(file.marks[0]).toMatchObject({
      ...dismissed,
      file: seed.file,
      sha256: HASH,
      rule: report.findings[0]?.rule,
    });
    expect(file.marks[0]?.where).toBeTruthy();
    expect(file.marks[1]).toMatchObject({ key: keys[1], status: 'open', note: '' });
    expect(file.marks.at(-1)).toEqual(elsewhere);
  });

  it('reads back what it wrote, and marks carried by an exported report', () => {
    const reviewed = applyReview(report, [dismissed]);
    const file = JSON.parse(JSON.stringify(reviewFile([reviewed])));
    expect(readReviewMarks(file).find((m) => m.status === 'dismissed')).toMatchObject(dismissed);
    const exported = JSON.parse(JSON.stringify(reviewed));
    expect(readReviewMarks(exported)).toEqual(reviewed.review.marks);
    expect(readReviewMarks([exported, { source: { name: 'bad.pdf' }, error: { code: 'not_pdf' } }])).toHaveLength(
      report.findings.length,
    );
  });

  it('keeps the latest mark of a finding marked twice', () => {
    const later = markFinding(dismissed.key, 'confirmed', '再次核对', new Date('2026-11-02T10:00:00Z'));
    expect(readReviewMarks([later, dismissed])).toEqual([later]);
  });

  it('refuses what is not a marks file, saying where', () => {
    expect(() => readReviewMarks({ marks: [{ key: 'k', status: 'wrong' }] })).toThrow(ReviewFileError);
    expect(() =>
      readReviewMarks({ format: 'hezhang-review', version: 1, marks: [{ key: 'k', status: 'wrong' }] }),
    ).toThrow(/marks\.0\.status/);
    expect(() => readReviewMarks('hello')).toThrow(/not a Hezhang marks file/);
  });
});
