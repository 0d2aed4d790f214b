#!/usr/bin/env node
/**
 * Issue 20's figures for the CLI: each hostile file (packages/pdf/fixtures/hostile.mjs) through the
 * built CLI, one process each, one at a time: wall time, the process' peak resident memory
 * (process.resourceUsage().maxRSS, read on exit), exit code and the reason printed. Needs the CLI
 * built (`npx -y pnpm@12.21.0 turbo run build --filter=hezhang`).
 *
 *   node scripts/hostile-figures.mjs [--runs N]     # prints a Markdown table (medians of N runs)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
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
  "import { writeSync } from 'node:fs';\nprocess.on('exit', () => writeSync(2, 'peak-rss-kib=' + process.resourceUsage().maxRSS + '\\n'));\n",
);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log('| file | size | wall | peak RSS | exit | outcome |');
console.log('|---|---:|---:|---:|---:|---|');
for (const [name, bytes] of Object.entries(hostilePdfs())) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const walls = [];
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
    `| ${name} | ${kb} | ${(median(walls) / 1000).toFixed(2)} s | ${Math.round(median(peaks) / 1024)} MB | ${last.status} | ${reason} |`,
  );
}
