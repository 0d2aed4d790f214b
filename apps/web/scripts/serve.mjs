#!/usr/bin/env node
// Serves the built offline page (apps/web/dist) on 127.0.0.1 with node:http only.
// Usage: node apps/web/scripts/serve.mjs [--port 4173] [--root DIR]; --port 0 picks a free port.
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
};

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

async function fileFor(root, urlPath) {
  let path;
  try {
    path = resolve(root, `.${decodeURIComponent(urlPath)}`);
  } catch {
    return undefined;
  }
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return fileFor(root, `${urlPath.replace(/\/?$/, '/')}index.html`);
  return info?.isFile() ? { path, size: info.size } : undefined;
}

/**
 * The page's own Content-Security-Policy (its meta tag), sent as a header with every file too: a
 * meta tag binds the page only, a header also binds the workers' scripts and what they fetch.
 */
function pagePolicy(root) {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
}

/** Starts the server; resolves with its URL and a close function. */
export function serve({ root = DIST, port = 4173, host = '127.0.0.1' } = {}) {
  const absoluteRoot = resolve(root);
  const policy = pagePolicy(absoluteRoot);
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = req.method === 'GET' || req.method === 'HEAD' ? await fileFor(absoluteRoot, urlPath) : undefined;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const ext = extname(file.path);
    res.writeHead(200, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': file.size,
      // Hashed assets never change; the page and the service worker are revalidated each time.
      'Cache-Control': urlPath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...(policy ? { 'Content-Security-Policy': policy } : {}),
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file.path).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}/`;
      resolvePromise({ url, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = option('root', DIST);
  const port = Number(option('port', process.env.PORT ?? 4173));
  const { url } = await serve({ root, port }).catch((error) => {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is in use / 端口 ${port} 已被占用: PORT=8080 (or --port 8080) picks another.`);
    process.exit(1);
  });
  // The address last and alone on its line, after whatever the build printed: what to open.
  console.log(`\nServing ${root} (Ctrl+C to stop). Open in a browser / 在浏览器中打开:\n\n    ${url}\n`);
}
