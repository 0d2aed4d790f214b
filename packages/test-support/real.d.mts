/** Types of real.mjs (plain JavaScript, so that the benches run it with node as it is). */
export function realDir(...files: string[]): string | undefined;
export const REAL_DIR: string | undefined;
/** The published budgets and final accounts the tests read (final-template-2024.pdf aside). */
export const REAL_FILES: readonly string[];
export const SKIP_REAL: string;
export function realPdfNames(): string[];
export function realPdf(file: string, dir?: string): Uint8Array;
/** Whether qpdf (Debian's; tests join and cut PDFs with it at test time) is on this machine. */
export const HAS_QPDF: boolean;
