/**
 * Real-browser harness: the built page served by scripts/serve.mjs on 127.0.0.1, Debian's Chromium
 * driven by playwright-core with a fresh profile, and every request the browser makes recorded.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';

export { dropFiles } from '../scripts/chromium.mjs';

export interface Session {
  url: string;
  context: BrowserContext;
  page: Page;
  /** Every URL the browser requested (pages, workers, service worker), in order. */
  requests: string[];
  /** Every error the page left uncaught, in order. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * How long a locator waits for what it waits for (a verdict, a button enabled). Playwright's 30 s is
 * too short on a CI runner where six suites share two cores (a 25-page verdict, ~2 s idle, took over
 * 30 s at load 30); a hang still fails, within the test's own 120 s.
 */
const WAIT_MS = 90_000;

export async function openSession(): Promise<Session> {
  const server = await serve({ port: 0 });
  const { context, dispose } = await launchChromium();
  context.setDefaultTimeout(WAIT_MS);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return {
    url: server.url,
    context,
    page,
    requests,
    pageErrors,
    async close() {
      await dispose();
      await server.close();
    },
  };
}

/** Requests that went anywhere but the test server (blob: and data: URLs stay in the page). */
export function leftTheMachine(session: Session): string[] {
  return session.requests.filter((url) => !url.startsWith(session.url) && !/^(blob|data):/.test(url));
}
