import type { Claim, ProsePlace, StatedExecution } from '../model/claim.js';
import type { Section } from '../model/document.js';
import type { ClaimPhrases } from '../templates/index.js';
import { type NamedQuantity, quantityEnding } from './labels.js';
import { LEVEL_MARK, parseSubjectReference } from './subject-reference.js';
import { AMOUNT, NUM, printedAmount, printedPercent, spanOf } from './text.js';

/**
 * Outcomes against the initial budget, as 决算 prose states them (generic: any document whose prose
 * states them):
 *   一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。
 *   决算数小于预算数的主要原因：…
 *   1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：…。年初预算为1560.05万元，支出决算
 *   为1511.89万元。决算数小于预算数的主要原因：…
 *   “三公”经费…年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为
 *   0.00万元，完成预算的0%；…。2024年度“三公”经费支出决算数小于预算数的主要原因：…
 * Each statement is a claim about the quantity it names (a template phrase before it, else the
 * subject of the numbered item it is in): its `amount` is the outcome, `execution` the budget, the
 * completion rate, the comparison word and whether a reason is given. The comparison and the reason
 * may follow in a later sentence or paragraph ("决算数与预算数基本持平。" printed on a line of its own).
 */

const AMOUNT_OR_ZERO = String.raw`(?:${AMOUNT}|0(?![\d.万元]))`;
/**
 * "为" between a word and its amount, often left out ("年初预算1268.50万元，支出决算1254.33万元") or
 * written as a colon.
 */
const IS = '(?:为|是|[：:])?';
const RATE = String.raw`完成(?:年初)?预算(?:数)?的?\s*(?<pct>(?:${NUM})\s*[%％])`;
/** "年初预算为A万元，支出决算为B万元(，完成年初预算的P%)". */
const FULL = new RegExp(
  String.raw`(?:年初)?预算(?:数)?\s*${IS}\s*(?<budget>${AMOUNT_OR_ZERO})\s*[，,]\s*(?:(?:全年|调整后的?)预算(?:数)?\s*${IS}\s*(?<year>${AMOUNT_OR_ZERO})\s*[，,]\s*)?(?:支出)?决算(?:数)?\s*${IS}\s*(?<final>${AMOUNT_OR_ZERO})(?:\s*[，,]\s*${RATE})?`,
  'gu',
);
/** "(支出)决算为B万元，完成预算的P%": the budget is the table's. */
const PART = new RegExp(String.raw`(?:支出)?决算(?:数)?\s*${IS}\s*(?<final>${AMOUNT_OR_ZERO})\s*[，,]\s*${RATE}`, 'gu');
/** A completion rate in a sentence of its own, after its amounts. */
const LATE_RATE = new RegExp(RATE, 'u');
/**
 * How a sentence compares outcome and budget: "决算数小于预算数" (also "略小于"), "决算数与预算数基本持平",
 * "预决算持平". The template's placeholder "大于（小于）" names both and is no comparison.
 */
const COMPARISON =
  /(?:决算(?:数)?\s*(?:(?:略|稍|明显|均)?(?<rel>大于|小于|高于|低于|超过|超出|少于|多于|等于)\s*(?:年初)?预算(?:数)?|与\s*(?:年初)?预算(?:数)?\s*(?:相比\s*)?(?<flat>基本持平|持平|相等|相同|一致))|(?:预算(?:数)?与决算(?:数)?|预决算(?:数)?)\s*(?<flat2>基本持平|持平|相等|相同|一致))/gu;
const RELATION: Record<string, NonNullable<StatedExecution['comparison']>['relation']> = {
  大于: 'greater',
  高于: 'greater',
  超过: 'greater',
  超出: 'greater',
  多于: 'greater',
  小于: 'less',
  低于: 'less',
  少于: 'less',
  等于: 'equal',
  持平: 'equal',
  相等: 'equal',
  相同: 'equal',
  一致: 'equal',
  基本持平: 'roughly_equal',
};
/** A reason given: "…的主要原因：", "原因是…", "主要是由于…", "系因…". */
const REASON = /原因|由于|因为|主要是|系因|鉴于/u;

/** A level name of a numbered subject item: no punctuation or digits, a bracketed part of its own allowed. */
const ITEM_NAME = String.raw`[^（()）“”"，。；：、\d\s]{1,30}(?:[（(][^（()）\s\d类款项]{1,3}[)）][^（()）“”"，。；：、\d\s]{0,30})*`;
/** "1、一般公共服务支出（类）财政事务（款）行政运行（项）", the subject possibly quoted. */
const ITEM = new RegExp(
  String.raw`^\s*\d+\s*[、.．]\s*[“"]?(?<name>(?:${ITEM_NAME}\s*${LEVEL_MARK}\s*){1,3})[”"]?`,
  'u',
);
/** A paragraph that opens a new part ("（三）…"): the numbered items before it are over. */
const PART_HEADING = /^\s*[（(][一二三四五六七八九十]+[)）]/u;

interface Position {
  paragraph: number;
  offset: number;
}
const before = (a: Position, b: Position) =>
  a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset < b.offset);

interface Item {
  at: Position;
  raw: string;
  start: number;
  end: number;
}

interface Statement {
  claim: Claim;
  execution: StatedExecution;
  at: Position;
  /** The numbered item the statement is in (the paragraph that opened it), -1 before any. */
  item: number;
}

export function executionClaims(section: Section, si: number, phrases: ClaimPhrases): Claim[] {
  const statements: Statement[] = [];
  const paragraphs = section.paragraphs;
  const place = (pi: number, start: number, end: number): ProsePlace => {
    const p = paragraphs[pi];
    if (!p) return { section: si, paragraph: pi, start, end, text: '' };
    return { ...spanOf(p, si, pi, start, end), text: p.text.slice(start, end) };
  };
  let item: Item | undefined;
  const itemOf = itemsOf(section);
  for (const [pi, p] of paragraphs.entries()) {
    const text = p.text;
    if (PART_HEADING.test(text)) item = undefined;
    const opened = ITEM.exec(text);
    if (opened?.groups?.name) {
      const start = text.indexOf(opened.groups.name);
      item = {
        at: { paragraph: pi, offset: 0 },
        raw: opened.groups.name,
        start,
        end: start + opened.groups.name.length,
      };
    }
    // Comparisons and completions of this paragraph, in printed order.
    const full = [...text.matchAll(FULL)];
    const parts = [...text.matchAll(PART)].filter(
      (m) => !full.some((f) => (f.index ?? 0) <= (m.index ?? 0) && (m.index ?? 0) < (f.index ?? 0) + f[0].length),
    );
    const matches = [...full, ...parts].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const [i, m] of matches.entries()) {
      const g = m.groups ?? {};
      const final = printedAmount(g.final ?? '');
      if (!final) continue;
      const start = m.index ?? 0;
      let end = start + m[0].length;
      const budget = g.budget ? printedAmount(g.budget) : undefined;
      const yearBudget = g.year ? printedAmount(g.year) : undefined;
      let completion = g.pct ? printedPercent(g.pct) : undefined;
      if (!completion) {
        // "…支出决算为B万元。完成年初预算的P%" — up to the next statement of the paragraph.
        const next = matches[i + 1]?.index ?? text.length;
        const late = LATE_RATE.exec(text.slice(end, next));
        if (late?.groups?.pct) completion = printedPercent(late.groups.pct);
      }
      const clauseStart = Math.max(
        ...['。', '；', ';', '：', ':', '！', '？'].map((c) => text.lastIndexOf(c, start - 1) + 1),
        0,
      );
      const named = quantityEnding(text.slice(clauseStart, start), phrases);
      const execution: StatedExecution = {
        ...(budget ? { budget } : {}),
        ...(yearBudget ? { yearBudget } : {}),
        ...(completion ? { completion } : {}),
        reason: false,
        place: place(pi, start, end),
      };
      const claim = named
        ? namedClaim(named, text, clauseStart, end, final, execution, p, si, pi)
        : item && before(item.at, { paragraph: pi, offset: start })
          ? itemClaim(item, paragraphs, final, execution, si, pi, start, end)
          : undefined;
      if (!claim) continue;
      end = Math.max(end, claim.span.end);
      statements.push({ claim, execution, at: { paragraph: pi, offset: start }, item: itemOf[pi] ?? -1 });
    }
  }
  assignComparisons(statements, section, phrases, place);
  return statements.map((s) => ({ ...s.claim, execution: s.execution }));
}

function namedClaim(
  named: NamedQuantity,
  text: string,
  clauseStart: number,
  end: number,
  final: NonNullable<Claim['amount']>,
  execution: StatedExecution,
  p: Section['paragraphs'][number],
  si: number,
  pi: number,
): Claim {
  named.re.lastIndex = 0;
  const at = named.re.exec(text.slice(clauseStart));
  const start = clauseStart + (at?.index ?? 0);
  return {
    kind: named.kind,
    key: named.key,
    label: named.label,
    amount: final,
    text: text.slice(start, end),
    span: spanOf(p, si, pi, start, end),
    execution,
  };
}

function itemClaim(
  item: Item,
  paragraphs: Section['paragraphs'],
  final: NonNullable<Claim['amount']>,
  execution: StatedExecution,
  si: number,
  pi: number,
  start: number,
  end: number,
): Claim {
  const subject = parseSubjectReference(item.raw);
  const names = subject.levels.flatMap((l) => (l.name ? [l.name] : []));
  // The claim reads from the subject to the amounts when both are in one paragraph.
  const from = item.at.paragraph === pi ? item.start : start;
  const p = paragraphs[pi] as Section['paragraphs'][number];
  return {
    kind: 'subject',
    key: `subject:${subject.code ?? names.join('/')}`,
    label: subject.label,
    ...(subject.code ? { code: subject.code } : {}),
    ...(names.length > 1 ? { names } : {}),
    path: subject.levels,
    amount: final,
    text: item.at.paragraph === pi ? p.text.slice(from, end) : `${item.raw}：${p.text.slice(start, end)}`,
    span: spanOf(p, si, pi, from, end),
    execution,
  };
}

/**
 * Each comparison ("决算数小于预算数") belongs to the statement it names ("“三公”经费支出决算数…"), else to
 * the last statement before it; a reason counts for a statement when it follows its amounts or its
 * comparison within the same sentence or the next one.
 */
function assignComparisons(
  statements: Statement[],
  section: Section,
  phrases: ClaimPhrases,
  place: (pi: number, start: number, end: number) => ProsePlace,
): void {
  if (statements.length === 0) return;
  const itemOf = itemsOf(section);
  for (const [pi, p] of section.paragraphs.entries()) {
    for (const m of p.text.matchAll(COMPARISON)) {
      const start = m.index ?? 0;
      const at = { paragraph: pi, offset: start };
      const earlier = statements.filter((s) => before(s.at, at));
      const clauseStart = Math.max(
        ...['。', '；', ';', '：', ':', '，', ','].map((c) => p.text.lastIndexOf(c, start - 1) + 1),
        0,
      );
      const named = quantityEnding(p.text.slice(clauseStart, start), phrases);
      // Unnamed, it is about the last statement of its own numbered item before it (never one of the
      // item before), else the item's first statement after it ("决算数小于预算数…。年初预算为…").
      const own = statements.filter((s) => s.item === (itemOf[pi] ?? -1));
      const owner =
        (named && earlier.findLast((s) => s.claim.key === named.key)) ||
        own.findLast((s) => before(s.at, at)) ||
        (itemOf[pi] !== -1 ? own.find((s) => !before(s.at, at)) : undefined);
      if (!owner || owner.execution.comparison) continue;
      const word = m.groups?.rel ?? m.groups?.flat ?? m.groups?.flat2 ?? '';
      const relation = RELATION[word];
      if (!relation) continue;
      const sentenceEnd = endOfSentence(p.text, start + m[0].length);
      owner.execution.comparison = { relation, place: place(pi, clauseStart, sentenceEnd) };
      if (REASON.test(afterward(section, pi, start))) owner.execution.reason = true;
    }
  }
  for (const s of statements) {
    if (s.execution.reason) continue;
    // A reason right after the amounts, without a comparison word: "…支出决算为B万元，主要原因是…".
    const next = statements.find((o) => before(s.at, o.at));
    let text = afterward(section, s.at.paragraph, s.at.offset);
    if (next && next.at.paragraph === s.at.paragraph) text = text.slice(0, next.at.offset - s.at.offset);
    if (REASON.test(text) && !s.execution.comparison) s.execution.reason = true;
  }
}

/** For each paragraph, the paragraph that opened the numbered item it belongs to (-1 before any, or after a part heading). */
function itemsOf(section: Section): number[] {
  let current = -1;
  return section.paragraphs.map((p, pi) => {
    if (PART_HEADING.test(p.text)) current = -1;
    if (ITEM.test(p.text)) current = pi;
    return current;
  });
}

const endOfSentence = (text: string, from: number) => {
  const i = text.slice(from).search(/[。！？]/u);
  return i < 0 ? text.length : from + i + 1;
};

/** The sentence a position is in and the next one (which may open the next paragraph). */
function afterward(section: Section, pi: number, offset: number): string {
  const text = section.paragraphs[pi]?.text ?? '';
  const first = endOfSentence(text, offset);
  if (first < text.length) return text.slice(offset, endOfSentence(text, first));
  const next = section.paragraphs[pi + 1]?.text ?? '';
  if (ITEM.test(next) || PART_HEADING.test(next)) return text.slice(offset);
  return `${text.slice(offset)}${next.slice(0, endOfSentence(next, 0))}`;
}
