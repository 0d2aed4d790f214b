import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BudgetDocument,
  checkDocument,
  type PositionedDocument,
  parsePositioned,
  parsePositionedParts,
} from '@hezhang/core';
import { HAS_QPDF, REAL_DIR } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { goldenTables } from '../../core/test/helpers.js';
import { extractPositioned, readBudgetDocuments } from '../src/node.js';
import { FIXTURES } from './pdf-files.js';

/**
 * A file of several documents (core's recognize/documents.ts): a department's budget with its unit's
 * after it, two years of one department, published as one PDF. Read as one document, the second's
 * tables went on from the first's (two years of 万里街道: 139 errors, 58 warnings; the department and
 * its 本部: ten warnings of tables "printed twice"). Each is now read on its own pages, exactly as when
 * published alone; `parsePositioned` gives the first and says the rest was not checked.
 */

if (!HAS_QPDF) console.warn('skipping the qpdf-joined seeds test: qpdf not found');

const positioned = async (path: string) => extractPositioned(new Uint8Array(readFileSync(path)));

/** The PDFs' pages one after another, numbered as one file (what `qpdf --pages a b` prints). */
async function joined(paths: string[]): Promise<PositionedDocument> {
  const docs = await Promise.all(paths.map(positioned));
  const pages = docs.flatMap((d) => d.pages).map((p, i) => ({ ...p, page: i + 1 }));
  return { ...(docs[0] as PositionedDocument), pages };
}

/**
 * What a reader is told of a document: its tables' cells and its findings, pages named as in a file of
 * their own (`before`: the pages of the file before the document's first).
 */
const told = (doc: BudgetDocument, before = 0) => ({
  meta: doc.meta,
  tables: goldenTables(doc),
  findings: checkDocument(doc).findings.map((f) => [
    f.rule,
    f.severity,
    f.message.zh.replace(/第(\d+)页/g, (_, n: string) => `第${Number(n) - before}页`),
  ]),
});

async function expectReadAsAlone(paths: string[]) {
  const file = await joined(paths);
  const parts = parsePositionedParts(file, { name: 'file.pdf' });
  expect(parts).toHaveLength(paths.length);
  let from = 1;
  for (const [i, path] of paths.entries()) {
    const alone = parsePositioned(await positioned(path), { name: 'file.pdf' });
    const part = parts[i] as BudgetDocument;
    expect(part.source.name).toBe(`file.pdf（第${from}–${from + alone.source.pages - 1}页）`);
    expect(told(part, from - 1)).toEqual(told(alone));
    from += alone.source.pages;
  }

  // Read as one document: its first, and the others named as not checked — never 'ok'.
  const first = parsePositioned(file, { name: 'file.pdf' });
  const unchecked = first.diagnostics.filter((d) => d.code === 'more_documents');
  expect(unchecked.map((d) => [d.severity, d.params.from, d.params.to])).toEqual(
    parts.slice(1).map((p) => ['error', Number(/第(\d+)–/.exec(p.source.name)?.[1]), p.source.pages]),
  );
  expect(told({ ...first, diagnostics: [] })).toEqual(told(parts[0] as BudgetDocument));
  expect(checkDocument(first).summary.verdict).not.toBe('ok');
}

describe('a file of several documents', () => {
  it("a 2023 seed's department budget (no cover) and a 2026 one on its cover: read each as alone", {
    timeout: 120_000,
  }, async () => {
    await expectReadAsAlone([join(FIXTURES, 'seed-001-joined.pdf'), join(FIXTURES, 'seed-003.pdf')]);
  });

  it('the same two joined by qpdf (fixtures/documents/two-documents.pdf): the documents the CLI reads', {
    timeout: 120_000,
  }, async () => {
    const file = await positioned(join(FIXTURES, 'documents', 'two-documents.pdf'));
    const parts = parsePositionedParts(file, { name: 'two-documents.pdf' });
    const alone = await joined([join(FIXTURES, 'seed-001-joined.pdf'), join(FIXTURES, 'seed-003.pdf')]);
    expect(parts.map(told)).toEqual(parsePositionedParts(alone, { name: 'two-documents.pdf' }).map(told));
    expect(parts.map((p) => p.source.name)).toEqual([
      'two-documents.pdf（第1–14页）',
      'two-documents.pdf（第15–33页）',
    ]);
  });

  // seed-002-unruled prints no cover: its tables first. Read as one, its 2024 tables went under seed-003's
  // 2026 cover (8 errors of years, its tables "printed twice"). Its tables say where it starts: the set
  // starts again, of another year, of another department.
  it('a 2026 seed on its cover and a 2024 one without a cover: read each as alone', { timeout: 120_000 }, async () => {
    await expectReadAsAlone([join(FIXTURES, 'seed-003.pdf'), join(FIXTURES, 'seed-002-unruled.pdf')]);
  });

  it.skipIf(!HAS_QPDF)(
    'the same two joined by qpdf: two documents through the front door',
    {
      timeout: 120_000,
    },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hezhang-parts-'));
      try {
        const out = join(dir, 'joined.pdf');
        const seeds = ['seed-003.pdf', 'seed-002-unruled.pdf'].map((f) => join(FIXTURES, f));
        execFileSync('qpdf', ['--empty', '--pages', ...seeds, '--', out]);
        const documents = await readBudgetDocuments('joined.pdf', new Uint8Array(readFileSync(out)));
        expect(documents.map((d) => [d.source.name, d.meta.department, d.meta.year])).toEqual([
          ['joined.pdf（第1–19页）', '上海市松江区医疗保障局', 2026],
          ['joined.pdf（第20–38页）', '上海市杨浦区医疗保障局', 2024],
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('a page that looks like a cover but leaves a part without any table: the file is read whole', {
    timeout: 120_000,
  }, async () => {
    const seed = await positioned(join(FIXTURES, 'seed-003.pdf'));
    const cover = seed.pages[0];
    // The last page followed by a copy of the cover (a title page) and the first page of prose again:
    // the part after it holds no table, so it is no document of its own.
    const pages = [
      ...seed.pages,
      { ...(cover as (typeof seed.pages)[number]), items: cover?.items.slice(0, 1) ?? [] },
      cover,
    ];
    const file = { ...seed, pages: pages.map((p, i) => ({ ...(p as (typeof seed.pages)[number]), page: i + 1 })) };
    const parts = parsePositionedParts(file, { name: 'file.pdf' });
    expect(parts.map((p) => [p.source.name, p.tables.length])).toEqual([['file.pdf', 9]]);
    expect(parsePositioned(file).diagnostics.some((d) => d.code === 'more_documents')).toBe(false);
  });
});

describe.skipIf(!REAL_DIR)('published PDFs joined into one file', () => {
  const real = (f: string) => join(REAL_DIR as string, f);
  it('a department budget and its 本部 unit budget', { timeout: 180_000 }, async () => {
    await expectReadAsAlone([real('swj-2025-dept.pdf'), real('swj-2025-unit.pdf')]);
  });
  it('two years of one department', { timeout: 180_000 }, async () => {
    await expectReadAsAlone([real('wanli-2024-dept.pdf'), real('wanli-2023-dept.pdf')]);
  });
  it('a budget and a final account: each read with its own template', { timeout: 180_000 }, async () => {
    await expectReadAsAlone([real('czj-2025-dept.pdf'), real('czj-2024-final.pdf')]);
  });
});
