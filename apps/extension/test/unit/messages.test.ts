import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, sendMessage } from '../../src/shared/messages';

describe('messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('routes a message to its handler and returns the reply', async () => {
    handleMessages({ 'cache:lookup': async () => null });
    handleMessages({
      'pdf:check': async ({ url }) => ({
        ok: false,
        failure: { kind: 'needs-permission', origin: new URL(url).origin },
      }),
    });
    expect(await sendMessage('pdf:check', { url: 'https://a.gov.cn/x.pdf' })).toEqual({
      ok: false,
      failure: { kind: 'needs-permission', origin: 'https://a.gov.cn' },
    });
  });

  it('leaves messages it has no handler for to other listeners', async () => {
    handleMessages({ 'settings:changed': async () => null });
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve('other listener'));
    expect(await fakeBrowser.runtime.sendMessage({ type: 'offscreen:read', payload: { url: 'x' } })).toBe(
      'other listener',
    );
    expect(await fakeBrowser.runtime.sendMessage('not an envelope')).toBe('other listener');
  });

  it('replies undefined when a handler throws', async () => {
    handleMessages({
      'pdf:report': async () => {
        throw new Error('storage gone');
      },
    });
    expect(await sendMessage('pdf:report', { url: 'x' })).toBeUndefined();
  });
});
