#!/usr/bin/env node
/**
 * The last guard: an exception or rejection that escaped every reader (none should: each input's
 * failure is its own outcome) ends in exit code 2 with its reason on one line, never in exit code 1
 * ("error findings") or a silent exit. The run goes on: the other inputs are still checked. The guard
 * is installed before anything else loads (pdf.js among it), hence the dynamic import.
 */
let escaped = false;
const guard = (kind: string) => (error: unknown) => {
  escaped = true;
  process.exitCode = 2;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`hezhang: internal error (${kind}): ${text.replace(/\s+/g, ' ').trim()}\n`);
};
process.on('unhandledRejection', guard('unhandled rejection'));
process.on('uncaughtException', guard('uncaught exception'));

const { main } = await import('./main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = escaped ? 2 : code;
  },
  (error: unknown) => {
    guard('main')(error);
  },
);
