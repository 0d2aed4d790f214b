/**
 * The CLI as one file: dist/cli.js, what bin/hezhang.js runs. tsc's dist/*.js (bin.js the entry), core's
 * and @hezhang/pdf's dist and zod, bundled by esbuild: a run then resolves, reads and compiles one module
 * instead of ~250 (core 128, zod 94, pdf, the CLI's own), which cut ~4% of a `check`'s CPU seconds over
 * the nine real PDFs (packages/pdf/bench/README.md). pdf.js stays outside (its own files, loaded by path:
 * the pdf.js threads load its worker build, and its patched copy is the installed one). No transform
 * beyond joining the modules: the same code, the same order of loading (bin.js still installs its guard
 * before the rest is evaluated: esbuild keeps the dynamic import's module lazy).
 */
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../dist/bin.js', import.meta.url).pathname],
  outfile: new URL('../dist/cli.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // pdf.js: its display build is imported by path, its worker build is loaded by the pdf.js threads.
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  logLevel: 'warning',
});
