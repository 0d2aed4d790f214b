import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pdfjsAssets } from './vite/pdfjs-assets.js';
import { sampleDocument } from './vite/sample-document.js';

/** The engine's version, printed in the HTML report: the rules that judged are core's. */
const coreVersion = (
  JSON.parse(readFileSync(new URL('../../packages/core/package.json', import.meta.url), 'utf8')) as { version: string }
).version;

// base './': the built folder works from any static file server, at any path.
export default defineConfig({
  base: './',
  define: { __HEZHANG_VERSION__: JSON.stringify(coreVersion) },
  plugins: [
    preact(),
    pdfjsAssets('pdfjs'),
    sampleDocument(),
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by the page itself once it is quiet (src/offline.ts), not at load: the install
      // precaches ~200 files and would compete with the warm-up and the first file's read.
      injectRegister: null,
      manifest: {
        name: '核账 Hezhang',
        short_name: '核账',
        description: '在本机核对部门预算的表格与文字 — checks budget disclosures offline',
        lang: 'zh-CN',
        start_url: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b57d0',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        // The app, its workers, pdf.js' worker, CMaps (bcmap), standard fonts (pfb, ttf), wasm decoders, ICC
        // profiles, and the sample budget (offered on the empty page, read while idle to warm the workers).
        globPatterns: ['**/*.{html,js,mjs,css,svg,webmanifest,bcmap,pfb,ttf,wasm,icc}', 'sample/*.pdf'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: null,
        // Offline from the first visit: the new worker takes over this page at once.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
});
