#!/usr/bin/env node
/**
 * The last guard: an exception or rejection that escaped every reader (none should: each input's
 * failure is its own outcome) ends in exit code 2 with its reason on one line, never in exit code 1
 * ("error findings") or a silent exit. The run goes on: the other inputs are still checked. The guard
 * is installed before anything else loads (pdf.js among it), hence the dynamic import; only pdf.js' first
 * thread is started before (it runs pdf.js on a thread of its own, see @hezhang/pdf's node-thread.ts).
 */
import { startPdfThreads } from '@hezhang/pdf/node-early';
import { tuneTiering } from './tiering.js';

let escaped = false;
const guard = (kind: string) => (error: unknown) => {
  escaped = true;
  process.exitCode = 2;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`hezhang: internal error (${kind}): ${text.replace(/\s+/g, ' ').trim()}\n`);
};
process.on('unhandledRejection', guard('unhandled rejection'));
// A reader that stops early (`hezhang check … | head`) closes the pipe: the run ends there, quietly,
// with exit code 0 (what it was asked to print was taken). Any other output error is the guard's.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    guard('output')(error);
  });
process.on('uncaughtException', guard('uncaught exception'));
// Before anything runs hot: V8 optimises later in a process that lives for seconds (tiering.ts).
tuneTiering();
// pdf.js' worker code loads on its thread while this one loads the rest (node-early: it loads no pdf.js here).
startPdfThreads(1);

/**
 * Ends the process as soon as what it printed is written. Left to end by itself, Node first stops each
 * pdf.js thread and frees every heap, one after another, with nothing left to do (~0.1 s of a batch:
 * packages/pdf/bench/README.md). An empty write calls back once the writes before it are flushed (pipes
 * are asynchronous on macOS and Windows); a stream that cannot be written ends the run through its
 * error handler above. The exit waits for the next turn of the event loop, so that a rejection left
 * unhandled until now still reaches the guard (and exit code 2).
 */
function endWhenWritten(): void {
  let waiting = 2;
  const written = (error?: Error | null) => {
    if (!error && --waiting === 0) setImmediate(() => process.exit());
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}

const { main } = await import('./main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = escaped ? 2 : code;
    endWhenWritten();
  },
  (error: unknown) => {
    guard('main')(error);
  },
);
