import type { Claim } from '../model/claim.js';
import type { Section } from '../model/document.js';
/** The project's name from its heading: "热线服务保障经费项目经费情况说明" → "热线服务保障经费项目". */
export declare function projectName(heading: string): string;
export declare function projectClaims(section: Section, index: number): Claim[];
//# sourceMappingURL=projects.d.ts.map
