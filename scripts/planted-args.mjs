/**
 * The command line the planted-mistake tools share (planted-real.mjs, planted-words.mjs): `option`
 * takes a valued option out of the arguments, `flag` a bare one; `files()` is what is left, or the real
 * PDFs the tests read when nothing is.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_DIR } from '../packages/test-support/real.mjs';

const args = process.argv.slice(2);

export function option(name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
}

export const flag = (name) => args.includes(name) && args.splice(args.indexOf(name), 1).length > 0;

/** The PDFs named on the command line (after the options are taken), else every real PDF. */
export const files = () =>
  args.length
    ? [...args]
    : readdirSync(REAL_DIR ?? '.')
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => join(REAL_DIR ?? '.', f));
