/**
 * Real-browser harness: the built page served by scripts/serve.mjs on 127.0.0.1, Debian's Chromium
 * driven by playwright-core with a fresh profile, and every request the browser makes recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Session {
  url: string;
  context: BrowserContext;
  page: Page;
  /** Every URL the browser requested (pages, workers, service worker), in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function openSession(options: { downloads?: boolean } = {}): Promise<Session> {
  const server = (await serve({ port: 0 })) as { url: string; close(): Promise<void> };
  const profile = mkdtempSync(join(tmpdir(), 'hezhang-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    acceptDownloads: options.downloads ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    url: server.url,
    context,
    page,
    requests,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Drops files on the page as a person would: a drop event carrying them, on the page's body. */
export async function dropFiles(
  page: Page,
  files: { name: string; bytes: Uint8Array; type?: string }[],
): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.type ?? '', data: [...f.bytes] }));
  const transfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const item of items) dt.items.add(new File([new Uint8Array(item.data)], item.name, { type: item.type }));
    return dt;
  }, payload);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

/** Requests that went anywhere but the test server (blob: and data: URLs stay in the page). */
export function leftTheMachine(session: Session): string[] {
  return session.requests.filter((url) => !url.startsWith(session.url) && !/^(blob|data):/.test(url));
}
