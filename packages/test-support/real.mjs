import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The published PDFs the tests check against live outside the repository (they are not ours to
 * commit): $HEZHANG_REAL_PDFS, else ../shared/fixtures/real beside the repository, else the
 * workplace's /work/shared/fixtures/real. Tests on them skip, saying so, where none is found.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CANDIDATES = [process.env.HEZHANG_REAL_PDFS, join(REPO, '../shared/fixtures/real'), '/work/shared/fixtures/real'];

/** The first of the folders above that holds every file named (by default the first real budget). */
export function realDir(...files) {
  const wanted = files.length > 0 ? files : ['swj-2025-dept.pdf'];
  return CANDIDATES.find((d) => !!d && wanted.every((f) => existsSync(join(d, f))));
}

export const REAL_DIR = realDir();

export const REAL_FILES = [
  'swj-2025-dept.pdf',
  'swj-2025-unit.pdf',
  'wanli-2023-dept.pdf',
  'wanli-2024-dept.pdf',
  'shczj-2025-unit.pdf',
  'czj-2024-final.pdf',
  'czj-2025-dept.pdf',
  'qfb-2025-dept.pdf',
];

export const SKIP_REAL = REAL_DIR
  ? ''
  : 'real budget PDFs not found (set HEZHANG_REAL_PDFS or put them in ../shared/fixtures/real): skipping';
if (SKIP_REAL) console.warn(SKIP_REAL);

/** Names of every PDF in REAL_DIR, sorted (none where it was not found). */
export function realPdfNames() {
  if (!REAL_DIR) return [];
  return readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
}

export function realPdf(file, dir = REAL_DIR) {
  if (!dir) throw new Error(`${file}: ${SKIP_REAL}`);
  return new Uint8Array(readFileSync(join(dir, file)));
}

/** Whether qpdf (Debian's; tests join and cut PDFs with it at test time) is on this machine. */
export const HAS_QPDF = spawnSync('qpdf', ['--version'], { stdio: 'ignore' }).status === 0;
