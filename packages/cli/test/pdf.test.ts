import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BudgetDocument, Report } from '@hezhang/core';
import { realDir } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run.js';

const FIXTURES = fileURLToPath(new URL('../../pdf/fixtures/', import.meta.url));
const fixture = (name: string) => join(FIXTURES, name);

describe('PDF input', () => {
  it('extracts the tables of a PDF', async () => {
    const { code, stdout } = await run(['extract', '--json', fixture('seed-003.pdf')]);
    expect(code).toBe(0);
    const [doc] = JSON.parse(stdout) as unknown[];
    expect(BudgetDocument.parse(doc).tables).toHaveLength(9);
  });

  it('checks a PDF and prints its report', async () => {
    const { stdout } = await run(['check', fixture('seed-003.pdf')]);
    expect(stdout).toContain('seed-003.pdf');
    expect(stdout).toMatch(/结论：/);
  });

  it('says in one line why a PDF cannot be read, and checks the other files', async () => {
    const { code, stderr, stdout } = await run([
      'check',
      '--json',
      fixture('encrypted.pdf'),
      fixture('image-only.pdf'),
      fixture('seed-001-joined.pdf'),
    ]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `hezhang: ${fixture('encrypted.pdf')}: PDF 文件已加密，需要密码才能读取`,
      `hezhang: ${fixture('image-only.pdf')}: PDF 没有文本层（可能是扫描件），无法读取表格`,
    ]);
    const results = JSON.parse(stdout) as { error?: unknown }[];
    expect(results.map((r) => !!r.error)).toEqual([true, true, false]);
    expect(() => Report.parse(results[2])).not.toThrow();
  });
});

/** The published final accounts, outside the repository (skipped where absent, as the pdf package's tests do). */
const FINAL_DIR = realDir('czj-2024-final.pdf');
const FINAL = FINAL_DIR && join(FINAL_DIR, 'czj-2024-final.pdf');

describe.skipIf(!FINAL)('final accounts', () => {
  // Three reads of a 3.6 MB PDF whose embedded font pdf.js converts (2 s each alone): 30 s and more
  // with the whole suite running beside it on two cores.
  it('heads a 决算 as 部门决算 of its year, in both languages', { timeout: 180_000 }, async () => {
    const zh = await run(['check', FINAL as string]);
    expect(zh.stdout.split('\n')[0]).toBe('━━ czj-2024-final.pdf ━━ 上海市普陀区财政局 · 2024年度 · 部门决算');
    const en = await run(['check', '--lang', 'en', FINAL as string]);
    expect(en.stdout.split('\n')[0]).toBe(
      '━━ czj-2024-final.pdf ━━ 上海市普陀区财政局 · 2024 · department final accounts',
    );
    const tables = await run(['extract', FINAL as string]);
    expect(tables.stdout.split('\n')[0]).toContain('2024年度 · 部门决算');
  });
});

describe('--jobs: many files in parallel on worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hezhang-jobs-'));
  const names = ['a-seed-003.pdf', 'b-malformed.pdf', 'c-seed-002.pdf', 'd-seed-001.pdf', 'e-rotated.pdf'];
  const sources = ['seed-003.pdf', 'malformed.pdf', 'seed-002-unruled.pdf', 'seed-001-joined.pdf', 'rotated.pdf'];
  for (const [i, source] of sources.entries()) copyFileSync(fixture(source), join(dir, names[i] as string));

  // Every fixture read twice: 18 s with the whole suite running beside it on two cores.
  it('checks every PDF of a folder, in order, the same as one at a time, with progress', {
    timeout: 120_000,
  }, async () => {
    const progress: string[] = [];
    const parallel = await run(['check', '--json', '--jobs', '3', dir], progress);
    const serial = await run(['check', '--json', '--jobs', '1', dir]);
    type Entry = { source: { name: string }; summary?: unknown; findings?: unknown };
    const entries = JSON.parse(parallel.stdout) as Entry[];
    expect(entries.map((e) => e.source.name)).toEqual(names);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.code).toBe(2); // the malformed file
    expect(progress.filter(Boolean)).toHaveLength(names.length);
    expect(progress.at(-2)).toMatch(/^\[5\/5\] /);
  });
});
