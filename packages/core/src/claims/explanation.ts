import type { Claim } from '../model/claim.js';
import type { Paragraph } from '../model/document.js';
import type { ClaimPhrases } from '../templates/index.js';
import { LEVEL_MARK, parseSubjectReference } from './subject-reference.js';
import { AMOUNT, CHANGE, parseChange, printedAmount, sentenceAround, spanOf } from './text.js';

/**
 * 部门预算编制说明: the totals ("收入预算25,759万元，其中：财政拨款收入25,759万元，比2024年预算减少1,945万元")
 * and the subject lines of 财政拨款支出主要内容, in the styles real documents use (subject-reference.ts
 * reads the subject itself):
 *   “卫生健康支出”科目22,307万元
 *   “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元
 *   “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元
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
      // Never the end of a longer name: "一般公共预算财政拨款支出预算" is not "财政拨款支出预算", nor
      // "政府性基金拔款支出预算" (a typo of a label) "支出预算" — a label begins after no word of a fund's name.
      re: new RegExp(
        String.raw`(?<![算款金共营政])(?<label>${labels})\s*(?:为|是)?\s*(?<amount>${AMOUNT}|0(?![\d.万元]))`,
        'gu',
      ),
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
    // The reason when it follows the change at once ("…增加1,945万元，主要原因是…").
    const reason = change ? REASON.exec(p.text.slice(end))?.groups?.reason : undefined;
    out.push({
      kind: 'total',
      key,
      label,
      amount,
      ...(change ? { change: { ...change.change, ...(reason ? { reason } : {}) } } : {}),
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
/**
 * A level name of the unquoted style: no punctuation or digits, though it may hold a bracketed part of
 * its own that is not a level mark ("政府办公厅（室）及相关机构事务").
 */
const BARE_NAME = String.raw`[^（()）“”"，。；：、\d\s]{2,30}(?:[（(][^（()）\s\d类款项]{1,3}[)）][^（()）“”"，。；：、\d\s]{0,30})*`;

const QUOTED_SUBJECT = new RegExp(
  String.raw`${Q_OPEN}(?<name>[^”"」]{2,80})${Q_CLOSE}\s*(?:科目)?\s*(?:为|是)?\s*(?<amount>${AMOUNT})`,
  'gu',
);
/** "公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元", "（204类）（06款）（01项）…". */
const BARE_SUBJECT = new RegExp(
  String.raw`(?<name>(?:(?:${BARE_NAME})?\s*${LEVEL_MARK}\s*){2,3})(?:科目)?\s*(?:为|是)?\s*(?<amount>${AMOUNT})`,
  'gu',
);
const EXECUTION = new RegExp(
  String.raw`(?<year>\d{4})\s*年(?:当年)?(?:预算)?执行数(?:为|是)?\s*(?<base>${AMOUNT})[，,]\s*(?<year2>\d{4})\s*年(?:预算)?安排\s*(?<planned>${AMOUNT})`,
  'u',
);
const HAS_LEVEL_MARK = new RegExp(LEVEL_MARK, 'u');
/**
 * The reason right after a change: "。主要原因是：宣传事务一般行政管理事务经费增加。", "，主要是…经费增加"
 * (never "主要用于", which describes the subject).
 */
const REASON =
  /^[。；，,\s]*(?:(?:主要)?原因(?:是|为|系)?|主要(?:是|系|为|由于|因))\s*[:：]?\s*(?<reason>[^。；]{1,80})/u;

/**
 * Last year's figure printed beside this year's without a change word: "58.28万元，上年:421.23万元",
 * "上年执行数421.23万元" (the direction is then the figures').
 */
const LAST_YEAR = new RegExp(
  String.raw`^[，,；;\s]*(?:[（(])?\s*上(?:一)?年(?:度)?(?:预算执行数|执行数|预算数|预算|决算数)?(?:为|是)?\s*[:：]?\s*(?<base>${AMOUNT})\s*(?:[)）])?`,
  'u',
);

/**
 * `next`: the paragraph after, where a line's execution sentence goes on when its description ended a
 * printed line with its full stop ("…主要用于城乡社区管理事务。" / "2023年当年预算执行数为…").
 */
export function subjectClaims(p: Paragraph, section: number, paragraph: number, next?: Paragraph): Claim[] {
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
        !HAS_LEVEL_MARK.test(raw) &&
        !LIST_ITEM.test(p.text.slice(0, start))
      )
        continue;
      const amount = printedAmount(m.groups?.amount ?? '');
      if (amount?.unit !== '万元') continue;
      seen.add(start);
      const name = parseSubjectReference(raw);
      const names = name.levels.flatMap((l) => (l.name ? [l.name] : []));
      let end = start + m[0].length;
      const sentence = sentenceAround(p.text, start, end);
      // What follows within the item: the execution sentence and its change — in the next paragraph
      // when nothing of the item follows in this one but its description.
      let rest = p.text.slice(end, Math.min(p.text.length, end + 200));
      if (!EXECUTION.test(rest) && next && /^[^“”"]*$/u.test(rest) && EXECUTION.exec(next.text)?.index === 0)
        rest = `${rest}${next.text.slice(0, 200)}`;
      const exec = EXECUTION.exec(rest);
      let change: Claim['change'];
      let planned: Claim['planned'];
      if (exec?.groups && (exec.index ?? 0) < 120) {
        const baseAmount = printedAmount(exec.groups.base ?? '');
        planned = printedAmount(exec.groups.planned ?? '');
        const after = rest.slice((exec.index ?? 0) + exec[0].length);
        const c = parseChange(after) ?? (CHANGE.test(`，${after}`) ? parseChange(`，${after}`) : undefined);
        if (c) {
          const reason = REASON.exec(after.slice(c.length))?.groups?.reason;
          change = { ...c.change, ...(baseAmount ? { baseAmount } : {}), ...(reason ? { reason } : {}) };
          end += (exec.index ?? 0) + exec[0].length + c.length;
        } else end += (exec.index ?? 0) + exec[0].length;
      } else {
        // "58.28万元，上年:421.23万元，主要原因是…经费增加": the figures say which way it went.
        const last = LAST_YEAR.exec(rest);
        const baseAmount = last?.groups ? printedAmount(last.groups.base ?? '') : undefined;
        if (last && baseAmount?.unit === '万元') {
          const after = rest.slice(last[0].length);
          const stated = parseChange(after) ?? (CHANGE.test(`，${after}`) ? parseChange(`，${after}`) : undefined);
          const tail = after.slice(stated?.length ?? 0);
          const reason = REASON.exec(tail)?.groups?.reason;
          const diff = amount.fen - baseAmount.fen;
          change = {
            ...(stated?.change ?? {
              direction: diff === 0 ? 'flat' : diff > 0 ? 'increase' : 'decrease',
              basis: 'unspecified' as const,
              text: last[0].replace(/^[，,；;\s]+/u, ''),
            }),
            baseAmount,
            ...(reason ? { reason } : {}),
          };
          end += last[0].length + (stated?.length ?? 0);
        }
      }
      out.push({
        kind: 'subject',
        key: `subject:${name.code ?? names.join('/')}`,
        label: name.label,
        ...(name.code ? { code: name.code } : {}),
        ...(names.length > 1 ? { names } : {}),
        path: name.levels,
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
