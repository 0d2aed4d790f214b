import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { checkDocument, type Report } from '@hezhang/core';
import { readBudgetPdf } from '@hezhang/pdf/node';

/** A fixture PDF of @hezhang/pdf (made from the seeds by LibreOffice) and its report, hash included. */
export async function pdfReport(name: string): Promise<{ bytes: Uint8Array; report: Report }> {
  const bytes = new Uint8Array(readFileSync(new URL(`../../pdf/fixtures/${name}`, import.meta.url)));
  const doc = await readBudgetPdf(bytes, { name });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { bytes, report: checkDocument({ ...doc, source: { ...doc.source, sha256 } }) };
}
