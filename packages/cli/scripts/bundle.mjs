/**
 * The CLI bundled: dist/cli.js, what bin/hezhang.js runs, and the chunks it loads (dist/cli-*.js). tsc's
 * dist/*.js (bin.js the entry), core's and @hezhang/pdf's dist and zod, bundled by esbuild: a run then
 * resolves, reads and compiles three modules instead of ~250 (core 128, zod 94, pdf, the CLI's own), which
 * cut ~4% of a `check`'s CPU seconds over the nine real PDFs (packages/pdf/bench/README.md). Split where
 * bin.js imports main.js dynamically: cli.js itself is bin.js' guard, the V8 tiering and pdf.js' first
 * thread (started before V8 has parsed the ~2 MB of the rest); the rest is one chunk loaded after.
 * pdf.js stays outside (its own files, loaded by path: the pdf.js threads load its worker build, and its
 * patched copy is the installed one). No transform beyond joining the modules: the same code, the same
 * order of loading.
 */
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../dist/bin.js', import.meta.url).pathname],
  outdir: new URL('../dist', import.meta.url).pathname,
  entryNames: 'cli',
  chunkNames: 'cli-[name]-[hash]',
  bundle: true,
  // The entry apart from what it imports dynamically: bin.js' guard and pdf.js' first thread start
  // before V8 has even parsed core.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // pdf.js: its display build is imported by path, its worker build is loaded by the pdf.js threads.
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  logLevel: 'warning',
});
