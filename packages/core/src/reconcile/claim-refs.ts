import type { Claim } from '../model/claim.js';
import type { Ref } from '../model/finding.js';

/** A reference to the sentence a claim was read from. */
export function claimRef(claim: Claim): Ref {
  const s = claim.span;
  return {
    text: claim.text,
    section: s.section,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    ...(s.page ? { page: s.page } : {}),
    ...(s.box ? { box: s.box } : {}),
    ...(s.line ? { line: s.line } : {}),
  };
}

/**
 * The references of a stated change: the claim's sentence, and the change's own when it is printed
 * apart from it ("…总计2153.67万元。与2023年度相比，…增加66.22万元，增长3.17%"), so that a finding about
 * the change shows the figures it is about.
 */
export function changeRefs(claim: Claim): Ref[] {
  const place = claim.change?.place;
  return place ? [claimRef(claim), { ...place }] : [claimRef(claim)];
}

/** Claims without the verbatim repeats of a paragraph printed twice (same quantity, same words). */
export function distinctClaims(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const id = `${c.key}\u0000${c.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
