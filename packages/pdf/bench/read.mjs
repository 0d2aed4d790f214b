#!/usr/bin/env node
/**
 * Reads PDFs one way, each once, in this process — for timing whole processes from outside
 * (`/usr/bin/time -v node bench/read.mjs MODE FILE…`, or any tool that runs two commands in turn):
 *
 *   one-pass  @hezhang/pdf's extractPositioned: one operator list per page, interpreted (what Hezhang does)
 *   plain     plain pdf.js (bench/plain.mjs): text content and operator list of every page
 *
 * Needs the built package (pnpm build).
 */
import { readFileSync } from 'node:fs';

const [mode, ...files] = process.argv.slice(2);
if (!['one-pass', 'plain'].includes(mode ?? '') || files.length === 0) {
  console.error('usage: node bench/read.mjs one-pass|plain FILE.pdf…');
  process.exit(2);
}
const { extractPositioned } = await import('../dist/node.js');
const { plainPdfjs } = await import('./plain.mjs');

for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  if (mode === 'plain') await plainPdfjs(bytes);
  else await extractPositioned(bytes);
}
// The pdf.js threads are idle and unreferenced: the process ends by itself.
