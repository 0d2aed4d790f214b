import type { Claim } from '../model/claim.js';
import type { Section } from '../model/document.js';
export declare function organizationClaims(section: Section, index: number): Claim[];
//# sourceMappingURL=organization.d.ts.map
