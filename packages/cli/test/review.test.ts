import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReviewFile } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

/** Seed 002 (杨浦) has error findings: the exit code follows the ones not dismissed. */
const SEED = fileURLToPath(new URL('../../../seeds/002_f3b27fa17e2522f1.txt', import.meta.url));
const PDF = fileURLToPath(new URL('../../pdf/fixtures/seed-003.pdf', import.meta.url));

const run = (...argv: string[]) => runCli(argv);

const readFile = (path: string) => ReviewFile.parse(JSON.parse(readFileSync(path, 'utf8')));

describe('hezhang check --review', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hezhang-review-'));

  it('writes a marks file listing every finding, open, keyed on the file hash', async () => {
    const marks = join(dir, 'first.json');
    const { code, stdout } = await run('check', '--json', '--review', marks, SEED);
    expect(code).toBe(1);
    const [report] = JSON.parse(stdout);
    const file = readFile(marks);
    expect(file.marks).toHaveLength(report.findings.length);
    const hash = createHash('sha256').update(readFileSync(SEED)).digest('hex');
    expect(report.source.sha256).toBe(hash);
    expect(file.marks.every((m) => m.status === 'open' && m.key.startsWith(`${hash}/`) && m.sha256 === hash)).toBe(
      true,
    );
    expect(file.marks[0]).toMatchObject({ file: '002_f3b27fa17e2522f1.txt', rule: report.findings[0].rule });
    expect(file.marks[0]?.message).toBe(report.findings[0].message.zh);
  });

  it('applies the volunteer’s edits: dismissed errors leave the verdict and the exit code, notes are shown', async () => {
    const marks = join(dir, 'edited.json');
    await run('check', '--review', marks, SEED);
    const file = readFile(marks);
    const errors = file.marks.filter((m) => m.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    // The volunteer edits the file by hand: every error is 误报, one warning confirmed with a note.
    for (const m of errors) Object.assign(m, { status: 'dismissed', note: '原表印刷无误' });
    const warning = file.marks.find((m) => m.severity === 'warning');
    if (warning) Object.assign(warning, { status: 'confirmed', note: '已电话核实' });
    writeFileSync(marks, JSON.stringify(file, null, 2));

    const human = await run('check', '--review', marks, SEED);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(`误报 ${errors.length}（不计入以上结论）`);
    expect(human.stdout).toContain('[误报]');
    expect(human.stdout).toContain('核查：误报 — 原表印刷无误');
    if (warning) expect(human.stdout).toContain('核查：已核实 — 已电话核实');
    expect(human.stdout).toMatch(/结论：有警告 —— 错误 0/);

    const json = await run('check', '--json', '--review', marks, SEED);
    const [report] = JSON.parse(json.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.review.dismissed).toBe(errors.length);
    expect(report.review.checked.errors).toBe(errors.length);
    expect(report.review.marks.filter((m: { note: string }) => m.note === '原表印刷无误')).toHaveLength(errors.length);
    // Written back with the edits kept.
    expect(readFile(marks).marks.filter((m) => m.status === 'dismissed')).toHaveLength(errors.length);
  });

  it('keeps the marks of files not checked this time', async () => {
    const marks = join(dir, 'two.json');
    await run('check', '--review', marks, SEED, PDF);
    const both = readFile(marks).marks;
    expect(new Set(both.map((m) => m.file))).toEqual(new Set(['002_f3b27fa17e2522f1.txt', 'seed-003.pdf']));
    await run('check', '--review', marks, SEED);
    const after = readFile(marks).marks;
    expect(after).toHaveLength(both.length);
    // The other file's entries still say what they are about.
    expect(after.filter((m) => m.file === 'seed-003.pdf')).toEqual(both.filter((m) => m.file === 'seed-003.pdf'));
  }, 60_000);

  it('refuses a marks file it cannot read, with exit 2, and leaves it as it was', async () => {
    const marks = join(dir, 'broken.json');
    writeFileSync(marks, '{"format":"hezhang-review","version":1,"marks":[{"key":"k","status":"maybe"}]}');
    const { code, stderr, stdout } = await run('check', '--review', marks, SEED);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('不是核账的核查标记文件（marks.0.status');
    expect(readFileSync(marks, 'utf8')).toContain('"maybe"');
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, 'status: dismissed');
    expect((await run('check', '--lang', 'en', '--review', notJson, SEED)).stderr).toContain('not valid JSON');
  });

  it('is an option of check only', async () => {
    expect((await run('extract', '--review', join(dir, 'x.json'), SEED)).code).toBe(2);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});
