import type { Bilingual } from '../model/bilingual.js';
import { type BudgetDocument, SectionKind } from '../model/document.js';

/**
 * Whether a file that was read is a budget document at all — the one decision the CLI, the page and
 * the extension make after reading and before checking. A note or a letter decodes as text and reads
 * into a document with nothing in it but a "cover" of loose paragraphs; checking it would report a
 * budget that "could not be fully checked" and exit 0. A budget holds at least one of its tables, or
 * one of the parts its text is made of (目录, 主要职能, 机构设置, 名词解释, 编制说明, 其他相关情况说明,
 * 项目经费情况说明): a budget whose tables could not be read is still a budget, checked in part, and its
 * report says what could not be read.
 */

/** Sections only a budget document's text has: every kind but a cover and unrecognised headings (they prove nothing). */
const BUDGET_PARTS: ReadonlySet<SectionKind> = new Set(
  SectionKind.options.filter((kind) => kind !== 'cover' && kind !== 'unknown'),
);

export interface DocumentRefusal {
  code: 'not_budget';
  reason: Bilingual;
}

export const NOT_BUDGET: DocumentRefusal = {
  code: 'not_budget',
  reason: {
    zh: '不是预算文件：没有找到预算表格，也没有预算文件的任何部分（目录、主要职能、编制说明等）',
    en: 'not a budget document: no budget table and none of the parts of a budget (contents, functions, explanation …) were found',
  },
};

/** Why a document read from a file is not checked, or undefined when it is a budget document. */
export function budgetRefusal(document: Pick<BudgetDocument, 'tables' | 'sections'>): DocumentRefusal | undefined {
  if (document.tables.length > 0) return undefined;
  if (document.sections.some((s) => BUDGET_PARTS.has(s.kind))) return undefined;
  return NOT_BUDGET;
}
