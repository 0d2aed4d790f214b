import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, parsePositioned } from '@hezhang/core';
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
async function withoutPage(name: string, page: number) {
  const file = await extractPositioned(new Uint8Array(readFileSync(join(REAL_DIR as string, name))));
  const lost = { ...file, pages: file.pages.filter((p) => p.page !== page).map((p, i) => ({ ...p, page: i + 1 })) };
  const whole = checkDocument(parsePositioned(file, { name }));
  const cut = checkDocument(parsePositioned(lost, { name }));
  const said = (f: { rule: string; message: { zh: string } }) => `${f.rule} ${f.message.zh}`;
  const known = new Set(whole.findings.map(said));
  return { added: cut.findings.filter((f) => f.severity !== 'info' && !known.has(said(f))), said };
}

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

describe.skipIf(!REAL_DIR)('a table’s first page lost, the rows only conventions name', () => {
  // czj-2025-dept.pdf without p. 19: 基本支出经济分类预算表 loses its title, 301 and 302's rows; its 合计 is
  // short in three columns. Only conventions name the lost rows (a warning): with the sums folded in, the
  // finding is an error — the table as printed does not add up — not three errors beside a warning.
  it('is one error naming the rows, with the sums they leave short', { timeout: 180_000 }, async () => {
    const { added } = await withoutPage('czj-2025-dept.pdf', 19);
    const lost = added.filter((f) => f.message.zh.includes('未列出'));
    expect(lost.map((f) => [f.rule, f.severity])).toEqual([['cross_table.conventions', 'error']]);
    expect(lost[0]?.message.zh).toMatch(
      /^一般公共预算基本支出经济分类预算表未列出科目30108 .*；该表因此有3处上级科目或合计大于其所列下级之和$/,
    );
    expect(added.filter((f) => f.rule.startsWith('in_table.'))).toEqual([]);
  });
});
