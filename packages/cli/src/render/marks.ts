import type { ReviewMark, ReviewStatus } from '@hezhang/core';
import type { Lang } from '../args.js';

/** A volunteer's marks as the reports and the dossiers print them. */

const REVIEW: Record<ReviewStatus, { zh: string; en: string }> = {
  open: { zh: '待核查', en: 'open' },
  confirmed: { zh: '已核实', en: 'confirmed' },
  dismissed: { zh: '误报', en: 'dismissed' },
};

/** A finding's mark before its message: "[误报] " (nothing while open). */
export function reviewTag(mark: ReviewMark | undefined, lang: Lang): string {
  return mark && mark.status !== 'open' ? `[${REVIEW[mark.status][lang]}] ` : '';
}

/** A finding's mark under it: "核查：误报 — note" (nothing while open without a note). */
export function reviewLine(mark: ReviewMark | undefined, lang: Lang): string | undefined {
  if (!mark || (mark.status === 'open' && !mark.note)) return undefined;
  return `${lang === 'en' ? 'review: ' : '核查：'}${REVIEW[mark.status][lang]}${mark.note ? ` — ${mark.note}` : ''}`;
}
