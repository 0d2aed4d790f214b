#!/usr/bin/env node
/**
 * The extension's icons (public/icon/16.png … 128.png, which WXT puts in the manifest): the offline
 * page's icon.svg drawn by Chromium at each size, corners transparent. Browsers want PNG icons (Chrome
 * takes no SVG in a manifest). The PNGs are committed; run this again after changing the SVG:
 *
 *   node apps/extension/scripts/icons.mjs
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(fileURLToPath(new URL('../../web/public/icon.svg', import.meta.url)), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  const path = fileURLToPath(new URL(`../public/icon/${size}.png`, import.meta.url));
  await page.screenshot({ path, omitBackground: true });
  console.log(path);
}
await browser.close();
