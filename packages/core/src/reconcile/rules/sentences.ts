import { bi, countEn } from '../../model/bilingual.js';
import type { Ref } from '../../model/finding.js';
import { allMatches } from '../../text/matches.js';
import { type Rule, Tally } from '../rule.js';
import { at, type Passage, passages } from './document-text.js';

/**
 * Sentences a reader cannot read as written, as the official inspection flags them: a reason that is
 * not words ("主要原因是qq", "主要原因是11", "主要原因是。"), one that says nothing ("主要原因是无。",
 * "主要原因是详见附表。") or only a bracketed instruction ("主要原因：
 * （说明增减原因）。"), a figure left blank ("2023年当年预算执行数为。", "预算安排万元"), a rate printed
 * without its % ("增长13.95。"), a sentence cut off inside a word ("…一般行政管理事务经。"), a paragraph
 * cut off inside a sentence (a clipped text box: no full stop, a bracket left open); and, as an info, a
 * paragraph that ends without its full stop.
 */

interface Kind {
  zh: string;
  en: string;
  /** Every place of this kind in a passage: [start, end) of the words shown. */
  find(text: string, words: Continuations): [number, number][];
}

const CJK = /[\u4e00-\u9fa5]/u;

/**
 * "原因" and what follows it up to the end of the clause: a reason that holds no Chinese word (empty,
 * letters, digits) is not a reason. An empty reason at the end of a paragraph may go on below it (a
 * list), so it needs its full stop; the template's "XXXXXXXX" is a placeholder (document.leftovers').
 */
const REASON =
  /(?:主要原因(?:是|为|在于)?|原因(?:是|为|在于)|原因[:：])\s*[:：]?\s*(?<reason>[^。；;！!？?\n]*?)(?<end>[。；;]|$)/gu;

/** A figure the sentence promises and does not print: "执行数为。", "预算安排万元", "增加%". */
const BLANK_FIGURE = new RegExp(
  [
    String.raw`(?:执行数|预算数|决算数|预算安排|年初预算|支出决算|收入决算|总额|总计|合计|金额|资金)\s*(?:为|是|达|共计?)\s*(?=[。；;，,])`,
    String.raw`(?<![\d.．])\s*(?:为|安排|达到?|共计?|增加|减少|增长|下降|占)\s*(?:万元|亿元|[%％])`,
  ].join('|'),
  'gu',
);

/** A rate (增长/下降/占/完成…的) printed as a bare number where its % belongs ("增长 13.95。"). */
const RATE_WITHOUT_PERCENT =
  /(?:增长|下降|增幅|降幅|占[^，。；]{0,12}?的?|完成(?:年初)?预算的?)\s*(\d+(?:\.\d+)?)\s*(?=[。；;，,]|$)/gu;

/**
 * Characters the vocabulary of these documents only ever prints inside a word, never at the end of
 * a clause: a clause ending on one was cut off ("…事务经。" for 经费, "…的预。" for 预算). Counted over
 * the templates, the classification dictionary, the seeds and nine published documents: each occurs
 * 180 to 2,100 times and never before a clause's end; of those, the ones that end a word anywhere in
 * ordinary Chinese (为主, 验收, 上海, 住房, 成功, 科普, 在编 …) are left out, for precision.
 */
/**
 * An ideograph and the stop after it, or the paragraph's end (where a sentence ends on a word's first
 * character: "…事务经。", "主要原因：基。", or a paragraph a clipped text box cut off: "…完善预").
 */
const CUT = /([\u4e00-\u9fa5])([。；;]|\s*$)/gu;
const NEVER_LAST = new Set([...'预经财其基执负监指绩']);

/**
 * How often the document must continue a pair of ideographs, and always with the same ideograph, before
 * a paragraph ending on that pair is read as cut inside the word (Continuations): twice, besides the
 * paragraph itself. Once could be chance; the nine real documents' cut-off words (所属单位, 机关运行,
 * 资产管理, 归口管理) each recur 2–20 times in their own documents.
 */
const FIXED_CONTINUATION_MIN = 2;

/** A paragraph shorter than this may be a title or a label printed as a paragraph: never read as cut by Continuations. */
const CUT_MIN_CHARS = 20;

const IDEOGRAPH = /[\u4e00-\u9fa5]/u;

/**
 * How the document itself goes on after each pair of ideographs it prints: the one ideograph that
 * follows the pair every time (所属单 → 位, 机关运 → 行, 资产管 → 理: the pair is the start of a word), or
 * none where what follows varies or a clause ends there. A passage's own end says nothing (it may be the
 * cut). Built from the document's own words, not a word list: it holds for any department's vocabulary.
 */
class Continuations {
  /** pair → the ideograph that always follows it ('' once it varies or is not an ideograph), and how often. */
  private readonly next = new Map<string, { char: string; n: number }>();

  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      for (let i = 0; i + 2 < text.length; i++) {
        const a = text[i] ?? '';
        const b = text[i + 1] ?? '';
        if (!IDEOGRAPH.test(a) || !IDEOGRAPH.test(b)) continue;
        const c = text[i + 2] ?? '';
        const pair = a + b;
        const seen = this.next.get(pair);
        const char = IDEOGRAPH.test(c) && (!seen || seen.char === c) ? c : '';
        this.next.set(pair, { char, n: (seen?.n ?? 0) + 1 });
      }
    }
  }

  /** The ideograph the document always prints after `pair`, if it does so often enough. */
  fixed(pair: string): string | undefined {
    const seen = this.next.get(pair);
    return seen && seen.char !== '' && seen.n >= FIXED_CONTINUATION_MIN ? seen.char : undefined;
  }
}

/** A list item's or a numbered subheading's marker: "1 ", "1.", "（一）", "二、". */
const LIST_MARKER = /^(?:\d+\s|[（(]?[一二三四五六七八九十\d]+[)）、.．])/u;

/** A paragraph of sentences (20 characters or more, a comma), not a list item or a line of a form (those often end bare). */
function isSentences(text: string): boolean {
  return text.length >= 20 && /[，,]/.test(text) && !LIST_MARKER.test(text);
}

/** A numbered line of no clauses: a subheading printed as a paragraph ("（一）一般公共预算财政拨款支出决算总体情况"). */
function isSubheading(text: string): boolean {
  return LIST_MARKER.test(text) && !/[，,。；;]/u.test(text);
}

/**
 * A reason that says nothing: "主要原因是无。", "原因：略。", "主要原因是详见附表。" — words, but no cause
 * (the inspection asks for the reason of every change). Only the whole clause: "主要原因是无新增项目" is
 * a reason. Chinese usage, not a region's, as the typos' list.
 */
const SAYS_NOTHING =
  /^\s*(?:无|略|暂无|不详|不适用|同上|如上|见上|上述|其他|其它|其他原因|其它原因|等|(?:详|参)?见(?:附表|附件|上表|下表|表格|报表|说明)[一二三四五六七八九十\d]*)\s*$/u;

/** A reason that is only a bracketed instruction to whoever fills the template in: "主要原因：（说明增减原因）。". */
const BRACKETED = /^\s*[（(][^（()）]*[)）]\s*$/u;

/** Opening and closing brackets and quotes a sentence leaves open when it is cut off inside them. */
const OPENERS = /[（(“「『【]/gu;
const CLOSERS = /[)）”」』】]/gu;
/** How a paragraph of sentences may end: a full stop, or punctuation that opens or closes something. */
const ENDS = /[。！？!?；;：:…）)】」』”"]$/u;

/** Every reason of a passage ("原因" and its clause, REASON) that `is` the kind: [start, end) of each. */
function reasons(is: (reason: string, end: string) => boolean): Kind['find'] {
  return (text) =>
    allMatches(REASON, text)
      .filter((m) => is(m.groups?.reason ?? '', m.groups?.end ?? ''))
      .map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

const KINDS: Record<'reason' | 'nothing' | 'instruction' | 'blank' | 'percent' | 'cut' | 'unfinished', Kind> = {
  reason: {
    zh: '所述原因不成文字（空白、字母或数字）',
    en: 'a reason that is not words (empty, letters or digits)',
    // An empty reason without its full stop may go on in the paragraphs below (a list).
    find: reasons(
      (reason, end) => !CJK.test(reason) && !/[XＸ]{2}/.test(reason) && (reason.trim() !== '' || end !== ''),
    ),
  },
  nothing: {
    zh: '所述原因并未说明原因（“无”“略”“详见附表”）',
    en: 'a reason that says nothing ("无", "略", "see the table")',
    find: reasons((reason, end) => SAYS_NOTHING.test(reason) && end !== ''),
  },
  instruction: {
    zh: '原因处只有括号中的填写说明',
    en: 'a bracketed instruction where the reason belongs',
    find: reasons((reason) => BRACKETED.test(reason)),
  },
  blank: {
    zh: '数字空缺',
    en: 'a figure left blank',
    find: (text) => allMatches(BLANK_FIGURE, text).map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]),
  },
  percent: {
    zh: '比率缺少“%”',
    en: 'a rate printed without its %',
    find: (text) => allMatches(RATE_WITHOUT_PERCENT, text).map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]),
  },
  cut: {
    zh: '句子在词语中间断开',
    en: 'a sentence cut off inside a word',
    find(text, words) {
      const out: [number, number][] = [];
      for (const m of allMatches(CUT, text)) {
        const start = m.index ?? 0;
        // Shown with the character before (the word it was cut from: "…事务经。").
        if (NEVER_LAST.has(m[1] ?? '')) out.push([Math.max(0, start - 1), start + m[0].length]);
      }
      // A paragraph (a list item too: not a heading) of 20 characters or more that stops, without its
      // stop, inside a word the document prints whole elsewhere ("…主要用于下属事业单", the document's
      // 单位 throughout; "…财政拨款的机关运", its 机关运行).
      const t = text.trimEnd();
      if (
        out.length === 0 &&
        !isSubheading(t) &&
        t.length >= CUT_MIN_CHARS &&
        !ENDS.test(t) &&
        words.fixed(t.slice(-2))
      )
        out.push([t.length - 2, t.length]);
      return out;
    },
  },
  unfinished: {
    zh: '段落在句子中间断开（没有句号，括号或引号未闭合）',
    en: 'a paragraph cut off inside a sentence (no full stop, a bracket or quote left open)',
    find(text) {
      const t = text.trimEnd();
      if (ENDS.test(t) || (t.match(OPENERS) ?? []).length <= (t.match(CLOSERS) ?? []).length) return [];
      return [[Math.max(0, t.length - 12), t.length]];
    },
  },
};

/** Prose a reader reads as sentences: the explanation, the other notes, organisation and functions. */
const PROSE = new Set(['functions', 'organization', 'explanation', 'other', 'unknown']);

const isProse = (p: Passage) => !p.heading && p.paragraph !== undefined && PROSE.has(p.sectionKind ?? '');

export const incompleteSentences: Rule = {
  id: 'document.incomplete',
  title: bi('句子完整，数字与原因写全', 'Sentences are complete: no blank figure, no empty reason'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '“主要原因是”之后是文字（不是空白、字母或数字）；“…为”“预算安排…万元”之后写明数字；增长、下降、占比写明“%”；句子不在词语中间断开',
      'a stated reason is words; a promised figure is printed; a rate carries its %; no sentence stops inside a word',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const found = new Map<Kind, { snippets: string[]; refs: Ref[] }>();
    // The document's words in its prose. Not its headings nor its tables' row names: labels go on
    // where prose stops (职业年金缴费支出 in every table, 总体情况说明 in a heading; 职业年金, 总体情况
    // ending a sentence).
    const words = new Continuations(passages(ctx).flatMap((p) => (p.heading ? [] : [p.text])));
    for (const p of passages(ctx)) {
      if (!isProse(p)) continue;
      tally.compared();
      // A paragraph cut inside a word at its end is one mistake: not also "cut inside a sentence".
      let cutAtEnd = false;
      for (const kind of Object.values(KINDS)) {
        if (kind === KINDS.unfinished && cutAtEnd) continue;
        for (const [start, end] of kind.find(p.text, words)) {
          if (kind === KINDS.cut && end >= p.text.trimEnd().length) cutAtEnd = true;
          let g = found.get(kind);
          if (!g) found.set(kind, (g = { snippets: [], refs: [] }));
          g.snippets.push(`“${p.text.slice(Math.max(0, start - 10), end + 1)}”`);
          g.refs.push(at(p, start, end));
        }
      }
    }
    for (const [kind, g] of found) {
      const n = g.snippets.length;
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `${kind.zh}${n > 1 ? `（${n}处）` : ''}：${g.snippets.slice(0, 3).join('、')}${n > 3 ? '…' : ''}`,
          `${kind.en}${n > 1 ? ` (${n})` : ''}`,
        ),
        ...(n > 3 ? { formula: bi(g.snippets.join('；')) } : {}),
        refs: g.refs,
        ...(n > 1 ? { count: n } : {}),
      });
    }
    return tally.outcome(bi('没有可读的说明文字', 'no prose to read'));
  },
};

export const fullStops: Rule = {
  id: 'document.full_stops',
  title: bi('段落以句号结束', 'Paragraphs end with a full stop'),
  section: 'document',
  severity: 'info',
  formula: () =>
    bi(
      '由句子组成的段落（含逗号、20字以上）以句号（或问号、分号、冒号）结束',
      'a paragraph of sentences (with a comma, 20 characters or more) ends with a full stop',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const snippets: string[] = [];
    const refs: Ref[] = [];
    for (const p of passages(ctx)) {
      if (!isProse(p)) continue;
      const text = p.text.trim();
      // Sentences, not a heading, a list item, a row of a list printed as a table, or a line of a form.
      if (!isSentences(text)) continue;
      tally.compared();
      if (ENDS.test(text)) continue;
      snippets.push(`“…${text.slice(-14)}”`);
      refs.push(at(p, text.length - 1, text.length));
    }
    if (snippets.length > 0)
      tally.add({
        rule: this.id,
        severity: 'info',
        message: bi(
          `${snippets.length}个段落没有以句号结束：${snippets.slice(0, 3).join('、')}${snippets.length > 3 ? '…' : ''}`,
          `${countEn(snippets.length, 'paragraph')} ${snippets.length === 1 ? 'ends' : 'end'} without a full stop`,
        ),
        ...(snippets.length > 3 ? { formula: bi(snippets.join('；')) } : {}),
        refs,
        count: snippets.length,
      });
    return tally.outcome(bi('没有由句子组成的段落', 'no paragraph of sentences'));
  },
};
