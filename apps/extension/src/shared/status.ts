import { ReportSummary, type Verdict } from '@hezhang/core';
import { z } from 'zod';

/** What a badge shows: a report's verdict (the test hook `data-status`). */
export type Status = Verdict;

/** Worse first: the order a row or page takes the status of its worst finding in. */
const RANK: Record<Status, number> = { error: 3, warning: 2, incomplete: 1, ok: 0 };

export function worse(a: Status, b: Status): Status {
  return RANK[b] > RANK[a] ? b : a;
}

/** A page's status with `unread` of its linked PDFs not checked: never 'ok' then ('incomplete' at least). */
export function withUnread(status: Status, unread: number): Status {
  return unread > 0 ? worse(status, 'incomplete') : status;
}

const Text = z.string().max(2000);

/** A checked PDF as the page and the popup need it: the full report stays in the cache. */
export const PdfVerdict = z.object({
  /** Where it was fetched from ('' for a verdict found by its bytes' hash). */
  url: z.union([z.url({ protocol: /^https?$/ }).max(4096), z.literal('')]),
  /** SHA-256 of the bytes, hex: the key of the cached report. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  name: Text,
  /** What the document is, in its template's words ("2024年度 部门决算"); absent in reports cached before. */
  kind: z.object({ zh: Text, en: Text }).optional(),
  summary: ReportSummary,
  checkedAt: z.number(),
});
export type PdfVerdict = z.infer<typeof PdfVerdict>;
