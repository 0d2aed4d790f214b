/** A pool worker: reads and checks the inputs the main thread sends, one at a time. */
import { parentPort } from 'node:worker_threads';
import type { Command } from './args.js';
import type { Input } from './inputs.js';
import { processInput } from './outcome.js';

export interface JobMessage {
  index: number;
  input: Input;
  command: Command;
}

parentPort?.on('message', async ({ index, input, command }: JobMessage) => {
  parentPort?.postMessage({ index, outcome: await processInput(input, command) });
});
