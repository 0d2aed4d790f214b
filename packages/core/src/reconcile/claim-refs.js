/** A reference to the sentence a claim was read from. */
export function claimRef(claim) {
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
    zh: (n) => `${n}处金额为截尾而非四舍五入`,
    en: (n) => `${n} amount(s) truncated instead of rounded`,
    tolerance: '截尾差额小于一个打印精度单位 / less than one printed unit',
  },
  rounding: {
    zh: (n) => `${n}处合计与各项之和相差在四舍五入误差以内`,
    en: (n) => `${n} total(s) differ from their parts by rounding only`,
    tolerance: '每个数额半个打印单位（0.005万元） / half a printed unit per amount',
  },
};
/**
 * Rounding infos are many and alike (one per truncated amount, one per rounded total): they are
 * folded into one finding per rule and table, listing every place.
 */
export class RoundingInfos {
  kind;
  groups = new Map();
  constructor(kind = 'truncated') {
    this.kind = kind;
  }
  add(group, refs, line, lineEn) {
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = { refs: [], lines: [], linesEn: [] }));
    g.refs.push(...refs);
    g.lines.push(line);
    g.linesEn.push(lineEn);
  }
  findings(rule, title) {
    const words = ROUNDING_WORDS[this.kind];
    return [...this.groups].map(([group, g]) => {
      const t = title(group);
      return {
        rule,
        severity: 'info',
        message: `${t.zh}：${words.zh(g.lines.length)}`,
        messageEn: `${t.en}: ${words.en(g.lines.length)}`,
        formula: g.lines.join('；'),
        formulaEn: g.linesEn.join('; '),
        refs: g.refs,
        tolerance: words.tolerance,
        count: g.lines.length,
      };
    });
  }
}
/** Claims without the verbatim repeats of a paragraph printed twice (same quantity, same words). */
export function distinctClaims(claims) {
  const seen = new Set();
  return claims.filter((c) => {
    const id = `${c.key}\u0000${c.text}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
//# sourceMappingURL=claim-refs.js.map
