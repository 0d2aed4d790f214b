import { z } from 'zod';
import { Severity } from '../model/finding.js';

/**
 * A volunteer's review of one finding: 已核实 (confirmed: it is a mistake), 误报 (dismissed: it is
 * not), or open (not decided yet), with a short note.
 */
export const ReviewStatus = z.enum(['open', 'confirmed', 'dismissed']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** Longest note kept: a short note, not a document (a pasted page would bloat every export). */
export const MAX_NOTE_LENGTH = 2000;

export const ReviewMark = z.object({
  /** The finding it is about (`reviewKeys`): the file's hash, the rule and the places it points at. */
  key: z.string().min(1),
  status: ReviewStatus,
  note: z.string().max(MAX_NOTE_LENGTH).default(''),
  /** When the mark was last set (ISO 8601); absent for a finding nobody marked yet. */
  at: z.string().optional(),
});
export type ReviewMark = z.infer<typeof ReviewMark>;

/**
 * A mark as the marks file keeps it: with what it is about in words, for the person editing the file
 * (file, rule, severity, message, where). Only key, status, note and at are read back.
 */
export const ReviewEntry = ReviewMark.extend({
  file: z.string().optional(),
  sha256: z.string().optional(),
  rule: z.string().optional(),
  severity: Severity.optional(),
  message: z.string().optional(),
  where: z.string().optional(),
});
export type ReviewEntry = z.infer<typeof ReviewEntry>;

export const REVIEW_FORMAT = 'hezhang-review';

/** The marks file (`hezhang check --review marks.json`): every mark, one entry per finding. */
export const ReviewFile = z.object({
  format: z.literal(REVIEW_FORMAT),
  version: z.literal(1),
  marks: z.array(ReviewEntry),
});
export type ReviewFile = z.infer<typeof ReviewFile>;

/** A marks file that cannot be read, with the reason in both languages. */
export class ReviewFileError extends Error {
  constructor(
    readonly reason: { zh: string; en: string },
    options?: { cause?: unknown },
  ) {
    super(reason.en, options);
    this.name = 'ReviewFileError';
  }
}

const Reviewed = z.object({ review: z.object({ marks: z.array(ReviewEntry) }) });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A report, reviewed or not (its source and findings), as the page and `--json` write it. */
const isReport = (v: unknown) => isObject(v) && 'source' in v && 'findings' in v && ('review' in v || 'summary' in v);

/**
 * Where marks may come from, told apart by shape so that a refusal names the field at fault: a marks
 * file, a bare list of marks, a report exported with its review, or a list of them (the CLI's
 * `--json`, whose entries for files it could not read carry no review and are left out). A report
 * checked without marks holds none.
 */
function entriesOf(json: unknown): { entries: ReviewEntry[] } | { issue: z.core.$ZodIssue | undefined } {
  const result = <T>(parsed: z.ZodSafeParseResult<T>, entries: (data: T) => ReviewEntry[]) =>
    parsed.success ? { entries: entries(parsed.data) } : { issue: parsed.error.issues[0] };
  if (Array.isArray(json) && json.some((item) => isReport(item) || (isObject(item) && 'error' in item))) {
    // Reports checked without marks (`--json` alone) and files that could not be read hold none.
    const reports = json.filter((item) => isObject(item) && 'review' in item);
    return result(z.array(Reviewed).safeParse(reports), (list) => list.flatMap((r) => r.review.marks));
  }
  if (Array.isArray(json)) return result(z.array(ReviewEntry).safeParse(json), (list) => list);
  if (isObject(json) && 'review' in json) return result(Reviewed.safeParse(json), (r) => r.review.marks);
  if (isReport(json)) return { entries: [] };
  return result(ReviewFile.safeParse(json), (file) => file.marks);
}

/**
 * The marks in parsed JSON: a marks file, a list of marks, or a reviewed report (or the CLI's
 * `--json` list of them), so the page's JSON export is a marks file too. A finding marked twice keeps
 * its latest mark; what an entry says about its finding (file, rule, message) is kept for writing back.
 */
export function readReviewMarks(json: unknown): ReviewEntry[] {
  const parsed = entriesOf(json);
  if ('issue' in parsed) {
    const issue = parsed.issue;
    const at = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    const why = issue ? `${at}${issue.message}` : '';
    throw new ReviewFileError({
      zh: `不是核账的核查标记文件${why ? `（${why}）` : ''}`,
      en: `not a Hezhang marks file${why ? ` (${why})` : ''}`,
    });
  }
  const { entries } = parsed;
  const latest = new Map<string, ReviewEntry>();
  for (const entry of entries) latest.set(entry.key, newerMark(latest.get(entry.key), entry));
  return [...latest.values()];
}

/**
 * Which of two marks of one finding stands when they meet (two tabs, an imported file, a journal
 * replayed after a reload): the one set later; a mark ever set over one never set (an open entry
 * without `at`, as the marks file lists findings nobody marked yet). Ties keep the first.
 */
export function newerMark<T extends ReviewMark>(current: T | undefined, incoming: T): T {
  if (!current) return incoming;
  if (!incoming.at) return current;
  if (!current.at) return incoming;
  return incoming.at > current.at ? incoming : current;
}
