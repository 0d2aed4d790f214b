/**
 * Issue 22 item 3, by structure rather than by clock: while a long document is read and checked, the
 * page's main thread never receives the document, nor its report in one message (the document goes
 * from the reader to the checker on a channel of their own; the report comes back as a head and
 * slices), and a long findings list is rendered in slices — first a few findings, the rest later —
 * with the severity counts whole from the start. The report's hidden print summary is made only when
 * printing is asked for (and is then whole), and the Tables tab renders its tables in slices too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDocuments } from '@hezhang/core';
import { readBudgetFile } from '@hezhang/pdf/node';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.js';

const TEXT_SEED = fileURLToPath(new URL('../../../seeds/001_44612e61586aee6a.txt', import.meta.url));

/** Records, in the page, the largest message its main thread receives from a worker or a port (as JSON characters). */
function recordMessages(): void {
  const w = window as unknown as { __largestMessage: number };
  w.__largestMessage = 0;
  const measured = (listener: (event: MessageEvent) => unknown) =>
    function (this: unknown, event: MessageEvent) {
      try {
        w.__largestMessage = Math.max(w.__largestMessage, JSON.stringify(event.data)?.length ?? 0);
      } catch {
        // Not JSON (a port, a function proxy): small either way.
      }
      return listener.call(this, event);
    };
  for (const proto of [Worker.prototype, MessagePort.prototype]) {
    const add = proto.addEventListener;
    proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const wrapped = type === 'message' && typeof listener === 'function' ? measured(listener as never) : listener;
      return add.call(this, type, wrapped as never, options as never);
    } as typeof add;
    const onmessage = Object.getOwnPropertyDescriptor(proto, 'onmessage');
    if (onmessage?.set) {
      const set = onmessage.set;
      Object.defineProperty(proto, 'onmessage', {
        ...onmessage,
        set(this: unknown, listener: ((event: MessageEvent) => unknown) | null) {
          set.call(this, listener ? measured(listener) : listener);
        },
      });
    }
  }
}

/**
 * Every value the `data-rendered` of `selector` takes, in order, from its first render until it is
 * marked `data-complete` (observed in the page: sampling from here would miss steps).
 */
function renderedSteps(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(
    (sel) =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const observer = new MutationObserver(() => {
          const list = document.querySelector(sel);
          if (!list) return;
          const n = Number(list.getAttribute('data-rendered'));
          if (seen.at(-1) !== n) seen.push(n);
          if (list.hasAttribute('data-complete')) {
            observer.disconnect();
            resolve(seen);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      }),
    selector,
  );
}

/** A file opened on a fresh page; its report as core makes it in Node (passes included). */
async function opened(name: string, bytes: Uint8Array) {
  const [report] = checkDocuments([await readBudgetFile(name, bytes)], { passes: true });
  const s = await openSession();
  await s.context.addInitScript(recordMessages);
  await s.page.goto(s.url);
  return { s, report };
}

describe('a long report on the page', () => {
  let s: Session;
  let file: { name: string; bytes: Uint8Array };
  let findings = 0;
  let reportChars = 0;
  beforeAll(async () => {
    // One long document: seed 001's text eight times over, one document of 72 tables — ~70 findings,
    // a report of ~600 kB. (A PDF of each page printed eight times in a row was the long document
    // before: its pages printed again are now read once and said once, a short report.)
    const text = readFileSync(TEXT_SEED, 'utf8');
    file = { name: 'budget-8x.txt', bytes: new TextEncoder().encode(Array.from({ length: 8 }, () => text).join('\n')) };
    const { s: session, report } = await opened(file.name, file.bytes);
    s = session;
    findings = report?.findings.length ?? 0;
    reportChars = JSON.stringify(report).length;
  }, 180_000);
  afterAll(() => s?.close());

  it('receives its report in parts, never in one message, and renders the findings in slices', async () => {
    expect(findings).toBeGreaterThan(40);
    const rendered = renderedSteps(s.page, '.findings');
    await s.page.locator('input[data-pick="documents"]').setInputFiles({
      name: file.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(file.bytes),
    });
    const steps = await rendered;
    // First a slice, then more, up to all of them; each finding in the DOM once.
    expect(steps[0]).toBeLessThan(findings);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(findings);
    expect(await s.page.locator('[data-finding]').count()).toBe(findings);
    // The counts were whole from the start: the chips and headings count every finding.
    const chips = await s.page
      .locator('.findings [data-chip]')
      .evaluateAll((els) =>
        els.filter((e) => e.getAttribute('data-chip') !== 'dismissed').map((e) => Number(e.getAttribute('data-count'))),
      );
    expect(chips.reduce((a, b) => a + b, 0)).toBe(findings);
    // The largest message the page received is a part of the report (its head, with the 72 tables the
    // page shows, or a slice of findings), never the report in one.
    const largest = await s.page.evaluate(() => (window as unknown as { __largestMessage: number }).__largestMessage);
    expect(reportChars).toBeGreaterThan(400_000);
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThan(reportChars / 2);
  }, 300_000);

  /** The findings the print summary lists (alike ones folded, with how many): as many as the report has. */
  const printed = () =>
    s.page.evaluate(() =>
      [...document.querySelectorAll('.print-summary [data-print-finding]')].reduce(
        (n, li) => n + Number(li.getAttribute('data-count')),
        0,
      ),
    );

  it('makes the print summary only when printing is asked for, whole, and takes it away after', async () => {
    await s.page.locator('.findings[data-complete]').waitFor({ state: 'attached' });
    expect(await s.page.locator('.print-summary').count()).toBe(0);
    // window.print() and the browser's own print fire beforeprint and lay the page out right after:
    // the summary must be there when the event returns.
    const during = await s.page.evaluate(() => {
      dispatchEvent(new Event('beforeprint'));
      const items = [...document.querySelectorAll('.print-summary [data-print-finding]')];
      return items.reduce((n, li) => n + Number(li.getAttribute('data-count')), 0);
    });
    expect(during).toBe(findings);
    await s.page.evaluate(() => dispatchEvent(new Event('afterprint')));
    expect(await s.page.locator('.print-summary').count()).toBe(0);
    // Print media (emulated, as a print preview lays the page out) makes it too.
    await s.page.emulateMedia({ media: 'print' });
    await s.page.locator('.print-summary').waitFor({ state: 'attached' });
    expect(await printed()).toBe(findings);
    await s.page.emulateMedia({ media: 'screen' });
    await s.page.locator('.print-summary').waitFor({ state: 'detached' });
  });
});

describe('a report of many tables on the page', () => {
  let s: Session;
  let tables = 0;
  beforeAll(async () => {
    // Seed 001's text eight times over: one document of 72 tables (a text has no pages).
    const text = readFileSync(TEXT_SEED, 'utf8');
    const file = {
      name: 'budget-8x.txt',
      bytes: new TextEncoder().encode(Array.from({ length: 8 }, () => text).join('\n')),
    };
    const { s: session, report } = await opened(file.name, file.bytes);
    s = session;
    tables = report?.tables.length ?? 0;
    await s.page.locator('input[data-pick="documents"]').setInputFiles({
      name: file.name,
      mimeType: 'text/plain',
      buffer: Buffer.from(file.bytes),
    });
    await s.page.locator('.findings[data-complete]').waitFor({ state: 'attached', timeout: 120_000 });
  }, 180_000);
  afterAll(() => s?.close());

  it('renders the Tables tab in slices, up to every table', async () => {
    expect(tables).toBeGreaterThan(40);
    const rendered = renderedSteps(s.page, '.tables');
    await s.page.locator('[role="tab"]').nth(1).click();
    const steps = await rendered;
    expect(steps[0]).toBeGreaterThan(0);
    expect(steps[0]).toBeLessThan(tables);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(tables);
    expect(await s.page.locator('.tables').getAttribute('data-total')).toBe(String(tables));
    expect(await s.page.locator('.table-section').count()).toBe(tables);
  });
});
