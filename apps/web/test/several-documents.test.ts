import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocuments, type Report } from '@hezhang/core';
import { readBudgetDocuments } from '@hezhang/pdf/node';
import { HAS_QPDF } from '@hezhang/test-support/real';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, leftTheMachine, openSession, type Session } from './browser.js';
import { REAL_DIR, realPdfs } from './fixtures.js';

/**
 * A PDF that holds several documents is checked whole, as the CLI checks it: one card and one report
 * per document, named with its pages, each read together with the session's other documents. What
 * the page says is compared with what core says of the same file read in Node (readBudgetDocuments,
 * then checkDocuments over the documents together): the page reimplements nothing.
 */

/** @hezhang/pdf's fixture: seed 001's 2023 budget (pages 1–14) and seed 003's 2026 one after it, joined by qpdf. */
const TWO = {
  name: 'two-documents.pdf',
  bytes: new Uint8Array(
    readFileSync(new URL('../../../packages/pdf/fixtures/documents/two-documents.pdf', import.meta.url)),
  ),
};

/** Core's reports of a file's documents read together, as the CLI makes them. */
async function coreReports(file: { name: string; bytes: Uint8Array }): Promise<Report[]> {
  return checkDocuments(await readBudgetDocuments(file.name, file.bytes));
}

const card = (s: Session, name: string) => s.page.locator(`.file-list [data-document="${name}"][data-status]`);

describe('a PDF that holds two documents', () => {
  let s: Session;
  let reports: Report[];
  beforeAll(async () => {
    reports = await coreReports(TWO);
    s = await openSession();
    await s.page.goto(s.url);
    await dropFiles(s.page, [TWO]);
    for (const r of reports) await card(s, r.source.name).waitFor();
  });
  afterAll(() => s?.close());

  it('gets a card per document, named with its pages, with the verdict and counts core gives', async () => {
    expect(reports.map((r) => r.source.name)).toEqual([
      'two-documents.pdf（第1–14页）',
      'two-documents.pdf（第15–33页）',
    ]);
    const names = await s.page
      .locator('.file-list [data-document][data-status]')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-document')));
    expect(names).toEqual(reports.map((r) => r.source.name));
    for (const [i, r] of reports.entries()) {
      expect(await card(s, r.source.name).getAttribute('data-status')).toBe(r.summary.verdict);
      const part = card(s, r.source.name).locator('.file-part');
      expect(await part.getAttribute('data-file')).toBe(TWO.name);
      expect(await part.getAttribute('data-part')).toBe(`${i + 1}/2`);
      const row = s.page.locator(`[data-batch-row="${r.source.name}"] td.num`);
      expect((await row.allTextContents()).slice(0, 2).map(Number)).toEqual([r.summary.errors, r.summary.warnings]);
    }
    // No document is left unchecked: nothing says "another document, not checked".
    expect(await s.page.locator('body').textContent()).not.toContain('是另一份文档');
  });

  it('shows the second document’s report on the file’s own pages', async () => {
    const second = reports[1] as Report;
    await card(s, second.source.name).getByRole('button', { name: '查看报告' }).click();
    await expect.poll(() => s.page.locator('.report').getAttribute('aria-label')).toBe(second.source.name);
    const shows = await s.page
      .locator('.report')
      .getByRole('button', { name: /页上显示/ })
      .allTextContents();
    const pages = shows.map((t) => Number(/第 (\d+) 页/.exec(t)?.[1]));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page >= 15 && page <= 33).toBe(true);
    await s.page
      .locator('.report')
      .getByRole('button', { name: /页上显示/ })
      .first()
      .click();
    const dialog = s.page.locator('dialog.page-viewer[open]');
    await dialog.locator('.viewer-frame[data-state="ready"]').waitFor();
    expect(await dialog.locator('h2').textContent()).toContain(String(pages[0]));
    await s.page.keyboard.press('Escape');
    await s.page.locator('dialog.page-viewer[open]').waitFor({ state: 'detached' });
  });

  it('keys each document’s review marks as the CLI does: the file’s bytes and the document’s name', async () => {
    const second = reports[1] as Report;
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.locator('.report [data-export="json"]').click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as Report;
    expect(exported.source.name).toBe(second.source.name);
    expect(exported.source.sha256).toBe(
      createHash('sha256').update(TWO.bytes).update(second.source.name).digest('hex'),
    );
  });

  it('draws the second document’s own pages, not the first’s, into its HTML report', async () => {
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.locator('.report [data-export="html"]').click(),
    ]);
    const html = readFileSync(await download.path(), 'utf8');
    const pages = [...html.matchAll(/<li data-page="(\d+)"/g)].map((m) => Number(m[1]));
    expect(pages).toEqual(Array.from({ length: 19 }, (_, i) => 15 + i));
  });

  it('keeps each document’s report in the history, the second still drawn from its own pages', async () => {
    await s.page.reload();
    for (const r of reports) await s.page.locator(`[data-saved="${r.source.name}"]`).waitFor();
    const second = reports[1] as Report;
    await s.page
      .locator(`[data-saved="${second.source.name}"]`)
      .getByRole('button', { name: second.source.name, exact: true })
      .click();
    await expect.poll(() => s.page.locator('.report').getAttribute('aria-label')).toBe(second.source.name);
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.locator('.report [data-export="html"]').click(),
    ]);
    const html = readFileSync(await download.path(), 'utf8');
    expect([...html.matchAll(/<li data-page="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(
      Array.from({ length: 19 }, (_, i) => 15 + i),
    );
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(s.pageErrors).toEqual([]);
    expect(leftTheMachine(s)).toEqual([]);
  });
});

/** A real department budget and its 本部's unit budget, published as one PDF (joined here by qpdf, never committed). */
const JOINED = ['swj-2025-dept.pdf', 'swj-2025-unit.pdf'];
const qpdf = HAS_QPDF;
const present = qpdf && JOINED.every((f) => realPdfs().includes(f));
if (!present)
  console.warn(
    `skipping the joined real-PDF test: ${qpdf ? `${JOINED.join(', ')} not found in ${REAL_DIR ?? 'any real-PDF folder'}` : 'qpdf not found'}`,
  );

describe.skipIf(!present)('a real department budget with its unit’s in one PDF', () => {
  let s: Session;
  let reports: Report[];
  let dir: string;
  let file: { name: string; bytes: Uint8Array };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hezhang-joined-'));
    const out = join(dir, 'swj-2025.pdf');
    execFileSync('qpdf', ['--empty', '--pages', ...JOINED.map((f) => join(REAL_DIR ?? '', f)), '--', out]);
    file = { name: 'swj-2025.pdf', bytes: new Uint8Array(readFileSync(out)) };
    reports = await coreReports(file);
    s = await openSession();
    await s.page.goto(s.url);
    await dropFiles(s.page, [file]);
    for (const r of reports) await card(s, r.source.name).waitFor();
  });
  afterAll(async () => {
    await s?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the two together, as separate files are: the unit is paired with its department', async () => {
    expect(reports.map((r) => r.source.name)).toEqual(['swj-2025.pdf（第1–26页）', 'swj-2025.pdf（第27–48页）']);
    const [dept, unit] = reports as [Report, Report];
    expect(unit.pairing?.paired.map((p) => p.name)).toEqual([dept.source.name]);
    for (const r of reports) {
      expect(await card(s, r.source.name).getAttribute('data-status')).toBe(r.summary.verdict);
      const row = s.page.locator(`[data-batch-row="${r.source.name}"] td.num`);
      expect((await row.allTextContents()).slice(0, 2).map(Number)).toEqual([r.summary.errors, r.summary.warnings]);
    }
    await expect
      .poll(() => card(s, unit.source.name).locator('[data-paired]').allTextContents())
      .toEqual([expect.stringContaining(dept.source.name)]);
    // The department's dossier holds both documents of the file.
    const dossier = s.page.locator('[data-dossier]');
    await dossier.waitFor();
    expect(
      await dossier
        .locator('[data-dossier-document]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-dossier-document'))),
    ).toEqual(reports.map((r) => r.source.name));
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(leftTheMachine(s)).toEqual([]);
  });
});
