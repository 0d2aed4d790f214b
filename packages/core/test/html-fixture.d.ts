import { type BudgetDocument, type HtmlPage } from '../src/index.js';
/**
 * A budget document rendered the way department sites publish it as HTML: prose paragraphs, each table
 * under its title (a <caption> for every other table, a heading before it otherwise), headers as
 * merged cells (rowspan/colspan), 合计 spanning the code columns. The browser extension's real-browser
 * tests serve these pages too.
 */
export declare function htmlPageOf(doc: BudgetDocument): HtmlPage;
//# sourceMappingURL=html-fixture.d.ts.map
