import type { Claim } from '../model/claim.js';
import type { Section } from '../model/document.js';
/**
 * Every checkable statement of the prose, by section: 编制说明 totals and subject lines; 其他相关情况说明
 * (三公, 机关运行经费, 政府采购, 绩效目标, 国有资产); 机构设置; each project block.
 */
export declare function extractClaims(sections: readonly Section[]): Claim[];
//# sourceMappingURL=index.d.ts.map
