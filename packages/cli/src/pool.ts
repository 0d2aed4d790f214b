import { availableParallelism } from 'node:os';
import { setPdfThreads } from '@hezhang/pdf/node';
import type { Input } from './inputs.js';
import { type Outcome, processInput } from './outcome.js';

/** Default --jobs: every core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Reads the inputs, `jobs` at a time, on this thread: each PDF is pre-scanned, parsed and read page by
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
  let next = 0;
  const lane = async () => {
    while (next < inputs.length) {
      const index = next++;
      const outcome = await processInput(inputs[index] as Input);
      outcomes[index] = outcome;
      done(index, outcome);
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return outcomes;
}
