// Debian's Chromium driven by playwright-core, as the tests and the benchmark launch it: headless,
// a fresh profile, nothing that phones home.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A persistent context on a new temporary profile; `dispose` closes it and removes the profile. */
export async function launchChromium(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'hezhang-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    ...options,
  });
  return {
    context,
    async dispose() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Puts files into the page as a DataTransfer, ready to drop. Their bytes travel as base64: a JSON
 * array of numbers for a 3.7 MB PDF takes the driver seconds to carry (the benchmark times the drop
 * only, not this).
 */
export async function carryFiles(page, files) {
  const payload = files.map((f) => ({
    name: f.name,
    type: f.type ?? '',
    data: Buffer.from(f.bytes).toString('base64'),
  }));
  return page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], item.name, { type: item.type }));
    }
    return dt;
  }, payload);
}

/** Drops what carryFiles put into the page on its body, as a person's drag would. */
export async function dropCarried(page, transfer) {
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

/** Drops files on the page as a person would: drag events carrying them, on the page's body. */
export async function dropFiles(page, files) {
  await dropCarried(page, await carryFiles(page, files));
}
