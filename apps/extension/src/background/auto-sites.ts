import { browser } from 'wxt/browser';
import type { Settings } from '../shared/settings';

const SCRIPT_ID = 'hezhang-auto';
const CONTENT_SCRIPT = 'content-scripts/content.js';

/**
 * Registers the content script for the automatic sites whose host permission the user granted (a site
 * listed without it is left out until it is granted).
 */
export async function registerAutoSites(settings: Settings): Promise<string[]> {
  const granted: string[] = [];
  for (const site of settings.autoSites) {
    if (await browser.permissions.contains({ origins: [`${site}/*`] })) granted.push(`${site}/*`);
  }
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0)
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: granted, js: [CONTENT_SCRIPT], runAt: 'document_idle' },
    ]);
  return granted;
}
