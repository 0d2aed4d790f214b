import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '@hezhang/pdf/node';
import type { Input } from './inputs.js';
import { type Outcome, processInput } from './outcome.js';
import type { JobMessage } from './worker.js';

/** Default --jobs: every core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Reads the inputs, `jobs` at a time: on worker threads when there is more than one
 * input and more than one job (each thread reads one file at a time), else in this thread. Calls
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
  /**
   * Feeds one thread until the inputs run out. A thread that dies (an exception nothing caught on it)
   * fails the input it held, and a new thread takes over: the other inputs are still read.
   */
  const run = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      let held: number | undefined;
      const send = () => {
        if (next >= inputs.length) {
          held = undefined;
          void worker.terminate().then(() => resolve());
          return;
        }
        held = next++;
        const message: JobMessage = { index: held, input: inputs[held] as Input };
        worker.postMessage(message);
      };
      const start = () => {
        const w = new Worker(workerFile());
        worker = w;
        w.on('message', ({ index, outcome }: { index: number; outcome: Outcome }) => {
          finish(index, outcome);
          send();
        });
        // Only the current thread's end matters: a replaced one's exit is expected.
        w.once('error', (error) => w === worker && died(String(error)));
        w.once('exit', (code) => w === worker && held !== undefined && died(`exit code ${code}`));
        send();
      };
      const died = (detail: string) => {
        const index = held;
        if (index === undefined) return;
        held = undefined;
        finish(index, threadDied(inputs[index] as Input, detail));
        void worker.terminate();
        start();
      };
      start();
    });
  await Promise.all(Array.from({ length: threads }, run));
  return outcomes;
}

function threadDied(input: Input, detail: string): Outcome {
  const error = new InputError('failed', `the reading thread stopped (${detail})`);
  return { kind: 'error', error: { ...input, code: error.code, reason: error.reason } };
}

/** The compiled worker beside this module; from the TypeScript sources (tests), the built one. */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../dist/worker.js', import.meta.url));
}
