import type { Claim } from '../model/claim.js';
import type { Paragraph } from '../model/document.js';
import type { ClaimPhrases } from '../templates/index.js';
import { keyOfName, quantityEnding } from './labels.js';
import { NUM, printedPercent } from './text.js';

/**
 * Shares as prose states them, for any document: an amount followed by "，占P%", "，占比P%" or "，占本年支出合计的
 * (比重为)P%".
 * The whole is the quantity the share names, else the amount the enumeration opens with ("本年收入合计
 * 2946.25万元，其中：…", "…支出2940.05万元，主要用于以下方面：…", "“三公”经费财政拨款支出决算中，…").
 * Shares of one enumeration share a group, so a complete list can be added up.
 */

const SHARE = new RegExp(
  String.raw`^\s*[，,]?\s*占\s*(?<whole>[^，。；%％\d]{0,24}?)\s*的?\s*(?:比重|比例|比)?\s*(?:为|是)?\s*(?<pct>(?:${NUM})\s*[%％])`,
  'u',
);
/** Words that open an enumeration of a whole's parts. */
const ENUMERATION = /(?:其中|主要用于以下方面|主要用于|主要包括|具体情况如下|决算中)\s*[：:，,]/gu;

/** Adds `share` to the claims of a paragraph whose amount is followed by a share. */
export function attachShares(p: Paragraph, si: number, pi: number, claims: Claim[], phrases: ClaimPhrases): void {
  const here = claims
    .filter((c) => c.span.section === si && c.span.paragraph === pi && c.amount)
    .sort((a, b) => a.span.start - b.span.start);
  const markers = [...p.text.matchAll(ENUMERATION)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  for (const claim of here) {
    if (claim.share) continue;
    const m = SHARE.exec(p.text.slice(claim.span.end));
    const percent = printedPercent(m?.groups?.pct ?? '');
    if (!m || !percent) continue;
    const named = (m.groups?.whole ?? '').trim();
    const marker = markers.findLast((k) => k.end <= claim.span.start);
    const group = `${si}.${pi}.${marker?.start ?? 'named'}`;
    const text = p.text.slice(claim.span.start, claim.span.end + m[0].length);
    if (named) {
      // "占本年支出合计的100.00%": the whole is named; a whole the template has no words for is not understood.
      const q = keyOfName(named, phrases);
      if (q) claim.share = { percent, wholeLabel: named, wholeKey: q.key, group: `${group}:${named}`, text };
      continue;
    }
    if (!marker) continue;
    // The enumeration's head: the amount stated right before its marker, else the quantity it names.
    const head = here.findLast((c) => c.span.end <= marker.start && c !== claim);
    const between = head ? p.text.slice(head.span.end, marker.start) : '';
    if (head?.amount && /^[\s，,。；]*$/.test(between)) {
      claim.share = { percent, whole: head.amount, wholeLabel: head.label, wholeKey: head.key, group, text };
      continue;
    }
    const opening = p.text.slice(Math.max(0, p.text.lastIndexOf('。', marker.start - 1) + 1), marker.start);
    const q = quantityEnding(opening, phrases);
    if (q) claim.share = { percent, wholeLabel: q.label, wholeKey: q.key, group, text };
  }
}
