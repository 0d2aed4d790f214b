/**
 * The export worker: makes the annotated PDF (pdf-lib parses and rewrites the whole file, seconds for
 * a long one) off the main thread. Started for one export and ended after it.
 */
import type { Report } from '@hezhang/core';
import type { Lang } from '@hezhang/ui';
import { annotatePdf } from '@hezhang/ui/export/annotated-pdf';
import { expose, transfer } from 'comlink';

export interface ExportApi {
  annotatePdf(bytes: Uint8Array, report: Report, lang: Lang): Promise<Uint8Array>;
}

const api: ExportApi = {
  async annotatePdf(bytes, report, lang) {
    const out = await annotatePdf(bytes, report, lang);
    return transfer(out, [out.buffer]);
  },
};

expose(api);
