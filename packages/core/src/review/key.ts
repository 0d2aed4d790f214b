import type { Finding, Ref } from '../model/finding.js';
import type { Report } from '../model/report.js';

/**
 * Review marks are keyed so that they survive a re-check of the same file: the file (its SHA-256),
 * the rule, and the places the finding points at. A cell is named by table, row, column and page; a
 * sentence by section, paragraph and character range; only a place that is neither is named by its
 * box (in whole points) or line, and its quoted text. Boxes of cells are left out on purpose: the
 * cell names the place already, and a reader that draws a box a fraction of a point wider must not
 * orphan every mark. The places are sorted, so a rule listing them in another order keeps its marks.
 */

/** What a report's keys are keyed on: the file's SHA-256, or its name when no hash was computed. */
export function documentIdentity(report: Pick<Report, 'source'>): string {
  return report.source.sha256 ?? `name:${report.source.name}`;
}

function place(ref: Ref): string {
  const parts: string[] = [];
  // A place in another document read with this one (a unit's budget, last year's) names that document.
  if (ref.document) parts.push(`d=${ref.document}`);
  if (ref.table) parts.push(`t=${ref.table}`, `r=${ref.row ?? ''}`, `c=${ref.column ?? ''}`);
  if (ref.section !== undefined)
    parts.push(`s=${ref.section}.${ref.paragraph ?? ''}[${ref.start ?? ''},${ref.end ?? ''}]`);
  if (ref.page !== undefined) parts.push(`p=${ref.page}`);
  if (!ref.table && ref.section === undefined) {
    if (ref.box) parts.push(`b=${ref.box.map((v) => Math.round(v)).join(',')}`);
    else if (ref.line !== undefined) parts.push(`l=${ref.line}`);
    if (ref.text) parts.push(`x=${ref.text}`);
  }
  return parts.join(';');
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** FNV-1a, 64 bits, over UTF-16 code units: a short, stable digest (a key, not a secret). */
function digest(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The key of one finding of a document: `<identity>/<rule>/<digest of its places>`. */
export function findingKey(identity: string, finding: Pick<Finding, 'rule' | 'refs'>): string {
  const places = [...new Set(finding.refs.map(place))].sort();
  return `${identity}/${finding.rule}/${digest(places.join('|'))}`;
}

/**
 * The keys of a report's findings, in order. Two findings of one rule pointing at the same places
 * (rare: one rule, two statements about the same cells) get `#2`, `#3` … in the order they come.
 */
export function reviewKeys(report: Pick<Report, 'source' | 'findings'>): string[] {
  const identity = documentIdentity(report);
  const seen = new Map<string, number>();
  return report.findings.map((finding) => {
    const key = findingKey(identity, finding);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  });
}

/**
 * Rules renamed since marks were first saved, the old id to the current one: a mark saved under the
 * old id is a mark of the same finding (same file, same places) under the new one.
 */
export const RENAMED_RULES: Readonly<Record<string, string>> = { 'across.changes': 'across.years' };

/** The keys a finding with `key` had before its rule was renamed (none when it never was). */
export function formerKeys(key: string): string[] {
  const end = key.lastIndexOf('/');
  const start = key.lastIndexOf('/', end - 1);
  if (start < 0) return [];
  const rule = key.slice(start + 1, end);
  return Object.entries(RENAMED_RULES)
    .filter(([, current]) => current === rule)
    .map(([old]) => `${key.slice(0, start + 1)}${old}${key.slice(end)}`);
}
