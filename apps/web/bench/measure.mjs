#!/usr/bin/env node
/**
 * Figures for the offline page, measured in Debian's Chromium against the built page on 127.0.0.1:
 * first render (cold and with the service worker's cache), bytes loaded before the first file is
 * dropped (the page itself vs. the service worker's precache), bytes loaded lazily by the first drop,
 * the time from drop to verdict for each real PDF, and choosing a 25-page budget to its verdict as the
 * first file of a fresh visit (first-file.mjs). With --shots DIR it also saves screenshots.
 *
 *   npx -y pnpm@12.21.0 --filter @hezhang/web build && node apps/web/bench/measure.mjs [--shots DIR]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { carryFiles, dropCarried, dropFiles, launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { measureFirstFile } from './first-file.mjs';

const REAL_DIR = process.env.HEZHANG_REAL_PDFS ?? '/work/shared/fixtures/real';
const FIXTURE = fileURLToPath(new URL('../test/fixtures/known-mistake.pdf', import.meta.url));
const shotsAt = process.argv.indexOf('--shots');
const SHOTS = shotsAt > 0 ? process.argv[shotsAt + 1] : undefined;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const file = (path) => ({ name: path.split('/').pop(), bytes: new Uint8Array(readFileSync(path)) });

/** Records what each request brought, tagged with the phase of the visit and who asked (page or service worker). */
function recordLoads(context) {
  const loads = [];
  const pending = [];
  let phase = 'first render';
  context.on('requestfinished', (request) => {
    const entry = { url: request.url(), phase, sw: Boolean(request.serviceWorker()), bytes: 0 };
    loads.push(entry);
    pending.push(
      request
        .response()
        .then((response) => response?.body())
        .then((body) => {
          entry.bytes = body?.length ?? 0;
        })
        .catch(() => undefined),
    );
  });
  return {
    loads,
    setPhase: (next) => {
      phase = next;
    },
    settled: () => Promise.all(pending),
  };
}

async function paintTimes(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return { fcp: fcp?.startTime ?? Number.NaN, domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN };
  });
}

async function ready(page) {
  await page.locator('input[data-pick="documents"]').waitFor({ state: 'attached' });
}

/** Drops a file and waits for its verdict (or its error); returns milliseconds and what it said. */
async function dropToVerdict(page, input) {
  const done = page.locator(`[data-document="${input.name}"]:is([data-status], [data-error])`);
  const transfer = await carryFiles(page, [input]);
  const t0 = Date.now();
  await dropCarried(page, transfer);
  await done.waitFor({ timeout: 300_000 });
  const ms = Date.now() - t0;
  const status = (await done.getAttribute('data-status')) ?? `error: ${await done.getAttribute('data-error')}`;
  return { ms, status, findings: await page.locator('[data-finding]').count() };
}

async function measure(url) {
  const { context, dispose } = await launchChromium();
  const record = recordLoads(context);
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    const t0 = Date.now();
    await page.goto(url);
    await ready(page);
    const coldWall = Date.now() - t0;
    const cold = await paintTimes(page);
    record.setPhase('before drop');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForLoadState('networkidle');

    const t1 = Date.now();
    await page.reload();
    await ready(page);
    const warmWall = Date.now() - t1;
    const warm = await paintTimes(page);

    record.setPhase('first drop');
    const fixture = await dropToVerdict(page, file(FIXTURE));
    await page.locator('[data-finding] button.show-button').first().click();
    await page.locator('dialog[open] .viewer-frame[data-state="ready"]').waitFor();
    await page.keyboard.press('Escape');
    record.setPhase('after');
    await record.settled();

    const sum = (filter) => record.loads.filter(filter).reduce((n, l) => n + l.bytes, 0);
    const count = (filter) => record.loads.filter(filter).length;
    const firstRender = (l) => l.phase === 'first render' && !l.sw;
    const precache = (l) => l.sw;
    const lazy = (l) => l.phase === 'first drop' && !l.sw;

    const real = [];
    const pdfs = existsSync(REAL_DIR)
      ? readdirSync(REAL_DIR)
          .filter((f) => f.endsWith('.pdf'))
          .sort()
      : [];
    for (const name of pdfs) {
      await page.reload();
      await ready(page);
      real.push({ name, ...(await dropToVerdict(page, file(join(REAL_DIR, name)))) });
    }
    return {
      firstRender: { coldWall, cold, warmWall, warm },
      bytes: {
        firstRender: { bytes: sum(firstRender), files: count(firstRender), list: record.loads.filter(firstRender) },
        precache: { bytes: sum(precache), files: count(precache) },
        lazy: { bytes: sum(lazy), files: count(lazy), list: record.loads.filter(lazy) },
      },
      fixture,
      real,
      realSkipped: pdfs.length === 0 ? `no PDFs in ${REAL_DIR} (set HEZHANG_REAL_PDFS)` : undefined,
    };
  } finally {
    await dispose();
  }
}

async function screenshots(url, dir) {
  mkdirSync(dir, { recursive: true });
  const { context, dispose } = await launchChromium();
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    await page.goto(url);
    await ready(page);
    await page.screenshot({ path: join(dir, '1-empty.png') });
    const fixture = file(FIXTURE);
    await dropToVerdict(page, fixture);
    await page.screenshot({ path: join(dir, '2-report.png') });
    const finding = page.locator('[data-finding][data-rule="in_table.hierarchy"][data-row="20805"]').first();
    await finding.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, '3-finding.png') });
    await finding.locator('button.show-button').click();
    await page.locator('dialog[open] .viewer-frame[data-state="ready"]').waitFor();
    await page.screenshot({ path: join(dir, '4-page-with-box.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '表格' }).click();
    await page.locator('.table-section', { hasText: '支出预算总表' }).first().scrollIntoViewIfNeeded();
    await page.locator('td.parent.differs').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, '5-tables.png') });
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('tab', { name: 'Findings' }).click();
    await page.screenshot({ path: join(dir, '6-english.png') });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(dir, '7-print.png'), fullPage: false });
    await page.emulateMedia({ media: 'screen' });
    await dropFiles(page, [{ name: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7 broken') }]);
    await page.locator('[data-document="broken.pdf"][data-error]').waitFor();
    await page.locator('[data-document="broken.pdf"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, '8-broken.png') });
    const years = ['wanli-2023-dept.pdf', 'wanli-2024-dept.pdf'].map((f) => join(REAL_DIR, f));
    if (years.every(existsSync)) {
      await dropFiles(page, years.map(file));
      for (const y of years) await page.locator(`[data-document="${y.split('/').pop()}"][data-status]`).waitFor();
      await page.locator('table.batch-table').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(dir, '9-batch.png') });
    }
  } finally {
    await dispose();
  }
  // A phone, held upright and then sideways: the sample's result on the first screen and the page viewer.
  const phone = await launchChromium({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
  try {
    const page = phone.context.pages()[0] ?? (await phone.context.newPage());
    await page.goto(url);
    await page.locator('[data-sample]').click();
    await page.locator('[data-document][data-status]').first().waitFor();
    await page.screenshot({ path: join(dir, '11-phone-result.png') });
    await page.locator('[data-finding] button.show-button').first().click();
    await page.locator('dialog[open] .viewer-frame[data-state="ready"]').waitFor();
    await page.screenshot({ path: join(dir, '12-phone-viewer.png') });
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 844, height: 390 });
    await page.locator('[data-finding] button.show-button').first().click();
    await page.locator('dialog[open] .viewer-frame[data-state="ready"]').waitFor();
    await page.screenshot({ path: join(dir, '13-phone-sideways-viewer.png') });
  } finally {
    await phone.dispose();
  }
  // 200% zoom: half the CSS width at twice the pixel density.
  const zoomed = await launchChromium({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  try {
    const page = zoomed.context.pages()[0] ?? (await zoomed.context.newPage());
    await page.goto(url);
    await ready(page);
    await dropToVerdict(page, file(FIXTURE));
    await page.locator('[data-finding]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, '10-zoom-200.png') });
  } finally {
    await zoomed.dispose();
  }
}

const server = await serve({ port: 0 });
try {
  const r = await measure(server.url);
  const { cold, warm, coldWall, warmWall } = r.firstRender;
  console.log('## Offline page figures (Chromium headless, 127.0.0.1)\n');
  console.log(
    `first render, first visit: FCP ${cold.fcp.toFixed(0)} ms, DOMContentLoaded ${cold.domContentLoaded.toFixed(0)} ms, page usable after ${coldWall} ms`,
  );
  console.log(`first render, later visit (service worker): FCP ${warm.fcp.toFixed(0)} ms, usable after ${warmWall} ms`);
  console.log(`loaded for the first render: ${kb(r.bytes.firstRender.bytes)} in ${r.bytes.firstRender.files} files`);
  for (const l of r.bytes.firstRender.list)
    console.log(`  ${kb(l.bytes).padStart(11)}  ${l.url.replace(server.url, '/')}`);
  console.log(
    `service-worker precache in the background (offline copy): ${kb(r.bytes.precache.bytes)} in ${r.bytes.precache.files} files`,
  );
  console.log(`loaded lazily by the first drop and "Show": ${kb(r.bytes.lazy.bytes)} in ${r.bytes.lazy.files} files`);
  for (const l of r.bytes.lazy.list) console.log(`  ${kb(l.bytes).padStart(11)}  ${l.url.replace(server.url, '/')}`);
  console.log(
    `\nknown-mistake.pdf (first drop, cold worker): ${r.fixture.ms} ms → ${r.fixture.status}, ${r.fixture.findings} findings`,
  );
  console.log('\n| real PDF | drop → verdict | verdict | findings |\n|---|---:|---|---:|');
  for (const x of r.real) console.log(`| ${x.name} | ${x.ms} ms | ${x.status} | ${x.findings} |`);
  if (r.realSkipped) console.log(`real PDFs skipped: ${r.realSkipped}`);
  // The figures above drop each file right after a reload; this one is issue 13's: the first file of a
  // fresh visit, chosen once the page is idle (and at once).
  await measureFirstFile(server.url);
  if (SHOTS) {
    await screenshots(server.url, SHOTS);
    console.log(`\nscreenshots in ${SHOTS}`);
  }
} finally {
  await server.close();
}
