/** What the page gives the report's exports: Hezhang's version and the annotated PDF made in a worker. */
import type { Report } from '@hezhang/core';
import type { ExportHost, Lang } from '@hezhang/ui';
import { wrap } from 'comlink';
import type { ExportApi } from './worker/export.worker.js';

/** @hezhang/core's version, written in by vite.config.ts: the engine whose rules made the report. */
export const HEZHANG_VERSION: string = __HEZHANG_VERSION__;

async function annotateInWorker(bytes: Uint8Array, report: Report, lang: Lang): Promise<Uint8Array> {
  const worker = new Worker(new URL('./worker/export.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hezhang-export',
  });
  try {
    const failed = new Promise<never>((_, reject) =>
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the export worker stopped'))),
    );
    return await Promise.race([wrap<ExportApi>(worker).annotatePdf(bytes, report, lang), failed]);
  } finally {
    worker.terminate();
  }
}

export function exportHost(checkedAt: number | undefined): ExportHost {
  return { version: HEZHANG_VERSION, annotatePdf: annotateInWorker, ...(checkedAt ? { checkedAt } : {}) };
}
