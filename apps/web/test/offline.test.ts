import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leftTheMachine, openSession, type Session } from './browser.js';
import { fixture, KNOWN_MISTAKE } from './fixtures.js';

describe('offline after the first visit', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
    // The service worker has precached the app, pdf.js, CMaps and fonts once it controls the page.
    await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  });
  afterAll(() => s?.close());

  it('reloads with no network and checks a PDF again', async () => {
    await s.context.setOffline(true);
    await s.page.reload();
    await s.page.locator('input[data-pick="documents"]').waitFor({ state: 'attached' });
    await s.page.setInputFiles('input[data-pick="documents"]', {
      name: KNOWN_MISTAKE.file,
      mimeType: 'application/pdf',
      buffer: Buffer.from(fixture(KNOWN_MISTAKE.file).bytes),
    });
    const summary = s.page.locator(`[data-document="${KNOWN_MISTAKE.file}"][data-status]`);
    await summary.waitFor();
    expect(await summary.getAttribute('data-status')).toBe('error');
    await s.page
      .locator(`[data-finding][data-row="${KNOWN_MISTAKE.row}"]`)
      .first()
      .getByRole('button', { name: /页上显示/ })
      .click();
    await s.page.locator('dialog.page-viewer[open] .viewer-frame[data-state="ready"] .page-box').first().waitFor();
    await s.page.keyboard.press('Escape');
  });

  it('keeps the report in IndexedDB across a reload, and deletes it', async () => {
    await s.page.reload();
    const saved = s.page.locator(`[data-saved="${KNOWN_MISTAKE.file}"]`);
    await saved.waitFor();
    await saved.getByRole('button', { name: KNOWN_MISTAKE.file, exact: true }).click();
    await s.page.locator(`[data-document="${KNOWN_MISTAKE.file}"][data-status="error"]`).waitFor();
    await saved.getByRole('button', { name: /删除/ }).click();
    await saved.waitFor({ state: 'detached' });
    await s.context.setOffline(false);
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(leftTheMachine(s)).toEqual([]);
  });
});
