import { type Report, ReportSummary, type Verdict } from '@hezhang/core';
import { z } from 'zod';
import { PAGE_LIMITS } from './limits';

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
const Bilingual = z.object({ zh: Text, en: Text });

/** A finding as a verdict carries it for the panel: its severity and its message. */
export const FindingLine = z.object({ severity: z.enum(['error', 'warning']), message: Bilingual });
export type FindingLine = z.infer<typeof FindingLine>;

/**
 * One document of a PDF that holds several (a department's budget with its unit's after it), each read
 * on its own pages and named with them by core ("file.pdf（第27–48页）"): its verdict and first findings,
 * or why it could not be checked (no summary then).
 */
export const DocumentVerdict = z.object({
  name: Text,
  kind: Bilingual.optional(),
  summary: ReportSummary.optional(),
  failure: Bilingual.optional(),
  findings: z.array(FindingLine).max(PAGE_LIMITS.maxDocumentFindings),
});
export type DocumentVerdict = z.infer<typeof DocumentVerdict>;

/** A document's status: its verdict, 'incomplete' when it could not be checked (never 'ok'). */
export function documentStatus(d: Pick<DocumentVerdict, 'summary'>): Status {
  return d.summary?.verdict ?? 'incomplete';
}

/**
 * A PDF of several documents as one summary: the worst verdict over its documents (a document that
 * could not be checked makes it 'incomplete' at least), the counts summed.
 */
export function fileSummary(documents: readonly Pick<DocumentVerdict, 'summary'>[]): ReportSummary {
  const sum = (key: Exclude<keyof ReportSummary, 'verdict'>) =>
    documents.reduce((n, d) => n + (d.summary?.[key] ?? 0), 0);
  return {
    verdict: documents.reduce<Status>((s, d) => worse(s, documentStatus(d)), 'ok'),
    checksRun: sum('checksRun'),
    passed: sum('passed'),
    failed: sum('failed'),
    notApplicable: sum('notApplicable'),
    insufficientData: sum('insufficientData'),
    errors: sum('errors'),
    warnings: sum('warnings'),
    infos: sum('infos'),
  };
}

/** A report's errors and warnings as the panel lists them, first ones first. */
export function findingLines(report: Report): FindingLine[] {
  const lines: FindingLine[] = [];
  for (const f of report.findings) {
    if (f.severity === 'info') continue;
    lines.push({ severity: f.severity, message: { zh: f.message.zh.slice(0, 2000), en: f.message.en.slice(0, 2000) } });
    if (lines.length === PAGE_LIMITS.maxDocumentFindings) break;
  }
  return lines;
}

/**
 * What the cache keeps for a PDF's bytes: one report, or for a PDF of several documents one per
 * document (null for a document that could not be checked). Always a list here.
 */
export function storedReports(stored: unknown): unknown[] {
  return Array.isArray(stored) ? stored : [stored];
}

/** A checked PDF as the page and the popup need it: the full report stays in the cache. */
export const PdfVerdict = z.object({
  /** Where it was fetched from ('' for a verdict found by its bytes' hash). */
  url: z.union([z.url({ protocol: /^https?$/ }).max(4096), z.literal('')]),
  /** SHA-256 of the bytes, hex: the key of the cached report. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  name: Text,
  /** What the document is, in its template's words ("2024年度 部门决算"); absent in reports cached before. */
  kind: z.object({ zh: Text, en: Text }).optional(),
  /** A PDF of several documents: its summary is theirs together (fileSummary). */
  summary: ReportSummary,
  /** A PDF that holds several documents: each one's verdict, in the file's order (absent: one document). */
  documents: z.array(DocumentVerdict).min(2).max(PAGE_LIMITS.maxDocumentsPerPdf).optional(),
  checkedAt: z.number(),
});
export type PdfVerdict = z.infer<typeof PdfVerdict>;
