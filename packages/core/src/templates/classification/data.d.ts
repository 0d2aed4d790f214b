import type { SourceId } from './sources.js';
/**
 * 政府收支分类科目 as data: the function classification (支出功能分类科目: 类 3 digits, 款 5, 项 7) and the
 * economic classification of department budgets (部门预算支出经济分类科目: 类 3, 款 5), each name with
 * the budget years it held and where it comes from (sources.ts). Only names a source supports are here:
 * the 款 and 项 are those the documents print, not the whole classification, so a code missing here
 * is unknown, not wrong — except under a parent listed in COMPLETE_CHILDREN for that year.
 */
export interface SubjectEntry {
  code: string;
  name: string;
  /** First budget year the name holds (absent: held before the years these documents cover). */
  from?: number;
  /** Last budget year the name held (absent: still held). */
  until?: number;
  sources: readonly SourceId[];
}
/** A parent whose children are all listed here for the years given: only there may a code be called unknown. */
export interface CompleteChildren {
  parent: string;
  from: number;
  until: number;
  sources: readonly SourceId[];
}
export declare const FUNCTION_SUBJECTS: readonly SubjectEntry[];
export declare const ECONOMIC_SUBJECTS: readonly SubjectEntry[];
/**
 * Parents whose children are all listed above, and the years that holds for. 301/302/303: the 2024
 * final-accounts template lists every 款 of them, and no document of 2023–2026 here prints another;
 * 21011 and 22102: the documents print 01–03 (21011) and 01, 03 (22102), the rest recalled. The class
 * list itself is not marked complete: the years of the newest classes (234 and after) are not sure.
 */
export declare const COMPLETE_CHILDREN: readonly CompleteChildren[];
//# sourceMappingURL=data.d.ts.map
