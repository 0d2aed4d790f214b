import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type PositionedPage, parsePositioned } from '@hezhang/core';
import { REAL_DIR } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { extractPositioned } from '../src/node.js';

/**
 * A page lost from a published file (a volunteer's download cut short, a page left out when the PDF
 * was assembled): czj-2025-dept.pdf without page 11, the second half of its 收入预算总表 — its 合计 row
 * and the classes 210 and 221. Every identity per code needed those rows: 17 errors, one per subject
 * and identity. A reviewer writes one: the table lacks its 合计 and two classes.
 */
/** What a file says, and says without one of its pages, beyond what it says whole (infos aside). */
async function withoutPage(name: string, page: number, plant = (pages: PositionedPage[]) => pages) {
  const path = name.includes('/') ? new URL(name, import.meta.url) : join(REAL_DIR as string, name);
  const file = await extractPositioned(new Uint8Array(readFileSync(path)));
  const kept = file.pages.filter((p) => p.page !== page).map((p, i) => ({ ...p, page: i + 1 }));
  const lost = { ...file, pages: plant(kept) };
  const whole = checkDocument(parsePositioned(file, { name }));
  const read = parsePositioned(lost, { name });
  const cut = checkDocument(read);
  const said = (f: { rule: string; message: { zh: string } }) => `${f.rule} ${f.message.zh}`;
  const known = new Set(whole.findings.map(said));
  return { added: cut.findings.filter((f) => f.severity !== 'info' && !known.has(said(f))), said, read };
}

/** The first item printing `text` on page `page`, printed `as` instead: a mistake planted in a row. */
const planted = (page: number, text: string, as: string) => (pages: PositionedPage[]) =>
  pages.map((p) => {
    if (p.page !== page) return p;
    const first = p.items.findIndex((it) => it.text === text);
    return { ...p, items: p.items.map((it, k) => (k === first ? { ...it, text: as } : it)) };
  });

describe.skipIf(!REAL_DIR)('published PDFs with a page of a table lost', () => {
  it('czj-2025-dept.pdf without p. 11: one finding naming the rows the table lacks', { timeout: 180_000 }, async () => {
    const { added, said } = await withoutPage('czj-2025-dept.pdf', 11);
    expect(added.map(said)).toEqual([
      'cross_table.identities 收入预算总表未列出合计行、科目210 卫生健康支出、科目221 住房保障支出（连同下级科目共8行），而其他表列有数额',
    ]);
    expect(added[0]?.formula?.zh.split('；')).toHaveLength(6);
  });

  // 万里街道's 一般公共预算支出表 without its third page: ten subjects the text lists lose their rows (18
  // errors before: each subject "differs from 0.00", the table's sums short in every column, the
  // conventions naming the same rows). A reviewer writes two: the table lacks rows, the text's
  // subjects have none.
  it('wanli-2024-dept.pdf without p. 24: the text’s subjects without rows, and the rows the table lacks', {
    timeout: 180_000,
  }, async () => {
    const { added } = await withoutPage('wanli-2024-dept.pdf', 24);
    expect(added.map((f) => [f.rule, f.severity])).toEqual([
      ['prose.subjects', 'error'],
      ['cross_table.identities', 'error'],
    ]);
    expect(added[0]?.message.zh).toMatch(/^文字所列10个科目“行政单位离退休”24\.31万元、.*中没有对应的行$/);
    expect(added[1]?.message.zh).toMatch(
      /^一般公共预算支出功能分类预算表未列出科目2080501 行政单位离退休、.*；该表因此有\d+处上级科目或合计大于其所列下级之和$/,
    );
  });
});

describe.skipIf(!REAL_DIR)('a table’s first page lost, the table found by its header', () => {
  // czj-2025-dept.pdf without p. 19: 基本支出经济分类预算表 loses its title, its 301 rows and 302's first;
  // p. 20 prints its header and opens with 30211, a 款 — no table of subjects opens so. The rows it does
  // not print (30108 …, 301, 302) and its 合计 are in doubt: one reading problem, not the table's rows
  // "missing" and its sums short (an error and two warnings before). A mistake in the rows printed is found.
  it('is one head_lost reading problem, no finding on the rows lost', { timeout: 180_000 }, async () => {
    const { added, read } = await withoutPage('czj-2025-dept.pdf', 19);
    expect(read.tables.flatMap((t) => t.problems)).toEqual([
      { code: 'head_lost', params: { page: 19 }, at: { page: 19 }, scope: { unprintedBefore: '30211' } },
    ]);
    expect(added).toEqual([]);
  });

  it('still finds a mistake in the rows printed', { timeout: 180_000 }, async () => {
    // 30211 差旅费: 合计 20,000.00 = 人员经费 0.00 + 公用经费 20,000.00, its 合计 printed 21,000.00.
    const { added } = await withoutPage('czj-2025-dept.pdf', 19, planted(19, '20,000.00', '21,000.00'));
    const said = added.map((f) => `${f.rule} ${f.message.zh}`);
    expect(said).toEqual([
      'in_table.composition 一般公共预算基本支出经济分类预算表：30211 差旅费的“合计”不等于人员经费、公用经费之和',
    ]);
  });
});

describe('a draft’s table found by its header, its first page lost', () => {
  // pages-repeated-header.pdf without p. 9: 一般公共预算支出功能分类预算表's title, 合计 and first rows
  // (201 …, 208 …, 210 to 21011). P. 10 prints the header and opens with 2101301, a 项. Before: one error
  // naming 11 rows "not listed" and 3 sums short. After: one head_lost, no finding.
  const file = '../fixtures/layouts/pages-repeated-header.pdf';
  it('is one head_lost reading problem, no finding on the rows lost', { timeout: 120_000 }, async () => {
    const { added, read } = await withoutPage(file, 9);
    expect(read.tables.flatMap((t) => t.problems.map((p) => [t.kind, p]))).toEqual([
      [
        'general_budget_by_function',
        { code: 'head_lost', params: { page: 9 }, at: { page: 9 }, scope: { unprintedBefore: '2101301' } },
      ],
    ]);
    expect(added).toEqual([]);
  });

  it('still finds a mistake in the rows printed', { timeout: 120_000 }, async () => {
    // 2101301 城乡医疗救助: 合计 11,143,200 = 项目支出 11,143,200, its 合计 printed 11,143,300.
    const { added, said } = await withoutPage(file, 9, planted(9, '11,143,200', '11,143,300'));
    expect(added.map(said)).toEqual([
      'in_table.composition 一般公共预算支出功能分类预算表：2101301 城乡医疗救助的“合计”印作11,143,300元，它所在的2个勾稽关系都要求它为11,143,200元',
    ]);
  });
});
