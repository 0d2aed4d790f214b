/**
 * How soon V8 optimises this process's code. A `check` runs for seconds over the files it was given;
 * with V8's default budget, its optimising compiler (TurboFan, on background threads) compiles many
 * functions that will not run much longer. Measured on the nine real PDFs (`check --json --jobs 1`,
 * Node 20, V8 11.3, per thread from /proc): V8's background threads took ~2.4 of ~6 CPU-seconds, and
 * making every compile synchronous showed ~3 CPU-seconds of compiling in all. A budget eight times
 * V8 11.3's default (66 KB of bytecode executed per function before it is considered) leaves the hot
 * loops optimised and the rest in the baseline tiers: ~1.0 CPU-s of compiling, no slower main thread
 * (packages/pdf/bench/README.md has the paired figures).
 *
 * Process-wide (the pdf.js threads share it) and for this process only: the CLI owns its process, so
 * the library packages never set it. A budget given to node itself (`node --interrupt-budget=N`, or in
 * NODE_OPTIONS) wins: that is how the benchmark runs the CLI with V8's default. Only for V8 versions
 * known to have the flag: an unknown one makes V8 print an error on stdout, which would corrupt `--json`.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode executed by a function before TurboFan considers it (V8 11.3's default: 67 584). */
export const INTERRUPT_BUDGET = 540_000;

/** V8 majors whose flag list has `--interrupt-budget` with this meaning (Node 18 to 24). */
const KNOWN_V8 = { from: 10, to: 13 };

const FLAG = '--interrupt-budget';

/**
 * The flag to set, or undefined: none when node was given a budget itself (`nodeFlags`: its execArgv
 * and NODE_OPTIONS) or when this V8 is not known to have the flag.
 */
export function tieringFlag(v8Version: string, nodeFlags: readonly string[]): string | undefined {
  const major = Number.parseInt(v8Version, 10);
  if (!(major >= KNOWN_V8.from && major <= KNOWN_V8.to)) return undefined;
  // V8 reads `--interrupt_budget` as the same flag.
  if (nodeFlags.some((flag) => flag.replaceAll('_', '-').includes(FLAG))) return undefined;
  return `${FLAG}=${INTERRUPT_BUDGET}`;
}

/** Sets the budget for this process (see above); says whether it did. */
export function tuneTiering(): boolean {
  const flag = tieringFlag(process.versions.v8, [...process.execArgv, process.env.NODE_OPTIONS ?? '']);
  if (flag) setFlagsFromString(flag);
  return flag !== undefined;
}
