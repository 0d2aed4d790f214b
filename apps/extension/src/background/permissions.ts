import { browser } from 'wxt/browser';

/** The match pattern a host permission for the URL's site is asked and checked under (any port). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Whether the extension may fetch the URL: the user granted its site (or a test build's dev host). */
export function canFetch(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] });
}
