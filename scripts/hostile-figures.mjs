#!/usr/bin/env node
/**
 * Issue 20's figures for the CLI: each hostile file (packages/pdf/fixtures/hostile.mjs) through the
 * built CLI, one process each, one at a time: wall time, CPU time (user + system, all threads: on a
 * shared machine the wall time says more about the neighbours), the process' peak resident memory
 * (process.resourceUsage().maxRSS, read on exit), exit code and the reason printed. The first row is a
 * clean budget (the CLI's own start-up and a real read) for comparison. Needs the CLI
 * built (`npx -y pnpm@12.21.0 turbo run build --filter=hezhang`).
 *
 *   node scripts/hostile-figures.mjs [--runs N]     # prints a Markdown table (medians of N runs)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostilePdfs } from '../packages/pdf/fixtures/hostile.mjs';

const CLI = fileURLToPath(new URL('../packages/cli/bin/hezhang.js', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1;
const dir = mkdtempSync(join(tmpdir(), 'hezhang-hostile-figures-'));
const peak = join(dir, 'peak.mjs');
writeFileSync(
  peak,
  "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeSync(2, 'peak-rss-kib=' + u.maxRSS + ' cpu-us=' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n",
);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const CLEAN = fileURLToPath(new URL('../packages/pdf/fixtures/seed-003.pdf', import.meta.url));
console.log('| file | size | wall | CPU | peak RSS | exit | outcome |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const [name, bytes] of [['(clean budget: seed-003.pdf)', readFileSync(CLEAN)], ...Object.entries(hostilePdfs())]) {
  const file = join(dir, name.startsWith('(') ? 'seed-003.pdf' : name);
  writeFileSync(file, bytes);
  const walls = [];
  const cpus = [];
  const peaks = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = spawnSync(process.execPath, ['--import', peak, CLI, 'check', '--lang', 'en', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    walls.push(performance.now() - start);
    peaks.push(Number(/peak-rss-kib=(\d+)/.exec(last.stderr)?.[1] ?? Number.NaN));
    cpus.push(Number(/cpu-us=(\d+)/.exec(last.stderr)?.[1] ?? Number.NaN));
  }
  const reason =
    last.stderr
      .split('\n')
      .find((l) => l.startsWith('hezhang:'))
      ?.replace(`hezhang: ${file}: `, '') ?? (last.status === 0 || last.status === 1 ? 'checked' : '');
  const kb =
    bytes.length < 1024 * 1024
      ? `${(bytes.length / 1024).toFixed(1)} KB`
      : `${(bytes.length / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `| ${name} | ${kb} | ${(median(walls) / 1000).toFixed(2)} s | ${(median(cpus) / 1e6).toFixed(2)} s | ${Math.round(median(peaks) / 1024)} MB | ${last.status} | ${reason} |`,
  );
}
rmSync(dir, { recursive: true, force: true });
