import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, pageMode, siteOf, updateSettings } from '../../src/shared/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to Chinese, no automatic site, PDFs on demand', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ language: 'zh', autoSites: [], pdfPolicy: 'on-demand', pdfOtherSites: false });
  });

  it('keeps changes', async () => {
    await updateSettings({ autoSites: ['https://czj.sh.gov.cn'] });
    await updateSettings({ language: 'en' });
    expect(await loadSettings()).toEqual({
      language: 'en',
      autoSites: ['https://czj.sh.gov.cn'],
      pdfPolicy: 'on-demand',
      pdfOtherSites: false,
    });
  });

  it('runs by itself only on the chosen sites, and checks PDFs there only under the automatic policy', () => {
    const settings = { ...DEFAULT_SETTINGS, autoSites: ['https://czj.sh.gov.cn'] };
    expect(pageMode(settings, 'https://czj.sh.gov.cn/ysgk/2025.html')).toEqual({
      auto: true,
      autoPdf: false,
      pdf: true,
    });
    expect(pageMode({ ...settings, pdfPolicy: 'automatic' }, 'https://czj.sh.gov.cn/a')).toEqual({
      auto: true,
      autoPdf: true,
      pdf: true,
    });
    expect(pageMode({ ...settings, pdfPolicy: 'automatic' }, 'https://other.gov.cn/a')).toEqual({
      auto: false,
      autoPdf: false,
      pdf: true,
    });
    expect(pageMode({ ...settings, pdfPolicy: 'off' }, 'https://czj.sh.gov.cn/a').pdf).toBe(false);
  });

  it('keeps sites as origins and ignores pages it cannot run on', () => {
    expect(siteOf('https://czj.sh.gov.cn:8443/a/b?c')).toBe('https://czj.sh.gov.cn:8443');
    expect(siteOf('chrome://extensions')).toBeUndefined();
    expect(siteOf('not a url')).toBeUndefined();
  });
});
