/**
 * The command line itself (issue 21): --version, usage errors said like every other message, a pipe
 * closed early, `debug --out`, and `--review` given the page's JSON export.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReviewFile } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { marksFileBeside } from '../src/review.js';
import { runCli } from './run.js';

const BIN = fileURLToPath(new URL('../bin/hezhang.js', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const SEED = join(SEEDS, '002_f3b27fa17e2522f1.txt');
const PDF = fileURLToPath(new URL('../../pdf/fixtures/seed-003.pdf', import.meta.url));
const VERSION = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version as string;

const run = (...argv: string[]) => runCli(argv);

describe('--version', () => {
  it('prints the version and exits 0', async () => {
    for (const flag of ['--version', '-V', 'version']) {
      const { code, stdout, stderr } = await run(flag);
      expect(code).toBe(0);
      expect(stdout).toBe(`hezhang ${VERSION}\n`);
      expect(stderr).toBe('');
    }
  });
});

describe('usage errors', () => {
  const cases: [string[], string, string][] = [
    [['check', '--bogus', SEED], '未知选项 --bogus', 'unknown option --bogus'],
    [['check', '-z', SEED], '未知选项 -z', 'unknown option -z'],
    [['check', SEED, '--jobs'], '--jobs 需要一个值', '--jobs needs a value'],
    [['check', '--json=yes', SEED], '--json 不带值', '--json takes no value'],
    [['check', '--jobs', '0', SEED], '--jobs 必须是正整数', '--jobs must be a positive integer'],
    [['verify', SEED], '未知命令“verify”', 'unknown command "verify"'],
    [['check'], 'check：没有给出文件', 'check: no file given'],
    [['extract', '--review', 'x.json', SEED], '--review 只用于 check', '--review goes with check'],
    [['check', '--out', 'x.html', SEED], '--out 只用于 debug', '--out goes with debug'],
  ];
  it('says each in Chinese, or in English with --lang en, never in Node’s words, and exits 2', async () => {
    for (const [argv, zh, en] of cases) {
      const chinese = await run(...argv);
      expect(chinese.code, argv.join(' ')).toBe(2);
      expect(chinese.stderr.startsWith(`hezhang: ${zh}`), chinese.stderr).toBe(true);
      expect(chinese.stderr).toContain(zh);
      const english = await run(...argv, '--lang', 'en');
      expect(english.code, argv.join(' ')).toBe(2);
      expect(english.stderr).toContain(`hezhang: ${en}`);
      for (const out of [chinese.stderr, english.stderr]) {
        expect(out).not.toMatch(/To specify a positional argument|ERR_PARSE_ARGS|argument missing/);
        expect(out).toContain('用法 / usage:');
      }
    }
    expect((await run('check', '--lang', 'fr', SEED)).stderr).toContain('--lang 只能是 zh 或 en，不能是“fr”');
  });
});

/** Runs the built CLI with its stdout read for the first chunk only, then closed, as `| head -1` does. */
function closedEarly(args: string[]): Promise<{ code: number | null; stderr: string; read: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', (chunk) => {
      read = String(chunk);
      child.stdout.destroy();
    });
    child.on('close', (code) => done({ code, stderr, read }));
  });
}

describe('a pipe closed early', () => {
  it('ends the run quietly with exit code 0', { timeout: 120_000 }, async () => {
    // Every seed's report as JSON: far more than a pipe holds, so the CLI is still writing when the reader leaves.
    for (const args of [['check', '--json', SEEDS]]) {
      const { code, stderr, read } = await closedEarly(args);
      expect(read.length).toBeGreaterThan(0);
      expect(stderr, args.join(' ')).toBe('');
      expect(code, args.join(' ')).toBe(0);
    }
  });
});

describe('hezhang debug --out', () => {
  it('writes where --out says and prints the full path it wrote', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hezhang-debug-out-'));
    const out = join(dir, 'picture.html');
    const zh = await run('debug', PDF, '--page', '4', '--out', out);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe(`已写入 ${out}（第4页）\n`);
    expect(existsSync(out)).toBe(true);
    // A relative --out is printed as the absolute path it became.
    const relative = join('.', 'edges-debug-relative.html');
    const en = await run('debug', PDF, '--lang', 'en', '--page', '4', '-o', relative);
    expect(en.stdout).toBe(`wrote ${resolve(relative)} (page 4)\n`);
    expect(existsSync(resolve(relative))).toBe(true);
    await import('node:fs/promises').then((fs) => fs.rm(resolve(relative)));
  });
});

describe('--review given the page’s JSON export', () => {
  it('never writes over the export: its marks go to a marks file of their own, and the run says where', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hezhang-review-export-'));
    // The page's JSON export: a report with its review (what `check --json --review` prints is the same shape).
    const first = await run('check', '--json', '--review', join(dir, 'seed.marks.json'), SEED);
    const [report] = JSON.parse(first.stdout);
    report.review.marks[0].status = 'dismissed';
    report.review.marks[0].note = '表中印的数无误';
    report.review.marks[0].at = '2030-01-01T00:00:00.000Z';
    const exported = join(dir, 'report.json');
    const text = `${JSON.stringify(report, null, 2)}\n`;
    writeFileSync(exported, text);

    const { code, stderr } = await run('check', '--review', exported, SEED);
    expect(readFileSync(exported, 'utf8')).toBe(text);
    const target = marksFileBeside(exported);
    expect(target).toBe(join(dir, 'report.marks.json'));
    expect(stderr).toContain(`hezhang: 核查标记已写入 ${target}`);
    const marks = ReviewFile.parse(JSON.parse(readFileSync(target, 'utf8'))).marks;
    expect(marks).toHaveLength(report.findings.length);
    expect(marks.filter((m) => m.status === 'dismissed')).toEqual([
      expect.objectContaining({ key: report.review.marks[0].key, note: '表中印的数无误' }),
    ]);
    // The one error of seed 002 was dismissed in the export: it leaves the exit code.
    expect(report.summary.errors).toBe(1);
    expect(report.findings[0].severity).toBe('error');
    expect(code).toBe(0);

    // Run again with the export: the marks file beside it is read too (a later edit there is kept).
    const file = ReviewFile.parse(JSON.parse(readFileSync(target, 'utf8')));
    const other = file.marks.find((m) => m.status === 'open');
    if (other) Object.assign(other, { status: 'confirmed', note: '已核实', at: '2031-01-01T00:00:00.000Z' });
    writeFileSync(target, JSON.stringify(file));
    const again = await run('check', '--lang', 'en', '--review', exported, SEED);
    expect(again.stderr).toContain(`hezhang: marks written to ${target}`);
    expect(readFileSync(exported, 'utf8')).toBe(text);
    const after = ReviewFile.parse(JSON.parse(readFileSync(target, 'utf8'))).marks;
    expect(after.filter((m) => m.status !== 'open')).toHaveLength(other ? 2 : 1);
  });

  it('refuses, and writes nothing, when the file beside the export is not a marks file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hezhang-review-clash-'));
    const exported = join(dir, 'report.json');
    const first = await run('check', '--json', '--review', join(dir, 'x.marks.json'), SEED);
    writeFileSync(exported, JSON.stringify(JSON.parse(first.stdout)[0]));
    writeFileSync(join(dir, 'report.marks.json'), '{"something":"else"}');
    const { code, stderr, stdout } = await run('check', '--review', exported, SEED);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('不是核查标记文件：不会覆盖它');
    expect(readFileSync(join(dir, 'report.marks.json'), 'utf8')).toBe('{"something":"else"}');
  });

  it('a report checked without marks (`--json` alone) holds none: a marks file beside it, the report untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hezhang-review-plain-'));
    const exported = join(dir, 'plain.json');
    const plain = await run('check', '--json', SEED);
    writeFileSync(exported, plain.stdout);
    const { code, stderr } = await run('check', '--review', exported, SEED);
    expect(readFileSync(exported, 'utf8')).toBe(plain.stdout);
    expect(code).toBe(plain.code);
    expect(stderr).toContain(`核查标记已写入 ${join(dir, 'plain.marks.json')}`);
    const marks = JSON.parse(readFileSync(join(dir, 'plain.marks.json'), 'utf8')) as { marks: { status: string }[] };
    expect(marks.marks.length).toBeGreaterThan(0);
    expect(marks.marks.every((m) => m.status === 'open')).toBe(true);
    // One report as the page writes it, before any mark: the same.
    writeFileSync(exported, JSON.stringify(JSON.parse(plain.stdout)[0]));
    expect((await run('check', '--review', exported, SEED)).code).toBe(plain.code);
  });
});
