import { markdownLayout } from './markdown.js';
import { plainLayout } from './plain.js';
import { tsvLayout } from './tsv.js';
/** Recognises the extractor style from the shape of the lines. */
export function detectTextFormat(text) {
  let tabbed = 0;
  let piped = 0;
  let separators = 0;
  for (const line of text.split('\n')) {
    if (line.includes('\t')) tabbed++;
    const t = line.trim();
    if (t.startsWith('|') && t.endsWith('|')) {
      piped++;
      if (/^\|[\s:|-]+\|$/.test(t) && t.includes('--')) separators++;
    }
  }
  if (separators > 0 && piped >= 10 && piped >= tabbed) return 'markdown';
  if (tabbed >= 10) return 'tsv';
  return 'plain';
}
export function textLayout(text, format = detectTextFormat(text)) {
  switch (format) {
    case 'tsv':
      return tsvLayout(text);
    case 'markdown':
      return markdownLayout(text);
    case 'plain':
      return plainLayout(text);
  }
}
//# sourceMappingURL=detect.js.map
