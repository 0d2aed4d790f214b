import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Sender } from '../../src/shared/messages';

/** The extension's parts and a content script, as the browser names them to a message's listener. */
export const EXT = 'chrome-extension://test-extension-id';
export const ID = 'test-extension-id';
export const content: Sender = {
  id: ID,
  tab: { id: 7, url: 'https://czj.example.gov.cn/' },
  url: 'https://czj.example.gov.cn/x',
};
export const popup: Sender = { id: ID, url: `${EXT}/popup.html` };
export const offscreen: Sender = { id: ID, url: `${EXT}/offscreen.html` };
export const report: Sender = { id: ID, url: `${EXT}/report.html` };
export const background: Sender = { id: ID, url: `${EXT}/background.js` };

/** Delivers a message as the browser would from `sender`; what the listeners answered (undefined: none did). */
export async function deliver(message: unknown, sender: Sender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    message,
    sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1],
  );
  const answer = answers.find((a: unknown) => a !== false && a !== undefined);
  return answer instanceof Promise ? await answer : answer;
}
