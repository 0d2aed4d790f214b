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

const WARMUP = 2;
const RUNS = 7;

/**
 * Times each function RUNS times after WARMUP untimed rounds (V8 compiles pdf.js' hot paths), taking
 * turns so that neither gets the warmer process.
 */
async function timeRuns(fns) {
  const times = fns.map(() => []);
  for (let i = 0; i < WARMUP + RUNS; i++) {
    for (const [k, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      if (i >= WARMUP) times[k].push(performance.now() - start);
    }
  }
  return times;
}

if (process.argv[2] === '--one') {
  const file = process.argv[3];
  const { readBudgetPdf, extractPositioned, nodeResources } = await import('../dist/node.js');
  const { needsOperatorList } = await import('../dist/extract.js');
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { checkDocument } = await import('@hezhang/core');
  const bytes = new Uint8Array(readFileSync(file));
  const pages = (await extractPositioned(bytes)).pages.length;
  const check = async () => checkDocument(await readBudgetPdf(bytes, { name: file }));
  // The floor: the pdf.js calls readBudgetPdf makes (every page's text, the operator list of table
  // pages, the metadata) with none of Hezhang's work on their results.
  const pdfjsCalls = async () => {
    const pdf = await pdfjs.getDocument({
      data: bytes.slice(),
      ...nodeResources(),
      cMapPacked: true,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ disableNormalization: true });
      const items = content.items.filter((i) => 'str' in i && i.str.trim() !== '').map((i) => ({ text: i.str }));
      if (needsOperatorList(items)) await page.getOperatorList();
      page.cleanup();
    }
    await pdf.getMetadata();
    await pdf.destroy();
  };
  const [times, pdfjsAlone] = await timeRuns([check, pdfjsCalls]);
  const pdftotext = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.error) break;
    pdftotext.push(performance.now() - start);
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ pages, times, pdfjsAlone, pdftotext, maxRssMb }));
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
const ratio = (a, b) => (b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
const rows = [];
const totals = { check: 0, alone: 0, text: 0 };
for (const c of cases) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', c.file], { encoding: 'utf8' });
  const r = JSON.parse(out);
  const check = median(r.times);
  const alone = median(r.pdfjsAlone);
  const text = r.pdftotext.length ? median(r.pdftotext) : undefined;
  if (text !== undefined) {
    totals.check += check;
    totals.alone += alone;
    totals.text += text;
  }
  rows.push({
    file: c.name,
    pages: r.pages,
    'check ms': check.toFixed(0),
    'pdf.js alone ms': alone.toFixed(0),
    'pdftotext ms': text === undefined ? '—' : text.toFixed(0),
    'check ÷ pdftotext': ratio(check, text),
    'pdf.js alone ÷ pdftotext': ratio(alone, text),
    'pages/s': ((r.pages / check) * 1000).toFixed(0),
    'peak RSS MB': r.maxRssMb.toFixed(0),
  });
}
console.log(
  `whole check (read + every rule) and pdf.js alone (its calls only) vs pdftotext -layout: median of ${RUNS} runs ` +
    `after ${WARMUP} warm-up runs, one process per file`,
);
console.table(rows);
if (totals.text > 0)
  console.log(
    `all files: check ${totals.check.toFixed(0)} ms (${ratio(totals.check, totals.text)}), pdf.js alone ` +
      `${totals.alone.toFixed(0)} ms (${ratio(totals.alone, totals.text)}), pdftotext ${totals.text.toFixed(0)} ms`,
  );
