import type { Diagnostic } from '../model/document.js';
import { problem } from '../model/problem.js';
import type { BudgetTable } from '../model/table.js';
import { normalizeText, PRIVATE_USE } from '../text/normalize.js';
import { clippedText } from './clipped.js';
import type { PdfSettings } from './pdf-settings.js';
import type { PositionedDocument } from './pdf-types.js';

/**
 * Whether a PDF's text layer says what the page shows. Findings (diagnostics with codes `text_…`):
 * - text_unmapped_font: a font without a Unicode map — its text decodes to control codes or
 *   replacement characters instead of the printed characters;
 * - text_private_use: private-use characters, which no normalisation can turn back into ideographs;
 * - text_lookalike: Kangxi radicals, compatibility ideographs and full-width forms, normalised (info);
 * - text_no_text_layer: a page with images and no text (a scan), text_blank_page: an empty page
 *   inside the document, text_unreadable_page: a page the reader gave up on (past one of its bounds);
 * - text_clipped: words drawn outside their clip area, visible nowhere (see clipped.ts).
 * Tables printed on a page whose text cannot be trusted are marked: every cell counts as unread, so
 * checks report insufficient data instead of comparing garbage.
 */

/** Decoded glyphs that are no text: C0/C1 controls and the replacement character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control codes are exactly what an unmapped font decodes to
const GARBAGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/gu;
const PRIVATE_USE_ALL = new RegExp(PRIVATE_USE.source, 'gu');

export interface TextIntegrity {
  diagnostics: Diagnostic[];
  /** Pages whose text cannot be trusted, with the reason: a font without a Unicode map, or private-use characters. */
  untrusted: Map<number, UntrustedPage>;
}

export type UntrustedPage = { font: string } | { privateUse: number };

export function textIntegrity(
  doc: PositionedDocument,
  settings: Pick<PdfSettings, 'integrity' | 'clipping'>,
): TextIntegrity {
  const { garbageMin, garbageShare } = settings.integrity;
  const diagnostics: Diagnostic[] = [];
  const untrusted = new Map<number, UntrustedPage>();
  const perFont = new Map<string, { chars: number; garbage: number; pages: Set<number> }>();
  let lookalikes = 0;

  for (const page of doc.pages) {
    if (page.unreadable) {
      diagnostics.push({
        ...problem('text_unreadable_page', { page: page.page, reason: page.unreadable }),
        severity: 'error',
        source: { page: page.page },
      });
      continue;
    }
    let privateUse = 0;
    let chars = 0;
    for (const item of page.items) {
      const text = item.text.replace(/\s+/g, '');
      if (text === '') continue;
      chars += text.length;
      const font = perFont.get(item.font) ?? { chars: 0, garbage: 0, pages: new Set<number>() };
      perFont.set(item.font, font);
      font.chars += text.length;
      const garbage = text.match(GARBAGE)?.length ?? 0;
      font.garbage += garbage;
      if (garbage > 0) font.pages.add(page.page);
      privateUse += text.match(PRIVATE_USE_ALL)?.length ?? 0;
      if (normalizeText(text) !== text) lookalikes += countChanged(text);
    }
    if (privateUse > 0) {
      untrusted.set(page.page, { privateUse });
      diagnostics.push({
        ...problem('text_private_use', { page: page.page, count: privateUse }),
        severity: 'warning',
        source: { page: page.page },
      });
    }
    if (chars === 0) {
      const scan = page.images > 0;
      const inside = page.page > 1 && page.page < doc.pages.length;
      if (scan || inside)
        diagnostics.push(
          scan
            ? { ...problem('text_no_text_layer', { page: page.page }), severity: 'error', source: { page: page.page } }
            : { ...problem('text_blank_page', { page: page.page }), severity: 'warning', source: { page: page.page } },
        );
    }
  }

  for (const [id, font] of perFont) {
    if (font.garbage < Math.max(garbageMin, garbageShare * font.chars)) continue;
    const name = doc.fonts.find((f) => f.id === id)?.name ?? id;
    const pages = [...font.pages].sort((a, b) => a - b);
    for (const p of pages) untrusted.set(p, { font: name });
    diagnostics.push({
      ...problem('text_unmapped_font', { font: name, pages }),
      severity: 'error',
      source: { page: pages[0] as number },
    });
  }
  diagnostics.push(...clippedText(doc, settings.clipping));
  if (lookalikes > 0) diagnostics.push({ ...problem('text_lookalike', { count: lookalikes }), severity: 'info' });
  return { diagnostics, untrusted };
}

function countChanged(text: string): number {
  let n = 0;
  for (const ch of text) if (normalizeText(ch) !== ch) n++;
  return n;
}

/**
 * Marks the tables printed on untrusted pages: every value counts as unread (checks then report
 * insufficient data rather than a comparison of garbage), and the table says why.
 */
export function markUntrusted(tables: BudgetTable[], untrusted: ReadonlyMap<number, UntrustedPage>): void {
  for (const table of tables) {
    const pages = table.pages.filter((p) => untrusted.has(p));
    if (pages.length === 0) continue;
    const fonts = new Set<string>();
    const privateUse: number[] = [];
    const counts: number[] = [];
    for (const p of pages) {
      const why = untrusted.get(p);
      if (why && 'font' in why) fonts.add(why.font);
      else if (why) {
        privateUse.push(p);
        counts.push(why.privateUse);
      }
    }
    const reason = problem('untrusted_text', { fonts: [...fonts], privateUse, counts });
    table.problems.push(reason);
    table.untrusted = reason;
  }
}
