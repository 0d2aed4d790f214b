import { rawLines } from './text-lines.js';
/** Empty lines that separate printed pages in plain-text extractions (seed 000 shows three). */
export const PAGE_GAP = 3;
/**
 * Plain text where the extractor dropped empty cells and column geometry (seed 000): cells are the
 * whitespace-separated tokens; which column a value belongs to must be decided later.
 * Pages are numbered from the large gaps the extractor leaves at page breaks.
 */
export function plainLayout(text) {
  let page = 1;
  const lines = [];
  for (const raw of rawLines(text)) {
    const breaks = raw.gap >= PAGE_GAP && lines.length > 0;
    if (breaks) page++;
    const tokens = raw.text.split(/[ \t\u3000]+/).filter(Boolean);
    lines.push({
      text: raw.text.trim(),
      cells: tokens.map((t) => ({ text: t })),
      lineNo: raw.lineNo,
      gap: raw.gap,
      indent: raw.indent,
      page,
      blockStart: breaks || lines.length === 0,
    });
  }
  return { format: 'plain', mode: 'tokens', lines, pages: page };
}
//# sourceMappingURL=plain.js.map
