import { trimCell } from '../text/normalize.js';
import { rawLines } from './text-lines.js';

const SEPARATOR = /^\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?$/;
/**
 * Markdown tables (seed 004): one block per printed page, each with its own (sometimes blank) header
 * row and separator. Lines outside tables are single-cell lines; list markers are dropped.
 */
export function markdownLayout(text) {
  const lines = [];
  let inBlock = false;
  for (const raw of rawLines(text)) {
    const t = raw.text.trim();
    if (t.startsWith('|')) {
      if (SEPARATOR.test(t)) continue;
      const inner = t.replace(/^\|/, '').replace(/\|$/, '');
      const cells = inner.split('|').map((p, slot) => ({ text: trimCell(p), slot }));
      lines.push({
        text: cells
          .map((c) => c.text)
          .filter(Boolean)
          .join(' '),
        cells,
        lineNo: raw.lineNo,
        gap: raw.gap,
        blockStart: !inBlock || raw.gap > 0,
      });
      inBlock = true;
      continue;
    }
    inBlock = false;
    const plain = t.replace(/^[-*+]\s+/, '');
    lines.push({ text: plain, cells: [{ text: plain, slot: 0 }], lineNo: raw.lineNo, gap: raw.gap });
  }
  return { format: 'markdown', mode: 'slots', lines, pages: 0 };
}
//# sourceMappingURL=markdown.js.map
