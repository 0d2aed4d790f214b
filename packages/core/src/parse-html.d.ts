import { type HtmlPage } from './layout/html.js';
import type { BudgetDocument } from './model/document.js';
import { type ParseOptions } from './parse.js';

export {
  expandTable,
  type HtmlBlock,
  type HtmlCell,
  type HtmlCellOrigin,
  type HtmlGrid,
  type HtmlLineOrigin,
  type HtmlPage,
  type HtmlTable,
  type HtmlText,
  htmlLayout,
  htmlLineOrigins,
} from './layout/html.js';
/**
 * Reads a web page's budget tables and text (see HtmlPage) as one document. Rows and cells point
 * back to the page through `source.line`: the line numbers of `htmlLayout`, mapped by `htmlLineOrigins`.
 */
export declare function parseHtmlDocument(page: HtmlPage, options?: ParseOptions): BudgetDocument;
//# sourceMappingURL=parse-html.d.ts.map
