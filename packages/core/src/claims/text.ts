import { parseAmount } from '../model/amount.js';
import type { PrintedAmount, PrintedPercent, StatedChange, TextSpan } from '../model/claim.js';
import type { Paragraph } from '../model/document.js';

/**
 * The vocabulary every claim pattern shares: amounts in 万元 ("1,945万元", "70.00万", "为0"),
 * percentages, and change phrases ("比2024年预算减少1,945万元，减少20.59%", "与2024年预算持平").
 * Pattern sources are strings so patterns can be composed; PDF text may carry spaces inside numbers
 * and words ("下属 5 家"), which the paragraph text keeps — patterns allow them where seen.
 */

export const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** An amount with its unit: 万元, a bare 万 (seen: "70.00万"), or 元. */
export const AMOUNT = String.raw`(?:${NUM})\s*(?:万元|万(?!人|次|户|件|平方)|元(?!\/))`;

const AMOUNT_PARTS = new RegExp(String.raw`^(${NUM})\s*(万元|万|元)$`);

/** Parses "1,945万元" / "70.00万" / "0" (a bare zero, as in "预算为0") into a printed amount. */
export function printedAmount(text: string): PrintedAmount | undefined {
  const t = text.replace(/\s+/g, '');
  if (t === '0') return { fen: 0, unit: '万元', decimals: 0, text };
  const m = AMOUNT_PARTS.exec(t);
  if (!m) return undefined;
  const unit = m[2] === '元' ? '元' : '万元';
  const parsed = parseAmount(m[1] ?? '', unit);
  return parsed ? { fen: parsed.fen, unit, decimals: parsed.decimals, text } : undefined;
}

/**
 * A zero printed bare ("政府采购工程预算0万元") among amounts printed to the 分 of 万元 ("货物预算7.80万元")
 * is nothing, not "less than half a 万元": a writer who had 0.30万元 would print it as its neighbours are
 * printed. Such zeros take the precision of the other amounts of their sentence, in the same unit; a
 * zero in a sentence of whole 万元 keeps its rounding (the item may hold a few thousand 元).
 */
/** Every printed amount a claim holds (its amount, a change's, a share's whole, its parts'…), the objects themselves. */
export function claimAmounts(value: unknown, out: PrintedAmount[] = []): PrintedAmount[] {
  if (Array.isArray(value)) for (const v of value) claimAmounts(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (AMOUNT_KEYS.every((k) => k in o)) out.push(o as unknown as PrintedAmount);
    else for (const v of Object.values(o)) claimAmounts(v, out);
  }
  return out;
}

/** What makes an object of a claim a printed amount. */
const AMOUNT_KEYS = ['fen', 'unit', 'decimals', 'text'] as const satisfies readonly (keyof PrintedAmount)[];

export function zerosAtSentencePrecision<C extends { span: TextSpan }>(
  claims: readonly C[],
  paragraphText: (span: TextSpan) => string | undefined,
): void {
  // A claim's sentence: its paragraph and the number of full stops before it there.
  const sentenceOf = ({ span }: C) => {
    const before = paragraphText(span)?.slice(0, span.start) ?? '';
    return `${span.section}|${span.paragraph}|${before.split('。').length}`;
  };
  const bySentence = new Map<string, PrintedAmount[]>();
  for (const claim of claims) {
    const key = sentenceOf(claim);
    bySentence.set(key, claimAmounts(claim, bySentence.get(key)));
  }
  for (const amounts of bySentence.values())
    for (const zero of amounts) {
      if (zero.fen !== 0 || zero.decimals !== 0) continue;
      zero.decimals = Math.max(0, ...amounts.filter((a) => a.fen !== 0 && a.unit === zero.unit).map((a) => a.decimals));
    }
}

export function printedPercent(text: string): PrintedPercent | undefined {
  const m = /^(\d+(?:\.(\d+))?)\s*[%％]$/.exec(text.trim());
  if (!m) return undefined;
  return { value: Math.round(Number(m[1]) * 100 * 1000) / 1000, decimals: m[2]?.length ?? 0, text };
}

const DIRECTION: Record<string, StatedChange['direction']> = {
  增加: 'increase',
  增长: 'increase',
  上升: 'increase',
  提高: 'increase',
  减少: 'decrease',
  下降: 'decrease',
  降低: 'decrease',
  持平: 'flat',
};

/**
 * A change against another year, right after the quantity it is about:
 * "比2024年预算减少1,945万元", "比2023年预算执行数增加46.19%", "与2024年预算持平",
 * "比2025年预算减少1364.7万元，减少20.59%", "比2022年（上一年度，下同）预算增加1421.25万元".
 */
export const CHANGE = new RegExp(
  String.raw`^[，,、]?\s*(?:比|较|与)\s*(?:(?<year>\d{4})\s*年度?|上年度?)\s*(?:[（(][^（()）]{1,12}[)）])?\s*(?<basis>当年预算执行数|预算执行数|执行数|预算数|预算收入|预算支出|预算)?\s*(?<dir>增加|增长|上升|提高|减少|下降|降低|持平)(?:了)?\s*(?<amount>${AMOUNT})?(?:\s*[，,]?\s*(?:(?:增加|增长|上升|减少|下降|降低)(?:了)?)?\s*(?<pct>\d+(?:\.\d+)?\s*[%％]))?`,
  'u',
);

export function parseChange(text: string): { change: StatedChange; length: number } | undefined {
  const m = CHANGE.exec(text);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const direction = DIRECTION[g.dir ?? ''] ?? 'flat';
  const amount = g.amount ? printedAmount(g.amount) : undefined;
  const percent = g.pct ? printedPercent(g.pct) : undefined;
  const basis = !g.basis ? 'unspecified' : /执行/.test(g.basis) ? 'execution' : 'budget';
  return {
    change: {
      direction,
      basis,
      ...(g.year ? { baseYear: Number(g.year) } : {}),
      ...(amount ? { amount } : {}),
      ...(percent ? { percent } : {}),
      text: m[0].replace(/^[，,、]\s*/, ''),
    },
    length: m[0].length,
  };
}

/** Where a character range of a paragraph is: section/paragraph indexes, page and box from its pieces. */
export function spanOf(p: Paragraph, section: number, paragraph: number, start: number, end: number): TextSpan {
  const span: TextSpan = { section, paragraph, start, end };
  if (p.source.line) span.line = p.source.line;
  const pieces = (p.pieces ?? []).filter((x) => x.end > start && x.start < end);
  const first = pieces[0];
  if (first) {
    span.page = first.page;
    const same = pieces.filter((x) => x.page === first.page);
    span.box = [
      Math.min(...same.map((x) => x.box[0])),
      Math.min(...same.map((x) => x.box[1])),
      Math.max(...same.map((x) => x.box[2])),
      Math.max(...same.map((x) => x.box[3])),
    ];
  } else if (p.source.page) span.page = p.source.page;
  return span;
}

/** The sentence around a position: from the previous 。；！？ to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[。；！？]/.test(text[s - 1] ?? '')) s--;
  let e = end;
  while (e < text.length && !/[。；！？]/.test(text[e] ?? '')) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

/** A word that states a direction of change. */
export const DIRECTION_WORD = /增加|增长|上升|提高|增多|减少|下降|降低|减小|持平|不变/u;

/**
 * The direction a reason states by its last words ("…经费增加", "…经费保持不变"); none when it names
 * no direction at its end ("项目调整").
 */
export function reasonDirection(reason: string): StatedChange['direction'] | undefined {
  const m = /(增加|增长|上升|提高|增多|减少|下降|降低|减小|保持不变|不变|持平)[了]?\s*$/u.exec(reason);
  if (!m) return undefined;
  const w = m[1] ?? '';
  if (/增加|增长|上升|提高|增多/.test(w)) return 'increase';
  if (/减少|下降|降低|减小/.test(w)) return 'decrease';
  return 'flat';
}
