import { type Bilingual, bi, countEn, joinBi } from '../model/bilingual.js';
import type { Claim } from '../model/claim.js';
import type { Finding, Ref } from '../model/finding.js';

/** A reference to the sentence a claim was read from. */
export function claimRef(claim: Claim): Ref {
  const s = claim.span;
  return {
    text: claim.text,
    section: s.section,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    ...(s.page ? { page: s.page } : {}),
    ...(s.box ? { box: s.box } : {}),
    ...(s.line ? { line: s.line } : {}),
  };
}

const ROUNDING_WORDS = {
  truncated: {
    message: (n: number) => bi(`${n}处金额为截尾而非四舍五入`, `${countEn(n, 'amount')} truncated instead of rounded`),
    tolerance: bi('截尾差额小于一个打印精度单位', 'less than one printed unit'),
  },
  rounding: {
    message: (n: number) =>
      bi(
        `${n}处合计与各项之和相差在四舍五入误差以内`,
        `${countEn(n, 'total')} ${n === 1 ? 'differs from its' : 'differ from their'} parts by rounding only`,
      ),
    tolerance: bi('每个数额半个打印单位（0.005万元）', 'half a printed unit per amount'),
  },
  between: {
    message: (n: number) =>
      bi(
        `${n}处表间数额相差在四舍五入误差以内`,
        `${countEn(n, 'amount')} ${n === 1 ? 'differs' : 'differ'} between tables by rounding only`,
      ),
    tolerance: bi('每个数额半个打印单位（0.005万元），至少0.01万元', 'half a printed unit per amount, at least 0.01'),
  },
};

/**
 * Rounding infos are many and alike (one per truncated amount, one per rounded total): they are
 * folded into one finding per rule and table, listing every place.
 */
export class RoundingInfos {
  private readonly groups = new Map<string, { refs: Ref[]; lines: Bilingual[]; tolerance?: Bilingual }>();

  constructor(private readonly kind: keyof typeof ROUNDING_WORDS = 'truncated') {}

  /** `tolerance`, when given, says what the group's comparisons allowed (the first one given is kept). */
  add(group: string, refs: Ref[], line: Bilingual, tolerance?: Bilingual): void {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { refs: [], lines: [], ...(tolerance ? { tolerance } : {}) }));
    g.refs.push(...refs);
    g.lines.push(line);
  }

  findings(rule: string, title: (group: string) => Bilingual): Finding[] {
    const words = ROUNDING_WORDS[this.kind];
    return [...this.groups].map(([group, g]) => {
      const t = title(group);
      const n = words.message(g.lines.length);
      return {
        rule,
        severity: 'info' as const,
        message: bi(`${t.zh}：${n.zh}`, `${t.en}: ${n.en}`),
        formula: joinBi(g.lines, '；', '; '),
        refs: g.refs,
        tolerance: g.tolerance ?? words.tolerance,
        count: g.lines.length,
      };
    });
  }
}

/** Claims without the verbatim repeats of a paragraph printed twice (same quantity, same words). */
export function distinctClaims(claims: readonly Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const id = `${c.key}\u0000${c.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
