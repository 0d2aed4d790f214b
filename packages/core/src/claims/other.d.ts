import type { Claim } from '../model/claim.js';
import type { Paragraph } from '../model/document.js';
export declare function amountClaims(p: Paragraph, section: number, paragraph: number): Claim[];
export declare function performanceClaims(p: Paragraph, section: number, paragraph: number): Claim[];
export declare function assetClaims(p: Paragraph, section: number, paragraph: number): Claim[];
//# sourceMappingURL=other.d.ts.map
