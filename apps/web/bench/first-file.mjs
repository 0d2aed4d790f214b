#!/usr/bin/env node
/**
 * Issue 13 part 5's figure for the offline page: from choosing a budget PDF to its verdict on screen,
 * the first file of a visit included. Each run is a fresh Chromium profile (nothing cached, no service
 * worker yet) opening the built page on 127.0.0.1; the file is chosen through the page's file input.
 *
 * Two ways of choosing are timed:
 *  - "after idle": the reader chooses once the page has warmed its workers while idle
 *    (<html data-hezhang-warm="ready">), as anyone does who spends a second in the file dialog;
 *  - "at once": the file is chosen the moment the input exists, before the warm-up (the worst case).
 * Then the other budget in the same page, for comparison.
 *
 * The clock runs inside the page (page-clock.mjs): from the input's change event to the verdict card
 * ([data-document][data-status]) in the DOM, and to the next frame after it (painted). The machine is
 * shared and a busy one says nothing: before each visit the benchmark waits (up to QUIET_WAIT_MS) for
 * the CPUs to be idle (Linux' /proc/stat), and prints the least idle share any visit started with.
 *
 *   npx -y pnpm@12.21.0 --filter @hezhang/web build && node apps/web/bench/first-file.mjs [--runs N] [PDF...]
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { realDir } from '@hezhang/test-support/real';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { untilVerdict } from './page-clock.mjs';

/** Budgets of about 25 pages (26 and 24) from the shared real PDFs. */
const FIRST_FILES = ['swj-2025-dept.pdf', 'czj-2025-dept.pdf'];
/** (The real PDFs' folder is @hezhang/test-support's: $HEZHANG_REAL_PDFS, else the shared one; none when absent.) */
const REAL_DIR = realDir(...FIRST_FILES);
export const FIRST_FILE_PDFS = REAL_DIR ? FIRST_FILES.map((f) => join(REAL_DIR, f)) : [];
const DEFAULT_RUNS = 5;
/** Share of CPU time idle, over QUIET_SAMPLE_MS, that counts as a quiet machine. */
const QUIET_IDLE = 0.9;
const QUIET_SAMPLE_MS = 2000;
/** How long to wait for a quiet machine before a visit; the visit then runs anyway (and says so). */
const QUIET_WAIT_MS = 10 * 60_000;

/** All CPUs' idle and total jiffies (Linux), or undefined elsewhere. */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
    // user nice system idle iowait irq softirq steal …: idle and iowait are the idle time.
    return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.slice(0, 8).reduce((a, b) => a + b, 0) };
  } catch {
    return undefined;
  }
}

/** Waits until the CPUs are idle (QUIET_IDLE) over a sample; returns the idle share last measured. */
async function waitForQuiet() {
  const deadline = Date.now() + QUIET_WAIT_MS;
  for (;;) {
    const a = cpuTimes();
    await sleep(QUIET_SAMPLE_MS);
    const b = cpuTimes();
    if (!a || !b) return Number.NaN;
    const idle = (b.idle - a.idle) / Math.max(1, b.total - a.total);
    if (idle >= QUIET_IDLE || Date.now() > deadline) return idle;
  }
}

/** Chooses a file through the page's input and returns the page's clock (started before choosing). */
async function choose(page, path, dir) {
  // setInputFiles reads from disk: a copy under a fresh name, so that each choice is a new file.
  const name = basename(path);
  const copy = join(dir, name);
  if (!existsSync(copy)) writeFileSync(copy, readFileSync(path));
  const clock = page.evaluate(untilVerdict, name);
  await page.locator('input[data-pick="documents"]').setInputFiles(copy);
  return clock;
}

/** One visit: a fresh profile, the page opened, the first file chosen (after idle or at once), then a second. */
export async function visit(url, first, second, { waitIdle }) {
  const dir = mkdtempSync(join(tmpdir(), 'hezhang-first-file-'));
  const { context, dispose } = await launchChromium();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const t0 = Date.now();
    await page.goto(url);
    await page.locator('input[data-pick="documents"]').waitFor({ state: 'attached' });
    let warmMs;
    if (waitIdle) {
      await page.locator('html[data-hezhang-warm="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
      warmMs = Date.now() - t0;
    }
    const firstFile = await choose(page, first, dir);
    const secondFile = second ? await choose(page, second, dir) : undefined;
    return { warmMs, firstFile, secondFile };
  } finally {
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const spread = (xs) => `${ms(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;

/** Times choosing each PDF to its verdict, `runs` fresh visits per PDF and way of choosing; prints a table. */
export async function measureFirstFile(url, pdfs = FIRST_FILE_PDFS, runs = DEFAULT_RUNS) {
  const present = pdfs.filter(existsSync);
  if (present.length === 0) {
    console.log(
      `first file: skipped, none of ${pdfs.join(', ') || FIRST_FILES.join(', ')} found (set HEZHANG_REAL_PDFS)`,
    );
    return;
  }
  console.log(
    `\n## Choosing a file → its verdict, first file of a visit included (${runs} fresh profiles each; ${cpus().length} cores; each visit waits for the CPUs to be ${100 * QUIET_IDLE}% idle)\n`,
  );
  console.log(
    '| PDF | chosen (median, min–max) | first file: read | verdict in DOM | painted | second file, same page: painted | warm-up done after | CPU idle before (least) |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const pdf of present) {
    // The second file is the other budget (none when only one is there).
    const second = present.find((p) => p !== pdf);
    for (const waitIdle of [true, false]) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const idle = await waitForQuiet();
        results.push({ idle, ...(await visit(url, pdf, second, { waitIdle })) });
      }
      const statuses = new Set(results.map((r) => r.firstFile.status));
      console.log(
        `| ${basename(pdf)} (${[...statuses].join('/')}) | ${waitIdle ? 'after idle' : 'at once'} | ${spread(results.map((r) => r.firstFile.read ?? Number.NaN))} | ${spread(results.map((r) => r.firstFile.inDom))} | ${spread(results.map((r) => r.firstFile.painted))} | ${second ? spread(results.map((r) => r.secondFile.painted)) : '—'} | ${waitIdle ? spread(results.map((r) => r.warmMs)) : '—'} | ${Math.round(100 * Math.min(...results.map((r) => r.idle)))}% |`,
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : DEFAULT_RUNS;
  const server = await serve({ port: 0 });
  try {
    await measureFirstFile(server.url, args.length > 0 ? args : FIRST_FILE_PDFS, runs);
  } finally {
    await server.close();
  }
}
