import { subjectClaims, totalClaims } from './explanation.js';
import { organizationClaims } from './organization.js';
import { amountClaims, assetClaims, performanceClaims } from './other.js';
import { projectClaims } from './projects.js';
/**
 * Every checkable statement of the prose, by section: 编制说明 totals and subject lines; 其他相关情况说明
 * (三公, 机关运行经费, 政府采购, 绩效目标, 国有资产); 机构设置; each project block.
 */
export function extractClaims(sections) {
  const claims = [];
  for (const [si, section] of sections.entries()) {
    switch (section.kind) {
      case 'explanation':
        for (const [pi, p] of section.paragraphs.entries())
          claims.push(...totalClaims(p, si, pi), ...subjectClaims(p, si, pi));
        break;
      case 'other':
        for (const [pi, p] of section.paragraphs.entries())
          claims.push(...amountClaims(p, si, pi), ...performanceClaims(p, si, pi), ...assetClaims(p, si, pi));
        break;
      case 'organization':
        claims.push(...organizationClaims(section, si));
        break;
      case 'project':
        claims.push(...projectClaims(section, si));
        break;
      default:
        break;
    }
  }
  return claims;
}
//# sourceMappingURL=index.js.map
