import { checkDocument, parseHtmlDocument } from '@hezhang/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowMarks } from '../../src/content/marks';
import { ClosedShadow, closeAll, type LaunchedBrowser, launchAll, PageServer, TrapProxy } from './harness';
import { SITE_CSS, seedPage } from './pages';

const SEEDS = [
  '000_1e127ad13342b782.txt',
  '001_44612e61586aee6a.txt',
  '002_f3b27fa17e2522f1.txt',
  '003_58f92ccbf64986b4.txt',
  '004_29c3f64a6006ec81.txt',
];
const NINE_TABLES = '001_44612e61586aee6a.txt';
const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'none'; script-src 'none'";

const server = new PageServer();
const proxy = new TrapProxy();
let browser: LaunchedBrowser;

const seeds = SEEDS.map((file) => ({ file, ...seedPage(file) }));
// One 项 amount changed: 2101501's total no longer equals 基本 + 项目, nor does 21015 equal the sum of its 项.
const changed = seedPage(NINE_TABLES, (doc) => {
  const row = doc.tables.find((t) => t.kind === 'general_budget_by_function')?.rows.find((r) => r.key === '2101501');
  if (!row || row.values.total == null) throw new Error('seed 001 lost row 2101501');
  row.values.total += 100_000;
});

beforeAll(async () => {
  server.route('/site.css', { body: SITE_CSS, type: 'text/css' });
  for (const s of seeds) server.route(`/${s.file}.html`, { body: s.html, type: 'text/html; charset=utf-8' });
  server.route('/changed.html', { body: changed.html, type: 'text/html; charset=utf-8' });
  server.route('/strict-csp.html', {
    body: seeds[1]?.html ?? '',
    type: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': STRICT_CSP },
  });
  server.route('/later.html', {
    body: '<!doctype html><meta charset="utf-8"><p>稍后加载</p>',
    type: 'text/html; charset=utf-8',
  });
  browser = await launchAll(server, proxy);
});

afterAll(() => closeAll(browser, server, proxy));

interface Badge {
  status: string;
  table: string;
  row: string;
}

async function open(path: string, host?: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url(path, host));
  return page;
}

async function badges(page: Page): Promise<Badge[]> {
  await page.waitForSelector('[data-hezhang-summary][data-status]');
  return page.$$eval('[data-hezhang-badge]', (els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      return { status: d.status ?? '', table: d.table ?? '', row: d.row ?? '' };
    }),
  );
}

describe('budget tables in a page', () => {
  for (const seed of seeds) {
    it(`${seed.file}: a badge on every row with core's status, and the page verdict`, async () => {
      const doc = parseHtmlDocument(seed.page);
      const report = checkDocument(doc);
      const expected = rowMarks(doc, report).map((m) => ({ status: m.status, table: m.table, row: m.key }));
      const page = await open(`/${seed.file}.html`);
      const shown = await badges(page);
      const byId = (b: Badge[]) => b.map((x) => `${x.table}/${x.row}=${x.status}`).sort();
      expect(byId(shown)).toEqual(byId(expected));
      expect(await page.getAttribute('[data-hezhang-summary]', 'data-status')).toBe(report.summary.verdict);
      await page.close();
    });
  }

  it('marks the changed row red, its parent as core marks it, and shows the computed sum', async () => {
    const page = await open('/changed.html');
    const shown = await badges(page);
    const status = (row: string) =>
      shown.find((b) => b.table === 'general_budget_by_function' && b.row === row)?.status;
    expect(status('2101501')).toBe('error');
    // The one wrong cell explains its parent's sum too (core's reconcile/one-cell.ts, main 2026-12-07): the
    // parent is marked as core's row marks say, no longer red by itself.
    const doc = parseHtmlDocument(changed.page);
    const core = rowMarks(doc, checkDocument(doc)).find(
      (m) => m.table === 'general_budget_by_function' && m.key === '21015',
    );
    expect(status('21015')).toBe(core?.status);
    expect(status('2101502')).toBe('ok');
    expect(await page.getAttribute('[data-hezhang-summary]', 'data-status')).toBe('error');
    const sums = await page.$$eval('hezhang-sum', (els) => els.map((e) => (e as HTMLElement).dataset.expected));
    expect(sums.length).toBeGreaterThan(0);
    await page.close();
  });

  it('shows the computed sum above the printed total it disputes, never over it', async () => {
    const page = await open('/changed.html');
    await badges(page);
    const printedBoxes = await page.$$eval('hezhang-sum', (hosts) =>
      hosts.map((host) => {
        const cell = host.parentElement as HTMLElement;
        // The printed amount: the cell's own text, outside the extension's elements.
        const text = Array.from(cell.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        const range = document.createRange();
        if (text) range.selectNodeContents(text);
        return { printed: text?.textContent?.trim(), top: range.getBoundingClientRect().top };
      }),
    );
    // The chip is in the host's closed shadow root: measured where the browser draws it.
    const shadow = await ClosedShadow.of(page);
    const chips = await shadow.find('hezhang-sum', '.sum');
    const chipBoxes = await Promise.all(chips.map((id) => shadow.box(id)));
    await shadow.detach();
    const placed = printedBoxes.map((p, i) => ({
      printed: p.printed,
      printedTop: p.top,
      // Both in the viewport's coordinates (the protocol's box model and getBoundingClientRect).
      chipBottom: chipBoxes[i] ? (chipBoxes[i]?.y ?? 0) + (chipBoxes[i]?.height ?? 0) : Number.NaN,
      chipH: chipBoxes[i]?.height ?? 0,
    }));
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) {
      expect(p.printed).toMatch(/^[\d,]+$/);
      expect(p.chipH).toBeGreaterThan(0);
      expect(p.chipBottom).toBeLessThanOrEqual(p.printedTop + 1);
    }
    await page.close();
  });

  it('opens the panel closed, remembers it opened, and makes it a bar along the bottom on a narrow screen', async () => {
    const page = await open('/changed.html');
    await badges(page);
    let shadow = await ClosedShadow.of(page);
    const list = async () => shadow.box(await shadow.first('hezhang-panel', 'ul'));
    const toggle = () => shadow.first('hezhang-panel', 'header button');
    const panel = async () => shadow.box(await shadow.first('hezhang-panel', '.panel'));
    expect(await list()).toBeUndefined();
    expect(await shadow.attribute(await toggle(), 'aria-expanded')).toBe('false');
    expect(await page.getAttribute('[data-hezhang-summary]', 'data-layout')).toBe('corner');
    // Closed, it covers no more than its heading: under a tenth of the window's height.
    expect((await panel())?.height ?? 1e9).toBeLessThan((page.viewportSize()?.height ?? 0) / 10);
    await shadow.click(page, await toggle());
    await expect.poll(list).toBeDefined();
    await shadow.detach();
    await page.reload();
    await badges(page);
    shadow = await ClosedShadow.of(page);
    await expect.poll(list).toBeDefined();
    await page.setViewportSize({ width: 390, height: 800 });
    await expect.poll(() => page.getAttribute('[data-hezhang-summary]', 'data-layout')).toBe('bar');
    const bar = await panel();
    expect(bar?.width).toBe(390);
    expect(Math.round((bar?.y ?? 0) + (bar?.height ?? 0))).toBe(800);
    // Closed again for the tests after this one, as a reader would leave it.
    await shadow.click(page, await toggle());
    await shadow.detach();
    await page.close();
  });

  it('scrolls to the cell of a finding clicked in the panel', async () => {
    const page = await open('/changed.html');
    await badges(page);
    const shadow = await ClosedShadow.of(page);
    const toggle = await shadow.first('hezhang-panel', 'header button');
    if ((await shadow.attribute(toggle, 'aria-expanded')) === 'false') await shadow.click(page, toggle);
    await expect
      .poll(async () => (await shadow.find('hezhang-panel', 'button[data-severity="error"]')).length)
      .toBeGreaterThan(0);
    await shadow.click(page, await shadow.first('hezhang-panel', 'button[data-severity="error"]'));
    // Smooth scrolling: wait until the outlined cell has arrived in the viewport.
    await page.waitForFunction(() => {
      const td = Array.from(document.querySelectorAll('td')).find((c) => c.style.outline.includes('solid'));
      const r = td?.getBoundingClientRect();
      return r ? r.top >= 0 && r.bottom <= window.innerHeight : false;
    });
    await shadow.detach();
    await page.close();
  });

  it('works under a strict CSP: badges styled from their shadow roots', async () => {
    const page = await open('/strict-csp.html');
    const shown = await badges(page);
    expect(shown.length).toBeGreaterThan(100);
    const shadow = await ClosedShadow.of(page);
    const width = await shadow.call<string>(
      await shadow.first('[data-hezhang-badge]', '.badge'),
      'function () { return getComputedStyle(this).width; }',
    );
    await shadow.detach();
    expect(width).toBe('14px');
    await page.close();
  });

  it('widens a table by no more than one badge per badged cell of a row', async () => {
    // Per table: how far its cells' right edges moved, and the most badges one of its rows holds
    // (two on the two-sided summary tables, one income and one expenditure line).
    const measure = (page: Page) =>
      page.$$eval('table.data', (tables) =>
        tables.map((t) => ({
          right: Array.from(t.querySelectorAll('td:last-child'), (td) => td.getBoundingClientRect().right),
          badges: Math.max(
            0,
            ...Array.from(t.querySelectorAll('tr'), (tr) => tr.querySelectorAll('hezhang-badge').length),
          ),
        })),
      );
    // localhost is not a dev host: the same page without the extension.
    const bare = await open(`/${NINE_TABLES}.html`, 'localhost');
    const before = await measure(bare);
    expect(await bare.$('[data-hezhang-badge]')).toBeNull();
    const checked = await open(`/${NINE_TABLES}.html`);
    await badges(checked);
    const after = await measure(checked);
    const BADGE_WIDTH = 17;
    after.forEach((table, i) => {
      const shift = Math.max(0, ...table.right.map((x, j) => Math.abs(x - (before[i]?.right[j] ?? x))));
      expect(shift).toBeLessThanOrEqual(BADGE_WIDTH * Math.max(1, table.badges) + 1);
    });
    await bare.close();
    await checked.close();
  });

  it('picks up tables added after load', async () => {
    const page = await open('/later.html');
    expect(await page.$('[data-hezhang-badge]')).toBeNull();
    await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.body.append(...Array.from(doc.body.childNodes));
    }, seeds[1]?.html ?? '');
    const shown = await badges(page);
    expect(shown.length).toBeGreaterThan(100);
    await page.close();
  });

  it('sends no request anywhere but the pages themselves', async () => {
    // Everything not on loopback went to the trap proxy: only Chromium's own services (time, component
    // updates, sign-in) may be there, never a host of the extension's making.
    const chromiumServices =
      /^(?:CONNECT |[A-Z]+ https?:\/\/)(?:accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com)[:/]/;
    expect(proxy.requests.filter((r) => !chromiumServices.test(r))).toEqual([]);
    const allowed = new Set([
      '/site.css',
      '/favicon.ico',
      '/changed.html',
      '/strict-csp.html',
      '/later.html',
      ...seeds.map((s) => `/${s.file}.html`),
    ]);
    expect(server.requests.filter((p) => !allowed.has(p))).toEqual([]);
  });
});
