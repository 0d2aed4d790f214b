import type { ReportSummary, Verdict } from '@hezhang/core';

/** What a badge shows: a report's verdict (the test hook `data-status`). */
export type Status = Verdict;

/** Worse first: the order a row or page takes the status of its worst finding in. */
const RANK: Record<Status, number> = { error: 3, warning: 2, incomplete: 1, ok: 0 };

export function worse(a: Status, b: Status): Status {
  return RANK[b] > RANK[a] ? b : a;
}

/** A checked PDF as the page and the popup need it: the full report stays in the cache. */
export interface PdfVerdict {
  url: string;
  /** SHA-256 of the bytes, hex: the key of the cached report. */
  hash: string;
  name: string;
  /** What the document is, in its template's words ("2024年度 部门决算"); absent in reports cached before. */
  kind?: { zh: string; en: string };
  summary: ReportSummary;
  checkedAt: number;
}
