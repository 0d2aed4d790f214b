import type { Claim } from '../model/claim.js';
import type { Section } from '../model/document.js';
import type { CompiledTemplate } from '../templates/index.js';
import { executionClaims } from './execution.js';
import { subjectClaims, totalClaims } from './explanation.js';
import { absenceClaims, changeClaims, fundExpenditureClaims, itemAmountClaims, structureClaims } from './final.js';
import { organizationClaims } from './organization.js';
import { amountClaims, assetClaims, performanceClaims } from './other.js';
import { projectClaims } from './projects.js';
import { attachShares } from './shares.js';
import { zerosAtSentencePrecision } from './text.js';

/**
 * Every checkable statement of the prose, by section, in the words the template gives: 编制说明 totals and subject lines; 其他相关情况说明
 * (三公, 机关运行经费, 政府采购, 绩效目标, 国有资产); 机构设置; each project block. Any document's outcomes
 * against its budget ("年初预算为…，支出决算为…") and shares ("占P%"); a 决算情况说明's class structure,
 * 三公 items, fund statements, statements that something does not exist, and changes stated apart.
 */
export function extractClaims(sections: readonly Section[], template: CompiledTemplate): Claim[] {
  const phrases = template.template.claims;
  // 决算情况说明 word their statements otherwise than 预算编制说明 (the official templates differ).
  const final = template.template.stage === 'final';
  const claims: Claim[] = [];
  for (const [si, section] of sections.entries()) {
    switch (section.kind) {
      case 'explanation': {
        const own: Claim[] = [];
        for (const [pi, p] of section.paragraphs.entries()) {
          own.push(...totalClaims(p, si, pi, phrases), ...subjectClaims(p, si, pi, section.paragraphs[pi + 1]));
          if (final) own.push(...structureClaims(p, si, pi), ...fundExpenditureClaims(p, si, pi, phrases));
        }
        const executions = executionClaims(section, si, phrases);
        own.push(...executions);
        if (final)
          for (const [pi, p] of section.paragraphs.entries()) {
            own.push(...itemAmountClaims(p, si, pi, phrases, executions), ...absenceClaims(p, si, pi, phrases));
            own.push(...changeClaims(p, si, pi, phrases, own));
          }
        for (const [pi, p] of section.paragraphs.entries()) attachShares(p, si, pi, own, phrases);
        claims.push(...(final ? inPrintedOrder(own) : own));
        break;
      }
      case 'other': {
        const own: Claim[] = [];
        for (const [pi, p] of section.paragraphs.entries())
          own.push(...amountClaims(p, si, pi, phrases), ...performanceClaims(p, si, pi), ...assetClaims(p, si, pi));
        for (const [pi, p] of section.paragraphs.entries()) attachShares(p, si, pi, own, phrases);
        claims.push(...own);
        break;
      }
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
  zerosAtSentencePrecision(claims, (span) => sections[span.section]?.paragraphs[span.paragraph]?.text);
  return claims;
}

/** Claims in the order they are printed (paragraph, then position), whatever extractor found them. */
function inPrintedOrder(claims: Claim[]): Claim[] {
  return claims
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.span.paragraph - b.c.span.paragraph || a.c.span.start - b.c.span.start || a.i - b.i)
    .map(({ c }) => c);
}
