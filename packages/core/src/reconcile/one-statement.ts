import { claimAmounts } from '../claims/text.js';
import { bi, joinBi } from '../model/bilingual.js';
import type { Claim } from '../model/claim.js';
import type { BudgetDocument } from '../model/document.js';
import type { Finding, Ref } from '../model/finding.js';
import { agreement, exactFigure, roundedLike } from './rounding.js';

/**
 * One amount stated wrong in the text, one finding. A 决算数 printed 197.19 for the tables' 187.19 is
 * reported against the tables (prose.subjects); the statements computed from it — "决算数小于预算数",
 * "完成年初预算的99.70%", "占本年支出合计的X%", the same amount stated again, a reason owed — then fail
 * too, for that one slip. They are found by checking the document again with the amount as the tables
 * print it (at its own printed precision): the findings of its paragraph that are gone then rest on the
 * wrong amount and are folded into its finding; any that stay are mistakes of their own.
 */
/** The rules that compare an amount stated in the text with the tables' cells (refs: the sentence, then the cells). */
export const AGAINST_TABLES: ReadonlySet<string> = new Set([
  'prose.totals',
  'prose.subjects',
  'prose.structure',
  'prose.three_public',
]);

export const isProse = (r: Ref) => r.section !== undefined && r.paragraph !== undefined && r.table === undefined;
const place = (r: Ref) => [r.document, r.table, r.row, r.column, r.section, r.paragraph, r.start].join('\u0000');
const keyOf = (f: Finding) => `${f.rule}\u0001${f.refs.map(place).sort().join('\u0001')}`;

export function oneWrongStatement(
  findings: Finding[],
  document: BudgetDocument,
  recheck: (corrected: BudgetDocument) => Finding[],
): Finding[] {
  const folded = new Map<Finding, Finding | null>();
  const before = new Set(findings.map(keyOf));
  for (const primary of findings) {
    const at = primary.refs[0];
    const stated = primary.actual?.fen;
    const tables = primary.expected?.fen;
    if (
      !AGAINST_TABLES.has(primary.rule) ||
      primary.severity !== 'error' ||
      folded.has(primary) ||
      !at ||
      !isProse(at) ||
      stated === undefined ||
      stated === null ||
      tables === undefined ||
      tables === null
    )
      continue;
    const inParagraph = (f: Finding) =>
      f !== primary &&
      f.severity !== 'info' &&
      !folded.has(f) &&
      f.refs.some((r) => isProse(r) && r.section === at.section && r.paragraph === at.paragraph);
    const candidates = findings.filter(inParagraph);
    if (candidates.length === 0) continue;
    const corrected = withAmount(document, at, stated, tables);
    if (!corrected) continue;
    const rechecked = recheck(corrected);
    const after = new Set(rechecked.map(keyOf));
    // The amount corrected must leave its paragraph with nothing new: a finding that only changes its
    // shape then (a list's shares judged one by one instead of as a sum) does not rest on the amount.
    if (rechecked.some((f) => !before.has(keyOf(f)) && inParagraph(f))) continue;
    const resting = candidates.filter((f) => !after.has(keyOf(f)));
    if (resting.length === 0) continue;
    folded.set(primary, merged(primary, resting));
    for (const f of resting) folded.set(f, null);
  }
  if (folded.size === 0) return findings;
  return findings.flatMap((f) => {
    const to = folded.get(f);
    return to === undefined ? [f] : to === null ? [] : [to];
  });
}

/**
 * The document with the amount stated at `at` as the tables give it: every printed amount of that
 * paragraph's claims that states it (the claim's own, a share's whole, a repeated mention), rounded as
 * it is printed. Undefined when no claim of the paragraph states it.
 */
function withAmount(document: BudgetDocument, at: Ref, stated: number, tables: number): BudgetDocument | undefined {
  let changed = 0;
  const claims = document.claims.map((claim) => {
    if (claim.span.section !== at.section || claim.span.paragraph !== at.paragraph) return claim;
    // Claims are data (zod-typed JSON): a copy of the paragraph's, the document's own left as read.
    const copy = JSON.parse(JSON.stringify(claim)) as Claim;
    for (const amount of claimAmounts(copy)) {
      // The same printed figure (not one that rounds alike): exactly the amount the finding quotes.
      if (agreement(exactFigure(amount.fen), exactFigure(stated)) !== 'exact') continue;
      amount.fen = roundedLike(tables, amount);
      changed++;
    }
    return copy;
  });
  return changed > 0 ? { ...document, claims } : undefined;
}

function merged(primary: Finding, resting: Finding[]): Finding {
  const n = resting.length;
  const seen = new Set(primary.refs.map(place));
  const refs = [...primary.refs];
  for (const r of resting.flatMap((f) => f.refs)) {
    if (seen.has(place(r))) continue;
    seen.add(place(r));
    refs.push(r);
  }
  const formulas = [primary, ...resting].flatMap((f) => (f.formula ? [f.formula] : []));
  const also = (lang: 'zh' | 'en') => resting.map((f) => f.message[lang]).join(lang === 'zh' ? '；' : '; ');
  return {
    ...primary,
    message: bi(
      `${primary.message.zh}；以此数计算的${n}处说法随之不符（${also('zh')}）`,
      `${primary.message.en}; ${n === 1 ? 'a statement' : `${n} statements`} computed from it disagree for that reason (${also('en')})`,
    ),
    ...(primary.formula ? { formula: joinBi(formulas, '；', '; ') } : {}),
    refs,
  };
}
