import type { Section } from '../model/document.js';
import { located, problem } from '../model/problem.js';
import type { BudgetTable } from '../model/table.js';

/** An amount as a table prints it: grouped by thousands, or with its decimals. */
const AMOUNT = String.raw`-?(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2}|\d{1,3})`;

/**
 * A row of a table read as prose: a name and two amounts or more, and nothing else ("工资福利支出
 * 105,044,039 105,044,039": a total and its part). Prose does not read so (a subject listed with its
 * one amount, "一般公共服务支出 500.00", may be); a table's page whose title was clipped by its cell,
 * its header not at the page's top, gives such paragraphs.
 */
const ROW_AS_TEXT = new RegExp(String.raw`^[\u4e00-\u9fa5（）()、·：:]{2,}\s*${AMOUNT}(?:\s+${AMOUNT})+$`, 'u');

/**
 * Marks the tables some of whose rows were read as prose on their own pages: the table lacks those
 * rows, so none of its sums can be trusted (a problem with no scope: every check of the table reports
 * insufficient_data instead of a sum of the rows it has). A page shared with another table is not
 * asked (whose rows they are is not known).
 */
/** The pages of a table that no other table of the document prints on (whose text there is the table's). */
export function pagesOfItsOwn(t: BudgetTable, tables: readonly BudgetTable[]): number[] {
  return t.pages.filter((page) => !tables.some((o) => o !== t && o.pages.includes(page)));
}

export function markRowsReadAsText(tables: readonly BudgetTable[], sections: readonly Section[]): void {
  for (const t of tables) {
    const own = pagesOfItsOwn(t, tables);
    if (own.length === 0) continue;
    for (const s of sections)
      for (const p of s.paragraphs) {
        const page = p.pieces?.[0]?.page ?? p.source.page;
        if (page === undefined || !own.includes(page) || !ROW_AS_TEXT.test(p.text.trim())) continue;
        t.problems.push(located(problem('stray_content', { page, text: p.text.trim() }), { page }));
        break;
      }
  }
}
