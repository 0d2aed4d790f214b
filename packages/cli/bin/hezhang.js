#!/usr/bin/env node
// The `hezhang` command (node_modules/.bin/hezhang at the repository's root): the built CLI, or, before
// the first build, what to run. A file of its own, not dist/bin.js, so that the install links it
// before anything is built. It loads nothing else: the CLI's guard is installed first in dist/bin.js.
// The build leaves the CLI twice: dist/cli.js is it as one bundled file (scripts/bundle.mjs: fewer
// modules to resolve and compile, less CPU per run), dist/bin.js the same code as tsc's modules.
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/cli.js', import.meta.url);
const built = new URL('../dist/bin.js', import.meta.url);
const entry = existsSync(bundled) ? bundled : existsSync(built) ? built : undefined;
if (entry) {
  await import(entry.href);
} else {
  process.stderr.write(
    "hezhang: not built yet: run `npx -y pnpm@12.21.0 build` (or the README's first command) in the repository first\n",
  );
  process.exitCode = 2;
}
