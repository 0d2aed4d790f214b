import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leftTheMachine, openSession, type Session } from './browser.js';

/** Seeds 001 and 000: the municipal medical insurance bureau's 2023 and 2025 budgets, as extracted text. */
const SEEDS = ['001_44612e61586aee6a.txt', '000_1e127ad13342b782.txt'];
const seed = (name: string) => ({
  name,
  mimeType: 'text/plain',
  buffer: readFileSync(new URL(`../../../seeds/${name}`, import.meta.url)),
});

describe('text files of one department in different years', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('are checked together: the later year is compared with the earlier one', async () => {
    await s.page.setInputFiles('input[data-pick="documents"]', SEEDS.map(seed));
    for (const name of SEEDS) await s.page.locator(`[data-document="${name}"][data-status]`).waitFor();
    const later = s.page.locator(`[data-document="${SEEDS[1]}"]`);
    await expect.poll(() => later.textContent()).toContain(SEEDS[0] as string);
    expect(await s.page.locator(`[data-document="${SEEDS[0]}"]`).textContent()).not.toContain(SEEDS[1] as string);
  });

  it('are listed in a batch table sorted by errors, most first, and re-sorted on demand', async () => {
    const rows = s.page.locator('table.batch-table tbody tr');
    expect(await rows.count()).toBe(2);
    const errors = async () => (await rows.locator('td:nth-child(5)').allTextContents()).map(Number);
    const descending = await errors();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await s.page.getByRole('button', { name: '按错误排序' }).click();
    expect(await errors()).toEqual([...descending].reverse());
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(leftTheMachine(s)).toEqual([]);
  });
});
