import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REAL_DIR } from '@hezhang/test-support/real';

/** The committed PDF fixtures (subfolders: layouts, glyphs, damaged). */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The PDFs of a folder, as paths. */
export const pdfsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => join(dir, f));

/** Fixtures pdf.js cannot open (encrypted, empty, malformed) have no text to compare. */
const UNREADABLE = new Set(['encrypted.pdf', 'empty.pdf', 'malformed.pdf']);

/**
 * Every PDF pdf.js reads that a reader can be compared on: the shared real PDFs (where found), the
 * readable fixtures, then those of the fixture subfolders named.
 */
export const readablePdfs = (...subfolders: string[]): string[] => [
  ...(REAL_DIR ? pdfsIn(REAL_DIR) : []),
  ...pdfsIn(FIXTURES).filter((f) => !UNREADABLE.has(basename(f))),
  ...subfolders.flatMap((s) => pdfsIn(join(FIXTURES, s))),
];
