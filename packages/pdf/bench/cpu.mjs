/**
 * Preloaded into a benchmarked Node process (`node --import ./bench/cpu.mjs …`): at exit, appends the
 * process' CPU time (user and system, every thread) and peak memory to the file named by
 * HEZHANG_BENCH_USAGE, one JSON line.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.HEZHANG_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ user: userCPUTime / 1e6, sys: systemCPUTime / 1e6, rssMb: maxRSS / 1024 })}\n`,
    );
  });
}
