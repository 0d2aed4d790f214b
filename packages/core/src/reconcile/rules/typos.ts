import { bi, quote } from '../../model/bilingual.js';
import type { Ref } from '../../model/finding.js';
import { FUNCTION_SUBJECTS } from '../../templates/classification/index.js';
import { type Vocabulary, vocabulary } from '../../templates/vocabulary/index.js';
import { allMatches } from '../../text/matches.js';
import { type Rule, Tally } from '../rule.js';
import { at, passages, TRADITIONAL } from './document-text.js';

/**
 * Misspellings of common words, each only where its context leaves no doubt (事物 is a word of its
 * own — "新生事物" — so only 社区事物, 事物受理 and the like are 事务). Chinese usage, not a region's,
 * so the list lives here rather than in a template. Wrong words are warnings; usage slips (截止 for
 * 截至 before a date) are infos.
 */
interface Typo {
  re: RegExp;
  right: string;
  severity: 'warning' | 'info';
  /** Not a misspelling when the text after the match fits this. */
  unless?: RegExp;
  /** Found by principle (the vocabulary), not from the list: said as a likely slip. */
  likely?: boolean;
  /** The word every match of `re` begins with: a text without it is not searched. */
  word?: string;
}

/**
 * Words that 事务 closes or opens ("社区事务", "事务受理"); 事物 never does. Those before it include the
 * two characters before 事务 in the classification's subject names ("一般行政管理事务", "相关机构事务").
 */
const AFFAIRS_BEFORE = [
  ...new Set([
    ...'社区|公共|行政|日常|政务|党务|综合|机关|群众团体|团体|商贸|财政|税收|外事|统战|宣传|组织|法律|涉外|民族|宗教|侨务|档案|人大|政协|纪检|监察|人事|后勤|总务|内部|一般|其他|其它|基层|居民'.split(
      '|',
    ),
    ...FUNCTION_SUBJECTS.flatMap((e) => [...e.name.matchAll(/([\u4e00-\u9fa5]{2})事务/gu)].map((m) => m[1] ?? '')),
  ]),
].join('|');
const AFFAIRS_AFTER = '受理|管理|中心|服务|工作|支出|性工作|所|局|科|处|办理';

const TYPOS: readonly Typo[] = [
  // 事物 first, then what closes or opens it: the same matches as "(?<=BEFORE)事物|事物(?=AFTER)", but
  // the regex looks behind only where 事物 stands, not at every character.
  {
    re: new RegExp(`事物(?:(?<=(?:${AFFAIRS_BEFORE})事物)|(?=${AFFAIRS_AFTER}))`, 'gu'),
    right: '事务',
    severity: 'warning',
    word: '事物',
  },
  { re: /公务车用车/gu, right: '公务用车', severity: 'warning', word: '公务车用车' },
  { re: /帐(?=户|目|务|簿|款|本)/gu, right: '账', severity: 'info', word: '帐' },
  { re: /按装/gu, right: '安装', severity: 'warning', word: '按装' },
  { re: /布署/gu, right: '部署', severity: 'warning', word: '布署' },
  { re: /既使/gu, right: '即使', severity: 'warning', word: '既使' },
  // "截止2024年8月31日" — up to a date is 截至; 截止 is the end itself ("截止日期", "…为止").
  {
    re: /截止(?=\s*(?:到\s*)?\d{4}\s*年)/gu,
    right: '截至',
    severity: 'info',
    unless: /^[^，,。；;]{0,16}?(?:前|为止|止)/u,
    word: '截止',
  },
];

/** The list's patterns for a single test (without the global flag, so no state between tests). */
const LISTED = TYPOS.map((t) => new RegExp(t.re.source, 'u'));

/**
 * How much more often the documents print the word a slip stands for than the bar: a same-sound
 * replacement must give one of their words seen 10 times or more, a look-alike one seen 5 times; both
 * characters of a two-character word replaced (an input method's wrong pick: 游校 for 有效) one seen
 * 20 times, and in a 3-gram the documents print around it.
 */
const SAME_SOUND_MIN = 10;
const LOOK_ALIKE_MIN = 5;
const WHOLE_WORD_MIN = 20;
/**
 * A two-character sequence with one character replaced by a same-sound one (部们 for 部门, 经废 for
 * 经费) stands for one of the documents' most common words: seen this often.
 */
const SAME_SOUND_PAIR_MIN = 200;
/** A sequence the document itself prints this often is its own word (a name, a term), not a slip. */
const OWN_WORD = 3;
/**
 * A word that reaches into a sequence from outside (行经 into "经废" of 运行经废) does not hold its
 * character when a word the documents print at least this often, and OUTREAD_RATIO times as often as
 * it, takes its outside character instead (运行): the run does not read that way. The counts are of
 * the corpus' substrings, so a word the corpus prints mostly inside the other's phrases counts high
 * (行经 95, against 运行 352: 运行经费, 执行经费 hold it): three times, not ten.
 */
const OUTREAD_MIN = 50;
const OUTREAD_RATIO = 3;

interface Slip {
  start: number;
  end: number;
  wrong: string;
  right: string;
}

/**
 * Typos by principle: a sequence of two to four characters that is no word — not of these documents,
 * not of Chinese — whose near neighbour is one of the documents' words: one character printed for a
 * same-sound or look-alike one (士地 → 土地, 建筑里面 → 建筑立面), a two-character word typed by its
 * sound (更游校 → 更有效), a character left out (上一度 → 上一年度). Precision first: a character that
 * makes a word with its neighbour outside the sequence is taken as written, and so is a sequence the
 * document prints three times or more.
 */
export function slips(text: string, seen: (w: string) => number, v: Vocabulary = vocabulary()): Slip[] {
  const out: Slip[] = [];
  // The best replacement of the sequence at hand: the most frequent word, the first considered among
  // equals (`order`); reset for each sequence.
  let bestRight: string | undefined;
  let bestCount = 0;
  let bestOrder = 0;
  const consider = (right: string, min: number, order: number) => {
    const count = v.count(right);
    if (count >= min && (bestRight === undefined || count > bestCount || (count === bestCount && order < bestOrder))) {
      bestRight = right;
      bestCount = count;
      bestOrder = order;
    }
  };
  for (const m of allMatches(HAN_RUN, text)) {
    const run = m[0];
    const at = m.index ?? 0;
    const words = wordsOf(run, v);
    /** A character that makes a word with a neighbour outside [i, i + n) (one not outread: `binding`), asked once. */
    const asked = new Map<number, boolean>();
    const bound = (p: number, i: number, n: number) => {
      if ((words.from[p] as number) >= i && (words.to[p] as number) <= i + n) return false;
      const key = (p * run.length + i) * 5 + n;
      let answer = asked.get(key);
      if (answer === undefined) asked.set(key, (answer = words.binding(p, i, n)));
      return answer;
    };
    let taken = -1;
    for (let n = 4; n >= 2; n--)
      for (let i = 0; i + n <= run.length; i++) {
        if (i < taken || words.is[n]?.[i] || words.within(i, n)) continue;
        bestRight = undefined;
        // No document word one character away (the j loop would find none): only the two- and
        // three-character kinds below remain to ask about.
        const close = v.mayDiffer(run, i, n);
        if (!close && n === 4) continue;
        const w = run.slice(i, i + n);
        if (close)
          for (let j = 0; j < n; j++) {
            // A character inside a word that reaches out of the sequence is as written (4-character
            // terms aside: 建筑里面 holds the word 里面).
            // Only the documents' words one character away can be the word meant: looked up, then
            // ordered as the character's look-alikes, then its same-sound characters, are listed.
            const near = v.differingAt(w, j);
            if (near.length === 0) continue;
            if (n < 4 && bound(i + j, i, n)) continue;
            // A word of grammar at the sequence's edge before or after a word is as written: "原因是政府采购"
            // is 是 + 政府, not a slip for 市政府.
            if ((j === 0 || j === n - 1) && GRAMMAR.test(w.charAt(j)) && words.is[n - 1]?.[j === 0 ? i + 1 : i])
              continue;
            const c = w.charAt(j);
            const looks = v.lookAlike(c);
            // Two characters, one typed by its sound: only where neither makes a word with a neighbour
            // and neither is a word of grammar ("及本年度" is 及 + 本年度, not 基本).
            const pair = n === 2 && !GRAMMAR.test(w) && !bound(i, i, 2) && !bound(i + 1, i, 2);
            const sounds = n > 2 || pair ? v.sameSound(c) : [];
            for (const right of near) {
              const r = right.charAt(j);
              const look = looks.indexOf(r);
              if (look >= 0) consider(right, LOOK_ALIKE_MIN, order(j, 0, look));
              const sound = sounds.indexOf(r);
              if (sound >= 0) consider(right, n > 2 ? SAME_SOUND_MIN : SAME_SOUND_PAIR_MIN, order(j, 1, sound));
            }
          }
        // Traditional characters are the leftovers rule's (简体文本中出现繁体字), not a slip of sound.
        if (
          bestRight === undefined &&
          n === 2 &&
          !TRADITIONAL.test(w) &&
          !GRAMMAR.test(w) &&
          !bound(i, i, 2) &&
          !bound(i + 1, i, 2)
        ) {
          const before = run[i - 1] ?? '';
          const after = run[i + 2] ?? '';
          const seconds = v.sameSound(w.charAt(1));
          for (const { word: right, first } of v.pairsSoundingLike(w.charAt(0))) {
            const second = seconds.indexOf(right.charAt(1));
            if (second >= 0 && (v.inContext(before + right) || v.inContext(right + after)))
              consider(right, WHOLE_WORD_MIN, order(first, 0, second));
          }
        }
        if (bestRight === undefined && n === 3) {
          const restored = v.restored(w);
          if (restored && !bound(i, i, 3) && !bound(i + 1, i, 3) && !bound(i + 2, i, 3)) bestRight = restored;
        }
        // The document's own words are asked about last: only for a sequence that would be a slip.
        if (bestRight === undefined || seen(w) >= OWN_WORD) continue;
        out.push({ start: at + i, end: at + i + n, wrong: w, right: bestRight });
        taken = i + n;
      }
  }
  return out;
}

const HAN_RUN = /[\u4e00-\u9fa5]+/gu;

/**
 * Characters that stand alone as words of grammar (copula, particles, prepositions, conjunctions): a
 * two-character word typed by its sound gives two characters an input method picked for the
 * syllables, and these are what the sentence means where they stand ("中心是市医疗保障局下属的…" is
 * 是 + 市医疗保障局, not a slip for 实施).
 */
const GRAMMAR = /[是的了在和与及或为对将被把由从向于并而即]/u;

/** Where a candidate stands among those considered: by character, then by kind, then by place in its list. */
function order(j: number, kind: number, index: number): number {
  return (j * 2 + kind) * 0x10000 + index;
}

/**
 * The words (two to four characters) of a run of ideographs, indexed by position: `is[n][i]` whether
 * the n characters at i make one; for each character the first start and last end of the words that
 * hold it (`from` = run length, `to` = -1 when none does); `within(i, n)` whether a word holds all of
 * [i, i + n).
 */
function wordsOf(run: string, v: Vocabulary) {
  const length = run.length;
  const is: boolean[][] = [[], [], [], [], []];
  const from = new Array<number>(length).fill(length);
  const to = new Array<number>(length).fill(-1);
  /** The furthest end of a word starting at each position. */
  const reach = new Array<number>(length).fill(-1);
  for (let n = 2; n <= 4; n++)
    for (let i = 0; i + n <= length; i++) {
      if (!v.isWordAt(run, i, n)) continue;
      (is[n] as boolean[])[i] = true;
      for (let p = i; p < i + n; p++) {
        if (i < (from[p] as number)) from[p] = i;
        if (i + n > (to[p] as number)) to[p] = i + n;
      }
      if (i + n > (reach[i] as number)) reach[i] = i + n;
    }
  const within = (i: number, n: number) => {
    for (let a = Math.max(0, i + n - 4); a <= i; a++) if ((reach[a] as number) >= i + n) return true;
    return false;
  };
  /** Each word [a, a + n) holding position p. */
  const holding = function* (p: number): Generator<[number, number]> {
    for (let a = Math.max(0, p - 3); a <= p; a++)
      for (let m = Math.max(2, p - a + 1); m <= 4; m++) if (is[m]?.[a]) yield [a, m];
  };
  /**
   * Whether a word holding p reaches out of [i, i + n) and is how the run reads there: not outread by
   * a word of the documents that takes its outside characters and stays outside the sequence, printed
   * OUTREAD_RATIO times as often ("机关运行经废预算" reads 运行 + 经废, not 行经 — 经 is free to be a slip).
   */
  const binding = (p: number, i: number, n: number): boolean => {
    for (const [a, m] of holding(p)) {
      if (a >= i && a + m <= i + n) continue;
      const own = v.count(run.slice(a, a + m));
      let outread = false;
      for (let q = a; q < a + m && !outread; q++) {
        if (q >= i && q < i + n) continue;
        for (const [b, k] of holding(q)) {
          if ((b === a && k === m) || (b < i + n && b + k > i)) continue;
          const other = v.count(run.slice(b, b + k));
          if (other >= OUTREAD_MIN && other >= OUTREAD_RATIO * own) {
            outread = true;
            break;
          }
        }
      }
      if (!outread) return true;
    }
    return false;
  };
  return { is, from: from as readonly number[], to: to as readonly number[], within, binding };
}

/** Where `w` occurs in `text`, overlapping occurrences each counted. */
function occurrences(text: string, w: string): number {
  let n = 0;
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) n++;
  return n;
}

export const typos: Rule = {
  id: 'document.typos',
  title: bi('没有常见错别字', 'No misspelt common words'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '常见词语写法正确：“社区事务”“事务受理”不写作“事物”，“公务用车”不写作“公务车用车”，日期前用“截至”（提示）等',
      'common words spelt right: 事务 (not 事物) in 社区事务 or 事务受理, 公务用车, 截至 before a date (a note), …',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    // One finding per misspelling, listing every place.
    const found = new Map<string, { typo: Typo; wrong: string; snippets: string[]; refs: Ref[] }>();
    const all = passages(ctx);
    // How often the document itself prints a short sequence of ideographs (its names and terms are
    // its words): counted where it stands, overlaps included, only for the few sequences slips() asks
    // about. Passages joined by a line break, which no such sequence holds.
    const printed = all.map((p) => p.text).join('\n');
    const counted = new Map<string, number>();
    const seen = (w: string) => {
      let n = counted.get(w);
      if (n === undefined) counted.set(w, (n = occurrences(printed, w)));
      return n;
    };
    for (const p of all) {
      tally.compared();
      // Sentences only: table cells and forms are names and figures.
      if (p.paragraph && p.sectionKind !== 'tables')
        for (const slip of slips(p.text, seen)) {
          // A slip the fixed list knows is that list's finding.
          const near = p.text.slice(Math.max(0, slip.start - 6), slip.end + 6);
          if (LISTED.some((re) => re.test(near))) continue;
          const typo: Typo = { re: /$^/u, right: slip.right, severity: 'warning', likely: true };
          const id = `${slip.wrong}→${slip.right}`;
          let g = found.get(id);
          if (!g) found.set(id, (g = { typo, wrong: slip.wrong, snippets: [], refs: [] }));
          g.snippets.push(`“${p.text.slice(Math.max(0, slip.start - 8), slip.end + 8)}”`);
          g.refs.push(at(p, slip.start, slip.end));
        }
      for (const typo of TYPOS) {
        if (typo.word !== undefined && !p.text.includes(typo.word)) continue;
        for (const m of allMatches(typo.re, p.text)) {
          const start = m.index ?? 0;
          if (typo.unless?.test(p.text.slice(start + m[0].length))) continue;
          const id = `${m[0]}→${typo.right}`;
          let g = found.get(id);
          if (!g) found.set(id, (g = { typo, wrong: m[0], snippets: [], refs: [] }));
          g.snippets.push(`“${p.text.slice(Math.max(0, start - 8), start + m[0].length + 8)}”`);
          g.refs.push(at(p, start, start + m[0].length));
        }
      }
    }
    for (const g of found.values()) {
      const n = g.snippets.length;
      tally.add({
        rule: this.id,
        severity: g.typo.severity,
        message: bi(
          `“${g.wrong}”${g.typo.likely ? '疑为' : '应为'}“${g.typo.right}”${n > 1 ? `（${n}处）` : ''}：${g.snippets.slice(0, 3).join('、')}`,
          `${quote(g.wrong)} should be ${quote(g.typo.right)}${n > 1 ? ` (${n} places)` : ''}`,
        ),
        refs: g.refs,
        expected: { unit: 'text', text: g.typo.right },
        actual: { unit: 'text', text: g.wrong },
        ...(n > 1 ? { count: n } : {}),
      });
    }
    return tally.outcome();
  },
};
