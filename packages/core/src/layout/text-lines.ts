import { normalizeText } from '../text/normalize.js';

/** A non-empty source line with its 1-based number and the count of empty lines before it. */
export interface RawLine {
  text: string;
  lineNo: number;
  gap: number;
  indent: number;
}

/** Splits normalised text into non-empty lines, counting the empty lines between them. */
export function rawLines(text: string): RawLine[] {
  const out: RawLine[] = [];
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
