#!/usr/bin/env node
/**
 * `pnpm bench` for @hezhang/pdf, on the real budget PDFs, a fixture and a 100-page document assembled
 * from them with qpdf:
 * - the one-pass read (extractPositioned: one operator list per page, interpreted) against plain pdf.js
 *   (bench/plain.mjs: the text content and the operator list of every page, nothing done with them),
 *   wall and CPU time (all threads) of each;
 * - the whole check (read, rebuild the model, run every rule) next to `pdftotext -layout`.
 * Each file runs in a fresh process so its peak memory (max RSS) is its own. Needs the built packages;
 * pdftotext and qpdf where present.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REAL_DIR as realDir, realPdfNames } from '@hezhang/test-support/real';

const WARMUP = 2;
const RUNS = 7;

/**
 * Times each function RUNS times after WARMUP untimed rounds (V8 compiles pdf.js' hot paths), taking
 * turns so that none gets the warmer process: wall and CPU milliseconds (the process' user and system
 * time, pdf.js' worker thread included).
 */
async function timeRuns(fns) {
  const times = fns.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const [k, fn] of fns.entries()) {
      // Each run starts from a collected heap, so that none pays for the garbage of the one before.
      globalThis.gc?.();
      const cpu = process.cpuUsage();
      const start = performance.now();
      await fn();
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpu);
      if (i >= WARMUP) {
        times[k].wall.push(wall);
        times[k].cpu.push((used.user + used.system) / 1000);
      }
    }
  }
  return times;
}

if (process.argv[2] === '--one') {
  const file = process.argv[3];
  const { readBudgetPdf, extractPositioned } = await import('../dist/node.js');
  const { plainPdfjs } = await import('./plain.mjs');
  const { checkDocument } = await import('@hezhang/core');
  const bytes = new Uint8Array(readFileSync(file));
  const pages = (await extractPositioned(bytes)).pages.length;
  const check = async () => checkDocument(await readBudgetPdf(bytes, { name: file }));
  const [onePass, plain, whole] = await timeRuns([() => extractPositioned(bytes), () => plainPdfjs(bytes), check]);
  const pdftotext = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.error) break;
    pdftotext.push(performance.now() - start);
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ pages, onePass, plain, whole, pdftotext, maxRssMb }));
  process.exit(0);
}

const here = fileURLToPath(new URL('.', import.meta.url));
const cases = realPdfNames().map((n) => ({ name: n, file: join(realDir, n) }));
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
const ratio = (a, b) => (b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
const rows = [];
const totals = { onePass: 0, onePassCpu: 0, plain: 0, plainCpu: 0, check: 0, text: 0 };
for (const c of cases) {
  const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--one', c.file], {
    encoding: 'utf8',
  });
  const r = JSON.parse(out);
  const onePass = median(r.onePass.wall);
  const onePassCpu = median(r.onePass.cpu);
  const plain = median(r.plain.wall);
  const plainCpu = median(r.plain.cpu);
  const check = median(r.whole.wall);
  const text = r.pdftotext.length ? median(r.pdftotext) : undefined;
  if (!c.name.startsWith('assembled')) {
    totals.onePass += onePass;
    totals.onePassCpu += onePassCpu;
    totals.plain += plain;
    totals.plainCpu += plainCpu;
    totals.check += check;
    totals.text += text ?? 0;
  }
  rows.push({
    file: c.name,
    pages: r.pages,
    'one-pass ms': onePass.toFixed(0),
    'plain pdf.js ms': plain.toFixed(0),
    'one-pass ÷ plain': ratio(onePass, plain),
    'one-pass CPU ms': onePassCpu.toFixed(0),
    'plain CPU ms': plainCpu.toFixed(0),
    'CPU ÷': ratio(onePassCpu, plainCpu),
    'check ms': check.toFixed(0),
    'pdftotext ms': text === undefined ? '—' : text.toFixed(0),
    'check ÷ pdftotext': ratio(check, text),
    'peak RSS MB': r.maxRssMb.toFixed(0),
  });
}
console.log(
  `one-pass read (extractPositioned) vs plain pdf.js (text content + operator list of every page), and the whole ` +
    `check vs pdftotext -layout: medians of ${RUNS} runs after ${WARMUP} warm-up runs, one process per file, ` +
    `CPU = user + system time of all threads`,
);
console.table(rows);
console.log(
  `all files but the assembled one: one-pass ${totals.onePass.toFixed(0)} ms wall / ${totals.onePassCpu.toFixed(0)} ms CPU, ` +
    `plain pdf.js ${totals.plain.toFixed(0)} ms / ${totals.plainCpu.toFixed(0)} ms ` +
    `(${ratio(totals.onePass, totals.plain)} wall, ${ratio(totals.onePassCpu, totals.plainCpu)} CPU); ` +
    `check ${totals.check.toFixed(0)} ms, pdftotext ${totals.text.toFixed(0)} ms`,
);
