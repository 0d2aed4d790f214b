/**
 * The vocabulary of budget tables, each kind of token defined once: amounts, blank placeholders,
 * subject codes (alone, spaced, or fused with their name), enumerators, totals, years, ideographs, and
 * the header words a template lists. Every reader — the PDF word stage, the line kinds of segmentation
 * and row banding, the row readers of text tables — classifies a token here, so that "is this a code",
 * "is this blank" or "does this label open a row" has one answer.
 *
 * Texts are normalised (text/normalize) before they come here; token functions take one token (no
 * spaces inside, except where they say so), label functions take a label with its spaces removed.
 */

// ── patterns (the only definitions) ──────────────────────────────────────────────────────────────

/**
 * A printed amount: optional sign, digits with or without thousands separators, optional decimals; or a
 * negative one in parentheses, "(1,234.00)", "(600)" (accounting number formats) — with a separator,
 * decimals or three digits at least, so that an enumerator "(1)" or "(12)" is none.
 */
export const AMOUNT =
  /^(?:([-−－]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|[(（](\d{1,3}(?:,\d{3})+|\d+(?=\.)|\d{3,})(?:\.(\d+))?[)）])$/;
/**
 * A placeholder a table prints in a blank cell ("-" of the accounting format, "—", "－", "/"), or an
 * ellipsis a template prints for rows left out ("……").
 */
const PLACEHOLDER = /^(?:-+|—+|－+|\/|…+|\.{3,})$/;
/** A subject code: 类 (3 digits), or 类 with 款 (5) or 款 and 项 (7) run together. */
const CODE = /^\d{3}(?:\d{2}){0,2}$/;
/** A 款 or 项 code in a column of its own: two digits, one where a spreadsheet stored "05" as the number 5. */
const CODE_PART = /^\d{1,2}$/;
/** Codes spaced in one cell: "208 05 05". */
const SPACED_CODES = /^(\d{3})(?:\s+(\d{1,2}))?(?:\s+(\d{1,2}))?$/;
/** A code fused with its name: "20805行政事业单位养老支出" (not a year: "2024年…"; not digits going on). */
const CODE_NAME = /^(\d{3}(?:\d{2}){0,2})([^\d年,.，．\s].*)$/;
/** Enumerators that open a label or a heading: "一、", "1.", "1、", "（一）", "(1)" (a digit after "1." makes a number). */
const CHINESE_ENUMERATOR = '[一二三四五六七八九十]+、';
const DIGIT_ENUMERATOR = '\\d+[.、．]';
const PAREN_ENUMERATOR = '[（(][一二三四五六七八九十\\d]+[)）]';
const ENUMERATOR_SOURCE = `(?:${CHINESE_ENUMERATOR}|${DIGIT_ENUMERATOR}(?!\\d)|${PAREN_ENUMERATOR})`;
const ENUMERATOR = new RegExp(`^${ENUMERATOR_SOURCE}`);
/** An enumerator after text that does not end a clause: a second name run into the first ("一、财政拨款收入1. 一般…"). */
const SECOND_ENUMERATOR = new RegExp(`[^\\d一二三四五六七八九十、.．（(]${ENUMERATOR_SOURCE}\\p{Script=Han}`, 'u');
/** List markers before an entry of a contents page: an enumerator, a bullet, "第一". */
const LIST_MARKER = new RegExp(
  `^(?:[-•·]|${CHINESE_ENUMERATOR}|${DIGIT_ENUMERATOR}|[（(]?[一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\\d]+)`,
);
/** A year opening a header or a label: "2025年", "2024年度". */
const YEAR = /^\d{4}年度?/;
/** Totals: the table's (合计, 总计), a side's (收入总计, 支出合计 …), a year's (本年收入合计 …). */
const TOTAL = /^(?:本年)?(?<side>收入|支出)?(?:合计|总计)$/;
/** A label opening the rows of one side of a final account's summary ("本年收入", "本年支出合计"). */
const YEAR_SIDE = /^本年(?:收入|支出)/;
/** Ideographs and full-width punctuation. */
const IDEOGRAPH = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;
const IDEOGRAPH_ONLY = /^\p{Script=Han}$/u;
/** Digits, separators and signs only: an amount, or numbers that make none ("1,000.002,000.00"). */
const NUMERIC = /^[-\d,.]*\d[-\d,.]*$/;
/** Sentence punctuation: a text holding it is prose, never a table's name. */
const SENTENCE_MARK = /[。，；：:;,!?！？]/;

// ── tokens ───────────────────────────────────────────────────────────────────────────────────────

/**
 * What a token is by its characters alone. Where it goes (a code column, a value column, a label) is
 * the reader's decision from the token's place; a bare integer ("302", "05", "278487424") may be a
 * code or an amount, and says so.
 * - `blank`: a placeholder printed in a blank cell;
 * - `amount`: an amount with separators or decimals ("1,000", "0.00");
 * - `integer`: digits only;
 * - `numeric`: digits and separators that make no amount (two cells' numbers run together);
 * - `code_name`: a code fused with its name;
 * - `total`: 合计, 总计, 收入总计 …;
 * - `text`: anything else (a name, a header word, prose).
 */
export type TokenKind = 'blank' | 'amount' | 'integer' | 'numeric' | 'code_name' | 'total' | 'text';

export function tokenKind(token: string): TokenKind {
  if (PLACEHOLDER.test(token)) return 'blank';
  if (AMOUNT.test(token)) return /^[-−－]?\d+$/.test(token) ? 'integer' : 'amount';
  if (NUMERIC.test(token) && !ENUMERATOR.test(token)) return 'numeric';
  if (CODE_NAME.test(token)) return 'code_name';
  if (TOTAL.test(token)) return 'total';
  return 'text';
}

/** True when the text looks like a printed amount (bare integers included). */
export function isAmountText(text: string): boolean {
  return AMOUNT.test(text);
}

/** A number token: an amount or an integer. */
export function isNumberKind(kind: TokenKind): boolean {
  return kind === 'amount' || kind === 'integer';
}

/** A value token of a value column: an amount, an integer, a blank placeholder. */
export function isValueKind(kind: TokenKind): boolean {
  return kind === 'amount' || kind === 'integer' || kind === 'blank';
}

/** What an empty table prints in place of its rows: "无" alone on its line (its note below it). */
export function isNoneRow(text: string): boolean {
  return text.replace(/[\s\u3000]+/g, '') === '无';
}

/** An empty cell's text: nothing, or a placeholder. */
export function isBlankText(text: string): boolean {
  const t = text.trim();
  return t === '' || PLACEHOLDER.test(t);
}

/** An amount that is zero ("0", "0.00", "0.0000"): a blank cell where a sheet prints zeros for blanks. */
export function isZeroText(text: string): boolean {
  return /^[-−－]?0+(?:\.0+)?$/.test(text);
}

/** A value cell that holds nothing: blank, a placeholder, or a zero (a row a sheet pads its table with prints these). */
export function isEmptyValue(text: string): boolean {
  return isBlankText(text) || isZeroText(text.trim());
}

/** An amount ending in its decimals ("312.45"): no digit can continue it. */
export function endsInDecimals(text: string): boolean {
  return /\d\.\d{2}$/.test(text);
}

/** Text that starts with a digit: a number or a code. */
export function startsWithDigit(text: string): boolean {
  return /^\d/.test(text);
}

// ── codes ────────────────────────────────────────────────────────────────────────────────────────

/** A code token: 类 or fused 类款项 ("208", "20805", "2080505"). */
export function isCode(token: string): boolean {
  return CODE.test(token);
}

/** A 款 or 项 code printed in its own column ("05", or "5" stored as a number). */
export function isCodePart(token: string): boolean {
  return CODE_PART.test(token);
}

/** A code token of either kind. */
export function isCodeToken(token: string): boolean {
  return CODE.test(token) || CODE_PART.test(token);
}

/** A bare number shaped like a subject code: 2 or 3 digits (类/款/项 in columns of their own), 5 or 7. */
export function isCodeShaped(token: string): boolean {
  return /^(?:\d{2,3}|\d{5}|\d{7})$/.test(token);
}

/** A row's number as a 序号 column prints it: 1 to 9999, no leading zero (a code's "01" is no row number). */
export const ROW_NUMBER = /^[1-9]\d{0,3}$/;

/**
 * A row's codes without a row number printed before its class code ("1 301": a 序号 column the reader
 * took for a code column): no code part comes before the three-digit class.
 */
export function withoutRowNumber(codes: readonly string[]): readonly string[] {
  return codes.length > 1 && ROW_NUMBER.test(codes[0] ?? '') && codes[1]?.length === 3 ? codes.slice(1) : codes;
}

/** A code part padded to two digits: "5" → "05" (a spreadsheet that stored 05 as a number). */
export function codePart(token: string): string {
  return token.length === 1 ? `0${token}` : token;
}

/** A code fused with its name: ["20805", "行政事业单位养老支出"]; undefined otherwise. */
export function codeAndName(token: string): [string, string] | undefined {
  const m = CODE_NAME.exec(token);
  return m ? [m[1] as string, m[2] as string] : undefined;
}

/** Codes spaced in one cell ("208 05 05") or fused ("2080505"), as their parts; undefined otherwise. */
export function codeParts(text: string): string[] | undefined {
  const t = text.trim();
  if (CODE.test(t)) return t.match(/^\d{3}|\d{2}/g) ?? undefined;
  const m = SPACED_CODES.exec(t);
  return m ? m.slice(1).filter((p): p is string => p !== undefined) : undefined;
}

/** A label led by a code (not a year, not an amount: "500.00", "300,000"): "208 05 05 行政运行", "2080505", "20805行政…". */
export function isCodeLed(label: string): boolean {
  return /^\d{3}(?:\d{2}){0,2}(?:[^\d年.,]|$)/.test(label);
}

// ── labels ───────────────────────────────────────────────────────────────────────────────────────

/** A label that starts with an enumerator ("一、", "1.", "（一）"). */
export function isEnumerated(label: string): boolean {
  return ENUMERATOR.test(label);
}

/** The label without its enumerator: "一、财政拨款收入" → "财政拨款收入". */
export function stripEnumerator(label: string): string {
  return label.replace(ENUMERATOR, '');
}

/** Two names run together: a second enumerator after text ("一、财政拨款收入1. 一般公共预算资金"). */
export function hasSecondEnumerator(label: string): boolean {
  return SECOND_ENUMERATOR.test(label);
}

/** A list marker before a contents entry or a title ("一、", "1.", "•", "第三"). */
export function isListMarked(text: string): boolean {
  return LIST_MARKER.test(text);
}

export type TotalSide = 'table' | 'income' | 'expenditure';

/** Which total a label is: the table's (合计, 总计), or a side's (收入总计, 支出合计); undefined otherwise. */
export function totalOf(label: string): TotalSide | undefined {
  const m = TOTAL.exec(label);
  if (!m) return undefined;
  const side = m.groups?.side;
  return side === '收入' ? 'income' : side === '支出' ? 'expenditure' : 'table';
}

/** A label that opens a side of a summary table's rows by its words: a side's total, 本年收入/本年支出…. */
export function opensSide(label: string): boolean {
  const total = totalOf(label);
  return (total !== undefined && total !== 'table') || YEAR_SIDE.test(label);
}

/** The text without a leading year: "2025年预算数" → "预算数". */
export function stripYear(text: string): string {
  return text.replace(YEAR, '');
}

/** Text that opens with a year ("2024年“三公”经费预算数"). */
export function startsWithYear(text: string): boolean {
  return YEAR.test(text);
}

/** Text with sentence punctuation: prose, never a table's name. */
export function hasSentenceMark(text: string): boolean {
  return SENTENCE_MARK.test(text);
}

/** Ideographs (or full-width punctuation) on both sides of a break: a space there only spreads text. */
export function ideographsMeet(before: string, after: string): boolean {
  return IDEOGRAPH.test(before.slice(-1)) && IDEOGRAPH.test(after.slice(0, 1));
}

/** One ideograph alone: what letter-spacing ("合　　计", "项 … 目") leaves of a word. */
export function isSingleIdeograph(text: string): boolean {
  return IDEOGRAPH_ONLY.test(text);
}

// ── text run together ────────────────────────────────────────────────────────────────────────────

/** The first group of an amount whose thousands are set apart by spaces: a sign, one to three digits. */
const LEAD_GROUP = /^[-−－]?[1-9]\d{0,2}$/;
/** A following group: three digits, the last one with its decimals. */
const NEXT_GROUP = /^\d{3}(?:\.\d+)?$/;

/**
 * Thousands set apart by spaces ("1 234 567.89", U+00A0, the thin U+2009 and narrow U+202F of ISO and
 * European number formats): tokens that make one amount, written with the separator this lexicon reads
 * ("1,234,567.89"); undefined unless every token is a group (a lead of 1–3 digits, then groups of three,
 * decimals only on the last).
 */
export function spaceGrouped(tokens: readonly string[]): string | undefined {
  const [lead, ...rest] = tokens;
  if (lead === undefined || rest.length === 0 || !LEAD_GROUP.test(lead)) return undefined;
  if (!rest.every((t, i) => NEXT_GROUP.test(t) && (i === rest.length - 1 || !t.includes('.')))) return undefined;
  return [lead, ...rest].join(',');
}

/** A token that may open an amount whose thousands are set apart by spaces. */
export function isLeadGroup(token: string): boolean {
  return LEAD_GROUP.test(token);
}

/** A token that may continue one: three digits (its decimals end the amount). */
export function isNextGroup(token: string): boolean {
  return NEXT_GROUP.test(token);
}

/**
 * An amount glued to a label (two cells an extractor or a producer ran together): "257,585,000合计",
 * "96,282,213.44二、社会保障和就业支出", "0三、住房保障支出" (a bare number only before a total or an
 * enumerator), "合计257,585,000" — as two parts; undefined otherwise. A date ("2024年12月31日") is no
 * label glued to a number.
 */
export function gluedParts(text: string): [string, string] | undefined {
  const lead =
    /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}|\d+(?=(?:本年)?(?:收入|支出)?(?:合计|总计)|[一二三四五六七八九十]+、))([^\d,.\s].*)$/.exec(
      text,
    );
  if (lead?.[1] && lead[2]) return [lead[1], lead[2]];
  const trail = /^(.*?[^\d,.\s])(\d{1,3}(?:,\d{3})+(?:\.\d+)?)$/.exec(text);
  if (trail?.[1] && trail[2] && !/[年月日号]$/.test(trail[1])) return [trail[1], trail[2]];
  return undefined;
}

/**
 * An amount in two decimals glued to the three digits of a 类 code after it ("0.31310": 0.31 of one
 * block's row, then 310 资本性支出 of the block printed beside it, no padding between the cells): as
 * two parts; undefined otherwise. No amount prints five decimals.
 */
export function amountCodeParts(text: string): [string, string] | undefined {
  const m = /^(\d{1,3}(?:,\d{3})+\.\d{2}|\d+\.\d{2})(\d{3})$/.exec(text);
  return m?.[1] && m[2] ? [m[1], m[2]] : undefined;
}

/**
 * Where digits that make no amount can be cut into two amounts printed alike — no leading zero, no
 * separator missing, the same decimals ("1,000.00" + "500.00"): two neighbouring cells run together.
 * Every such cut, as the index of the second amount's first character.
 */
export function amountCuts(text: string): number[] {
  const decimals = (t: string) => /\.(\d+)$/.exec(t)?.[1]?.length ?? 0;
  const wellFormed = (t: string) => AMOUNT.test(t) && !/^0\d/.test(t) && !/^\d{4,}/.test(t.replace(/\..*$/, ''));
  const cuts: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const [left, right] = [text.slice(0, i), text.slice(i)];
    if (wellFormed(left) && wellFormed(right) && decimals(left) === decimals(right)) cuts.push(i);
  }
  return cuts;
}

// ── header words (a template's, given as data) ───────────────────────────────────────────────────

/** Code-column headers printed inside the first data row of some tables (类 / 款 / 项). */
export const CODE_HEADERS: ReadonlySet<string> = new Set(['类', '款', '项']);
/** Headers of a column numbering the rows: 序号 (a list's number), 行次 and 栏次 (final accounts' line numbers). */
export const ORDINAL_HEADERS: ReadonlySet<string> = new Set(['序号', '行次', '栏次']);
/** Header words any table may print, naming no column of its own: the code parts, the row numbers. */
export const GENERIC_HEADER_WORDS: readonly string[] = [...CODE_HEADERS, ...ORDINAL_HEADERS];

/** Longer header cells are prose or notes. */
const MAX_HEADER_CELL = 48;
/** Longest header word tried when a cell is cut into words. */
const MAX_HEADER_WORD = 16;

/**
 * A set of header words with every piece a wrapped cell may print of them: any part of a word, a
 * word's start, a word's end. Built once per set (a compiled table's), asked for every cell of every line.
 */
interface HeaderVocabulary {
  words: ReadonlySet<string>;
  parts: ReadonlySet<string>;
  starts: ReadonlySet<string>;
  ends: ReadonlySet<string>;
}

const vocabularies = new WeakMap<ReadonlySet<string>, HeaderVocabulary>();

function headerVocabulary(words: ReadonlySet<string>): HeaderVocabulary {
  const hit = vocabularies.get(words);
  if (hit) return hit;
  const parts = new Set<string>();
  const starts = new Set<string>();
  const ends = new Set<string>();
  for (const word of words)
    for (let from = 0; from < word.length; from++)
      for (let to = from + 1; to <= word.length; to++) {
        const piece = word.slice(from, to);
        parts.add(piece);
        if (from === 0) starts.add(piece);
        if (to === word.length) ends.add(piece);
      }
  const vocabulary = { words, parts, starts, ends };
  vocabularies.set(words, vocabulary);
  return vocabulary;
}

/**
 * A header cell as the template's words make it: `word` (one or several header words run together,
 * "项目经济分类科目名称", a year before them allowed), `wrapped` (the same where the first piece may be
 * the end of a word wrapped in its cell and the last the start of one: "称", "本年收入合"), else undefined.
 */
export function headerCell(text: string, words: ReadonlySet<string>): 'word' | 'wrapped' | undefined {
  const t = stripYear(text);
  if (t === '') return undefined;
  const vocabulary = headerVocabulary(words);
  // Every piece is a header word or a part of one, joined at most by a join: a character no header
  // word has (most of a row's name, of prose) makes no header text.
  for (let i = 0; i < t.length; i++) {
    const unit = t[i] as string;
    if (!vocabulary.parts.has(unit) && !HEADER_JOIN.test(unit)) return undefined;
  }
  if (words.has(t) || cutInto(t, (piece) => words.has(piece)) || joinedWords(t, vocabulary)) return 'word';
  if (t.length > MAX_HEADER_CELL) return undefined;
  const piece = (p: string, first: boolean, last: boolean) =>
    words.has(p) ||
    (first && last && vocabulary.parts.has(p)) ||
    (first && vocabulary.ends.has(p)) ||
    (last && vocabulary.starts.has(p));
  return cutInto(t, piece, true) ? 'wrapped' : undefined;
}

/** What joins two header words in one cell: "科目编码及名称", "编码/名称", "科目编码、名称". */
const HEADER_JOIN = /[及和与、/]/;

/**
 * Header words joined in one cell ("功能分类科目编码及名称"): the part before the first join header
 * words run together, each part after it a header word or the end of one, its shared head said once
 * (名称 for 科目名称). A name of a row is never this: its parts are no header words.
 */
function joinedWords(text: string, { words, ends }: HeaderVocabulary): boolean {
  const [first = '', ...rest] = text.split(HEADER_JOIN);
  if (rest.length === 0 || !cutInto(first, (piece) => words.has(piece))) return false;
  return rest.every((p) => p.length >= 2 && (words.has(p) || ends.has(p)));
}

/** Can the text be cut into pieces that each pass? (dynamic programming over prefixes) */
function cutInto(
  text: string,
  passes: (piece: string, first: boolean, last: boolean) => boolean,
  long = false,
): boolean {
  const ok: boolean[] = [true];
  for (let end = 1; end <= text.length; end++) {
    ok[end] = false;
    const from = long ? 0 : Math.max(0, end - MAX_HEADER_WORD);
    for (let start = from; start < end && !ok[end]; start++)
      ok[end] = ok[start] === true && passes(text.slice(start, end), start === 0, end === text.length);
  }
  return ok[text.length] === true;
}

/** Words that letter-spacing may spread over a cell whatever the template: the totals. */
export const TOTAL_WORDS: readonly string[] = [
  '合计',
  '总计',
  '收入总计',
  '支出总计',
  '收入合计',
  '支出合计',
  '本年收入合计',
  '本年支出合计',
];
