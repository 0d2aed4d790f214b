import { trimCell } from '../text/normalize.js';
import { rawLines } from './text-lines.js';
/** Tab-separated cells, empty cells kept (seeds 001–003): a cell's index is its column. */
export function tsvLayout(text) {
  const lines = rawLines(text).map((raw) => {
    const parts = raw.text.split('\t');
    return {
      text: raw.text.replaceAll('\t', ' ').trim(),
      cells: parts.map((p, slot) => ({ text: trimCell(p), slot })),
      lineNo: raw.lineNo,
      gap: raw.gap,
    };
  });
  return { format: 'tsv', mode: 'slots', lines, pages: 0 };
}
//# sourceMappingURL=tsv.js.map
