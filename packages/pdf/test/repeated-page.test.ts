import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type PositionedDocument, parsePositioned } from '@hezhang/core';
import { REAL_DIR } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { goldenTables } from '../../core/test/helpers.js';
import { extractPositioned } from '../src/node.js';

/**
 * A page printed twice (a file assembled with one of its pages twice): czj-2025-dept.pdf with p. 10, the
 * first half of its 收入预算总表, again after itself. Read as printed, each of its rows counted twice in
 * every sum they are in: ten errors, one per subject and column. A reviewer writes one: the page is
 * printed twice. The page is read once, and said once.
 */
async function positioned(name: string): Promise<PositionedDocument> {
  return extractPositioned(new Uint8Array(readFileSync(join(REAL_DIR as string, name))));
}

/** The file with each of `pages` printed again right after itself (the pages after it renumbered). */
function printedTwice(file: PositionedDocument, pages: readonly number[]): PositionedDocument {
  const out = file.pages.flatMap((p) => (pages.includes(p.page) ? [p, p] : [p]));
  return { ...file, pages: out.map((p, i) => ({ ...p, page: i + 1 })) };
}

const said = (f: { rule: string; severity: string; message: { zh: string } }) =>
  `${f.rule} ${f.severity} ${f.message.zh}`;

describe.skipIf(!REAL_DIR)('published PDFs with a page printed twice', () => {
  it('czj-2025-dept.pdf with p. 10 twice: the tables as read from the file, one warning', {
    timeout: 180_000,
  }, async () => {
    const file = await positioned('czj-2025-dept.pdf');
    const whole = parsePositioned(file, { name: 'czj-2025-dept.pdf' });
    const twice = parsePositioned(printedTwice(file, [10]), { name: 'czj-2025-dept.pdf' });
    // The same tables (pages after p. 10 one further on).
    const tables = (d: typeof whole) => JSON.stringify(goldenTables(d));
    expect(tables(twice)).toBe(tables(whole));
    const known = new Set(checkDocument(whole).findings.map((f) => `${f.rule} ${f.severity}`));
    const added = checkDocument(twice).findings.filter((f) => !known.has(`${f.rule} ${f.severity}`));
    expect(added.map(said)).toEqual(['document.pages warning 第11页重复印出第10页（只按一次核对）']);
  });

  it('wanli-2024-dept.pdf with a prose page and a table page twice: one warning naming both', {
    timeout: 180_000,
  }, async () => {
    const file = await positioned('wanli-2024-dept.pdf');
    const whole = checkDocument(parsePositioned(file, { name: 'wanli-2024-dept.pdf' }));
    const twice = checkDocument(parsePositioned(printedTwice(file, [3, 24]), { name: 'wanli-2024-dept.pdf' }));
    const rules = (r: typeof whole) =>
      r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.severity}`);
    expect([...rules(twice)].sort()).toEqual([...rules(whole), 'document.pages warning'].sort());
    expect(twice.findings.find((f) => f.rule === 'document.pages')?.message.zh).toBe(
      '第4、26页重复印出前面的页面（共2页，只按一次核对）',
    );
    // The prose page read once: no paragraph said to be printed twice.
    expect(twice.findings.filter((f) => f.rule === 'document.repeated_paragraphs')).toEqual([]);
  });

  it('swj-2025-dept.pdf with its 收入预算总表 (pp. 10–11) printed again after itself: one warning', {
    timeout: 180_000,
  }, async () => {
    const file = await positioned('swj-2025-dept.pdf');
    const whole = parsePositioned(file, { name: 'swj-2025-dept.pdf' });
    const run = file.pages.flatMap((p) => (p.page === 11 ? [p, file.pages[9], p] : [p]));
    const twice = parsePositioned(
      { ...file, pages: run.map((p, i) => ({ ...(p as typeof p & object), page: i + 1 })) },
      {
        name: 'swj-2025-dept.pdf',
      },
    );
    expect(JSON.stringify(goldenTables(twice))).toBe(JSON.stringify(goldenTables(whole)));
    const repeated = checkDocument(twice).findings.filter((f) => f.rule === 'document.pages');
    expect(repeated.map((f) => f.message.zh)).toEqual(['第12、13页重复印出前面的页面（共2页，只按一次核对）']);
  });
});

describe.skipIf(!REAL_DIR)('pages of a table out of order', () => {
  // czj-2025-dept.pdf's 收入预算总表 with its second page (210, 221, 合计) before its first: the rows
  // under no title, then the title, are one table (read as two, its sums broke: three errors).
  it('czj-2025-dept.pdf with pp. 10 and 11 swapped: no sum said broken, the order said', {
    timeout: 180_000,
  }, async () => {
    const file = await positioned('czj-2025-dept.pdf');
    const whole = checkDocument(parsePositioned(file, { name: 'x.pdf' }));
    const order = [11, 10];
    const pages = file.pages.map((p) =>
      p.page === 10 || p.page === 11
        ? { ...(file.pages[(order[p.page - 10] as number) - 1] as typeof p), page: p.page }
        : p,
    );
    const swapped = checkDocument(parsePositioned({ ...file, pages }, { name: 'x.pdf' }));
    const errors = (r: typeof whole) => r.findings.filter((f) => f.severity === 'error').map((f) => f.message.zh);
    expect(errors(swapped)).toEqual(errors(whole));
    // And the order said, once.
    expect(swapped.findings.filter((f) => f.rule === 'document.pages').map((f) => f.message.zh)).toEqual([
      '“2025年部门收入预算总表”的第10页印在其标题页（第11页）之前：页面顺序颠倒',
    ]);
    expect(swapped.checks.filter((c) => c.status === 'insufficient_data').map((c) => c.rule)).toEqual(
      whole.checks.filter((c) => c.status === 'insufficient_data').map((c) => c.rule),
    );
  });
});

describe('equal pages that are not printed twice', () => {
  it('seed-002-unruled.pdf: 支出预算总表 and 一般公共预算支出功能分类预算表 end on equal pages (pp. 6, 11), each read', {
    timeout: 60_000,
  }, async () => {
    const file = await extractPositioned(
      new Uint8Array(readFileSync(new URL('../fixtures/seed-002-unruled.pdf', import.meta.url))),
    );
    const doc = parsePositioned(file, { name: 'seed-002-unruled.pdf' });
    const rows = (kind: string) => doc.tables.find((t) => t.kind === kind)?.rows.map((r) => r.key) ?? [];
    expect(rows('general_budget_by_function')).toEqual(rows('expenditure_summary'));
    expect(rows('general_budget_by_function')).toContain('2210203');
    expect(checkDocument(doc).findings.filter((f) => f.rule === 'document.pages')).toEqual([]);
  });
});

describe.skipIf(!REAL_DIR)('a table of another document among the pages', () => {
  // swj-2025-unit's 预算单位收入预算总表 (its pp. 10–11) put after swj-2025-dept's own (pp. 10–11): read as
  // the department's table going on, every row was there twice — 30 errors, one per subject and column.
  it('swj-2025-dept.pdf with the unit’s 收入预算总表 after its own: the table twice and titled as the unit’s, no sum broken', {
    timeout: 180_000,
  }, async () => {
    const [dept, unit] = await Promise.all([positioned('swj-2025-dept.pdf'), positioned('swj-2025-unit.pdf')]);
    const inserted = unit.pages.filter((p) => p.page === 10 || p.page === 11);
    const pages = dept.pages.flatMap((p) => (p.page === 11 ? [p, ...inserted] : [p]));
    const doc = parsePositioned({ ...dept, pages: pages.map((p, i) => ({ ...p, page: i + 1 })) }, { name: 'x.pdf' });
    const revenue = doc.tables.filter((t) => t.kind === 'revenue_summary');
    expect(revenue.map((t) => t.title)).toEqual(['2025年部门收入预算总表', '2025年预算单位收入预算总表']);
    const findings = checkDocument(doc).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => [f.rule, f.message.zh])).toEqual([
      ['document.tables_present', '“2025年预算单位收入预算总表”出现了两次'],
      ['document.scope', '部门预算中有1张表的表题是单位预算的：“2025年预算单位收入预算总表”'],
    ]);
  });

  // The same numbers (the department is its 本部 alone), so no sum tells: only the title does.
  it('swj-2025-dept.pdf with the unit’s first page of 收入预算总表 in place of its own: the title said', {
    timeout: 180_000,
  }, async () => {
    const [dept, unit] = await Promise.all([positioned('swj-2025-dept.pdf'), positioned('swj-2025-unit.pdf')]);
    const pages = dept.pages.map((p) => (p.page === 10 ? { ...(unit.pages[9] as typeof p), page: 10 } : p));
    const found = checkDocument(parsePositioned({ ...dept, pages }, { name: 'x.pdf' })).findings;
    expect(found.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.severity, f.message.zh])).toEqual([
      ['document.scope', 'warning', '部门预算中有1张表的表题是单位预算的：“2025年预算单位收入预算总表”'],
    ]);
  });
});
