import { FEN_PER, type Fen, formatAmount, percentOf, type Unit } from '../model/amount.js';
import { type Bilingual, bi, countEn, joinBi } from '../model/bilingual.js';
import type { PrintedAmount, PrintedPercent } from '../model/claim.js';
import type { Finding, Ref } from '../model/finding.js';

/**
 * The rounding model: the one place that decides whether printed figures agree, and when they do not,
 * whether rounding explains the difference. Every comparison of amounts and percentages asks it —
 * prose against a table, a year against the year before, a total against its parts, one table against
 * another, shares, completion rates, class amounts. What careful reviewers accept (docs/engine.md,
 * "Money and tolerances"; the shared domain notes, "How careful reviewers treat rounding"):
 *
 * - every printed figure carries its printed precision: 25,759万元 stands for 257,585,000 元 (the
 *   exact amount rounded half up), a 万元 table's 2,940.06 for anything within ±0.005 万元 of it;
 * - two figures that are each rounded may differ by as much as their ranges allow — one unit of the
 *   coarser when they share a precision (T1 326.71, T3 326.72);
 * - a difference of two rounded figures (18,976.76 − 15,621.11 printed as 3,355.65 while the exact
 *   change rounds to 3,355.64) is rounding;
 * - a total printed without its 分 while its parts have them is a presentation slip, noted once;
 * - an amount or a percentage truncated instead of rounded (833.12 for 8,331,275 元; 99.868% printed
 *   99.86%), and shares adjusted by one unit so that a set adds up to exactly 100.00% (尾差), are notes.
 *
 * None of these is an error: each is an info, one per kind per table (or per rule for the prose),
 * through `roundingNotes`. Everything beyond them is a mismatch, and the rule says what it means.
 */

/** A figure as printed: its value and the range of exact amounts it may stand for. */
export interface Figure {
  /** The figure's value in fen (a sum of figures: the sum of their values). */
  fen: Fen;
  /**
   * The unit it was printed at, in fen (0.01 万元 = 10,000 fen), when it is one printed figure; 0 for
   * an amount exact to the fen and for sums (a sum is not rounded as such, its parts are).
   */
  unit: number;
  /** Half the width of the range of exact amounts it may stand for, in fen (a sum: its parts' together). */
  spread: number;
  /** A whole-元 amount of a table that prints 分 elsewhere: it may have been printed without its 分. */
  wholeYuan?: boolean;
}

/** How two figures compare, from the best case down. */
export type Agreement = 'exact' | 'truncated' | 'rounding' | 'unprinted_fen' | 'mismatch';

const YUAN = FEN_PER.元;

/** One unit of a printed amount's precision, in fen (0.01 万元 = 10,000 fen; 元 to 2 decimals: 1 fen). */
export function stepOf(a: Pick<PrintedAmount, 'unit' | 'decimals'>): number {
  return Math.max(1, FEN_PER[a.unit] / 10 ** a.decimals);
}

/** A figure printed in the prose ("1,945万元", "70.00万"): rounded half up to its printed decimals. */
export function printedFigure(a: Pick<PrintedAmount, 'fen' | 'unit' | 'decimals'>): Figure {
  const unit = stepOf(a);
  // 元 to two decimals names whole fen: exact.
  return unit <= 1 ? exactFigure(a.fen) : { fen: a.fen, unit, spread: unit / 2 };
}

/** An amount known to the fen (a computed amount, a cell of a table that prints 分). */
export function exactFigure(fen: Fen): Figure {
  return { fen, unit: 0, spread: 0 };
}

type RoundedTable = {
  unit: Unit;
  printsFen?: boolean;
  rows: readonly { values: Record<string, number | null> }[];
};
/** Tables are not changed once read, so how a table rounds is worked out once. */
const tableSteps = new WeakMap<RoundedTable, number>();

/**
 * The unit a table's amounts were rounded to, in fen. Tables printed in 万元 to two decimals (决算
 * tables, 三公) round every amount to 0.01 万元. A 元 table whose every amount is a whole 元 was printed
 * in whole 元 by a system that holds 分 (shczj-2025: 302 printed 24,840,779, its 款 adding to
 * 24,840,778): its amounts are rounded to 1 元. A 元 table that prints 分 anywhere is exact (0) —
 * printed to the 分 ("18,500.00") even where every amount happens to be a whole 元 (`printsFen`, the
 * reader's): a 三公 table of round budgets must add up to the 分, not within half a 元 per amount.
 */
export function roundingStep(table: RoundedTable): number {
  if (table.unit === '万元') return FEN_PER.万元 / 100;
  if (table.printsFen) return 0;
  // Every comparison of a table asks; a table of 100,000 rows must not be walked once per cell.
  let step = tableSteps.get(table);
  if (step === undefined) {
    const whole = table.rows.every((r) => Object.values(r.values).every((v) => v === null || v % YUAN === 0));
    step = whole ? YUAN : 0;
    tableSteps.set(table, step);
  }
  return step;
}

/** Whether an amount is one the table could print at its precision (a whole 元 in a whole-元 table). */
export function printableIn(table: RoundedTable, fen: Fen): boolean {
  const step = roundingStep(table);
  return step === 0 || fen % step === 0;
}

/** A table cell as a figure: at its table's precision; a blank is an exact zero. */
export function cellFigure(table: RoundedTable, fen: Fen | null): Figure {
  if (fen === null) return exactFigure(0);
  const unit = roundingStep(table);
  if (unit > 0) return { fen, unit, spread: unit / 2 };
  return fen % YUAN === 0 && fen !== 0 ? { ...exactFigure(fen), wholeYuan: true } : exactFigure(fen);
}

/**
 * The sum of figures: exact when they are, else as wide as their ranges together. A sum is not printed
 * as such, so it is never one printed without its 分 (one figure summed is that figure).
 */
export function sumFigure(parts: readonly Figure[]): Figure {
  if (parts.length === 1 && parts[0]) return parts[0];
  let fen = 0;
  let spread = 0;
  for (const p of parts) {
    fen += p.fen;
    spread += p.spread;
  }
  return { fen, unit: 0, spread };
}

/** An exact amount as a printed figure like `like` would print it (887.36 → the 87.36 the table gives). */
export function roundedLike(fen: Fen, like: Pick<PrintedAmount, 'unit' | 'decimals'>): Fen {
  return toUnit(fen, stepOf(like), 'round');
}

/** Rounds (half away from zero) or truncates fen to a unit of fen. */
function toUnit(fen: number, unit: number, mode: 'round' | 'truncate'): number {
  if (unit <= 1) return fen;
  const sign = fen < 0 ? -1 : 1;
  const n = Math.abs(fen) / unit;
  return sign * (mode === 'round' ? Math.round(n) : Math.floor(n)) * unit;
}

/**
 * Two figures of one quantity (prose and table, two tables, two statements, a total and the sum of its
 * parts). `exact`: equal, or the coarser printed figure is the finer rounded to its precision;
 * `truncated`: the coarser is the finer cut off instead; `rounding`: both are rounded and their ranges
 * meet; `unprinted_fen`: a whole-元 total of a table that prints 分 less than 1 元 from the other.
 */
export function agreement(a: Figure, b: Figure): Agreement {
  if (a.fen === b.fen) return 'exact';
  const [fine, coarse] = a.spread <= b.spread ? [a, b] : [b, a];
  if (coarse.unit > 0 && fine.spread < coarse.spread) {
    if (toUnit(fine.fen, coarse.unit, 'round') === coarse.fen) return 'exact';
    if (toUnit(fine.fen, coarse.unit, 'truncate') === coarse.fen) return 'truncated';
  }
  const gap = Math.abs(a.fen - b.fen);
  if (a.spread + b.spread > 0 && gap <= a.spread + b.spread) return 'rounding';
  // A whole-元 figure against one with 分, less than 1 元 apart: printed without its 分.
  const unprinted = (x: Figure, y: Figure) => x.wholeYuan === true && y.fen % YUAN !== 0;
  if ((unprinted(a, b) || unprinted(b, a)) && gap < YUAN) return 'unprinted_fen';
  return 'mismatch';
}

/** A total against its printed parts: the parts' sum, each part at its precision, against the total. */
export function sumAgreement(parts: readonly Figure[], total: Figure): Agreement {
  return agreement(sumFigure(parts), total);
}

/** `a ≥ b` (or `≤`) as printed: it holds, or fails only within the rounding of both, or it fails. */
export function orderAgreement(a: Figure, relation: '>=' | '<=', b: Figure): Agreement {
  const [hi, lo] = relation === '>=' ? [a, b] : [b, a];
  if (hi.fen >= lo.fen) return 'exact';
  // The coarser printed figure meets the finer rounded to its precision: equal as printed.
  const verdict = agreement(hi, lo);
  return verdict === 'mismatch' ? 'mismatch' : verdict;
}

/**
 * A printed change against the figures it is the difference of (this year's and last year's). Authors
 * subtract figures they have rounded to the change's precision (18,976.76 − 15,621.11 = 3,355.65 where
 * the exact amounts give 3,355.64): within one unit of the change, plus the ranges of the figures, it
 * is rounding. The direction is the caller's (a change is printed without its sign).
 */
export function changeAgreement(change: Figure, from: Figure, to: Figure): Agreement {
  const diff = Math.abs(to.fen - from.fen);
  if (diff === change.fen) return 'exact';
  // Figures finer than the change (tables in 元) give their difference rounded to the change's unit.
  const finer = from.spread + to.spread < change.unit / 2;
  if (finer && change.unit > 1) {
    if (toUnit(diff, change.unit, 'round') === change.fen) return 'exact';
    if (toUnit(diff, change.unit, 'truncate') === change.fen) return 'truncated';
  }
  const allowance = change.unit + from.spread + to.spread;
  if (allowance > 0 && Math.abs(change.fen - diff) <= allowance) return 'rounding';
  return 'mismatch';
}

/** How a stated percentage compares with the quotient of two figures. */
export type PercentAgreement = 'exact' | 'truncated' | 'one_unit' | 'not_computable' | 'mismatch';

/** A stated percentage's value in percent (71.73% → 71.73). */
export const percentValue = (p: PrintedPercent) => p.value / 100;

/**
 * A stated percentage against part ÷ whole, over the whole range the two figures allow, at the
 * printed precision: `exact` when some exact amounts they stand for give it rounded, `truncated` when
 * they give it cut off instead (99.868% printed 99.86%), `one_unit` when it is one printed unit
 * outside (what a 尾差 adjustment makes: the caller knows whether the set adds up to 100%),
 * `not_computable` when the whole is 0.
 */
export function percentAgreement(stated: PrintedPercent, part: Figure, whole: Figure): PercentAgreement {
  if (whole.fen === 0) return 'not_computable';
  const partLo = Math.max(0, Math.abs(part.fen) - part.spread);
  const partHi = Math.abs(part.fen) + part.spread;
  const wholeLo = Math.abs(whole.fen) - whole.spread;
  const wholeHi = Math.abs(whole.fen) + whole.spread;
  const lo = (partLo / wholeHi) * 100;
  // A whole whose range reaches 0 allows any quotient above `lo`.
  const hi = wholeLo > 0 ? (partHi / wholeLo) * 100 : Number.POSITIVE_INFINITY;
  const unit = 10 ** -stated.decimals;
  const value = percentValue(stated);
  const eps = 1e-9;
  const round = (x: number) => (Number.isFinite(x) ? Math.round(x / unit + eps) * unit : x);
  const cut = (x: number) => (Number.isFinite(x) ? Math.floor(x / unit + eps) * unit : x);
  if (value >= round(lo) - eps && value <= round(hi) + eps) return 'exact';
  if (value >= cut(lo) - eps && value <= cut(hi) + eps) return 'truncated';
  if (value >= round(lo) - unit - eps && value <= round(hi) + unit + eps) return 'one_unit';
  return 'mismatch';
}

/**
 * A rate of change (增长P%) against the change and the base it is of. A base of 0 gives no rate: the
 * convention for a new item is 100% ("增加307.82万元，增长100.00%"), which is accepted; any other rate
 * of a zero base is `not_computable` (the caller notes it), never a quotient by zero.
 */
export function growthAgreement(stated: PrintedPercent, change: Figure, base: Figure): PercentAgreement {
  if (base.fen === 0) return percentValue(stated) === 100 ? 'exact' : 'not_computable';
  return percentAgreement(stated, change, base);
}

/** part ÷ whole in percent, for messages (NaN, shown "—", when the whole is 0). */
export function ratio(part: Figure | number, whole: Figure | number): number {
  const p = typeof part === 'number' ? part : part.fen;
  const w = typeof whole === 'number' ? whole : whole.fen;
  return percentOf(Math.abs(p), Math.abs(w));
}

/**
 * Shares of one enumeration adjusted so that they add up to exactly 100% (尾差调整): the printed
 * shares add up to 100 at their printed precision.
 */
export function addsUpToHundred(shares: readonly PrintedPercent[]): boolean {
  const hundredths = shares.reduce((s, p) => s + Math.round(p.value), 0);
  return shares.length > 1 && hundredths === 10_000;
}

/**
 * Shares that make up a whole against 100%: each printed share stands for a range half a printed unit
 * wide either side, so their sum may miss 100 by the sum of those halves. `slack` is that allowance,
 * in percent, for the finding's tolerance.
 */
export function sharesAddUp(shares: readonly PrintedPercent[]): { sum: number; slack: number; agrees: boolean } {
  const sum = shares.reduce((s, p) => s + percentValue(p), 0);
  const slack = shares.reduce((s, p) => s + 0.5 * 10 ** -p.decimals, 0);
  return { sum, slack, agrees: Math.abs(sum - 100) <= slack + 1e-9 };
}

/** The tolerance of a comparison, in words. */
export function toleranceText(printed: Pick<PrintedAmount, 'unit' | 'decimals'>): Bilingual {
  return bi(
    `按${printed.unit}保留${printed.decimals}位小数四舍五入`,
    // "rounded to 0.01 万元", "rounded to 1 万元": the step, never "1 decimals".
    `rounded to ${printed.decimals > 0 ? (10 ** -printed.decimals).toFixed(printed.decimals) : '1'} ${printed.unit}`,
  );
}

/** The tolerance a rounded table allows, in words. */
export function roundingTolerance(step: number, unit: Unit): Bilingual {
  const half = formatAmount(step / 2, unit, unit === '万元' ? 3 : 1);
  return bi(`每个数额半个打印单位（${half}${unit}）`, `half a printed unit per amount (${half} ${unit})`);
}

// ——— Notes: one info per kind per table (or per rule for the prose), whichever rule notes it ———

/** The kinds of rounding a reviewer notes. */
export type RoundingKind =
  | 'truncated'
  | 'rounding'
  | 'between'
  | 'text_table'
  | 'difference'
  | 'unprinted_fen'
  | 'restated'
  | 'percent_truncated'
  | 'percent_rounding'
  | 'tail';

const KIND_WORDS: Record<RoundingKind, { message: (n: number) => Bilingual; tolerance: Bilingual }> = {
  truncated: {
    message: (n) => bi(`${n}处金额为截尾而非四舍五入`, `${countEn(n, 'amount')} truncated instead of rounded`),
    tolerance: bi('截尾差额小于一个打印精度单位', 'less than one printed unit'),
  },
  rounding: {
    message: (n) =>
      bi(
        `${n}处合计与各项之和相差在四舍五入误差以内`,
        `${countEn(n, 'total')} ${n === 1 ? 'differs from its' : 'differ from their'} parts by rounding only`,
      ),
    tolerance: bi('每个数额半个打印单位（0.005万元）', 'half a printed unit per amount'),
  },
  between: {
    message: (n) =>
      bi(
        `${n}处表间数额相差在四舍五入误差以内`,
        `${countEn(n, 'amount')} ${n === 1 ? 'differs' : 'differ'} between tables by rounding only`,
      ),
    tolerance: bi('每个数额半个打印单位（0.005万元），至少0.01万元', 'half a printed unit per amount, at least 0.01'),
  },
  text_table: {
    message: (n) =>
      bi(
        `${n}处文字与表格数额相差在四舍五入误差以内`,
        `${countEn(n, 'amount')} ${n === 1 ? 'differs' : 'differ'} between text and tables by rounding only`,
      ),
    tolerance: bi('两数各按其打印精度四舍五入', 'each figure rounded to its printed precision'),
  },
  difference: {
    message: (n) =>
      bi(
        `${n}处增减额为两个四舍五入后的数之差，与精确差额相差在四舍五入误差以内`,
        `${countEn(n, 'change')} computed from rounded figures, within rounding of the exact difference`,
      ),
    tolerance: bi(
      '增减额一个打印单位，加两数各自的四舍五入误差',
      'one unit of the change plus the rounding of both figures',
    ),
  },
  restated: {
    message: (n) =>
      bi(
        `${n}处同一数额前后两处相差在四舍五入误差以内`,
        `${countEn(n, 'amount')} stated twice, differing by rounding only`,
      ),
    tolerance: bi('两数各按其打印精度四舍五入', 'each figure rounded to its printed precision'),
  },
  unprinted_fen: {
    message: (n) =>
      bi(
        `${n}处合计印作整元（未印分），与各项相差不足1元`,
        `${countEn(n, 'total')} printed in whole 元 without ${n === 1 ? 'its' : 'their'} fen`,
      ),
    tolerance: bi('合计印作整元，与各项之和相差不足1元', 'a total printed in whole 元, less than 1 元 from its parts'),
  },
  percent_truncated: {
    message: (n) => bi(`${n}处百分比为截尾而非四舍五入`, `${countEn(n, 'percentage')} truncated instead of rounded`),
    tolerance: bi('截尾差额小于一个打印单位', 'less than one printed unit'),
  },
  percent_rounding: {
    message: (n) =>
      bi(
        `${n}处百分比与按两数计算的结果相差一个打印单位（四舍五入）`,
        `${countEn(n, 'percentage')} one printed unit off the figures' quotient (rounding)`,
      ),
    tolerance: bi('一个打印单位', 'one printed unit'),
  },
  tail: {
    message: (n) =>
      bi(
        `${n}处占比按尾差调整，使各项之和为100%`,
        `${countEn(n, 'share')} adjusted by one unit so the set adds up to 100%`,
      ),
    tolerance: bi('一个打印单位，且各占比之和恰为100%', 'one printed unit, the shares adding up to exactly 100%'),
  },
};

interface Group {
  title: Bilingual;
  kind: RoundingKind;
  refs: Ref[];
  lines: Bilingual[];
  tolerance?: Bilingual;
  /** The rule that noted it first; its finding once emitted (later notes are added to it). */
  rule?: string;
  finding?: Finding;
}

/**
 * The rounding notes of one check: alike infos are folded into one finding per kind and group (a table
 * kind, or a rule's title for the prose), whichever rule notes them — a total printed without its 分
 * is one info however many identities use it. A place noted under the same `once` key is noted once.
 */
export class RoundingNotes {
  private readonly groups = new Map<string, Group>();
  private readonly noted = new Set<string>();

  note(
    kind: RoundingKind,
    group: string,
    title: Bilingual,
    refs: Ref[],
    line: Bilingual,
    options: { tolerance?: Bilingual; once?: string } = {},
  ): void {
    if (options.once !== undefined) {
      const id = `${kind}\u0000${options.once}`;
      if (this.noted.has(id)) return;
      this.noted.add(id);
    }
    const id = `${kind}\u0000${group}`;
    let g = this.groups.get(id);
    if (!g)
      this.groups.set(
        id,
        (g = { title, kind, refs: [], lines: [], ...(options.tolerance ? { tolerance: options.tolerance } : {}) }),
      );
    g.refs.push(...refs);
    g.lines.push(line);
    if (g.finding) Object.assign(g.finding, findingFields(g));
  }

  /** The infos of the groups `rule` opened since it last asked (notes into older groups join their finding). */
  findings(rule: string): Finding[] {
    const out: Finding[] = [];
    for (const g of this.groups.values()) {
      if (g.finding) continue;
      g.rule = rule;
      g.finding = { rule, severity: 'info', ...findingFields(g) };
      out.push(g.finding);
    }
    return out;
  }
}

function findingFields(g: Group): Omit<Finding, 'rule' | 'severity'> {
  const words = KIND_WORDS[g.kind];
  const n = words.message(g.lines.length);
  return {
    message: bi(`${g.title.zh}：${n.zh}`, `${g.title.en}: ${n.en}`),
    formula: joinBi(g.lines, '；', '; '),
    refs: [...g.refs],
    tolerance: g.tolerance ?? words.tolerance,
    count: g.lines.length,
  };
}

/** One set of notes per check (per context object), shared by every rule of it. */
const notesOf = new WeakMap<object, RoundingNotes>();

export function roundingNotes(ctx: object): RoundingNotes {
  let notes = notesOf.get(ctx);
  if (!notes) notesOf.set(ctx, (notes = new RoundingNotes()));
  return notes;
}
