import { type HtmlPage, htmlLayout } from './layout/html.js';
import type { BudgetDocument } from './model/document.js';
import { type ParseOptions, parseLayout } from './parse.js';

/**
 * Reads a web page's budget tables and text (see HtmlPage) as one document. Rows and cells point
 * back to the page through `source.line`: the line numbers of `htmlLayout`, mapped by `htmlLineOrigins`.
 */
export function parseHtmlDocument(page: HtmlPage, options: ParseOptions = {}): BudgetDocument {
  return parseLayout(htmlLayout(page), 'html', options);
}
