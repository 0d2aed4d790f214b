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
// Only the mode's own module: @hezhang/pdf's Node entry starts a pdf.js thread when it loads.
const read =
  mode === 'plain' ? (await import('./plain.mjs')).plainPdfjs : (await import('../dist/node.js')).extractPositioned;

for (const file of files) await read(new Uint8Array(readFileSync(file)));
// The pdf.js threads are idle and unreferenced: the process ends by itself.
