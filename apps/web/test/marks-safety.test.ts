/**
 * No mark lost (issue 20), in Chromium: marks exported as the CLI's marks file and imported back (and
 * read by the CLI); a full disk (IndexedDB refuses the write) tells the user, keeps the mark and
 * offers it as a file; two tabs marking the same file at once end with both marks; a reload in the
 * middle of a write loses nothing. The storage failures are simulated in the page (an init script),
 * as a full disk cannot be made on demand.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Report, readReviewMarks } from '@hezhang/core';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dropFiles, openSession, type Session } from './browser.js';
import { fixture, KNOWN_MISTAKE } from './fixtures.js';

const CLI = fileURLToPath(new URL('../../../packages/cli/bin/hezhang.js', import.meta.url));
const FIXTURE = fileURLToPath(new URL(`./fixtures/${KNOWN_MISTAKE.file}`, import.meta.url));
const NOTE = '核对过：上年结转';

const summary = (page: Page) => page.locator(`[data-document="${KNOWN_MISTAKE.file}"][data-status]`).first();
const known = (page: Page) =>
  page
    .locator(
      `[data-finding][data-rule="${KNOWN_MISTAKE.rule}"][data-table="${KNOWN_MISTAKE.table}"][data-row="${KNOWN_MISTAKE.row}"]`,
    )
    .first();

async function check(page: Page): Promise<void> {
  await dropFiles(page, [fixture(KNOWN_MISTAKE.file)]);
  await summary(page).waitFor();
}

async function download(page: Page, click: () => Promise<void>): Promise<unknown> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return JSON.parse(readFileSync(await file.path(), 'utf8'));
}

/** Makes IndexedDB refuse every write of marks as a full disk does (a QuotaExceededError). */
const FULL_DISK = `
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    if (this.name === 'marks') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.call(this, value, key);
  };
`;

/**
 * While sessionStorage says so, a write of marks never finishes: its transaction is kept busy until the
 * page goes away — a reload in the middle of a write.
 */
const SLOW_WRITE = `
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    if (this.name === 'marks' && sessionStorage.getItem('hezhang-test-slow') === '1') {
      const store = this;
      const spin = () => { store.get('spin').onsuccess = spin; };
      spin();
      return {};
    }
    return put.call(this, value, key);
  };
`;

describe('marks as a file', () => {
  let s: Session;
  afterAll(() => s?.close());

  it('exports the CLI’s marks file, imports it back after "delete all", and the CLI applies it', async () => {
    s = await openSession();
    await s.page.goto(s.url);
    await check(s.page);
    await known(s.page).locator('[data-review-note]').fill(NOTE);
    await known(s.page).locator('[data-review-action="dismiss"]').click();
    await expect.poll(() => known(s.page).getAttribute('data-review')).toBe('dismissed');

    const exported = await download(s.page, () => s.page.locator('[data-marks-export]').click());
    const marks = readReviewMarks(exported);
    const mark = marks.find((m) => m.status === 'dismissed');
    expect(mark).toMatchObject({ note: NOTE, rule: KNOWN_MISTAKE.rule, file: KNOWN_MISTAKE.file });
    expect(marks.filter((m) => m.status === 'open').length).toBeGreaterThan(0);

    // Forgotten with the history, then imported from the file.
    s.page.once('dialog', (d) => void d.accept());
    await s.page.getByRole('button', { name: '全部删除' }).click();
    await expect.poll(() => known(s.page).getAttribute('data-review')).toBe('open');
    const dir = mkdtempSync(join(tmpdir(), 'hezhang-marks-'));
    const path = join(dir, 'marks.json');
    writeFileSync(path, JSON.stringify(exported));
    await s.page.locator('[data-marks-import]').setInputFiles(path);
    await expect.poll(() => known(s.page).getAttribute('data-review')).toBe('dismissed');
    expect(await known(s.page).locator('[data-review-note]').inputValue()).toBe(NOTE);
    expect(await s.page.locator('.review-marks [role="status"]').textContent()).toContain('已导入 1 条标记');

    // The CLI reads the page's file as its own and applies the mark to the same PDF.
    copyFileSync(FIXTURE, join(dir, KNOWN_MISTAKE.file));
    const cli = spawnSync(process.execPath, [CLI, 'check', '--json', '--review', path, join(dir, KNOWN_MISTAKE.file)], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const [report] = JSON.parse(cli.stdout) as (Report & {
      review: { dismissed: number; marks: { note: string }[] };
    })[];
    expect(report?.review.dismissed).toBe(1);
    expect(report?.review.marks.some((m) => m.note === NOTE)).toBe(true);
  });
});

describe('a full disk', () => {
  let s: Session;
  afterAll(() => s?.close());

  it('says the mark was not saved, keeps it, and offers it as a file', async () => {
    s = await openSession();
    await s.context.addInitScript(FULL_DISK);
    await s.page.goto(s.url);
    await check(s.page);
    await known(s.page).locator('[data-review-action="dismiss"]').click();
    const alert = s.page.locator('[data-marks-unsaved]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-marks-unsaved')).toBe('1');
    expect(await alert.textContent()).toContain('存储空间已满');
    // Kept in the page: the finding stays dismissed.
    expect(await known(s.page).getAttribute('data-review')).toBe('dismissed');
    const offered = await download(s.page, () => alert.getByRole('button', { name: '下载标记文件' }).click());
    expect(readReviewMarks(offered).filter((m) => m.status === 'dismissed')).toHaveLength(1);
  });
});

describe('two tabs, and a reload in the middle of a write', () => {
  let s: Session;
  afterAll(() => s?.close());

  it('keeps both marks when two tabs mark the same file at once', async () => {
    s = await openSession();
    const a = s.page;
    const b = await s.context.newPage();
    await Promise.all([a.goto(s.url), b.goto(s.url)]);
    await Promise.all([check(a), check(b)]);
    const findings = a.locator('[data-finding][data-review]');
    expect(await findings.count()).toBeGreaterThan(1);
    const other = await findings.nth(1).getAttribute('data-key');
    const otherIn = (page: Page) => page.locator(`[data-finding][data-key="${other}"]`).first();
    expect(other).not.toBe(await known(a).getAttribute('data-key'));
    await Promise.all([
      known(a).locator('[data-review-action="dismiss"]').click(),
      otherIn(b).locator('[data-review-action="confirm"]').click(),
    ]);
    // Each tab sees the other's mark at once, and the store holds both.
    for (const page of [a, b]) {
      await expect.poll(() => known(page).getAttribute('data-review')).toBe('dismissed');
      await expect.poll(() => otherIn(page).getAttribute('data-review')).toBe('confirmed');
    }
    await b.close();
    await a.reload();
    await check(a);
    await expect.poll(() => known(a).getAttribute('data-review')).toBe('dismissed');
    await expect.poll(() => otherIn(a).getAttribute('data-review')).toBe('confirmed');
  }, 300_000); // three verdicts, two of them at once

  it('finds a mark whose write a reload interrupted', async () => {
    await s.context.addInitScript(SLOW_WRITE);
    const page = await s.context.newPage();
    await page.goto(s.url);
    await check(page);
    await page.evaluate(() => sessionStorage.setItem('hezhang-test-slow', '1'));
    await known(page).locator('[data-review-action="reopen"]').click();
    await known(page).locator('[data-review-note]').fill('写入中途刷新');
    await known(page).locator('[data-review-action="confirm"]').click();
    await expect.poll(() => known(page).getAttribute('data-review')).toBe('confirmed');
    await page.evaluate(() => sessionStorage.removeItem('hezhang-test-slow'));
    await page.reload();
    await check(page);
    await expect.poll(() => known(page).getAttribute('data-review')).toBe('confirmed');
    expect(await known(page).locator('[data-review-note]').inputValue()).toBe('写入中途刷新');
  });
});
