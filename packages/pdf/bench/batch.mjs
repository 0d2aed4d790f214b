#!/usr/bin/env node
/**
 * A batch of real budgets, as whole processes (issue 22's measure): each command reads every shared
 * real PDF in one process, the commands take turns round after round (A B C, B C A, …) so that none
 * gets the quieter machine, and each is reported by its medians and by its paired ratio to plain
 * pdf.js (the median over rounds of its time ÷ plain pdf.js' time in the same round):
 *
 *   plain pdf.js       bench/read.mjs plain: text content and operator list of every page, one
 *                      pdf.js thread (pdf.js' Node defaults, the floor any pdf.js reader pays)
 *   plain pdf.js, the CLI's V8 budget
 *                      the same under `--interrupt-budget` as the CLI sets it for itself (packages/cli
 *                      src/tiering.ts): what the floor is when V8 optimises as late as in the CLI
 *   hezhang            hezhang check --json (defaults: --jobs = every core)
 *   hezhang --jobs 1   the same on one pdf.js thread
 *   pdfplumber         page.extract_tables() of every page, when `python3 -c 'import pdfplumber'`
 *                      works ($HEZHANG_PYTHON names another interpreter)
 *
 * CPU = user + system time of the whole process (every thread), also per document (÷ the number of
 * PDFs: issue 17's "CPU per document against plain pdf.js"). On a machine busy with other work, CPU
 * time holds and wall time does not: the load average is printed with the figures.
 * $HEZHANG_BENCH_ROUNDS sets the counted rounds (default 5; one warm-up round first). Needs the built
 * packages (pnpm build).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REAL_DIR, realPdfNames } from '@hezhang/test-support/real';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = join(here, '../../..');
if (!REAL_DIR) {
  console.log('batch: the shared real PDFs were not found ($HEZHANG_REAL_PDFS): skipped');
  process.exit(0);
}
const files = realPdfNames().map((n) => join(REAL_DIR, n));
const ROUNDS = Number(process.env.HEZHANG_BENCH_ROUNDS ?? 5);
const python = process.env.HEZHANG_PYTHON ?? 'python3';
const work = mkdtempSync(join(tmpdir(), 'hezhang-batch-'));
const usageFile = join(work, 'usage.jsonl');
const cpuPreload = join(here, 'cpu.mjs');
const cli = join(repo, 'packages/cli/bin/hezhang.js');

const node = (args) => ({
  run: () => {
    rmSync(usageFile, { force: true });
    const start = performance.now();
    spawnSync(process.execPath, ['--import', cpuPreload, ...args], {
      env: { ...process.env, HEZHANG_BENCH_USAGE: usageFile },
      stdio: 'ignore',
    });
    const wall = (performance.now() - start) / 1000;
    const usage = JSON.parse(readFileSync(usageFile, 'utf8').trim().split('\n').pop());
    return { wall, cpu: usage.user + usage.sys, rssMb: usage.rssMb };
  },
});
const { tieringFlag } = await import(join(repo, 'packages/cli/dist/tiering.js'));
const budget = tieringFlag(process.versions.v8, []);
const commands = [
  { name: 'plain pdf.js', ...node([join(here, 'read.mjs'), 'plain', ...files]) },
  ...(budget
    ? [{ name: "plain pdf.js, the CLI's V8 budget", ...node([budget, join(here, 'read.mjs'), 'plain', ...files]) }]
    : []),
  { name: 'hezhang check', ...node([cli, 'check', '--json', ...files]) },
  { name: 'hezhang check --jobs 1', ...node([cli, 'check', '--json', '--jobs', '1', ...files]) },
];
const hasPlumber = spawnSync(python, ['-c', 'import pdfplumber'], { stdio: 'ignore' }).status === 0;
if (hasPlumber) {
  commands.push({
    name: 'pdfplumber extract_tables',
    run: () => {
      const start = performance.now();
      const out = spawnSync(python, [join(here, 'plumber.py'), ...files], { encoding: 'utf8' });
      const wall = (performance.now() - start) / 1000;
      const usage = JSON.parse(out.stdout.trim().split('\n').pop());
      return { wall, cpu: usage.user + usage.sys, rssMb: usage.rssMb };
    },
  });
}

const loads = [loadavg()[0]];
const times = commands.map(() => []);
for (let round = 0; round <= ROUNDS; round++) {
  for (let k = 0; k < commands.length; k++) {
    const i = (k + round) % commands.length;
    const t = commands[i].run();
    if (round > 0) times[i].push(t);
  }
  loads.push(loadavg()[0]);
}
rmSync(work, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const paired = (i, key) => median(times[i].map((t, r) => t[key] / times[0][r][key]));
console.log(
  `${files.length} real budget PDFs in one process per command; ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}); ` +
    `${ROUNDS} rounds after a warm-up, in turns; load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}` +
    (hasPlumber ? '' : `; pdfplumber: not importable by ${python} (pip install pdfplumber)`),
);
console.table(
  commands.map((c, i) => ({
    command: c.name,
    'CPU s': median(times[i].map((t) => t.cpu)).toFixed(2),
    'CPU s / document': (median(times[i].map((t) => t.cpu)) / files.length).toFixed(3),
    'wall s': median(times[i].map((t) => t.wall)).toFixed(2),
    'peak MB': median(times[i].map((t) => t.rssMb)).toFixed(0),
    'CPU ÷ plain': i === 0 ? '1' : paired(i, 'cpu').toFixed(2),
    'wall ÷ plain': i === 0 ? '1' : paired(i, 'wall').toFixed(2),
  })),
);
