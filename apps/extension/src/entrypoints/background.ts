import { browser } from 'wxt/browser';
import { registerAutoSites } from '../background/auto-sites';
import { PdfCache } from '../background/cache';
import { offscreenReader, offscreenTogether } from '../background/offscreen-reader';
import { checkPdf, type PdfReader } from '../background/pdf-service';
import { canFetch } from '../background/permissions';
import { JobQueue } from '../background/queue';
import { groupReports, readPageTogether, type TogetherReader } from '../background/together-service';
import { handleMessages, type PdfOutcome, type TogetherResult } from '../shared/messages';
import { pdfFetchDecision } from '../shared/pdf-policy';
import { loadSettings } from '../shared/settings';

/** PDFs read at once: pdf.js on a big budget PDF takes a core for a few seconds. */
const PDF_CONCURRENCY = 2;

export default defineBackground(() => {
  const cache = new PdfCache();
  const queue = new JobQueue<PdfOutcome>(PDF_CONCURRENCY);
  let read: PdfReader = offscreenReader;
  let readTogether: TogetherReader = offscreenTogether;
  if (import.meta.env.MANIFEST_VERSION === 2) {
    // Loaded only in the Firefox build (the branch is dropped from Chrome's service worker).
    const module = import('../background/page-reader');
    const pending = module.then((m) => m.pageReader(cache));
    read = async (url) => (await pending)(url);
    readTogether = async (documents) => (await module).pageTogether(documents);
  }
  const allowed = async (url: string, pageUrl: string | undefined) =>
    pdfFetchDecision(url, pageUrl, (await loadSettings()).pdfOtherSites);
  const deps = { cache, queue, read, canFetch, allowed };
  // One reading together at a time: it takes a core for a second or two, like a PDF.
  const together = { cache, queue: new JobQueue<TogetherResult | null>(1), read: readTogether, allowed };
  const reportPage = (query: Record<string, string>) =>
    browser.tabs.create({ url: browser.runtime.getURL(`/report.html?${new URLSearchParams(query)}`) });

  // Messages are validated and their senders checked in handleMessages; a content script's URLs are
  // judged against the page it runs in (sender.url, which the browser sets, not the page).
  handleMessages(
    {
      'pdf:check': ({ url, force }, sender) => checkPdf(deps, url, force, sender.url),
      'cache:lookup': ({ hash }) => cache.byHash(hash),
      'pdf:report': ({ url }) => cache.report(url),
      'report:open': async ({ url, part }, sender) => {
        // Only a PDF checked before (its report is cached) from a page the policy lets link it.
        if (!(await allowed(url, sender.url)).ok || !(await cache.report(url))) return null;
        await reportPage({ url, ...(part !== undefined ? { part: String(part) } : {}) });
        return null;
      },
      'pdf:together': ({ urls }, sender) => readPageTogether(together, urls, sender.url),
      'together:open': async ({ id, url, part, dossier }, sender) => {
        // Only a group read together before, and only a document of it the policy lets this page link.
        const group = await cache.group(id);
        if (!group) return null;
        if (url !== undefined) {
          if (!group.members.some((m) => m.urls.includes(url)) || !(await allowed(url, sender.url)).ok) return null;
          await reportPage({ url, together: id, ...(part !== undefined ? { part: String(part) } : {}) });
        } else if (dossier !== undefined) await reportPage({ together: id, dossier });
        return null;
      },
      'together:reports': ({ id }) => groupReports(cache, id),
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
