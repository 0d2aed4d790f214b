import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realPdf as readRealPdf } from '@hezhang/test-support/real';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixture(name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) };
}

/** Seed 001 (a whole department budget, nine tables) as its text. */
export const seedText = readFileSync(new URL('../../../seeds/001_44612e61586aee6a.txt', import.meta.url), 'utf8');
export const utf8 = (text: string) => new TextEncoder().encode(text);

/** What scripts/make-fixture.mjs changed in known-mistake.pdf: its 款 20805 no longer adds up. */
export const KNOWN_MISTAKE = {
  file: 'known-mistake.pdf',
  rule: 'in_table.hierarchy',
  table: 'expenditure_summary',
  row: '20805',
  page: 9,
};

/** Real published PDFs, read where they are (never copied into the repository). */
export { REAL_DIR, realPdfNames as realPdfs } from '@hezhang/test-support/real';

export function realPdf(name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: readRealPdf(name) };
}
