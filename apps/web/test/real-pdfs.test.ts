import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, leftTheMachine, openSession, type Session } from './browser.js';
import { REAL_DIR, realPdf, realPdfs } from './fixtures.js';

const YEARS = ['wanli-2023-dept.pdf', 'wanli-2024-dept.pdf'];
const present = YEARS.every((f) => realPdfs().includes(f));
if (!present)
  console.warn(
    `skipping the real-PDF browser test: ${YEARS.join(', ')} not found in ${REAL_DIR ?? 'any real-PDF folder'} (set HEZHANG_REAL_PDFS)`,
  );

describe.skipIf(!present)('two years of one department’s real budget', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('checks both, compares 2024 with 2023, and lists them sortable by errors', async () => {
    await dropFiles(s.page, YEARS.map(realPdf));
    for (const name of YEARS) await s.page.locator(`[data-document="${name}"][data-status]`).waitFor();
    const later = s.page.locator(`[data-document="${YEARS[1]}"]`);
    await expect.poll(() => later.textContent()).toContain(YEARS[0] as string);
    const batch = s.page.locator('table.batch-table');
    expect(await batch.locator('tbody tr').count()).toBe(2);
    expect(await batch.locator('th[aria-sort="descending"]').textContent()).toContain('错误');
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(leftTheMachine(s)).toEqual([]);
  });
});
