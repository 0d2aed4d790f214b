import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, leftTheMachine, openSession, type Session } from './browser.js';
import { fixture, KNOWN_MISTAKE } from './fixtures.js';

describe('a PDF with a known mistake', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('is checked in the worker and its finding is listed with the hooks other tests use', async () => {
    await dropFiles(s.page, [fixture(KNOWN_MISTAKE.file)]);
    const summary = s.page.locator(`[data-document="${KNOWN_MISTAKE.file}"][data-status]`);
    await summary.waitFor();
    expect(await summary.getAttribute('data-status')).toBe('error');
    const finding = s.page.locator(
      `[data-finding][data-rule="${KNOWN_MISTAKE.rule}"][data-table="${KNOWN_MISTAKE.table}"][data-row="${KNOWN_MISTAKE.row}"]`,
    );
    expect(await finding.count()).toBeGreaterThan(0);
    await expect.poll(() => finding.first().getAttribute('data-severity')).toBe('error');
    expect(await finding.first().textContent()).toContain('20805');
  });

  it('shows the cell boxed on the rendered page, the rest dimmed', async () => {
    const finding = s.page
      .locator(`[data-finding][data-rule="${KNOWN_MISTAKE.rule}"][data-row="${KNOWN_MISTAKE.row}"]`)
      .first();
    // The finding's own button to see it on the page (its review buttons are beside it).
    await finding.getByRole('button', { name: /页上显示/ }).click();
    const dialog = s.page.locator('dialog.page-viewer[open]');
    await dialog.locator('.viewer-frame[data-state="ready"]').waitFor();
    expect(await dialog.locator('h2').textContent()).toContain(String(KNOWN_MISTAKE.page));
    const box = dialog.locator('.page-box').first();
    const [x0, y0, x1, y1] = ((await box.getAttribute('data-box')) ?? '').split(',').map(Number);
    // The 合计 cell of row 20805: right half of a landscape A4 page, a line high.
    expect(x0).toBeGreaterThan(842 / 2);
    expect((y1 ?? 0) - (y0 ?? 0)).toBeLessThan(20);
    expect((x1 ?? 0) - (x0 ?? 0)).toBeGreaterThan(10);
    // pdf.js really drew the page: the canvas has dark (text) pixels.
    const inked = await dialog.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(1000);
    // The box is visible where the picture is: inside the canvas' area on screen.
    const canvasBox = await dialog.locator('canvas').boundingBox();
    const markBox = await box.boundingBox();
    expect(markBox && canvasBox && markBox.x > canvasBox.x && markBox.x < canvasBox.x + canvasBox.width).toBe(true);
    await s.page.keyboard.press('Escape');
    await s.page.locator('dialog.page-viewer[open]').waitFor({ state: 'detached' });
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(leftTheMachine(s)).toEqual([]);
  });

  it('could not have: its Content-Security-Policy blocks any other origin', async () => {
    // Another loopback origin stands for "elsewhere": were the policy missing, nothing would leave the machine.
    const blocked = await s.page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
      );
      const failed = await fetch('http://127.0.0.2:9/elsewhere').then(
        () => false,
        () => true,
      );
      return { failed, directive: await violation };
    });
    expect(blocked).toEqual({ failed: true, directive: 'connect-src' });
  });
});
