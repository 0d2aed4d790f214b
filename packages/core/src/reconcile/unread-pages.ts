import type { BudgetDocument } from '../model/document.js';

/**
 * Pages whose text could not be read (a font without a Unicode map, private-use characters, a scan
 * without a text layer, a page past the reader's bounds), from the reader's diagnostics. Nothing printed there can be relied on, and
 * nothing can be concluded to be absent from the document while they exist: a table "missing" may be
 * printed on one of them.
 */
const UNREAD_CODES = new Set(['text_unmapped_font', 'text_private_use', 'text_no_text_layer', 'text_unreadable_page']);

const cache = new WeakMap<BudgetDocument, ReadonlySet<number>>();

export function unreadPages(document: BudgetDocument): ReadonlySet<number> {
  let pages = cache.get(document);
  if (!pages) {
    const found = new Set<number>();
    for (const d of document.diagnostics) {
      if (!UNREAD_CODES.has(d.code)) continue;
      const { page, pages: list } = d.params;
      if (typeof page === 'number') found.add(page);
      if (Array.isArray(list)) for (const p of list) if (typeof p === 'number') found.add(p);
    }
    pages = found;
    cache.set(document, pages);
  }
  return pages;
}
