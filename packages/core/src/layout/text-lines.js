import { normalizeText } from '../text/normalize.js';
/** Splits normalised text into non-empty lines, counting the empty lines between them. */
export function rawLines(text) {
  const out = [];
  let gap = 0;
  const lines = normalizeText(text).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^[\s\u3000]*$/.test(line)) {
      gap++;
      continue;
    }
    out.push({ text: line, lineNo: i + 1, gap, indent: /^[ \u3000]*/.exec(line)?.[0].length ?? 0 });
    gap = 0;
  }
  return out;
}
//# sourceMappingURL=text-lines.js.map
