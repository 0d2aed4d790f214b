import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The published PDFs the tests check against live outside the repository (they are not ours to
 * commit): $HEZHANG_REAL_PDFS, else ../shared/fixtures/real beside the repository, else the
 * workplace's /work/shared/fixtures/real. Tests on them skip, saying so, where none is found.
 */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export const REAL_DIR = [
  process.env.HEZHANG_REAL_PDFS,
  join(REPO, '../shared/fixtures/real'),
  '/work/shared/fixtures/real',
]
  .filter((d): d is string => !!d)
  .find((d) => existsSync(join(d, 'swj-2025-dept.pdf')));

export const REAL_FILES = [
  'swj-2025-dept.pdf',
  'swj-2025-unit.pdf',
  'wanli-2023-dept.pdf',
  'wanli-2024-dept.pdf',
  'shczj-2025-unit.pdf',
  'czj-2024-final.pdf',
  'czj-2025-dept.pdf',
  'qfb-2025-dept.pdf',
] as const;

export const SKIP_REAL = REAL_DIR
  ? ''
  : 'real budget PDFs not found (set HEZHANG_REAL_PDFS or put them in ../shared/fixtures/real): skipping';
if (SKIP_REAL) console.warn(SKIP_REAL);

export function realPdf(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(REAL_DIR as string, file)));
}
