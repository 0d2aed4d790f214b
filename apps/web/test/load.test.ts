/**
 * The page under load: 50 files dropped at once (budgets, damaged PDFs, texts, junk) and a 500-page
 * PDF assembled with qpdf at test time. The page must stay responsive (progress moves, a cancel shows
 * within a few frames), its memory bounded, and every file must get its verdict or its error. The
 * figures (the longest main-thread task among them) are printed for the record.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HAS_QPDF } from '@hezhang/test-support/real';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carryFiles, dropCarried } from '../scripts/chromium.mjs';
import { dropFiles, openSession, type Session } from './browser.js';
import { fixture } from './fixtures.js';
import { canMeasureMemory, mb, sampleMemory } from './memory.js';

const PDF_FIXTURES = fileURLToPath(new URL('../../../packages/pdf/fixtures/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const pdfFixture = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(PDF_FIXTURES, name))) });

/*
 * The main thread's longest task while 50 files are read (a click answers within it) is printed, not
 * bounded: measured 0.5–0.7 s alone (a report arriving from the checking worker), but a time bound on
 * CI's loaded machine measures the load (the extension's 0.2 s check once took 1.97 s there). What made
 * it 1.5 s before (whole documents posted back from the checking worker) is bounded by size in
 * report-slices.test.ts; a cancel is bounded in frames below.
 */
/** Everything Chromium holds (all its processes) while reading; far above what we measured, far below a laptop's RAM. */
const MAX_PEAK_MB = 2_500;
/**
 * A cancel shows within this many frames of the click: the click ends the read's worker (it is not
 * asked) and marks the file at once, so no frame waits on the reader. Counted in frames, not
 * milliseconds: on a loaded runner every frame comes later, but no more of them pass (measured 0–1;
 * the milliseconds, 0.2 s idle and 3 s on a loaded CI runner, are printed for the record).
 */
const CANCEL_FRAMES = 5;

function fiftyFiles(): { name: string; bytes: Uint8Array }[] {
  const budgets = ['seed-001-joined.pdf', 'seed-002-unruled.pdf', 'seed-003.pdf', 'rotated.pdf', 'lookalike.pdf'];
  const others = ['garbled-font.pdf', 'with-scan.pdf', 'non-budget.pdf', 'image-only.pdf', 'encrypted.pdf'];
  const damaged = readdirSync(join(PDF_FIXTURES, 'damaged')).map((f) => pdfFixture(`damaged/${f}`));
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(SEEDS, f))) }));
  const files = [
    ...budgets.map(pdfFixture),
    ...others.map(pdfFixture),
    ...damaged,
    ...seeds,
    pdfFixture('malformed.pdf'),
    pdfFixture('empty.pdf'),
    fixture('known-mistake.pdf'),
    { name: 'junk.bin', bytes: Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256) },
  ];
  // Copies under other names fill it up to fifty (the page checks them as documents of their own).
  const out = files.map((f) => ({ name: f.name.replace('/', '-'), bytes: f.bytes }));
  for (let i = 0; out.length < 50; i++) {
    const source = files[i % budgets.length] as { name: string; bytes: Uint8Array };
    out.push({ name: `copy-${i}-${source.name}`, bytes: source.bytes });
  }
  return out;
}

/**
 * Records the page's long tasks (main thread busy over 50 ms) from now on, and for the longest
 * animation frames which scripts took the time (Chromium's long-animation-frame entries).
 */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __frames: { duration: number; scripts: string[] }[] };
    w.__longTasks = [];
    w.__frames = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const scripts = ((entry as unknown as { scripts?: PerformanceEntry[] }).scripts ?? []).map((x) => {
          const script = x as unknown as { invoker: string; sourceFunctionName: string; duration: number };
          return `${script.invoker} ${script.sourceFunctionName} ${Math.round(script.duration)} ms`;
        });
        w.__frames.push({ duration: entry.duration, scripts });
      }
    }).observe({ type: 'long-animation-frame' });
  });
}

/** Records every value a file's reading progress shows, from now on (in the page: sampling from here misses most). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: Record<string, number[]> };
    w.__progress = {};
    new MutationObserver((mutations) => {
      for (const m of mutations) {
        const el = m.target instanceof Element ? m.target : undefined;
        for (const bar of el ? [el, ...Array.from(el.querySelectorAll('progress'))] : []) {
          if (bar.tagName !== 'PROGRESS' || !bar.hasAttribute('value')) continue;
          const name = bar.closest<HTMLElement>('[data-document]')?.dataset.document ?? '';
          const values = (w.__progress[name] ??= []);
          const value = Number(bar.getAttribute('value'));
          if (values.at(-1) !== value) values.push(value);
        }
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
}

async function progressOf(page: Page, name: string): Promise<number[]> {
  return page.evaluate(
    (n) => (window as unknown as { __progress: Record<string, number[]> }).__progress[n] ?? [],
    name,
  );
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

/** The scripts of the longest animation frame, to say what took the main thread. */
async function longestFrame(page: Page): Promise<string> {
  const frames = await page.evaluate(
    () => (window as unknown as { __frames: { duration: number; scripts: string[] }[] }).__frames,
  );
  const longest = frames.sort((a, b) => b.duration - a.duration)[0];
  return longest ? `${Math.round(longest.duration)} ms: ${longest.scripts.join('; ')}` : 'none';
}

/**
 * Clicks the button named `label` (inside `scope` when given) in the page and counts the animation
 * frames until `done` holds (`present`: the selector matches; `absent`: it no longer does).
 */
async function framesUntil(
  page: Page,
  click: { label: string; scope?: string },
  done: { selector: string; state: 'present' | 'absent' },
): Promise<{ frames: number; ms: number; reached: boolean }> {
  return page.evaluate(
    async ({ click, done, limit }) => {
      const root = click.scope ? document.querySelector(click.scope) : document;
      const button = Array.from(root?.querySelectorAll('button') ?? []).find(
        (b) => b.textContent?.trim() === click.label,
      );
      if (!button) throw new Error(`no button ${click.label}`);
      const holds = () => (document.querySelector(done.selector) !== null) === (done.state === 'present');
      const started = performance.now();
      button.click();
      let frames = 0;
      while (!holds() && frames < limit) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        frames++;
      }
      return { frames, ms: Math.round(performance.now() - started), reached: holds() };
    },
    { click, done, limit: CANCEL_FRAMES * 20 },
  );
}

const settled = '[data-document][data-status], [data-document][data-error], [data-document].file-cancelled';

describe('the page under load', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('gives each of 50 files dropped at once its verdict or its error, stays responsive, memory bounded', async () => {
    const files = fiftyFiles();
    expect(files).toHaveLength(50);
    // The driver carries the files into the page first (decoding them there is the test's work, not the page's).
    const carried = await carryFiles(s.page, files);
    await watchLongTasks(s.page);
    const memory = canMeasureMemory ? sampleMemory() : undefined;
    const start = Date.now();
    await dropCarried(s.page, carried);

    // Progress moves: the count of finished files, sampled every second, rises to 50.
    const counts: number[] = [];
    const batch = s.page.locator('.batch-progress');
    while (counts.at(-1) !== files.length && Date.now() - start < 400_000) {
      counts.push(await s.page.locator(settled).count());
      if (counts.at(-1) !== files.length) await s.page.waitForTimeout(1000);
    }
    const seconds = (Date.now() - start) / 1000;
    const peak = memory?.stop();
    expect(counts.at(-1)).toBe(files.length);
    expect(new Set(counts).size).toBeGreaterThan(3);
    expect(await batch.count()).toBe(0); // gone once nothing is left to do

    for (const f of files) {
      const entry = s.page.locator(`[data-document="${f.name}"]`).first();
      expect(
        (await entry.getAttribute('data-status')) ?? (await entry.getAttribute('data-error')),
        f.name,
      ).toBeTruthy();
    }
    const tasks = await longTasks(s.page);
    const longest = Math.max(0, ...tasks);
    const verdicts = await s.page.locator('[data-document][data-status]').count();
    const errors = await s.page.locator('[data-document][data-error]').count();
    console.log(
      `50 files: all settled in ${seconds.toFixed(1)} s (${verdicts} verdicts, ${errors} errors); ` +
        `main thread: ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms; ` +
        (peak ? `Chromium peak PSS ${mb(peak.peakBytes)} MB over ${peak.samples} samples` : 'memory not measured') +
        `; longest frame ${await longestFrame(s.page)}`,
    );
    if (peak) expect(mb(peak.peakBytes)).toBeLessThan(MAX_PEAK_MB);
  }, 420_000);

  it('cancels all that is left of a batch at once; finished files keep their reports', async () => {
    await s.page.reload();
    const files = fiftyFiles().slice(0, 20);
    await dropFiles(s.page, files);
    await s.page.locator('[data-document][data-status]').first().waitFor({ timeout: 120_000 });
    // At once, no file is left waiting or being read; those already handed to the checker finish.
    const took = await framesUntil(
      s.page,
      { label: '全部取消' },
      { selector: '[data-document].file-queued, [data-document].file-reading', state: 'absent' },
    );
    await s.page.locator('.batch-progress').waitFor({ state: 'detached', timeout: 120_000 });
    const cancelled = await s.page.locator('[data-document].file-cancelled').count();
    const finished = await s.page.locator('[data-document][data-status], [data-document][data-error]').count();
    console.log(`cancel all: ${cancelled} cancelled, ${finished} finished, in ${took.frames} frames, ${took.ms} ms`);
    expect(took.reached).toBe(true);
    expect(took.frames).toBeLessThanOrEqual(CANCEL_FRAMES);
    expect(cancelled).toBeGreaterThan(0);
    expect(cancelled + finished).toBe(files.length);
  }, 300_000);
});

const hasQpdf = HAS_QPDF;
if (!hasQpdf) console.warn('skipping the 500-page PDF test: qpdf not found');

describe.skipIf(!hasQpdf)('a 500-page PDF', () => {
  let s: Session;
  let big: { name: string; bytes: Uint8Array };
  beforeAll(async () => {
    // 35 copies of the 14-page seed-001-joined.pdf and 10 more pages: 500 pages, ~3 MB, in a second.
    const source = join(PDF_FIXTURES, 'seed-001-joined.pdf');
    const out = join(mkdtempSync(join(tmpdir(), 'hezhang-500-')), 'budget-500.pdf');
    const ranges = [...Array.from({ length: 35 }, () => [source, '1-z']).flat(), source, '1-10'];
    execFileSync('qpdf', ['--empty', '--pages', ...ranges, '--', out]);
    big = { name: 'budget-500.pdf', bytes: new Uint8Array(readFileSync(out)) };
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('reads it to its verdict with its progress moving page by page, memory bounded', async () => {
    const carried = await carryFiles(s.page, [big]);
    await watchLongTasks(s.page);
    await watchProgress(s.page);
    const memory = canMeasureMemory ? sampleMemory() : undefined;
    const start = Date.now();
    await dropCarried(s.page, carried);
    // 35 copies of one budget and part of another: a file of 36 documents, a card each once read
    // ("budget-500.pdf（第1–14页）"); read to the end when none is still being read.
    const ofFile = `[data-document^="${big.name}"]`;
    const done = s.page.locator(`${ofFile}[data-status], ${ofFile}[data-error]`).first();
    await done.waitFor({ timeout: 400_000 });
    await expect.poll(() => s.page.locator(`${ofFile}[aria-busy="true"]`).count(), { timeout: 400_000 }).toBe(0);
    const pages = (await progressOf(s.page, big.name)).filter((p) => p > 0);
    const seconds = (Date.now() - start) / 1000;
    const peak = memory?.stop();
    const outcome = (await done.getAttribute('data-status')) ?? (await done.getAttribute('data-error'));
    const longest = Math.max(0, ...(await longTasks(s.page)));
    console.log(
      `500 pages: ${outcome} in ${seconds.toFixed(1)} s (${(500 / seconds).toFixed(0)} pages/s); progress shown in ` +
        `${pages.length} steps up to page ${Math.max(0, ...pages)}; longest main-thread task ${longest.toFixed(0)} ms; ` +
        (peak ? `Chromium peak PSS ${mb(peak.peakBytes)} MB` : 'memory not measured') +
        `; longest frame ${await longestFrame(s.page)}`,
    );
    expect(outcome).toBeTruthy();
    expect(await s.page.locator(`${ofFile}[data-status], ${ofFile}[data-error]`).count()).toBe(36);
    expect(new Set(pages).size).toBeGreaterThan(3);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    if (peak) expect(mb(peak.peakBytes)).toBeLessThan(MAX_PEAK_MB);
  }, 420_000);

  it('cancels it while it is read, at once, and checks the next file all the same', async () => {
    const again = { ...big, name: 'budget-500-again.pdf' };
    await watchLongTasks(s.page);
    await dropFiles(s.page, [again]);
    const progress = s.page.locator(`[data-document="${again.name}"] progress[value]`);
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 120_000 })
      .toBeGreaterThan(5);
    const file = `[data-document="${again.name}"]`;
    const took = await framesUntil(
      s.page,
      { label: '取消', scope: file },
      { selector: `${file}.file-cancelled`, state: 'present' },
    );
    console.log(
      `500 pages: cancelled ${took.frames} frames, ${took.ms} ms after the click; longest frame ${await longestFrame(s.page)}`,
    );
    expect(took.reached).toBe(true);
    expect(took.frames).toBeLessThanOrEqual(CANCEL_FRAMES);
    await dropFiles(s.page, [fixture('known-mistake.pdf')]);
    await s.page.locator('[data-document="known-mistake.pdf"][data-status="error"]').waitFor({ timeout: 120_000 });
  }, 300_000);
});
