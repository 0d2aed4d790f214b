import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePositioned, problemText } from '@hezhang/core';
import { REAL_DIR } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { extractPositioned } from '../src/node.js';

/**
 * A table's first page lost: czj-2025-dept.pdf without page 19, the page printing the title of
 * 一般公共预算基本支出经济分类预算表 and its first rows. Page 20 opens with the table's header repeated
 * (项目 | 一般公共预算基本支出 …, 经济分类科目名称 | 合计 | 人员经费 | 公用经费) and rows 302…, right after the
 * empty 国有资本经营预算 table. Those rows are the economic table's, read as its kind with a warning that
 * its title was not found and the rows before 30211 in doubt (head_lost) — not 16 "无法归入列的内容" of the
 * empty table before it (layouts-more).
 */
describe.skipIf(!REAL_DIR)('czj-2025-dept.pdf without the page of a table’s title', () => {
  it('reads the rest of the table as its kind, its title missing, and leaves the empty table before it empty', {
    timeout: 120_000,
  }, async () => {
    const file = await extractPositioned(new Uint8Array(readFileSync(join(REAL_DIR as string, 'czj-2025-dept.pdf'))));
    const lost = { ...file, pages: file.pages.filter((p) => p.page !== 19).map((p, i) => ({ ...p, page: i + 1 })) };
    const whole = parsePositioned(file, { name: 'czj-2025-dept.pdf' });
    const doc = parsePositioned(lost, { name: 'czj-2025-dept.pdf' });
    // Its first row printed is 30211, a 款: the rows before it (301 …, 302) and its 合计 are in doubt.
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([
      { code: 'head_lost', params: { page: 19 }, at: { page: 19 }, scope: { unprintedBefore: '30211' } },
    ]);
    expect(doc.tables.map((t) => t.kind)).toEqual(whole.tables.map((t) => t.kind));
    expect(doc.tables.find((t) => t.kind === 'state_capital_by_function')?.rows).toEqual([]);
    const economic = doc.tables.find((t) => t.kind === 'basic_by_economic');
    const printed = whole.tables.find((t) => t.kind === 'basic_by_economic')?.rows ?? [];
    // The rows of the pages left: the whole document's last ones, each with the same values.
    const rows = economic?.rows ?? [];
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.map((r) => [r.key, r.values])).toEqual(printed.slice(-rows.length).map((r) => [r.key, r.values]));
    expect(doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => [d.code, d.table, d.params])).toEqual([
      ['table_title_missing', 'basic_by_economic', { page: 19, title: economic?.title, first: '30211' }],
    ]);
    // The warning says why its first rows and totals are not checked.
    const warning = doc.diagnostics.find((d) => d.code === 'table_title_missing');
    expect(warning && problemText(warning).zh).toContain('首行为30211');
  });
});
