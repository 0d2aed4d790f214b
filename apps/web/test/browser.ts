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

export async function openSession(): Promise<Session> {
  const server = await serve({ port: 0 });
  const { context, dispose } = await launchChromium();
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
