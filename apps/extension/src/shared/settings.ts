import { storage } from 'wxt/utils/storage';

/** When linked PDFs are checked: when their badge is clicked, by themselves on the automatic sites, or never. */
export type PdfPolicy = 'on-demand' | 'automatic' | 'off';
export type Language = 'zh' | 'en';

export interface Settings {
  language: Language;
  /** Origins ("https://www.example.gov.cn") whose pages are checked as they load. */
  autoSites: string[];
  pdfPolicy: PdfPolicy;
  /**
   * Check PDFs a page links on other sites too (still never private-network addresses). Off: a page
   * cannot make the extension fetch from sites the user granted for other pages (pdf-policy.ts).
   */
  pdfOtherSites: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'zh',
  autoSites: [],
  pdfPolicy: 'on-demand',
  pdfOtherSites: false,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/**
 * Whether the page's summary panel is open. It starts closed (open, it covered a quarter of a
 * budget table) and stays as the reader last left it, on every site.
 */
export const panelOpenItem = storage.defineItem<boolean>('local:panelOpen', { fallback: false });

export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

/** Hosts a test build runs on by itself (HEZHANG_DEV_HOSTS at build time); none in a release. */
export const DEV_HOSTS: readonly string[] = __HEZHANG_DEV_HOSTS__;

export function isDevPage(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' && DEV_HOSTS.includes(u.hostname);
  } catch {
    return false;
  }
}

/** The origin a site setting is kept under; undefined for pages the extension never runs on. */
export function siteOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** How a page is treated: checked as it loads, and whether its PDF links are checked by themselves. */
export function pageMode(settings: Settings, url: string): { auto: boolean; autoPdf: boolean; pdf: boolean } {
  if (isDevPage(url)) return { auto: true, autoPdf: true, pdf: true };
  const site = siteOf(url);
  const auto = site !== undefined && settings.autoSites.includes(site);
  return { auto, autoPdf: auto && settings.pdfPolicy === 'automatic', pdf: settings.pdfPolicy !== 'off' };
}
