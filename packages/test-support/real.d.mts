/** Types of real.mjs (plain JavaScript, so that the benches run it with node as it is). */
export function realDir(...files: string[]): string | undefined;
export const REAL_DIR: string | undefined;
export const REAL_FILES: readonly [
  'swj-2025-dept.pdf',
  'swj-2025-unit.pdf',
  'wanli-2023-dept.pdf',
  'wanli-2024-dept.pdf',
  'shczj-2025-unit.pdf',
  'czj-2024-final.pdf',
  'czj-2025-dept.pdf',
  'qfb-2025-dept.pdf',
];
export const SKIP_REAL: string;
export function realPdfNames(): string[];
export function realPdf(file: string, dir?: string): Uint8Array;
