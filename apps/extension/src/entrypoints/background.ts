import { browser } from 'wxt/browser';
import { registerAutoSites } from '../background/auto-sites';
import { PdfCache } from '../background/cache';
import { offscreenReader } from '../background/offscreen-reader';
import { checkPdf, type PdfReader } from '../background/pdf-service';
import { canFetch } from '../background/permissions';
import { JobQueue } from '../background/queue';
import { handleMessages, type PdfOutcome } from '../shared/messages';
import { loadSettings } from '../shared/settings';

/** PDFs read at once: pdf.js on a big budget PDF takes a core for a few seconds. */
const PDF_CONCURRENCY = 2;

export default defineBackground(() => {
  const cache = new PdfCache();
  const queue = new JobQueue<PdfOutcome>(PDF_CONCURRENCY);
  let read: PdfReader = offscreenReader;
  if (import.meta.env.MANIFEST_VERSION === 2) {
    // Loaded only in the Firefox build (the branch is dropped from Chrome's service worker).
    const pending = import('../background/page-reader').then((m) => m.pageReader(cache));
    read = async (url) => (await pending)(url);
  }
  const deps = { cache, queue, read, canFetch };

  handleMessages({
    'pdf:check': ({ url, force }) => checkPdf(deps, url, force),
    'cache:lookup': ({ hash }) => cache.byHash(hash),
    'pdf:report': ({ url }) => cache.report(url),
    'report:open': async ({ url }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/report.html?url=${encodeURIComponent(url)}`) });
      return null;
    },
    'settings:changed': async () => {
      await registerAutoSites(await loadSettings());
      return null;
    },
  });

  const register = () => void loadSettings().then(registerAutoSites);
  browser.permissions.onAdded.addListener(register);
  browser.permissions.onRemoved.addListener(register);
  register();
});
