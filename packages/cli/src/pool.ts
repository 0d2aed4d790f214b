import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { type Outcome, processInput } from './outcome.js';
import type { JobMessage } from './worker.js';

/** Default --jobs: every core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Reads the inputs, `jobs` at a time: on worker threads when there is more than one
 * input and more than one job (pdf.js parses on the calling thread), else in this thread. Calls
 * `done` as each input finishes; resolves with the outcomes in input order.
 */
export async function processAll(
  inputs: readonly Input[],
  jobs: number,
  done: (index: number, outcome: Outcome) => void,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(inputs.length);
  const finish = (index: number, outcome: Outcome) => {
    outcomes[index] = outcome;
    done(index, outcome);
  };
  const threads = Math.min(jobs, inputs.length);
  if (threads <= 1) {
    for (const [index, input] of inputs.entries()) finish(index, await processInput(input));
    return outcomes;
  }
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= inputs.length) {
          resolve();
          return;
        }
        const index = next++;
        const message: JobMessage = { index, input: inputs[index] as Input };
        worker.postMessage(message);
      };
      worker.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
        finish(index, outcome);
        send();
      });
      worker.on('error', reject);
      send();
    });
  const workers = Array.from({ length: threads }, () => new Worker(workerFile()));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
}

/** The compiled worker beside this module; from the TypeScript sources (tests), the built one. */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../dist/worker.js', import.meta.url));
}
