import type { HtmlBlock, HtmlPage } from '@hezhang/core';
import { PAGE_LIMITS } from '../shared/limits';

/**
 * The page's DOM as core's HTML input, with the elements each block came from so findings can be
 * shown where they are. Reads `textContent` only (no layout: scanning never forces a reflow).
 */
export interface ScannedPage {
  page: HtmlPage;
  /** Parallel to `page.blocks`. */
  elements: ScannedBlock[];
  /** Tables left unread for their size (SCAN_LIMITS): said on the panel, never checked. */
  skippedTables: number;
  /** The page's text went past SCAN_LIMITS.maxTextChars: the rest was not read. */
  textCut: boolean;
}

/** How much of a page is read (shared/limits.ts says why). */
export interface ScanLimits {
  maxTableRows: number;
  maxRows: number;
  maxTextChars: number;
}

export const SCAN_LIMITS: ScanLimits = {
  maxTableRows: PAGE_LIMITS.maxTableRows,
  maxRows: PAGE_LIMITS.maxRows,
  maxTextChars: PAGE_LIMITS.maxTextChars,
};

export type ScannedBlock =
  | { type: 'text'; element: Element }
  | { type: 'table'; element: HTMLTableElement; rows: HTMLTableRowElement[]; cells: HTMLTableCellElement[][] };

/** Elements whose text is not page text. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'CANVAS',
  'SELECT',
  'TEXTAREA',
  'OBJECT',
]);

/** Elements that start a new text block (no computed styles: that would force layout). */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** The extension's own elements are named hezhang-*: never read them as page content. */
export function isOwnElement(el: Element): boolean {
  return el.localName.startsWith('hezhang-');
}

/** A data table: one without tables inside (pages laid out with tables nest the real ones). */
function isLeafTable(el: Element): el is HTMLTableElement {
  return el.tagName === 'TABLE' && el.querySelector('table') === null;
}

/** A cell's text; a cell holding pages of text is no budget cell, and only its start is read. */
function cellText(cell: Element): string {
  return (cell.textContent ?? '').slice(0, PAGE_LIMITS.maxCellChars);
}

export function scanPage(root: Element, limits: ScanLimits = SCAN_LIMITS): ScannedPage {
  const blocks: HtmlBlock[] = [];
  const elements: ScannedBlock[] = [];
  let text = '';
  let owner: Element | undefined;
  let rowsRead = 0;
  let charsRead = 0;
  let skippedTables = 0;

  const flush = (): void => {
    if (owner && text.trim() !== '') {
      charsRead += text.length;
      blocks.push({ type: 'text', text });
      elements.push({ type: 'text', element: owner });
    }
    text = '';
    owner = undefined;
  };

  const visit = (el: Element): void => {
    if (SKIP.has(el.tagName.toUpperCase()) || isOwnElement(el) || (el as HTMLElement).hidden) return;
    if (isLeafTable(el)) {
      flush();
      // Counted without reading a cell: a table of 100,000 rows costs nothing more.
      const count = el.rows.length;
      if (count > limits.maxTableRows || rowsRead + count > limits.maxRows) {
        skippedTables++;
        return;
      }
      rowsRead += count;
      const rows = Array.from(el.rows);
      const cells = rows.map((r) => Array.from(r.cells));
      const caption = el.caption ? cellText(el.caption) : '';
      blocks.push({
        type: 'table',
        ...(caption.trim() ? { caption } : {}),
        rows: cells.map((line) => line.map((c) => ({ text: cellText(c), rowspan: c.rowSpan, colspan: c.colSpan }))),
      });
      elements.push({ type: 'table', element: el, rows, cells });
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        // Past the text bound the walk goes on for tables only (they have their own bound).
        const room = limits.maxTextChars - charsRead - text.length;
        if (room <= 0) continue;
        const t = (node.textContent ?? '').slice(0, room).replace(/[ \t\r\n]+/g, ' ');
        if (t.trim() === '' && text === '') continue;
        owner ??= el;
        text += t;
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const child = node as Element;
        if (child.tagName === 'BR') text += '\n';
        else visit(child);
      }
    }
    if (block) flush();
  };

  visit(root);
  flush();
  return { page: { blocks }, elements, skippedTables, textCut: charsRead + text.length >= limits.maxTextChars };
}
