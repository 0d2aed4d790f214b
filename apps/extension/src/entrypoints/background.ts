import { browser } from 'wxt/browser';
import { registerAutoSites } from '../background/auto-sites';
import { PdfCache } from '../background/cache';
import { offscreenReader } from '../background/offscreen-reader';
import { checkPdf, type PdfReader } from '../background/pdf-service';
import { canFetch } from '../background/permissions';
import { JobQueue } from '../background/queue';
import { handleMessages, type PdfOutcome } from '../shared/messages';
import { pdfFetchDecision } from '../shared/pdf-policy';
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
  const allowed = async (url: string, pageUrl: string | undefined) =>
    pdfFetchDecision(url, pageUrl, (await loadSettings()).pdfOtherSites);
  const deps = { cache, queue, read, canFetch, allowed };

  // Messages are validated and their senders checked in handleMessages; a content script's URLs are
  // judged against the page it runs in (sender.url, which the browser sets, not the page).
  handleMessages(
    {
      'pdf:check': ({ url, force }, sender) => checkPdf(deps, url, force, sender.url),
      'cache:lookup': ({ hash }) => cache.byHash(hash),
      'pdf:report': ({ url }) => cache.report(url),
      'report:open': async ({ url }, sender) => {
        // Only a PDF checked before (its report is cached) from a page the policy lets link it.
        if (!(await allowed(url, sender.url)).ok || !(await cache.report(url))) return null;
        await browser.tabs.create({ url: browser.runtime.getURL(`/report.html?url=${encodeURIComponent(url)}`) });
        return null;
      },
      'settings:changed': async () => {
        await registerAutoSites(await loadSettings());
        return null;
      },
    },
    (type, why) => console.warn(`[hezhang] message ${type} turned away: ${why}`),
  );

  const register = () => void loadSettings().then(registerAutoSites);
  browser.permissions.onAdded.addListener(register);
  browser.permissions.onRemoved.addListener(register);
  register();
});
