import type { Claim } from '../model/claim.js';
import type { Finding, Ref } from '../model/finding.js';
/** A reference to the sentence a claim was read from. */
export declare function claimRef(claim: Claim): Ref;
declare const ROUNDING_WORDS: {
  truncated: {
    zh: (n: number) => string;
    en: (n: number) => string;
    tolerance: string;
  };
  rounding: {
    zh: (n: number) => string;
    en: (n: number) => string;
    tolerance: string;
  };
};
/**
 * Rounding infos are many and alike (one per truncated amount, one per rounded total): they are
 * folded into one finding per rule and table, listing every place.
 */
export declare class RoundingInfos {
  private readonly kind;
  private readonly groups;
  constructor(kind?: keyof typeof ROUNDING_WORDS);
  add(group: string, refs: Ref[], line: string, lineEn: string): void;
  findings(
    rule: string,
    title: (group: string) => {
      zh: string;
      en: string;
    },
  ): Finding[];
}
/** Claims without the verbatim repeats of a paragraph printed twice (same quantity, same words). */
export declare function distinctClaims(claims: readonly Claim[]): Claim[];
//# sourceMappingURL=claim-refs.d.ts.map
