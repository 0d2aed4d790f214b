import { type SubjectEntry } from './data.js';

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
export declare const classificationOf: (code: string) => Classification;
/** Does the entry's name hold in this budget year? Without a year: is it the name today. */
export declare function holdsIn(e: Pick<SubjectEntry, 'from' | 'until'>, year: number | undefined): boolean;
/**
 * A subject name reduced to what distinguishes it: no spaces, one bracket width, 其它 read as 其他, no
 * enumerator ("一、", "1.", "（二）"), no "其中：", no trailing ellipsis of a template placeholder.
 */
export declare function looseSubjectName(name: string): string;
/** Printed and official name agree, leniently: see looseSubjectName, and a 支出 dropped or added at the end. */
export declare function sameSubjectName(printed: string, official: string): boolean;
/** Every name a code carried, oldest first. */
export declare function subjectEntries(code: string): SubjectEntry[];
/** The code's entry in a budget year (without a year: today's), when the dictionary knows it. */
export declare function subjectName(code: string, year?: number): SubjectEntry | undefined;
export interface NamedCode {
  entry: SubjectEntry;
  /** The name holds in the year asked about (or today, without one). */
  holds: boolean;
}
/** The codes a name stood for in any year, of one classification and one code length if asked. */
export declare function codesNamed(
  name: string,
  options?: {
    year?: number;
    classification?: Classification;
    length?: number;
  },
): NamedCode[];
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
export declare function staleName(name: string, year: number, classification?: Classification): StaleName | undefined;
/** The names that are stale in a year, with what replaced them (for finding them in prose). */
export declare function staleNames(year: number): StaleName[];
/** Are all children of this parent in the dictionary for this year (so that another code is unknown)? */
export declare function childrenComplete(parent: string, year: number): boolean;
/** The direct children of a code that the dictionary knows in a year. */
export declare function knownChildren(parent: string, year: number): SubjectEntry[];
/**
 * 政府收支分类科目: class-level (类) names of the function and economic classifications as budget tables
 * print them today. Summary tables list expenditure by class name only; these give the code.
 */
export declare const FUNCTION_CLASSES: Readonly<Record<string, string>>;
export declare const ECONOMIC_CLASSES: Readonly<Record<string, string>>;
/**
 * Function class code of a printed class name ("社会保障和就业支出" → "208"), tolerating a missing 支出 and
 * reading a former name as its class ("医疗卫生与计划生育支出" → "210": the stale-name rule reports it).
 */
export declare function functionClassCode(name: string): string | undefined;
//# sourceMappingURL=index.d.ts.map
