#!/usr/bin/env node
/**
 * Issue 20's figures for the offline page: each hostile file (packages/pdf/fixtures/hostile.mjs)
 * dropped on the built page in a fresh Chromium (one browser per file, so that its peak is its own),
 * then a clean budget dropped after it. For each: the time from the drop to the file's card, the card's
 * outcome (the error code, or the verdict), the time the clean budget after it took to its verdict (the
 * page stays usable), and the tab's peak resident memory: the largest VmHWM (Linux' peak RSS of a
 * process) among the browser's renderer processes — the page, its reading and checking workers and
 * pdf.js' worker all live in the tab's renderer.
 *
 *   npx -y pnpm@12.21.0 turbo run build --filter=@hezhang/web && node apps/web/bench/hostile.mjs [NAME...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostilePdfs } from '../../../packages/pdf/fixtures/hostile.mjs';
import { carryFiles, dropCarried, launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

const CLEAN = {
  name: 'known-mistake.pdf',
  bytes: new Uint8Array(readFileSync(fileURLToPath(new URL('../test/fixtures/known-mistake.pdf', import.meta.url)))),
};
/** Longer than any bound the page applies (the reader's stall watchdog and its margin). */
const CARD_TIMEOUT_MS = 180_000;

/** Every process descended from this one (Chromium is started by playwright as our child). */
function descendants() {
  const parent = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {}
  }
  const out = [];
  for (const pid of parent.keys()) {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) {
        out.push(pid);
        break;
      }
  }
  return out;
}

/** The largest peak RSS (MB) among Chromium's renderer processes. */
function rendererPeakMb() {
  let peak = 0;
  for (const pid of descendants()) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {}
  }
  return Math.round(peak);
}

/** Drops `file`, waits for its card; the ms from the drop, and the card's error code or verdict. */
async function dropAndWait(page, file) {
  const transfer = await carryFiles(page, [file]);
  const start = Date.now();
  await dropCarried(page, transfer);
  const card = page.locator(`[data-document="${file.name}"][data-error], [data-document="${file.name}"][data-status]`);
  await card.first().waitFor({ timeout: CARD_TIMEOUT_MS });
  const ms = Date.now() - start;
  const error = await card.first().getAttribute('data-error');
  return { ms, outcome: error ?? `verdict: ${await card.first().getAttribute('data-status')}` };
}

const wanted = process.argv.slice(2);
const files = Object.entries(hostilePdfs()).filter(([name]) => wanted.length === 0 || wanted.includes(name));
const server = await serve({ port: 0 });
console.log('| file | size | to its card | tab peak RSS | outcome | clean budget after it |');
console.log('|---|---:|---:|---:|---|---:|');
try {
  for (const [name, bytes] of [['(clean budget alone)', CLEAN.bytes], ...files]) {
    const { context, dispose } = await launchChromium();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      const file = name.startsWith('(') ? CLEAN : { name, bytes };
      const own = await dropAndWait(page, file);
      const peak = rendererPeakMb();
      const after = name.startsWith('(') ? undefined : await dropAndWait(page, { ...CLEAN, name: 'after.pdf' });
      const size =
        bytes.length < 1024 * 1024
          ? `${(bytes.length / 1024).toFixed(1)} KB`
          : `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;
      console.log(
        `| ${name} | ${size} | ${(own.ms / 1000).toFixed(2)} s | ${peak} MB | ${own.outcome} | ${after ? `${(after.ms / 1000).toFixed(2)} s (${after.outcome})` : '—'} |`,
      );
    } catch (error) {
      console.log(`| ${name} | | | | ${String(error).split('\n')[0]} | |`);
    } finally {
      await dispose();
    }
  }
} finally {
  await server.close();
}
