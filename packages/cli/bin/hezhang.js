#!/usr/bin/env node
// The `hezhang` command (node_modules/.bin/hezhang at the repository's root): the built CLI, or, before
// the first build, what to run. A file of its own, not dist/bin.js, so that the install links it
// before anything is built. It loads nothing else: the CLI's guard is installed first in dist/bin.js.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    "hezhang: not built yet: run `npx -y pnpm@12.21.0 build` (or the README's first command) in the repository first\n",
  );
  process.exitCode = 2;
}
