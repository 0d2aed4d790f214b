import { readdirSync, readFileSync } from 'node:fs';
import { checkDocument, type Finding, type Report } from '@hezhang/core';
import { readBudgetPdf } from '../src/node.js';

/**
 * What drafts.test.ts and final-drafts.test.ts share: a folder of drafts (NAME.pdf with NAME.json
 * beside it: what was planted and the findings a careful reviewer makes), each checked alone, and the
 * verdict — the expected findings missed, and the findings above info no expectation accounts for.
 */

export interface Expected {
  rule: string;
  severity: Finding['severity'];
  /** A ref's text contains it (prose plants). */
  text?: string;
  /** A ref points at this table and row (table plants). */
  table?: string;
  row?: string;
  /** Reported or not, both are right (a second rule that sees the same plant). */
  optional?: boolean;
}

export interface Draft {
  name: string;
  what: string;
  expected: Expected[];
}

/** The drafts of a folder, by name. */
export const draftsIn = (dir: URL): Draft[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Draft);

const points = (f: Finding, e: Expected): boolean =>
  f.rule === e.rule &&
  f.severity === e.severity &&
  f.refs.some(
    (r) =>
      (e.text === undefined || (r.text ?? '').includes(e.text)) &&
      (e.table === undefined || r.table === e.table) &&
      (e.row === undefined || r.row === e.row),
  );

/** The draft's PDF read and checked alone. */
export async function checkDraft(dir: URL, name: string): Promise<Report> {
  const bytes = new Uint8Array(readFileSync(new URL(`${name}.pdf`, dir)));
  return checkDocument(await readBudgetPdf(bytes, { name: `${name}.pdf` }));
}

/** What a report says wrongly (an error or warning no expectation accounts for) or leaves out. */
export function verdict(report: Report, expected: Expected[]): { extra: string[]; missed: string[] } {
  const serious = report.findings.filter((f) => f.severity !== 'info');
  const extra = serious.filter((f) => !expected.some((e) => points(f, e))).map((f) => `${f.rule}: ${f.message.zh}`);
  const missed = expected
    .filter((e) => !e.optional && !report.findings.some((f) => points(f, e)))
    .map((e) => `${e.rule} ${e.severity} at ${e.text ?? `${e.table} ${e.row}`}`);
  return { extra, missed };
}
