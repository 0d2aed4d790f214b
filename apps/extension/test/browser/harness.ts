import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';

// HEZHANG_EXTENSION_DIR: another build to measure (bench:three-pdfs on a variant's copied output).
export const EXTENSION_DIR =
  process.env.HEZHANG_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Route {
  body: string | Uint8Array;
  type: string;
  headers?: Record<string, string>;
  status?: number;
  /** Writes the body itself (a stream that never ends, a slow one); `body` is then ignored. */
  stream?: (res: ServerResponse) => void;
}

/** A tiny HTTP server on 127.0.0.1 that logs every request it gets. */
export class PageServer {
  readonly requests: string[] = [];
  private readonly routes = new Map<string, Route>();
  private server: Server | undefined;
  port = 0;

  route(path: string, route: Route): this {
    this.routes.set(path, route);
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      this.requests.push(path);
      const route = this.routes.get(path);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(route.status ?? 200, { 'content-type': route.type, ...route.headers });
      if (route.stream) route.stream(res);
      else res.end(route.body);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/**
 * The browser's proxy for every host but loopback: it answers nothing and records who was asked, so a
 * test can show that no request left the machine.
 */
export class TrapProxy {
  readonly requests: string[] = [];
  private server: Server | undefined;
  port = 0;

  async start(): Promise<this> {
    this.server = createServer((req: IncomingMessage, res) => {
      this.requests.push(`${req.method} ${req.url}`);
      res.writeHead(502).end();
    });
    this.server.on('connect', (req: IncomingMessage, socket) => {
      this.requests.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, a fresh profile, the built extension loaded, all traffic but loopback to `proxy`. */
export async function launchWithExtension(proxy: TrapProxy): Promise<LaunchedBrowser> {
  // '' : a new temporary profile for every launch.
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Chromium's own services (sign-in, updates, sync) would otherwise knock at the proxy too.
      '--disable-sync',
      '--disable-default-apps',
      '--no-pings',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  return { context, close: () => context.close() };
}

/** Starts the page server (its routes added before) and the trap proxy, then Chromium with the extension behind it. */
export async function launchAll(server: PageServer, proxy: TrapProxy): Promise<LaunchedBrowser> {
  await server.start();
  await proxy.start();
  return launchWithExtension(proxy);
}

/** Closes the browser (where it was launched), then the page server and the proxy. */
export async function closeAll(browser: LaunchedBrowser | undefined, server: PageServer, proxy: TrapProxy) {
  await browser?.close();
  await server.stop();
  await proxy.stop();
}

/** Waits until the page shows `count` PDF badges, each with a verdict; returns url → status. */
export async function pdfVerdicts(page: Page, count: number): Promise<Record<string, string>> {
  await page.waitForFunction(
    (n) => {
      const badges = Array.from(document.querySelectorAll<HTMLElement>('[data-hezhang-pdf]'));
      return badges.length === n && badges.every((b) => b.dataset.status);
    },
    count,
    { timeout: 110_000 },
  );
  return page.$$eval('[data-hezhang-pdf]', (els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.url, (e as HTMLElement).dataset.status])),
  );
}

interface DomNode {
  nodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * The extension's UI lives in closed shadow roots: page scripts, and Playwright's selectors, cannot
 * reach into them. The DevTools protocol can (as a person's eyes and mouse can): this finds elements
 * inside the closed roots of hosts, reads them and clicks them where they are drawn.
 */
export class ClosedShadow {
  private constructor(private readonly cdp: CDPSession) {}

  static async of(page: Page): Promise<ClosedShadow> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new ClosedShadow(cdp);
  }

  /** Elements matching `inner` inside the shadow roots of the hosts matching `host` (document order). */
  async find(host: string, inner: string): Promise<number[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const byId = new Map<number, DomNode>();
    const index = (n: DomNode) => {
      byId.set(n.nodeId, n);
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) index(c);
    };
    index(root);
    const { nodeIds } = await this.cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: host });
    const found: number[] = [];
    for (const id of nodeIds) {
      const shadow = byId.get(id)?.shadowRoots?.[0];
      if (!shadow) continue;
      const inside = await this.cdp.send('DOM.querySelectorAll', { nodeId: shadow.nodeId, selector: inner });
      found.push(...inside.nodeIds);
    }
    return found;
  }

  async first(host: string, inner: string): Promise<number> {
    const [id] = await this.find(host, inner);
    if (id === undefined) throw new Error(`nothing matches ${inner} inside ${host}`);
    return id;
  }

  /** Where it is drawn, or undefined when it is not (display: none). */
  async box(nodeId: number): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
    try {
      const { model } = await this.cdp.send('DOM.getBoxModel', { nodeId });
      const [x1, y1, , , x3, y3] = model.border as number[];
      return {
        x: x1 as number,
        y: y1 as number,
        width: (x3 as number) - (x1 as number),
        height: (y3 as number) - (y1 as number),
      };
    } catch {
      return undefined;
    }
  }

  /** One property of its computed style (`border-top-color`: "rgb(120, 144, 156)"). */
  async style(nodeId: number, property: string): Promise<string | undefined> {
    await this.cdp.send('CSS.enable');
    const { computedStyle } = await this.cdp.send('CSS.getComputedStyleForNode', { nodeId });
    return computedStyle.find((p) => p.name === property)?.value;
  }

  async attribute(nodeId: number, name: string): Promise<string | undefined> {
    const { attributes } = await this.cdp.send('DOM.getAttributes', { nodeId });
    const at = attributes.findIndex((a, i) => i % 2 === 0 && a === name);
    return at >= 0 ? attributes[at + 1] : undefined;
  }

  async call<T>(nodeId: number, fn: string): Promise<T> {
    const { object } = await this.cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId as string,
      functionDeclaration: fn,
      returnByValue: true,
    });
    return result.value as T;
  }

  async text(nodeId: number): Promise<string> {
    return this.call<string>(nodeId, 'function () { return this.textContent; }');
  }

  /** A click in the middle of where the element is drawn, as a mouse makes it. */
  async click(page: Page, nodeId: number): Promise<void> {
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
    const box = await this.box(nodeId);
    if (!box) throw new Error('not drawn: cannot be clicked');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  async detach(): Promise<void> {
    await this.cdp.detach();
  }
}

/** The extension's id, from its service worker's URL. */
export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/**
 * The extension's popup as it opens over the tab showing `tabUrl`. A test cannot click the toolbar
 * button, so the popup is opened as a page, and its one question "which tab is active here?" is
 * answered with that tab (chrome.tabs.query, before the popup's script runs): everything else — the
 * message to the tab's content script, its validated reply, the drawing — is the popup's own.
 */
export async function openPopup(context: BrowserContext, tabUrl: string): Promise<Page> {
  const id = await extensionId(context);
  const popup = await context.newPage();
  await popup.addInitScript((url) => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<unknown> } } }).chrome
      .tabs;
    const query = tabs.query.bind(tabs);
    tabs.query = (q: object) => ('active' in q && 'currentWindow' in q ? query({ url: url.split('#')[0] }) : query(q));
  }, tabUrl);
  await popup.goto(`chrome-extension://${id}/popup.html`);
  return popup;
}
