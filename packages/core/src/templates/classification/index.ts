import { compact } from '../../text/normalize.js';
import { COMPLETE_CHILDREN, ECONOMIC_SUBJECTS, FUNCTION_SUBJECTS, type SubjectEntry } from './data.js';

/**
 * Look-ups in the 政府收支分类科目 dictionary (data.ts): the name of a code in a year, the codes a name
 * stood for, whether a name is stale in a year and what replaced it, and whether the children of a
 * parent are all known (the only place a code may be called unknown). Function codes start with 2,
 * economic codes with 3; names are compared leniently (looseSubjectName).
 */

export type { CompleteChildren, SubjectEntry } from './data.js';
export { COMPLETE_CHILDREN, ECONOMIC_SUBJECTS, FUNCTION_SUBJECTS } from './data.js';
export { type ClassificationSource, SOURCES as CLASSIFICATION_SOURCES, type SourceId } from './sources.js';

export type Classification = 'function' | 'economic';

const ALL: readonly SubjectEntry[] = [...FUNCTION_SUBJECTS, ...ECONOMIC_SUBJECTS];

export const classificationOf = (code: string): Classification => (code.startsWith('3') ? 'economic' : 'function');

/** Does the entry's name hold in this budget year? Without a year: is it the name today. */
export function holdsIn(e: Pick<SubjectEntry, 'from' | 'until'>, year: number | undefined): boolean {
  if (year === undefined) return e.until === undefined;
  return (e.from ?? Number.NEGATIVE_INFINITY) <= year && year <= (e.until ?? Number.POSITIVE_INFINITY);
}

/**
 * A subject name reduced to what distinguishes it: no spaces, one bracket width, 其它 read as 其他, no
 * enumerator ("一、", "1.", "（二）"), no "其中：", no trailing ellipsis of a template placeholder.
 */
export function looseSubjectName(name: string): string {
  let loose = LOOSE.get(name);
  if (loose === undefined) {
    loose = loosen(name);
    // Printed labels repeat (each rule and each year asks of the same rows): remembered, up to a bound.
    if (LOOSE.size >= LOOSE_BOUND) LOOSE.clear();
    LOOSE.set(name, loose);
  }
  return loose;
}

/**
 * looseSubjectName's answers: a pure function of the name, so none can go stale; cleared when it
 * holds LOOSE_BOUND names, so a long-lived page does not grow it without end.
 */
const LOOSE = new Map<string, string>();
const LOOSE_BOUND = 20_000;

function loosen(name: string): string {
  return compact(name)
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/其它/g, '其他')
    .replace(/^(?:[一二三四五六七八九十百]+[、.．]|\d+[、.．]|\([一二三四五六七八九十\d]+\))/, '')
    .replace(/^其中[:：]/, '')
    .replace(/[…．.]+$/, '');
}

const BY_LOOSE_NAME = new Map<string, SubjectEntry[]>();
const BY_CODE = new Map<string, SubjectEntry[]>();
const ORDER = new Map<SubjectEntry, number>();
for (const [i, e] of ALL.entries()) {
  const key = looseSubjectName(e.name);
  BY_LOOSE_NAME.set(key, [...(BY_LOOSE_NAME.get(key) ?? []), e]);
  BY_CODE.set(e.code, [...(BY_CODE.get(e.code) ?? []), e]);
  ORDER.set(e, i);
}

/** Printed and official name agree, leniently: see looseSubjectName, and a 支出 dropped or added at the end. */
export function sameSubjectName(printed: string, official: string): boolean {
  const a = looseSubjectName(printed);
  const b = looseSubjectName(official);
  return a !== '' && (a === b || `${a}支出` === b || a === `${b}支出`);
}

/** Every name a code carried, oldest first. */
export function subjectEntries(code: string): SubjectEntry[] {
  return [...(BY_CODE.get(code) ?? [])];
}

/** The code's entry in a budget year (without a year: today's), when the dictionary knows it. */
export function subjectName(code: string, year?: number): SubjectEntry | undefined {
  return BY_CODE.get(code)?.find((e) => holdsIn(e, year));
}

export interface NamedCode {
  entry: SubjectEntry;
  /** The name holds in the year asked about (or today, without one). */
  holds: boolean;
}

/** The codes a name stood for in any year, of one classification and one code length if asked. */
export function codesNamed(
  name: string,
  options: { year?: number; classification?: Classification; length?: number } = {},
): NamedCode[] {
  const loose = looseSubjectName(name);
  if (loose === '') return [];
  // The forms sameSubjectName accepts, looked up rather than compared with every entry.
  const forms = [loose, `${loose}支出`, ...(loose.endsWith('支出') ? [loose.slice(0, -2)] : [])];
  const found = forms.flatMap((f) => BY_LOOSE_NAME.get(f) ?? []);
  if (found.length === 0) return [];
  return found
    .filter(
      (e) =>
        (options.classification === undefined || classificationOf(e.code) === options.classification) &&
        (options.length === undefined || e.code.length === options.length),
    )
    .sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0))
    .map((entry) => ({ entry, holds: holdsIn(entry, options.year) }));
}

export interface StaleName {
  code: string;
  /** The entry the printed name matches, no longer in force. */
  former: SubjectEntry;
  /** The code's name in the year asked about. */
  current: SubjectEntry;
}

/**
 * The printed name is a former name of a code in this year: it held before, the code has another name
 * now, and no code of the same classification bears the printed name in this year. Only renames the
 * dictionary records with their years are found.
 */
export function staleName(name: string, year: number, classification?: Classification): StaleName | undefined {
  const named = codesNamed(name, { year, ...(classification ? { classification } : {}) });
  if (named.length === 0 || named.some((n) => n.holds)) return undefined;
  for (const { entry } of named) {
    if (entry.until === undefined || entry.until >= year) continue;
    const current = subjectName(entry.code, year);
    if (current && !sameSubjectName(name, current.name)) return { code: entry.code, former: entry, current };
  }
  return undefined;
}

/** staleNames' answers by year: they depend on the year and the dictionary only, which never changes. */
const STALE_BY_YEAR = new Map<number, readonly StaleName[]>();

/** The names that are stale in a year, with what replaced them (for finding them in prose). */
export function staleNames(year: number): StaleName[] {
  let known = STALE_BY_YEAR.get(year);
  if (!known) {
    const out: StaleName[] = [];
    for (const former of ALL) {
      const stale = staleName(former.name, year, classificationOf(former.code));
      if (stale && stale.former === former) out.push(Object.freeze(stale));
    }
    STALE_BY_YEAR.set(year, (known = out));
  }
  // A new array of the same entries: callers sort it.
  return [...known];
}

/** Are all children of this parent in the dictionary for this year (so that another code is unknown)? */
export function childrenComplete(parent: string, year: number): boolean {
  return COMPLETE_CHILDREN.some((c) => c.parent === parent && c.from <= year && year <= c.until);
}

/** The direct children of a code that the dictionary knows in a year. */
export function knownChildren(parent: string, year: number): SubjectEntry[] {
  const length = parent.length === 3 ? 5 : parent.length + 2;
  return ALL.filter((e) => e.code.length === length && e.code.startsWith(parent) && holdsIn(e, year));
}

const classes = (list: readonly SubjectEntry[]) =>
  Object.fromEntries(list.filter((e) => e.code.length === 3 && e.until === undefined).map((e) => [e.code, e.name]));

/**
 * 政府收支分类科目: class-level (类) names of the function and economic classifications as budget tables
 * print them today. Summary tables list expenditure by class name only; these give the code.
 */
export const FUNCTION_CLASSES: Readonly<Record<string, string>> = classes(FUNCTION_SUBJECTS);
export const ECONOMIC_CLASSES: Readonly<Record<string, string>> = classes(ECONOMIC_SUBJECTS);

/**
 * Function class code of a printed class name ("社会保障和就业支出" → "208"), tolerating a missing 支出 and
 * reading a former name as its class ("医疗卫生与计划生育支出" → "210": the stale-name rule reports it).
 */
export function functionClassCode(name: string): string | undefined {
  const named = codesNamed(name, { classification: 'function', length: 3 });
  return (named.find((n) => n.holds) ?? named[0])?.entry.code;
}
