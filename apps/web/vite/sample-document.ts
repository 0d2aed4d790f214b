/**
 * The sample budget the empty page offers ("试一试示例文件"): test/fixtures/known-mistake.pdf (seed 003,
 * a published 部门预算 laid out as departments print it, one amount changed so that one 款 no longer
 * adds up; see scripts/make-fixture.mjs), served and emitted at SAMPLE_PATH. The page also reads it
 * while idle to get its workers ready.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SAMPLE_PATH } from '../src/resources.js';

const SOURCE = fileURLToPath(new URL('../test/fixtures/known-mistake.pdf', import.meta.url));

export function sampleDocument(): Plugin {
  return {
    name: 'hezhang:sample-document',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== `/${SAMPLE_PATH}`) return next();
        res.setHeader('Content-Type', 'application/pdf');
        res.end(readFileSync(SOURCE));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SAMPLE_PATH, source: readFileSync(SOURCE) });
    },
  };
}
