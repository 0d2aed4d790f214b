import type { ClaimKind } from '../model/claim.js';
import type { ClaimPhrases } from '../templates/index.js';
import { compact } from '../text/normalize.js';

/**
 * The quantities a template's words name, for statements that name their quantity before or after
 * the amount rather than as "label + amount" ("一般公共预算财政拨款支出年初预算为…", "占本年支出合计的…",
 * "“三公”经费支出决算数小于预算数"): each phrase as a pattern with its claim key, kind and label.
 */

export interface NamedQuantity {
  key: string;
  kind: ClaimKind;
  label: string;
  re: RegExp;
}

const cache = new WeakMap<ClaimPhrases, NamedQuantity[]>();

/** A label that PDF text may print with spaces between its characters. */
const spacedLabel = (label: string) => label.split('').join(String.raw`\s*`);

/** The template's totals and amount phrases as patterns, longest label first. */
export function namedQuantities(phrases: ClaimPhrases): NamedQuantity[] {
  let hit = cache.get(phrases);
  if (!hit) {
    const totals = phrases.totals.map((t) => ({
      key: t.key,
      kind: 'total' as const,
      label: t.label,
      source: spacedLabel(t.label),
      length: t.label.length,
    }));
    const amounts = phrases.amounts.map((a) => ({
      key: a.key,
      kind: a.kind,
      label: a.label,
      source: a.words,
      length: a.label.length,
    }));
    hit = [...totals, ...amounts]
      .sort((a, b) => b.length - a.length)
      .map(({ key, kind, label, source }) => ({ key, kind, label, re: new RegExp(`(?:${source})`, 'gu') }));
    cache.set(phrases, hit);
  }
  return hit;
}

/** Words that may stand between a quantity's name and what is said of it ("…财政拨款支出年初预算为"). */
const CONNECTORS = /^(?:财政拨款|支出|决算数?|的|\s)*$/u;

/**
 * The quantity a clause ends by naming: "一般公共预算财政拨款支出" in "一般公共预算财政拨款支出年初预算为…".
 * Only connector words may follow the name; the longest name that ends the clause wins.
 */
export function quantityEnding(clause: string, phrases: ClaimPhrases): NamedQuantity | undefined {
  let best: { q: NamedQuantity; start: number } | undefined;
  for (const q of namedQuantities(phrases)) {
    q.re.lastIndex = 0;
    for (const m of clause.matchAll(q.re)) {
      if (m[0].length === 0) continue;
      const end = (m.index ?? 0) + m[0].length;
      if (!CONNECTORS.test(clause.slice(end))) continue;
      const start = m.index ?? 0;
      if (!best || start < best.start) best = { q, start };
    }
  }
  return best?.q;
}

/** The claim key a printed name stands for ("本年支出合计" → expenditure_year), by the template's totals. */
export function keyOfName(name: string, phrases: ClaimPhrases): NamedQuantity | undefined {
  const plain = compact(name).replace(/的$/, '');
  if (!plain) return undefined;
  return namedQuantities(phrases).find((q) => {
    q.re.lastIndex = 0;
    const m = q.re.exec(plain);
    return m !== null && m.index === 0 && CONNECTORS.test(plain.slice(m[0].length));
  });
}
