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
