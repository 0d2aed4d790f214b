import { spanOf } from '../../claims/text.js';
import { bi, quote } from '../../model/bilingual.js';
import { compact } from '../../text/normalize.js';
import { type Rule, Tally } from '../rule.js';

/**
 * Statements that speak of the document's own year in the words the template gives
 * (`DocumentWords.ownYears`): in final accounts "上海市XX局2024年度收入支出总计…", "2024年度“三公”经费…",
 * "截至2024年12月31日", and the contents' lines ("第三部分 上海市XX局2024年度部门决算情况说明"). A year changed
 * there (a paragraph copied from last year's accounts) is an error. Headings, titles and comparisons
 * are the years rule's (document.years).
 */

const cache = new Map<string, RegExp>();
const compiled = (source: string) => {
  let re = cache.get(source);
  if (!re) cache.set(source, (re = new RegExp(source, 'gu')));
  return re;
};

export const ownYears: Rule = {
  id: 'document.own_years',
  title: bi('说明中所述年度为本文档年度', 'Statements of the document’s own year carry that year'),
  section: 'document',
  severity: 'error',
  formula: (template) => {
    const n = template.template.document.ownYears?.length ?? 0;
    return n > 0
      ? bi(
          '“YYYY年度收入支出总计”“YYYY年度无…”“截至YYYY年12月31日”等陈述本年度情况的句子和目录中，年度 = 文档年度',
          'sentences that state the year’s own figures ("YYYY年度收入支出总计", "截至YYYY年12月31日") carry the document’s year',
        )
      : bi('模板未列出', 'none in the template');
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const patterns = ctx.template.template.document.ownYears ?? [];
    const year = ctx.document.meta.year;
    if (patterns.length === 0) return tally.outcome(bi('模板未列出', 'none in the template'));
    if (!year) {
      tally.couldNotRead(bi('未能确定文档年度', "the document's year could not be determined"));
      return tally.outcome();
    }
    for (const entry of ctx.document.contents) {
      for (const source of patterns) {
        for (const m of compact(entry.text).matchAll(compiled(source))) {
          tally.compared();
          const y = Number(m[1]);
          if (y === year) continue;
          tally.add({
            rule: this.id,
            severity: 'error',
            message: bi(
              `目录“${entry.text}”写的是${y}年度，文档为${year}年度`,
              `the contents line ${quote(entry.text)} speaks of ${y}; the document is for ${year}`,
            ),
            refs: [
              {
                text: entry.text,
                ...(entry.source.page ? { page: entry.source.page } : {}),
                ...(entry.source.line ? { line: entry.source.line } : {}),
              },
            ],
            expected: { value: year, unit: 'year', text: String(year) },
            actual: { value: y, unit: 'year', text: String(y) },
          });
        }
      }
    }
    for (const [si, section] of ctx.document.sections.entries()) {
      if (section.kind !== 'explanation' && section.kind !== 'other' && section.kind !== 'organization') continue;
      for (const [pi, p] of section.paragraphs.entries()) {
        for (const source of patterns) {
          for (const m of p.text.matchAll(compiled(source))) {
            tally.compared();
            const y = Number(m[1]);
            if (y === year) continue;
            const start = m.index ?? 0;
            // Quoted to the end of its clause.
            const clause = p.text.slice(start + m[0].length).search(/[，。；,;]/u);
            const end = Math.min(p.text.length, start + m[0].length + (clause < 0 ? 20 : Math.min(clause, 30)));
            tally.add({
              rule: this.id,
              severity: 'error',
              message: bi(
                `“${p.text.slice(start, end)}”写的是${y}年度，文档为${year}年度`,
                `${quote(p.text.slice(start, end))} speaks of ${y}; the document is for ${year}`,
              ),
              refs: [{ ...spanOf(p, si, pi, start, end), text: p.text.slice(start, end) }],
              expected: { value: year, unit: 'year', text: String(year) },
              actual: { value: y, unit: 'year', text: String(y) },
            });
          }
        }
      }
    }
    return tally.outcome(bi('文中没有陈述本年度情况的年份', 'no statement of the own year'));
  },
};
