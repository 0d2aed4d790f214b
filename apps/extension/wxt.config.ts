import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const require = createRequire(import.meta.url);
const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));

/**
 * Hosts where a test build runs by itself, with PDF checks on (HEZHANG_DEV_HOSTS=127.0.0.1): real-browser
 * tests serve their pages there. A release build has none.
 */
const devHosts = (process.env.HEZHANG_DEV_HOSTS ?? '')
  .split(',')
  .map((h) => h.trim())
  .filter(Boolean);
const devMatches = devHosts.map((h) => `http://${h}/*`);

export default defineConfig({
  srcDir: 'src',
  // The version comes from package.json, which changesets bump with the rest of the monorepo.
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Hezhang 核账',
    description: '核对政府部门预算公开：网页上的预算表与链接的预算 PDF 是否自洽。全部在本机完成，不上传任何数据。',
    permissions: [
      'storage',
      'activeTab',
      'scripting',
      ...(browser === 'chrome' ? ['offscreen'] : []),
      // MV2 lists host permissions with the API permissions.
      ...(manifestVersion === 2 ? devMatches : []),
    ],
    ...(manifestVersion === 3
      ? { host_permissions: devMatches, optional_host_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_permissions: ['http://*/*', 'https://*/*'] }),
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self'; object-src 'self'" }
        : "script-src 'self'; object-src 'self'",
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'hezhang@hezhang.dev',
              strict_min_version: '115.0',
              // Firefox's data collection consent: the extension collects and sends nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    // pdf.js with core in one file (the background page, the report page: ~700 kB) is loaded from the
    // extension's own files, never over a network: Vite's 500 kB warning is about downloads.
    build: { chunkSizeWarningLimit: 1024 },
    define: { __HEZHANG_DEV_HOSTS__: JSON.stringify(devHosts) },
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The content script is registered at runtime for the sites the user chose; a test build also
      // declares it for its dev hosts.
      if (devMatches.length === 0) return;
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: devMatches,
        js: ['content-scripts/content.js'],
        run_at: 'document_idle',
      });
    },
    'build:publicAssets': (_wxt, files) => {
      // pdf.js loads CMaps and standard fonts by URL: without them Chinese text in non-embedded fonts disappears.
      for (const dir of ['cmaps', 'standard_fonts'])
        for (const name of readdirSync(join(pdfjsDir, dir)))
          files.push({ absoluteSrc: join(pdfjsDir, dir, name), relativeDest: `pdfjs/${dir}/${name}` });
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
});
