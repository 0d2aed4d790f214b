/** A pool worker: reads the inputs the main thread sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import type { Input } from './inputs.js';
import { processInput } from './outcome.js';

export interface JobMessage {
  index: number;
  input: Input;
}

parentPort?.on('message', async ({ index, input }: JobMessage) => {
  parentPort?.postMessage({ index, outcome: await processInput(input) });
});
