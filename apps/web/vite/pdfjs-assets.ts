/**
 * Serves and emits pdf.js' CMaps, standard fonts, wasm decoders and ICC profiles under pdfjs/, so the
 * page (and its service worker's precache) has everything pdf.js fetches at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const FOLDERS = ['cmaps', 'standard_fonts', 'wasm', 'iccs'] as const;

function pdfjsRoot(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
}

function assetFiles(root: string): { fileName: string; path: string }[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder))
      // Licences stay in node_modules; the no-wasm JPEG 2000 fallback is for browsers without wasm.
      .filter((name) => !name.startsWith('LICENSE') && !name.endsWith('_nowasm_fallback.js'))
      .map((name) => ({ fileName: `${folder}/${name}`, path: join(root, folder, name) })),
  );
}

export function pdfjsAssets(prefix: string): Plugin {
  const root = pdfjsRoot();
  return {
    name: 'hezhang:pdfjs-assets',
    configureServer(server) {
      const files = new Map(assetFiles(root).map((f) => [`/${prefix}/${f.fileName}`, f.path]));
      server.middlewares.use((req, res, next) => {
        const path = files.get((req.url ?? '').split('?')[0] ?? '');
        if (!path) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      for (const f of assetFiles(root))
        this.emitFile({ type: 'asset', fileName: `${prefix}/${f.fileName}`, source: readFileSync(f.path) });
    },
  };
}
