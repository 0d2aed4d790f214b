/**
 * A subject as a subject line names it, read into a path of levels (class first), each with its name
 * and/or its code. The styles documents print:
 *   卫生健康支出                                       one name, any level
 *   一般公共服务支出（类）商贸事务（款）行政运行（项）   levels marked, brackets of either width
 *   公共安全支出（204类）司法（06款）行政运行（01项）    levels marked with their codes
 *   （204类）（06款）（01项）                           codes alone
 *   一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行   a hyphen-joined path
 *   2101101 行政单位医疗 / 行政单位医疗（2101101）      a whole code with a name
 * A name may hold brackets of its own ("政府办公厅（室）…"): only （类）（款）（项）, with or without
 * digits, mark a level.
 */
export interface SubjectLevel {
  /** The name as printed, spaces removed. */
  name?: string;
  /** The level's own digits as printed: 3 for a class, 2 for a 款 or 项 — or a whole code (5 or 7 digits). */
  code?: string;
  /** 1 类, 2 款, 3 项, when the text marks it or the code's length says it. */
  level?: 1 | 2 | 3;
}
export interface SubjectReference {
  levels: SubjectLevel[];
  /** The most specific name printed (or the code when no name is). */
  label: string;
  /** The whole function code, when the printed codes give one. */
  code?: string;
}
/** "（类）", "(204类)", "（06款)", "（ 01 项 ）". */
export declare const LEVEL_MARK: string;
export declare function parseSubjectReference(raw: string): SubjectReference;
//# sourceMappingURL=subject-reference.d.ts.map
