/**
 * Hostile files through the real binary (issue 20): each ends in exit 2 with a one-line reason naming
 * the bound it broke (or in a report), within a hang bound and with the process' peak memory under
 * 1 GB; in one batch the clean budget beside them is still checked. Amounts holding zero-width or
 * direction-changing characters never read as another amount.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BudgetDocument, Report } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { hostilePdfs } from '../../pdf/fixtures/hostile.mjs';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../../seeds/001_44612e61586aee6a.txt', import.meta.url));
const seedText = readFileSync(SEED, 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'hezhang-hostile-'));
/** Prints the process' peak resident memory (KiB) on exit, as the last line of stderr. */
const PEAK = join(dir, 'peak.mjs');
writeFileSync(
  PEAK,
  [
    "import { writeSync } from 'node:fs';",
    "process.on('exit', () => writeSync(2, 'peak-rss-kib=' + process.resourceUsage().maxRSS + '\\n'));",
  ].join('\n'),
);

/** The seed's 行政运行 row, its total printed with characters that change or hide nothing / that reorder it. */
const ROW = '210\t15\t01\t行政运行\t67,580,403\t67,580,403';
const amountWith = (printed: string) => seedText.replace(ROW, `210\t15\t01\t行政运行\t${printed}\t67,580,403`);
const TEXTS: Record<string, string> = {
  // Zero-width characters are invisible: the amount shown is 67,580,403 and is read so.
  'amount-zero-width.txt': amountWith('67,5\u200B80,4\u2060\uFEFF03'),
  // A right-to-left override shows "304,085,76" as 67,580,403 (and the reverse): never read as a number.
  'amount-rtl-override.txt': amountWith('\u202E304,085,76\u202C'),
  'amount-isolate.txt': amountWith('67,580\u2067,403\u2069'),
  'amount-rlm.txt': amountWith('67,580\u200F,403'),
};

const files: Record<string, Uint8Array> = { ...hostilePdfs() };
for (const [name, text] of Object.entries(TEXTS)) files[name] = new TextEncoder().encode(text);
// A text file past the text bound: 3 MB of a real budget's text.
const seedBytes = new TextEncoder().encode(seedText).length;
files['huge.txt'] = new TextEncoder().encode(seedText.repeat(Math.ceil((3 * 1024 * 1024) / seedBytes)));
for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);

/** What each must give: exit 2 and the bound named, a report, or either (`read`: within the bounds, whatever it is). */
const EXPECTED: Record<string, RegExp | 'report' | 'read'> = {
  'inflate-bomb-1g.pdf': /inflates to more than 64 MB/,
  'inflate-bomb-1m-file.pdf': /inflates to more than 64 MB/,
  'image-bomb.pdf': /an image of 1,073,741,824 pixels/,
  'nested-states.pdf': /nests graphics states 1,000,000 deep/,
  'form-fan-out.pdf': /draws 134,217,728 text runs/,
  'form-chain.pdf': /nests forms more than 32 deep/,
  'page-tree-loop.pdf': /page tree loops back on itself/,
  'million-pages.pdf': /1,000,000 pages/,
  'shared-content.pdf': /draws 10000 MB of content in all/,
  'many-runs.pdf': /draws 200,000 text runs/,
  'encrypted-rc4-nested-states.pdf': /nests graphics states 30,000 deep/,
  'encrypted-aes128-bomb.pdf': /inflates to more than 64 MB/,
  'encrypted-aes256-fan-out.pdf': /draws 134,217,728 text runs/,
  'huge.txt': /a text file of 3 MB, over the limit of 2 MB/,
  // pdf.js finds the one page a /Count of 5,000,000 stands for; fonts it cannot parse fall back.
  'count-lie.pdf': 'read',
  'garbage-fonts.pdf': 'read',
  'amount-zero-width.txt': 'report',
  'amount-rtl-override.txt': 'report',
  'amount-isolate.txt': 'report',
  'amount-rlm.txt': 'report',
};

const GIB_IN_KIB = 1024 * 1024;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', PEAK, BIN, ...args], {
    encoding: 'utf8',
    // A hang, not a slow machine: each of these takes about a second alone.
    timeout: 120_000,
    maxBuffer: 1 << 28,
  });
  const lines = result.stderr.trim().split('\n');
  const peak = Number(/^peak-rss-kib=(\d+)$/.exec(lines.pop() ?? '')?.[1]);
  return { ...result, reasons: lines.filter(Boolean), peakKib: peak };
}

describe('hostile files through the real binary', () => {
  it('has an expectation for each', () => {
    expect(Object.keys(files).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s: its outcome, within the hang bound, under 1 GB', { timeout: 150_000 }, (name) => {
    const result = cli('check', '--lang', 'en', join(dir, name));
    expect(result.signal, 'timed out').toBeNull();
    expect(result.peakKib).toBeGreaterThan(0);
    expect(result.peakKib).toBeLessThan(GIB_IN_KIB);
    const expected = EXPECTED[name];
    if (expected === 'report') {
      expect(result.reasons).toEqual([]);
      expect(result.status).not.toBe(2);
      return;
    }
    if (expected === 'read') {
      expect([0, 1, 2]).toContain(result.status);
      expect(result.reasons.length).toBeLessThanOrEqual(1);
      return;
    }
    expect(result.status).toBe(2);
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatch(new RegExp(`^hezhang: ${dir}/${name}: `));
    expect(result.reasons[0]).toMatch(expected as RegExp);
  });

  it('checks the clean budget of a batch full of hostile files, and gives each of the others its reason', {
    timeout: 300_000,
  }, () => {
    const names = Object.keys(files).filter((n) => n.endsWith('.pdf'));
    const result = cli('check', '--json', '--jobs', '2', SEED, ...names.map((n) => join(dir, n)));
    expect(result.signal, 'timed out').toBeNull();
    expect(result.status).toBe(2);
    expect(result.peakKib).toBeLessThan(GIB_IN_KIB);
    const entries = JSON.parse(result.stdout) as { error?: { code: string }; source: { name: string } }[];
    expect(entries).toHaveLength(names.length + 1);
    expect(() => Report.parse(entries[0])).not.toThrow();
    const codes = Object.fromEntries(entries.slice(1).map((e) => [e.source.name, e.error?.code]));
    for (const name of ['inflate-bomb-1g.pdf', 'nested-states.pdf', 'million-pages.pdf', 'many-runs.pdf'])
      expect(codes[name], name).toBe('too_complex');
    expect(codes['page-tree-loop.pdf']).toBe('malformed');
  });
});

describe('amounts with invisible or direction-changing characters', () => {
  function totalOfRow(name: string): number | null | undefined {
    const result = cli('extract', '--json', join(dir, name));
    const [doc] = JSON.parse(result.stdout) as BudgetDocument[];
    for (const table of doc?.tables ?? [])
      for (const row of table.rows)
        if (row.label === '行政运行' && 'total' in row.values && table.kind === 'revenue_summary')
          return row.values.total ?? null;
    return undefined;
  }

  it('reads the amount shown when the characters are invisible, and no amount when they reorder it', {
    timeout: 150_000,
  }, () => {
    expect(totalOfRow('amount-zero-width.txt')).toBe(6_758_040_300);
    for (const name of ['amount-rtl-override.txt', 'amount-isolate.txt', 'amount-rlm.txt'])
      expect(totalOfRow(name), name).toBeNull();
  });
});
