#!/usr/bin/env node
/**
 * Issue 22 item 3: the page's main thread while a file is read. For each file, a fresh Chromium
 * profile opens the built page on 127.0.0.1, waits for the idle warm-up, then chooses the file through
 * the page's input and records every long task (main thread busy over 50 ms) from the change event to
 * one second after the verdict is painted, with the scripts Chromium attributes the longest animation
 * frames to. Files: a 25-page budget, the 3.6 MB final account, and a 500-page PDF assembled with qpdf
 * (35 copies of packages/pdf/fixtures/seed-001-joined.pdf and 10 pages more, as web's load.test does).
 *
 *   npx -y pnpm@12.21.0 --filter @hezhang/web build && node apps/web/bench/long-tasks.mjs [--runs N] [--root DIR] [PDF...]
 *
 * --root serves another build (e.g. main's, built with `vite build --outDir DIR`) for a before/after.
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
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const REAL_DIR = process.env.HEZHANG_REAL_PDFS ?? '/work/shared/fixtures/real';
const SEED = fileURLToPath(new URL('../../../packages/pdf/fixtures/seed-001-joined.pdf', import.meta.url));
/** Long tasks after the verdict is painted still belong to the read (the report's slices): this long. */
const AFTER_VERDICT_MS = 1500;

/** The 500-page PDF (qpdf), or undefined when qpdf is missing. */
export function fiveHundredPages(dir) {
  if (spawnSync('qpdf', ['--version']).status !== 0) return undefined;
  const out = join(dir, 'budget-500.pdf');
  const ranges = [...Array.from({ length: 35 }, () => [SEED, '1-z']).flat(), SEED, '1-10'];
  execFileSync('qpdf', ['--empty', '--pages', ...ranges, '--', out]);
  return out;
}

/** Starts the in-page recorder: long tasks and long animation frames from the next file input change. */
function arm(page, name) {
  return page.evaluate(
    ({ name, after }) =>
      new Promise((resolve) => {
        const selector = `[data-document="${CSS.escape(name)}"]:is([data-status], [data-error])`;
        const tasks = [];
        const frames = [];
        let chosen;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask' });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries())
            frames.push({
              start: e.startTime,
              duration: e.duration,
              scripts: (e.scripts ?? []).map(
                (s) =>
                  `${s.invoker}${s.sourceFunctionName ? ` ${s.sourceFunctionName}` : ''} ${Math.round(s.duration)}ms`,
              ),
            });
        }).observe({ type: 'long-animation-frame' });
        document.addEventListener(
          'change',
          (event) => {
            if (event.target instanceof HTMLInputElement && event.target.type === 'file') chosen = performance.now();
          },
          { capture: true, once: true },
        );
        const observer = new MutationObserver(() => {
          if (chosen === undefined || !document.querySelector(selector)) return;
          const verdict = performance.now() - chosen;
          observer.disconnect();
          setTimeout(() => {
            const rel = (xs) => xs.filter((x) => x.start >= chosen).map((x) => ({ ...x, start: x.start - chosen }));
            resolve({
              verdict,
              status:
                document.querySelector(selector)?.getAttribute('data-status') ??
                `error ${document.querySelector(selector)?.getAttribute('data-error')}`,
              findings: document.querySelectorAll('[data-finding]').length,
              tasks: rel(tasks),
              frames: rel(frames)
                .sort((a, b) => b.duration - a.duration)
                .slice(0, 3),
            });
          }, after);
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      }),
    { name, after: AFTER_VERDICT_MS },
  );
}

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

async function once(url, path, dir) {
  const { context, dispose } = await launchChromium();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.locator('html[data-hezhang-warm="ready"]').waitFor({ state: 'attached', timeout: 120_000 });
    const copy = join(dir, basename(path));
    if (!existsSync(copy)) writeFileSync(copy, readFileSync(path));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Tracing.start', {
      transferMode: 'ReturnAsStream',
      traceConfig: { includedCategories: ['toplevel', 'disabled-by-default-devtools.timeline'], enableSampling: false },
    });
    const result = arm(page, basename(path));
    await page.locator('input[data-pick="documents"]').setInputFiles(copy);
    const r = await result;
    return { ...r, cpuTasks: cpuLongTasks(await traceEvents(cdp)) };
  } finally {
    await dispose();
  }
}

const fmt = (t) => `${Math.round(t.duration)}@${Math.round(t.start)}`;

export async function measureLongTasks(url, pdfs, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'hezhang-long-tasks-'));
  try {
    const files = pdfs ?? [
      join(REAL_DIR, 'czj-2025-dept.pdf'),
      join(REAL_DIR, 'czj-2024-final.pdf'),
      fiveHundredPages(dir),
    ];
    console.log(
      '## Long tasks on the main thread, file chosen → verdict + 1.5 s (ms duration@start from the change)\n',
    );
    for (const path of files.filter((p) => p && existsSync(p))) {
      for (let i = 0; i < runs; i++) {
        const load = loadavg()[0].toFixed(1);
        const r = await once(url, path, dir);
        const longest = Math.max(0, ...r.tasks.map((t) => t.duration));
        console.log(
          `${basename(path)} run ${i + 1} (load ${load}): ${r.status}, ${r.findings} findings shown, verdict ${Math.round(r.verdict)} ms; ` +
            `${r.tasks.length} long tasks, longest ${Math.round(longest)} ms: ${r.tasks.map(fmt).join(' ') || 'none'}`,
        );
        console.log(
          `    main-thread tasks ≥ 50 ms CPU (cpu/wall@ms from tracing start): ${r.cpuTasks.long.map((t) => `${Math.round(t.cpu)}/${Math.round(t.wall)}@${Math.round(t.start)}`).join(' ') || 'none'}; most CPU in one task: ${Math.round(r.cpuTasks.longest?.cpu ?? 0)} ms (wall ${Math.round(r.cpuTasks.longest?.wall ?? 0)})`,
        );
        for (const f of r.frames) console.log(`    frame ${fmt(f)}: ${f.scripts.join('; ')}`);
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
