import type { Claim, StatedChange } from '../model/claim.js';
import type { Paragraph } from '../model/document.js';
import { FUNCTION_SUBJECTS } from '../templates/classification/index.js';
import type { ClaimPhrases } from '../templates/index.js';
import { allMatches } from '../text/matches.js';
import { keyOfName, quantityEnding } from './labels.js';
import { AMOUNT, NUM, printedAmount, printedPercent, spanOf } from './text.js';

/**
 * What a 部门决算情况说明 states besides its totals and its outcomes against the budget (execution.ts),
 * in the words of the official template (附件2：部门决算模板):
 *   五（二）的结构:   一般公共服务支出（类）2106.66万元，占71.73%；…           → `structure` claims per class
 *   七 的三公各项:    因公出国（境）费支出决算 XXX 万元，占 XX%；1、因公出国（境）费支出 XXX 万元
 *   八、九 的基金:    政府性基金预算财政拨款收入 XXX 万元，支出 XXX 万元
 *   无…:              上海市XX局2024年度无政府性基金预算财政拨款收入和支出。      → `absence` claims
 *   与上年比较:       与2023年度相比，收入支出总计减少56.95万元，下降1.87%。     → `change` of the claim it names
 *                     “三公”经费财政拨款支出决算数比2023年度减少A万元，下降P%；…决算持平
 */

const CLASS_NAME = String.raw`[^（()）“”"，。；：、\d\s]{2,30}`;
/** "一般公共服务支出（类）2106.66万元". */
const STRUCTURE = new RegExp(
  String.raw`(?<name>${CLASS_NAME})\s*[（(]\s*类\s*[)）]\s*(?:为|是)?\s*(?<amount>${AMOUNT})`,
  'gu',
);

/**
 * Other departments' wordings of a class line in 五（二）: "社会保障和就业支出1784.28万元" without （类）, or
 * "社会保障和就业（类）支出1784.28万元". Read only after the enumeration's opening ("主要用于以下方面：")
 * and only where the words are a class of the classification (a bare name is no mark of a class).
 */
const STRUCTURE_LIST = /主要用于以下方面\s*[：:]/u;
const LOOSE_STRUCTURE = new RegExp(
  String.raw`(?<=^|[：:；;，,、。])\s*(?<name>[^（()）“”"，。；：、\d\s]{2,30}?)\s*(?:[（(]\s*类\s*[)）])?\s*(?<suffix>支出)?\s*(?:为|是)?\s*(?<amount>${AMOUNT})`,
  'gu',
);
const CLASS_NAMES = new Set(FUNCTION_SUBJECTS.filter((s) => s.code.length === 3).map((s) => s.name));

export function structureClaims(p: Paragraph, si: number, pi: number): Claim[] {
  const out: Claim[] = [];
  const matches: { name: string; amount: string; start: number; end: number }[] = [];
  for (const m of p.text.matchAll(STRUCTURE)) {
    const name = (m.groups?.name ?? '').replace(/^[：:，,；;、]+/, '');
    const start = (m.index ?? 0) + m[0].indexOf(name);
    matches.push({ name, amount: m.groups?.amount ?? '', start, end: (m.index ?? 0) + m[0].length });
  }
  const list = STRUCTURE_LIST.exec(p.text);
  if (list) {
    LOOSE_STRUCTURE.lastIndex = list.index + list[0].length;
    for (const m of p.text.matchAll(LOOSE_STRUCTURE)) {
      const start = (m.index ?? 0) + m[0].indexOf(m.groups?.name ?? '');
      const end = (m.index ?? 0) + m[0].length;
      const name = `${m.groups?.name ?? ''}${m.groups?.suffix ?? ''}`;
      if (start < list.index || !CLASS_NAMES.has(name)) continue;
      if (matches.some((x) => x.start < end && start < x.end)) continue;
      matches.push({ name, amount: m.groups?.amount ?? '', start, end });
    }
    matches.sort((a, b) => a.start - b.start);
  }
  for (const { name, amount: printed, start, end } of matches) {
    const amount = printedAmount(printed);
    if (!amount || !name) continue;
    out.push({
      kind: 'structure',
      key: `class:${name}`,
      label: name,
      path: [{ name, level: 1 }],
      amount,
      text: p.text.slice(start, end),
      span: spanOf(p, si, pi, start, end),
    });
  }
  return out;
}

/** Each phrase's pattern, compiled once (the phrases are the template's): built by `source` the first time. */
const patterns = new WeakMap<object, RegExp>();

function patternOf(phrase: object, source: () => string): RegExp {
  let re = patterns.get(phrase);
  if (!re) patterns.set(phrase, (re = new RegExp(source(), 'gu')));
  return re;
}

/**
 * The template's 三公 items where 七 states them with their amount ("因公出国（境）费支出决算 XXX 万元",
 * "公务接待费支出 XX 万元"); amounts inside an outcome statement (execution.ts) are left to it, and a
 * budget ("…预算为…") is never read as the outcome.
 */
export function itemAmountClaims(p: Paragraph, si: number, pi: number, phrases: ClaimPhrases, taken: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const phrase of phrases.amounts.filter((a) => a.kind === 'three_public')) {
    const re = patternOf(
      phrase,
      () => String.raw`(?:${phrase.words})\s*(?:为|是)?\s*(?<amount>${AMOUNT}|0(?![\d.万元]))`,
    );
    for (const m of allMatches(re, p.text)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (/预算/.test(m[0])) continue;
      const overlaps = [...taken, ...out].some(
        (c) => c.span.paragraph === pi && c.span.start < end && start < c.span.end,
      );
      if (overlaps) continue;
      const amount = printedAmount(m.groups?.amount ?? '');
      if (!amount) continue;
      out.push({
        kind: phrase.kind,
        key: phrase.key,
        label: phrase.label,
        amount,
        text: p.text.slice(start, end),
        span: spanOf(p, si, pi, start, end),
      });
    }
  }
  return out;
}

/** "政府性基金预算财政拨款收入 XXX 万元，支出 XXX 万元": the expenditure, named only as 支出. */
const FUND_EXPENDITURE = new RegExp(
  String.raw`(?<fund>政府性基金|国有资本经营)预算财政拨款收入\s*(?:为|是)?\s*(?:${AMOUNT})\s*[，,]\s*(?<label>支出(?:收入)?)\s*(?:为|是)?\s*(?<amount>${AMOUNT})`,
  'gu',
);

export function fundExpenditureClaims(p: Paragraph, si: number, pi: number, phrases: ClaimPhrases): Claim[] {
  const out: Claim[] = [];
  for (const m of p.text.matchAll(FUND_EXPENDITURE)) {
    const amount = printedAmount(m.groups?.amount ?? '');
    const named = keyOfName(`${m.groups?.fund}预算财政拨款支出`, phrases);
    if (!amount || !named) continue;
    const end = (m.index ?? 0) + m[0].length;
    const start = end - (m.groups?.label?.length ?? 0) - (m.groups?.amount?.length ?? 0);
    out.push({
      kind: 'total',
      key: named.key,
      label: named.label,
      amount,
      text: p.text.slice(start, end),
      span: spanOf(p, si, pi, start, end),
    });
  }
  return out;
}

/** "本年度无政府性基金预算财政拨款收入和支出": the tables must hold nothing of it. */
export function absenceClaims(p: Paragraph, si: number, pi: number, phrases: ClaimPhrases): Claim[] {
  const out: Claim[] = [];
  for (const absence of phrases.absences ?? []) {
    const re = patternOf(absence, () => String.raw`(?<![\u4e00-\u9fa5]无)无\s*(?:${absence.words})`);
    for (const m of allMatches(re, p.text)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      out.push({
        kind: 'absence',
        key: `absence:${absence.keys.join('+')}`,
        label: absence.label,
        parts: absence.keys.map((key) => ({ key, label: key })),
        text: p.text.slice(start, end),
        span: spanOf(p, si, pi, start, end),
      });
    }
  }
  return out;
}

const DIRECTION: Record<string, StatedChange['direction']> = {
  增加: 'increase',
  增长: 'increase',
  上升: 'increase',
  减少: 'decrease',
  下降: 'decrease',
  降低: 'decrease',
  持平: 'flat',
};
// "增加（减少）XXX" is the template's placeholder, not a change.
const CHANGE_TAIL = String.raw`(?<dir>增加|增长|上升|减少|下降|降低|持平)(?!\s*[（(])(?:了)?\s*(?<amount>${AMOUNT})?(?:\s*[，,]\s*(?:增加|增长|上升|减少|下降|降低)?(?:了)?\s*(?<pct>(?:${NUM})\s*[%％]))?`;
/** "与2023年度相比，收入支出总计减少56.95万元，下降1.87%", "与2023年度相比，财政拨款收入支出总计持平". */
const COMPARED = new RegExp(
  String.raw`与\s*(?<year>\d{4})\s*年度?\s*相比\s*[，,]?\s*(?<name>[^，。；\d]{0,30}?)\s*${CHANGE_TAIL}`,
  'gu',
);
/**
 * "…决算数比2023年度减少A万元，下降P%", "…决算数与2023年度持平", and the items after "其中：" that keep
 * the year: "因公出国（境）费支出决算减少A万元，下降P%", "公务接待费支出决算持平".
 */
const AGAINST = new RegExp(
  String.raw`(?:(?:比|与)\s*(?<year>\d{4})\s*年度?\s*(?:相比)?\s*[，,]?\s*)?${CHANGE_TAIL}`,
  'gu',
);

/**
 * Changes against last year stated apart from their amount: attached to the claim of the paragraph
 * (or the section) they name, or made claims of their own when nothing states the amount (三公's items).
 */
export function changeClaims(p: Paragraph, si: number, pi: number, phrases: ClaimPhrases, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const seen: [number, number][] = [];
  const attach = (start: number, end: number, name: string, change: StatedChange) => {
    const named = quantityEnding(name, phrases) ?? keyOfName(name, phrases);
    if (!named) return;
    // The statement of the amount the change is about: the last one before it in the section (an
    // outcome statement too: "…支出决算为B万元" and then "决算数比2023年度减少A万元"), else the first after.
    const candidates = claims
      .filter((c) => c.key === named.key && c.amount && !c.change && c.span.section === si)
      .sort((a, b) => a.span.paragraph - b.span.paragraph || a.span.start - b.span.start);
    const isBefore = (c: Claim) => c.span.paragraph < pi || (c.span.paragraph === pi && c.span.start < start);
    const owner = candidates.findLast(isBefore) ?? candidates[0];
    if (owner) {
      owner.change = { ...change, place: { ...spanOf(p, si, pi, start, end), text: p.text.slice(start, end) } };
      return;
    }
    out.push({
      kind: named.kind,
      key: named.key,
      label: named.label,
      change,
      text: p.text.slice(start, end),
      span: spanOf(p, si, pi, start, end),
    });
  };
  for (const m of p.text.matchAll(COMPARED)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    seen.push([start, end]);
    const change = changeOf(m.groups ?? {}, m[0]);
    if (change) attach(start, end, m.groups?.name ?? '', change);
  }
  // Sentences that name their quantity before the change: "“三公”经费财政拨款支出决算数比2023年度减少…".
  let year: number | undefined;
  for (const m of p.text.matchAll(AGAINST)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (seen.some(([a, b]) => start < b && a < end)) continue;
    if (m.groups?.year) year = Number(m.groups.year);
    const clauseStart = Math.max(
      ...['。', '；', ';', '：', ':', '，', ','].map((c) => p.text.lastIndexOf(c, start - 1) + 1),
      0,
    );
    const name = p.text.slice(clauseStart, start);
    // Only where the clause names a quantity and a year is known (stated here or earlier in the paragraph).
    if (!year || !quantityEnding(name, phrases)) continue;
    const change = changeOf({ ...m.groups, year: String(year) }, m[0]);
    if (change) attach(clauseStart, end, name, change);
  }
  return out;
}

function changeOf(g: Record<string, string | undefined>, text: string): StatedChange | undefined {
  const direction = DIRECTION[g.dir ?? ''];
  if (!direction) return undefined;
  const amount = g.amount ? printedAmount(g.amount) : undefined;
  const percent = g.pct ? printedPercent(g.pct) : undefined;
  return {
    direction,
    basis: 'unspecified',
    ...(g.year ? { baseYear: Number(g.year) } : {}),
    ...(amount ? { amount } : {}),
    ...(percent ? { percent } : {}),
    text: text.replace(/^[，,、]\s*/, ''),
  };
}
