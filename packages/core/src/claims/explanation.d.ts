import type { Claim } from '../model/claim.js';
import type { Paragraph } from '../model/document.js';
export declare function totalClaims(p: Paragraph, section: number, paragraph: number): Claim[];
export declare function subjectClaims(p: Paragraph, section: number, paragraph: number): Claim[];
//# sourceMappingURL=explanation.d.ts.map
