/** How much of a text is searched for the tags that make it a web page. */
const HTML_WINDOW = 1024;
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|table|meta|div)[\s>/]/i;

/**
 * A saved web page rather than extracted text: it opens with a tag and names one of the tags a page
 * is built of within its first KiB. Core reads web pages from their DOM (parseHtmlDocument), never
 * from markup.
 */
export function looksLikeHtml(text: string): boolean {
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== '<') return false;
  return HTML_TAG.test(text.slice(start, start + HTML_WINDOW));
}
