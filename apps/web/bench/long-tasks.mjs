#!/usr/bin/env node
/**
 * Issue 22 item 3: the page's main thread while a file is read. For each file, a fresh Chromium
 * profile opens the built page on 127.0.0.1, waits for the idle warm-up, then chooses the file through
 * the page's input and records every long task (main thread busy over 50 ms) from the change event to
 * 1.5 s after the verdict is painted, with the scripts Chromium attributes the longest animation
 * frames to; then the interactions right after, each recorded alike: marking the first finding
 * (已核实, until it shows the mark + 1 s) and opening the Tables tab (until every table is in the DOM,
 * `.tables[data-complete]`, + 1 s; a build without that hook: 2.5 s after the tab shows tables).
 * Files: a 25-page budget, the 3.6 MB final account, and a 500-page PDF assembled with qpdf (35 copies of packages/pdf/fixtures/seed-001-joined.pdf and 10 pages more, as web's load.test does).
 *
 *   npx -y pnpm@12.21.0 --filter @hezhang/web build && node apps/web/bench/long-tasks.mjs [--runs N] [--root DIR] [PDF...]
 *
 * --root serves another build (e.g. main's apps/web/dist, from a detached worktree of main) for a before/after.
 *
 * On a loaded machine a long task's wall time says little (the main thread waits for a core): a trace
 * (Chromium's toplevel RunTask events) gives each main-thread task's CPU time too, which is what it
 * would take on an idle machine; tasks of 50 ms CPU or more are listed as `cpu/wall@start`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REAL_DIR as FIRST_REAL_DIR, realDir } from '@hezhang/test-support/real';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { untilVerdict } from './page-clock.mjs';

const REAL_FILES = ['czj-2025-dept.pdf', 'czj-2024-final.pdf'];
/** The real PDFs' folder as the tests find it (@hezhang/test-support: $HEZHANG_REAL_PDFS, else the shared one). */
const REAL_DIR = realDir(...REAL_FILES) ?? FIRST_REAL_DIR;
const SEED = fileURLToPath(new URL('../../../packages/pdf/fixtures/seed-001-joined.pdf', import.meta.url));
/** Long tasks after the verdict is painted still belong to the read (the report's slices): this long. */
const AFTER_VERDICT_MS = 1500;
/** After an interaction is done (the mark shown, every table in the DOM), recorded this long more. */
const AFTER_INTERACTION_MS = 1000;
/** A build without .tables[data-complete] (main before page-tasks) renders every table in one task: this is ample. */
const TABLES_WITHOUT_HOOK_MS = 1500;

/** The 500-page PDF (qpdf), or undefined when qpdf is missing. */
export function fiveHundredPages(dir) {
  if (spawnSync('qpdf', ['--version']).status !== 0) return undefined;
  const out = join(dir, 'budget-500.pdf');
  const ranges = [...Array.from({ length: 35 }, () => [SEED, '1-z']).flat(), SEED, '1-10'];
  execFileSync('qpdf', ['--empty', '--pages', ...ranges, '--', out]);
  return out;
}

/**
 * Starts recording in the page, for the rest of the visit: long tasks, and long animation frames with
 * the scripts Chromium attributes them to (window.__longTasks, on the page's performance.now() clock).
 */
function record() {
  const recorded = { tasks: [], frames: [] };
  window.__longTasks = recorded;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) recorded.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      recorded.frames.push({
        start: e.startTime,
        duration: e.duration,
        scripts: (e.scripts ?? []).map(
          (s) => `${s.invoker}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''} ${Math.round(s.duration)}ms`,
        ),
      });
  }).observe({ type: 'long-animation-frame' });
}

/** What the page recorded from `from` to `to` (performance.now()), relative to `from`; the 3 longest frames. */
function recorded(page, from, to) {
  return page.evaluate(
    ({ from, to }) => {
      const rel = (xs) =>
        xs.filter((x) => x.start >= from && x.start < to).map((x) => ({ ...x, start: x.start - from }));
      const { tasks, frames } = window.__longTasks;
      return {
        tasks: rel(tasks),
        frames: rel(frames)
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 3),
      };
    },
    { from, to },
  );
}

const now = (page) => page.evaluate(() => performance.now());

/** Trace events of a CDP tracing session, once it ends. */
async function traceEvents(cdp) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The page's main-thread tasks of at least 50 ms CPU: the renderer main thread busiest in the trace. */
function cpuLongTasks(events) {
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mains.has(`${e.pid}:${e.tid}`));
  const busy = new Map();
  for (const t of tasks) busy.set(`${t.pid}:${t.tid}`, (busy.get(`${t.pid}:${t.tid}`) ?? 0) + (t.tdur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = tasks.filter((t) => `${t.pid}:${t.tid}` === main);
  const t0 = Math.min(...mine.map((t) => t.ts));
  const longest = [...mine].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))[0];
  return {
    long: mine
      .filter((t) => (t.tdur ?? 0) >= 50_000)
      .map((t) => ({ cpu: t.tdur / 1000, wall: t.dur / 1000, start: (t.ts - t0) / 1000 })),
    longest: longest ? { cpu: (longest.tdur ?? 0) / 1000, wall: longest.dur / 1000 } : undefined,
  };
}

/** Starts a trace of the page's tasks (each with its CPU time). */
async function startTrace(cdp) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-devtools.timeline'], enableSampling: false },
  });
}

/**
 * One visit: the file read (chosen → verdict + 1.5 s), then the first finding marked, then the Tables
 * tab opened; each phase with the page's long tasks and a trace of its own.
 */
async function once(url, path, dir) {
  const { context, dispose } = await launchChromium();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(record);
    await page.goto(url);
    await page.locator('html[data-hezhang-warm="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
    const copy = join(dir, basename(path));
    if (!existsSync(copy)) writeFileSync(copy, readFileSync(path));
    const cdp = await context.newCDPSession(page);
    const phases = {};

    await startTrace(cdp);
    const clock = page.evaluate(untilVerdict, basename(path));
    await page.locator('input[data-pick="documents"]').setInputFiles(copy);
    const verdict = await clock;
    await page.waitForTimeout(AFTER_VERDICT_MS);
    const findings = await page.locator('[data-finding]').count();
    phases.read = {
      ...(await recorded(page, verdict.chosen, await now(page))),
      cpuTasks: cpuLongTasks(await traceEvents(cdp)),
    };

    const first = page.locator('[data-finding]').first();
    if ((await first.count()) > 0) {
      await startTrace(cdp);
      const from = await now(page);
      await first.locator('[data-review-action="confirm"]').click();
      await page.locator('[data-finding][data-review="confirmed"]').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(AFTER_INTERACTION_MS);
      phases.mark = {
        ...(await recorded(page, from, await now(page))),
        cpuTasks: cpuLongTasks(await traceEvents(cdp)),
      };
    }

    await startTrace(cdp);
    const from = await now(page);
    await page.locator('[role="tab"]').nth(1).click();
    await page.locator('.tables, .tab-panel .empty').first().waitFor({ state: 'attached' });
    const hooked = await page.locator('.tables[data-total]').count();
    if (hooked > 0) await page.locator('.tables[data-complete]').waitFor({ state: 'attached', timeout: 120_000 });
    else await page.waitForTimeout(TABLES_WITHOUT_HOOK_MS);
    await page.waitForTimeout(AFTER_INTERACTION_MS);
    const tables = await page.locator('.table-section').count();
    phases.tables = {
      ...(await recorded(page, from, await now(page))),
      cpuTasks: cpuLongTasks(await traceEvents(cdp)),
    };
    return { verdict: verdict.inDom, status: verdict.status, findings, tables, phases };
  } finally {
    await dispose();
  }
}

const PHASE = { read: 'read (chosen → verdict + 1.5 s)', mark: 'first finding marked', tables: 'Tables tab opened' };
const fmt = (t) => `${Math.round(t.duration)}@${Math.round(t.start)}`;

export async function measureLongTasks(url, pdfs, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'hezhang-long-tasks-'));
  try {
    const files = pdfs ?? [...(REAL_DIR ? REAL_FILES.map((f) => join(REAL_DIR, f)) : []), fiveHundredPages(dir)];
    console.log(
      '## Long tasks on the main thread: file chosen → verdict + 1.5 s, first finding marked, Tables tab opened (ms duration@start)\n',
    );
    for (const path of files.filter((p) => p && existsSync(p))) {
      for (let i = 0; i < runs; i++) {
        const load = loadavg()[0].toFixed(1);
        const r = await once(url, path, dir);
        console.log(
          `${basename(path)} run ${i + 1} (load ${load}): ${r.status}, ${r.findings} findings shown, ${r.tables} tables, verdict ${Math.round(r.verdict)} ms`,
        );
        for (const [phase, p] of Object.entries(r.phases)) {
          const longest = Math.max(0, ...p.tasks.map((t) => t.duration));
          console.log(
            `  ${PHASE[phase]}: ${p.tasks.length} long tasks, longest ${Math.round(longest)} ms: ${p.tasks.map(fmt).join(' ') || 'none'}`,
          );
          console.log(
            `    main-thread tasks ≥ 50 ms CPU (cpu/wall@ms from tracing start): ${p.cpuTasks.long.map((t) => `${Math.round(t.cpu)}/${Math.round(t.wall)}@${Math.round(t.start)}`).join(' ') || 'none'}; most CPU in one task: ${Math.round(p.cpuTasks.longest?.cpu ?? 0)} ms (wall ${Math.round(p.cpuTasks.longest?.wall ?? 0)})`,
          );
          for (const f of p.frames) console.log(`    frame ${fmt(f)}: ${f.scripts.join('; ')}`);
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
  const rootAt = args.indexOf('--root');
  const root = rootAt >= 0 ? args.splice(rootAt, 2)[1] : undefined;
  const server = await serve({ port: 0, ...(root ? { root } : {}) });
  try {
    await measureLongTasks(server.url, args.length > 0 ? args : undefined, runs);
  } finally {
    await server.close();
  }
}
