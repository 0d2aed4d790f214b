import type { Claim } from '../model/claim.js';
import type { Paragraph } from '../model/document.js';
import type { ClaimPhrases } from '../templates/index.js';
import { AMOUNT, CHANGE, parseChange, printedAmount, sentenceAround, spanOf } from './text.js';

/**
 * 部门预算编制说明: the totals ("收入预算25,759万元，其中：财政拨款收入25,759万元，比2024年预算减少1,945万元")
 * and the subject lines of 财政拨款支出主要内容, in the three styles real documents use:
 *   “卫生健康支出”科目22,307万元
 *   “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元
 *   公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元
 * each possibly followed by "2025年当年预算执行数为A万元，2026年预算安排B万元，比2025年预算执行数增加P%".
 */

/** The template's total labels as one pattern (labels may be printed with spaces), compiled once per template. */
const totalPatterns = new WeakMap<ClaimPhrases, { re: RegExp; keys: Map<string, string> }>();

function totalsOf(phrases: ClaimPhrases): { re: RegExp; keys: Map<string, string> } {
  let hit = totalPatterns.get(phrases);
  if (!hit) {
    const labels = phrases.totals.map((t) => t.label.split('').join(String.raw`\s*`)).join('|');
    hit = {
      re: new RegExp(String.raw`(?<label>${labels})\s*(?:为|是)?\s*(?<amount>${AMOUNT}|0(?![\d.万元]))`, 'gu'),
      keys: new Map(phrases.totals.map((t) => [t.label, t.key])),
    };
    totalPatterns.set(phrases, hit);
  }
  return hit;
}

export function totalClaims(p: Paragraph, section: number, paragraph: number, phrases: ClaimPhrases): Claim[] {
  const out: Claim[] = [];
  if (phrases.totals.length === 0) return out;
  const totals = totalsOf(phrases);
  for (const m of p.text.matchAll(totals.re)) {
    const label = (m.groups?.label ?? '').replace(/\s+/g, '');
    const amount = printedAmount(m.groups?.amount ?? '');
    const key = totals.keys.get(label);
    if (!amount || !key) continue;
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const change = parseChange(p.text.slice(end));
    if (change) end += change.length;
    out.push({
      kind: 'total',
      key,
      label,
      amount,
      ...(change ? { change: change.change } : {}),
      text: p.text.slice(start, end),
      span: spanOf(p, section, paragraph, start, end),
    });
  }
  return out;
}

/** The text before a subject that opens a numbered item: "1. ", "2、". */
const LIST_ITEM = /^\s*(?:[-•·]\s*)?\d+\s*[.．、]\s*$/u;
const Q_OPEN = '[“"「]';
const Q_CLOSE = '[”"」]';
const LEVEL = String.raw`\s*[（(]\s*(\d*)\s*(类|款|项)\s*[)）]\s*`;
/** "一般公共服务支出（类）商贸事务（款）行政运行（项）" or with codes "公共安全支出（204类）司法（06款）…". */
const LEVELED = new RegExp(String.raw`([^（()）“”"，。；：、\d\s]{2,30})${LEVEL}`, 'gu');

const QUOTED_SUBJECT = new RegExp(
  String.raw`${Q_OPEN}(?<name>[^”"」]{2,80})${Q_CLOSE}\s*(?:科目)?\s*(?:为|是)?\s*(?<amount>${AMOUNT})`,
  'gu',
);
const BARE_SUBJECT = new RegExp(
  String.raw`(?<name>(?:[^（()）“”"，。；：、\d\s]{2,30}${LEVEL}){2,3})(?:科目)?\s*(?:为|是)?\s*(?<amount>${AMOUNT})`,
  'gu',
);
const EXECUTION = new RegExp(
  String.raw`(?<year>\d{4})\s*年(?:当年)?(?:预算)?执行数(?:为|是)?\s*(?<base>${AMOUNT})[，,]\s*(?<year2>\d{4})\s*年(?:预算)?安排\s*(?<planned>${AMOUNT})`,
  'u',
);

interface SubjectName {
  label: string;
  code?: string;
  /** Names of the levels as printed, class first. */
  levels: string[];
}

function subjectName(raw: string): SubjectName {
  const levels: string[] = [];
  let code = '';
  let codeComplete = true;
  for (const m of raw.matchAll(LEVELED)) {
    levels.push(m[1] ?? '');
    if (m[2]) code += m[2];
    else codeComplete = false;
  }
  if (levels.length === 0) return { label: raw.trim(), levels: [raw.trim()] };
  return {
    label: levels.at(-1) ?? raw,
    levels,
    ...(codeComplete && code.length >= 3 ? { code } : {}),
  };
}

export function subjectClaims(p: Paragraph, section: number, paragraph: number): Claim[] {
  const out: Claim[] = [];
  const seen = new Set<number>();
  for (const re of [QUOTED_SUBJECT, BARE_SUBJECT]) {
    for (const m of p.text.matchAll(re)) {
      const start = m.index ?? 0;
      if ([...seen].some((s) => s <= start + m[0].length && start <= s)) continue;
      const raw = (m.groups?.name ?? '').trim();
      // A quoted name is a subject when "科目" follows, when it names levels, or when it opens a list item.
      const after = p.text.slice(start, start + m[0].length);
      if (
        re === QUOTED_SUBJECT &&
        !/科目/.test(after) &&
        !/[（(]\d*[类款项][)）]/.test(raw) &&
        !LIST_ITEM.test(p.text.slice(0, start))
      )
        continue;
      const amount = printedAmount(m.groups?.amount ?? '');
      if (amount?.unit !== '万元') continue;
      seen.add(start);
      const name = subjectName(raw);
      let end = start + m[0].length;
      const sentence = sentenceAround(p.text, start, end);
      // What follows within the item: the execution sentence and its change.
      const rest = p.text.slice(end, Math.min(p.text.length, end + 200));
      const exec = EXECUTION.exec(rest);
      let change: Claim['change'];
      let planned: Claim['planned'];
      if (exec?.groups && (exec.index ?? 0) < 120) {
        const baseAmount = printedAmount(exec.groups.base ?? '');
        planned = printedAmount(exec.groups.planned ?? '');
        const after = rest.slice((exec.index ?? 0) + exec[0].length);
        const c = parseChange(after) ?? (CHANGE.test(`，${after}`) ? parseChange(`，${after}`) : undefined);
        if (c) {
          change = { ...c.change, ...(baseAmount ? { baseAmount } : {}) };
          end += (exec.index ?? 0) + exec[0].length + c.length;
        } else end += (exec.index ?? 0) + exec[0].length;
      }
      out.push({
        kind: 'subject',
        key: `subject:${name.code ?? name.levels.join('/')}`,
        label: name.label,
        ...(name.code ? { code: name.code } : {}),
        ...(name.levels.length > 1 ? { names: name.levels } : {}),
        amount,
        ...(planned ? { planned } : {}),
        ...(change ? { change } : {}),
        text: p.text.slice(start, Math.max(end, sentence.end)),
        span: spanOf(p, section, paragraph, start, end),
      });
    }
  }
  return out;
}
