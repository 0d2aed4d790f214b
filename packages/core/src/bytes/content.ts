/**
 * The first stage of the data flow: what a file's bytes are. A PDF is recognised by its header, not
 * its name; anything else must be text in an encoding core knows (see decode.ts).
 */
import { type DecodedText, decodeText } from './decode.js';
import { looksLikeHtml } from './html.js';
import { isPdf, isPdfName } from './sniff.js';

/** Why a file's bytes are not read at all. */
export type RefusalCode = 'empty' | 'not_pdf' | 'unsupported';

export type FileContent =
  | { kind: 'pdf' }
  | ({ kind: 'text' } & DecodedText)
  | { kind: 'refused'; code: RefusalCode; reason: { zh: string; en: string } };

const REASONS = {
  empty: { zh: '文件为空', en: 'the file is empty' },
  not_pdf: {
    zh: '不是 PDF 文件：文件名以 .pdf 结尾，但内容不是 PDF',
    en: 'not a PDF file: named .pdf but its content is not a PDF',
  },
  binary: {
    zh: '既不是 PDF，也不是文本文件（UTF-8、GB18030 或带字节序标记的 UTF-16）',
    en: 'neither a PDF nor a text file (UTF-8, GB18030 or UTF-16 with a byte-order mark)',
  },
  longLine: (length: number) => ({
    zh: `不像提取出的文本：有一行长达 ${length} 个字符（预算文本一行最多约两千字）`,
    en: `not extracted text: one line holds ${length} characters (a budget text's longest lines hold about two thousand)`,
  }),
  html: {
    zh: '这是网页（HTML）文件：请在浏览器中打开该网页，用核账扩展核对，或将其另存为 PDF',
    en: 'this is a web page (HTML): open it in a browser and check it with the Hezhang extension, or save it as PDF',
  },
};

/**
 * The longest line a text may hold. Extracted budget texts hold at most about 2,000 characters on a
 * line (a paragraph kept on one line; pdftotext's lines stay under 250); a longer line is no
 * extractor's output, and reading a 10 MB line takes core over ten seconds for nothing.
 */
export const MAX_LINE_LENGTH = 100_000;

/** Tells a PDF from text by the bytes (the name only decides between "not a PDF" and "not text"). */
export function fileContent(name: string, bytes: Uint8Array): FileContent {
  if (bytes.length === 0) return { kind: 'refused', code: 'empty', reason: REASONS.empty };
  if (isPdf(bytes)) return { kind: 'pdf' };
  if (isPdfName(name)) return { kind: 'refused', code: 'not_pdf', reason: REASONS.not_pdf };
  const decoded = decodeText(bytes);
  if (!decoded) return { kind: 'refused', code: 'unsupported', reason: REASONS.binary };
  if (looksLikeHtml(decoded.text)) return { kind: 'refused', code: 'unsupported', reason: REASONS.html };
  const longest = longestLine(decoded.text);
  if (longest > MAX_LINE_LENGTH) return { kind: 'refused', code: 'unsupported', reason: REASONS.longLine(longest) };
  return { kind: 'text', ...decoded };
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A carriage return alone ends a line too (old Mac text): count the longest run between either.
    const line = end - start > MAX_LINE_LENGTH ? longestCrRun(text, start, end) : end - start;
    if (line > longest) longest = line;
    start = end + 1;
  }
  return longest;
}

function longestCrRun(text: string, start: number, end: number): number {
  let longest = 0;
  for (let at = start; at < end; ) {
    let cr = text.indexOf('\r', at);
    if (cr < 0 || cr > end) cr = end;
    longest = Math.max(longest, cr - at);
    at = cr + 1;
  }
  return longest;
}
