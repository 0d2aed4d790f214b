import { bi, joinBi, quote } from '../model/bilingual.js';
import type { Claim } from '../model/claim.js';
import type { Finding } from '../model/finding.js';
import { tableName } from '../templates/index.js';
import { claimRef } from './claim-refs.js';
import type { CheckContext } from './rule.js';

/**
 * Amounts the text states for subjects or classes no fiscal table prints a row for: one finding for
 * all of them. A row missing is not an amount of 0 — a page of a table lost, or misread, would
 * otherwise give one error per line of text naming a subject on it (34 for one page of 万里街道's
 * 一般公共预算支出表). `what` names the kind of line ("科目", "类").
 */
export function claimsWithoutRows(
  ctx: CheckContext,
  rule: string,
  lines: readonly { claim: Claim; name: string }[],
  what: { zh: string; en: string },
): Finding {
  const tables = joinBi(
    ctx.template.template.roles.fiscalByCode.flatMap((c) =>
      ctx.tables.get(c.table) ? [tableName(ctx.template, c.table)] : [],
    ),
    '、',
    ', ',
  );
  const many = lines.length > 1;
  const listed = lines.map((l) => `“${l.name}”${l.claim.amount?.text ?? ''}`).join('、');
  return {
    rule,
    severity: 'error',
    message: bi(
      `文字所列${many ? lines.length + '个' : ''}${what.zh}${listed}在${tables.zh}中没有对应的行`,
      `${many ? `${lines.length} ${what.en} lines` : `The ${what.en} line`} ${lines.map((l) => quote(l.name)).join(', ')} ${many ? 'have' : 'has'} no row in ${tables.en}`,
    ),
    refs: lines.map((l) => claimRef(l.claim)),
    ...(many ? { count: lines.length } : {}),
  };
}
