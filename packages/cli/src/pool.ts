import { availableParallelism } from 'node:os';
import { setPdfThreads } from '@hezhang/pdf/node';
import type { Input } from './inputs.js';
import { type Outcome, processInput } from './outcome.js';

/** Default --jobs: every core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The order the inputs are read in: the largest first (by their size when listed; unknown sizes last,
 * ties in input order). The batch ends when its last read does, and the threads then wait for this one
 * to check the last document: a large file read last kept both waiting while the other threads had
 * nothing left to do (the longest-first rule of scheduling jobs on parallel machines).
 */
export function readingOrder(inputs: readonly Input[]): number[] {
  return inputs
    .map((input, index) => ({ index, size: input.size ?? -1 }))
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .map((i) => i.index);
}

/**
 * Reads the inputs, `jobs` at a time, the largest first (readingOrder), on this thread: each PDF is pre-scanned, parsed and read page by
 * page on one of `jobs` pdf.js threads (started once, reused for every file; @hezhang/pdf's
 * node-thread-work.ts), and this thread rebuilds and checks the documents from the pages they send.
 * So `--jobs N` runs N + 1 threads, not a copy of the whole reader per job. Calls `done` as each input
 * finishes; resolves with the outcomes in input order. `processInput` never throws: a file whose
 * reader failed, or whose pdf.js thread stopped, is an outcome too.
 */
export async function processAll(
  inputs: readonly Input[],
  jobs: number,
  done: (index: number, outcome: Outcome) => void,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(inputs.length);
  const lanes = Math.max(1, Math.min(jobs, inputs.length));
  setPdfThreads(lanes);
  const order = readingOrder(inputs);
  let next = 0;
  const lane = async () => {
    while (next < order.length) {
      const index = order[next++] as number;
      const outcome = await processInput(inputs[index] as Input);
      outcomes[index] = outcome;
      done(index, outcome);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return outcomes;
}
