import type { Lang } from './i18n.js';

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Date and time as Intl prints them for zh-CN (2026/1/5 04:07:09) and en-GB (05/01/2026, 04:07:09),
 * local time, written out here: the first Intl.DateTimeFormat of a page loads the locale's data, which
 * held the page's main thread 100–170 ms the moment the first report was saved. The page's history and
 * the exported report both write dates with it.
 */
export function formatDate(ms: number, lang: Lang): string {
  const d = new Date(ms);
  const time = `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
  return lang === 'zh'
    ? `${d.getFullYear()}/${d.getMonth() + 1}/${d.getDate()} ${time}`
    : `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}, ${time}`;
}
