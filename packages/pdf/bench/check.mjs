#!/usr/bin/env node
/**
 * `pnpm bench` for @hezhang/pdf: the whole check (read the PDF with pdf.js, rebuild the model, run
 * every rule) on the real budget PDFs, next to `pdftotext -layout` on the same files in the same run,
 * and on a 100-page document assembled from them with qpdf. Each case runs in a fresh process so its
 * peak memory (max RSS) is its own. Needs the built packages; pdftotext and qpdf where present.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = 5;

if (process.argv[2] === '--one') {
  const file = process.argv[3];
  const { readBudgetPdf, extractPositioned } = await import('../dist/node.js');
  const { checkDocument } = await import('@hezhang/core');
  const bytes = new Uint8Array(readFileSync(file));
  const pages = (await extractPositioned(bytes)).pages.length;
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    checkDocument(await readBudgetPdf(bytes, { name: file }));
    times.push(performance.now() - start);
  }
  const pdftotext = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.error) break;
    pdftotext.push(performance.now() - start);
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ pages, times, pdftotext, maxRssMb }));
  process.exit(0);
}

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '../../..');
const realDir = [
  process.env.HEZHANG_REAL_PDFS,
  join(repo, '../shared/fixtures/real'),
  '/work/shared/fixtures/real',
].find((d) => d && existsSync(join(d, 'swj-2025-dept.pdf')));
const cases = realDir
  ? ['swj-2025-dept', 'swj-2025-unit', 'wanli-2023-dept', 'wanli-2024-dept', 'shczj-2025-unit', 'czj-2024-final'].map(
      (n) => ({
        name: `${n}.pdf`,
        file: join(realDir, `${n}.pdf`),
      }),
    )
  : [];
if (!realDir) console.log('real budget PDFs not found (HEZHANG_REAL_PDFS): benchmarking the fixtures only');
const fixtures = join(here, '../fixtures');
cases.push({ name: 'fixtures/seed-003.pdf', file: join(fixtures, 'seed-003.pdf') });

const work = mkdtempSync(join(tmpdir(), 'hezhang-bench-'));
const hundred = join(work, 'assembled-100.pdf');
try {
  const sources = realDir
    ? [
        join(realDir, 'swj-2025-dept.pdf'),
        join(realDir, 'wanli-2023-dept.pdf'),
        join(realDir, 'wanli-2024-dept.pdf'),
        join(realDir, 'swj-2025-unit.pdf'),
        '1-6',
      ]
    : [...Array(6)].flatMap(() => [join(fixtures, 'seed-003.pdf')]).concat([join(fixtures, 'seed-001-joined.pdf')]);
  execFileSync('qpdf', ['--empty', '--pages', ...sources, '--', hundred], { stdio: 'ignore' });
  cases.push({ name: `assembled (${realDir ? 'real PDFs' : 'fixtures'})`, file: hundred });
} catch {
  console.log('qpdf not found: no assembled 100-page document');
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
let total = 0;
let totalText = 0;
for (const c of cases) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', c.file], { encoding: 'utf8' });
  const r = JSON.parse(out);
  const check = median(r.times);
  const text = r.pdftotext.length ? median(r.pdftotext) : undefined;
  total += check;
  if (text !== undefined) totalText += text;
  rows.push({
    file: c.name,
    pages: r.pages,
    'check ms': check.toFixed(0),
    'pdftotext ms': text === undefined ? '—' : text.toFixed(0),
    ratio: text === undefined ? '—' : `${(check / text).toFixed(2)}×`,
    'pages/s': ((r.pages / check) * 1000).toFixed(0),
    'peak RSS MB': r.maxRssMb.toFixed(0),
  });
}
console.log(`whole check (read + every rule) vs pdftotext -layout, median of ${RUNS} runs, one process per file`);
console.table(rows);
if (totalText > 0)
  console.log(
    `all files: ${total.toFixed(0)} ms vs ${totalText.toFixed(0)} ms — ${(total / totalText).toFixed(2)}× pdftotext`,
  );
