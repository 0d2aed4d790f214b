import { htmlLayout } from './layout/html.js';
import { parseLayout } from './parse.js';

export { expandTable, htmlLayout, htmlLineOrigins } from './layout/html.js';
/**
 * Reads a web page's budget tables and text (see HtmlPage) as one document. Rows and cells point
 * back to the page through `source.line`: the line numbers of `htmlLayout`, mapped by `htmlLineOrigins`.
 */
export function parseHtmlDocument(page, options = {}) {
  return parseLayout(htmlLayout(page), 'html', options);
}
//# sourceMappingURL=parse-html.js.map
