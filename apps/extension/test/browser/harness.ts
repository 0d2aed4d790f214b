import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Route {
  body: string | Uint8Array;
  type: string;
  headers?: Record<string, string>;
  status?: number;
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
      res.writeHead(route.status ?? 200, { 'content-type': route.type, ...route.headers }).end(route.body);
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
