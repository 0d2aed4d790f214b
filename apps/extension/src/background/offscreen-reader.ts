import { browser } from 'wxt/browser';
import { sendMessage } from '../shared/messages';
import type { PdfReader } from './pdf-service';
import type { TogetherReader } from './together-service';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

/**
 * Chrome's service worker can start neither a Worker nor a dynamic import, so pdf.js runs in an
 * offscreen document (reason WORKERS). Only one may exist: concurrent callers share its creation.
 */
async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url,
      reasons: ['WORKERS'],
      justification: 'Reads budget PDFs with pdf.js, which needs a Web Worker',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

export const offscreenReader: PdfReader = async (url) => {
  await ensureOffscreenDocument();
  return sendMessage('offscreen:read', { url });
};

export const offscreenTogether: TogetherReader = async (documents) => {
  await ensureOffscreenDocument();
  return sendMessage('offscreen:together', { documents });
};
