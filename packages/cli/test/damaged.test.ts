/**
 * Damaged and hostile inputs through the CLI: the damaged PDF class of issue 14 in both output modes,
 * text in other encodings, a last-resort guard for anything that escapes, and a seeded batch of
 * damaged files run by the real binary under a time limit.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Report } from '@hezhang/core';
import { cutMiddle, encodeGb18030, flipBytes, int, random, randomBytes, truncate } from '@hezhang/test-support/damage';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const PDF_FIXTURES = fileURLToPath(new URL('../../pdf/fixtures/', import.meta.url));
const DAMAGED = join(PDF_FIXTURES, 'damaged');
const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const SEED_FILES = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seed = (i: number) => join(SEEDS, SEED_FILES[i] as string);
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

const run = (...argv: string[]) => runCli(argv);

type Entry = {
  source: { name: string };
  summary?: unknown;
  error?: { code: string; message: string; messageEn: string };
};

describe('the damaged PDF of issue 14', () => {
  const damaged = join(DAMAGED, 'xref-entry.pdf');

  it('exits 2 with a one-line reason in the human report, and still checks the other file', async () => {
    const { code, stdout, stderr } = await run('check', damaged, seed(1));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `hezhang: ${damaged}: PDF 中没有可读的文字，也没有图像：文件可能已损坏`,
    ]);
    expect(stdout).toContain(SEED_FILES[1]);
    expect(stdout).toMatch(/结论：/);
  });

  it('exits 2 with the reason in English and in the JSON entry', async () => {
    const { code, stdout, stderr } = await run('check', '--json', '--lang', 'en', damaged, seed(1));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `hezhang: ${damaged}: the PDF holds no readable text and no image: it may be damaged`,
    ]);
    const [failed, checked] = JSON.parse(stdout) as Entry[];
    expect(failed?.error).toMatchObject({ code: 'malformed', messageEn: expect.stringContaining('damaged') });
    expect(() => Report.parse(checked)).not.toThrow();
  });

  it('does the same from the real binary, as a volunteer runs it', { timeout: 120_000 }, () => {
    const result = spawnSync(process.execPath, [BIN, 'check', damaged], { encoding: 'utf8', timeout: 110_000 });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('文件可能已损坏');
  });
});

describe('text in other encodings', () => {
  it('reads a seed saved as GB18030 like the UTF-8 original', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hezhang-gb-'));
    const gb = join(dir, 'budget-gbk.txt');
    writeFileSync(gb, encodeGb18030(readFileSync(seed(2), 'utf8')));
    const [original, reencoded] = JSON.parse((await run('check', '--json', seed(2), gb)).stdout) as Report[];
    expect(reencoded?.summary).toEqual(original?.summary);
  });
});

describe('the last guard', () => {
  it('turns a rejection that escaped every reader into exit 2 with its reason, and finishes the run', {
    timeout: 120_000,
  }, () => {
    // A module loaded before the CLI makes the first report line leave a rejection nobody handles,
    // as a reader's bug would.
    const hook = [
      'const write = process.stdout.write.bind(process.stdout);',
      'let once = false;',
      'process.stdout.write = (...args) => {',
      "  if (!once) { once = true; Promise.reject(new Error('escaped the readers')); }",
      '  return write(...args);',
      '};',
    ].join('\n');
    const result = spawnSync(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, BIN, 'check', seed(1)],
      {
        encoding: 'utf8',
        timeout: 110_000,
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('hezhang: internal error (unhandled rejection): Error: escaped the readers');
    expect(result.stdout).toMatch(/结论：/);
  });
});

describe('seeded batch of damaged files through the real binary', () => {
  const rnd = random(1411);
  const dir = mkdtempSync(join(tmpdir(), 'hezhang-damaged-'));
  const made: string[] = [];
  const add = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    made.push(name);
  };
  for (const f of readdirSync(DAMAGED)) {
    copyFileSync(join(DAMAGED, f), join(dir, `pdf-${f}`));
    made.push(`pdf-${f}`);
  }
  const pdf = new Uint8Array(readFileSync(join(PDF_FIXTURES, 'seed-002-unruled.pdf')));
  for (let i = 0; i < 3; i++) add(`pdf-truncated-${i}.pdf`, truncate(pdf, rnd()));
  for (let i = 0; i < 3; i++) add(`pdf-flipped-${i}.pdf`, flipBytes(rnd, pdf, 1 + int(rnd, 20)));
  add('pdf-cut.pdf', cutMiddle(pdf, 0.4, 0.6));
  const text = new TextEncoder().encode(readFileSync(seed(3), 'utf8'));
  for (let i = 0; i < 3; i++) add(`text-truncated-${i}.txt`, truncate(text, rnd()));
  for (let i = 0; i < 3; i++) add(`text-flipped-${i}.txt`, flipBytes(rnd, text, 1 + int(rnd, 20)));
  for (let i = 0; i < 3; i++) add(`random-${i}.txt`, randomBytes(rnd, 1 + int(rnd, 20_000)));
  add('text-gb18030.txt', encodeGb18030(readFileSync(seed(3), 'utf8')));
  add('text-empty.md', new Uint8Array());
  add('page.txt', new TextEncoder().encode('<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table>'));
  made.sort();

  for (const mode of ['--json', '--human'] as const) {
    it(`gives each of ${made.length} a report or a one-line reason, exit 2, in time (${mode})`, () => {
      const args = [BIN, 'check', '--jobs', '2', ...(mode === '--json' ? ['--json'] : []), dir];
      // A hang, not a slow machine: alone this takes about 12 s on two cores.
      const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 28 });
      expect(result.signal, 'timed out').toBeNull();
      expect(result.status).toBe(2);
      const reasons = result.stderr.trim().split('\n');
      for (const line of reasons) expect(line).toMatch(new RegExp(`^hezhang: ${dir}/[^:]+: \\S`));
      if (mode === '--json') {
        const entries = JSON.parse(result.stdout) as Entry[];
        expect(entries.map((e) => e.source.name)).toEqual(made);
        for (const e of entries) expect(!!e.summary !== !!e.error, e.source.name).toBe(true);
        expect(entries.filter((e) => e.error)).toHaveLength(reasons.length);
        for (const name of ['random-0.txt', 'text-empty.md', 'page.txt', 'pdf-truncated.pdf'])
          expect(entries.find((e) => e.source.name === name)?.error, name).toBeDefined();
      } else {
        expect(result.stdout).toMatch(/结论：/);
      }
    }, 330_000);
  }
});
