import { normalizeText, PRIVATE_USE } from '../text/normalize.js';

/**
 * Whether a PDF's text layer says what the page shows. Findings (diagnostics with codes `text_…`):
 * - text_unmapped_font: a font without a Unicode map — its text decodes to control codes or
 *   replacement characters instead of the printed characters;
 * - text_private_use: private-use characters, which no normalisation can turn back into ideographs;
 * - text_lookalike: Kangxi radicals, compatibility ideographs and full-width forms, normalised (info);
 * - text_no_text_layer: a page with images and no text (a scan), text_blank_page: an empty page
 *   inside the document.
 * Tables printed on a page whose text cannot be trusted are marked: every cell counts as unread, so
 * checks report insufficient data instead of comparing garbage.
 */
/** Decoded glyphs that are no text: C0/C1 controls and the replacement character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control codes are exactly what an unmapped font decodes to
const GARBAGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/gu;
const PRIVATE_USE_ALL = new RegExp(PRIVATE_USE.source, 'gu');
/**
 * Real text never holds control codes, while a subset font without a Unicode map decodes its first
 * glyph ids as exactly those (the rest as arbitrary Latin letters and digits): a few of them are enough.
 */
const GARBAGE_SHARE = 0.02;
const GARBAGE_MIN = 3;
export function textIntegrity(doc) {
  const diagnostics = [];
  const untrusted = new Map();
  const perFont = new Map();
  let lookalikes = 0;
  for (const page of doc.pages) {
    let privateUse = 0;
    let chars = 0;
    for (const item of page.items) {
      const text = item.text.replace(/\s+/g, '');
      if (text === '') continue;
      chars += text.length;
      const font = perFont.get(item.font) ?? { chars: 0, garbage: 0, pages: new Set() };
      perFont.set(item.font, font);
      font.chars += text.length;
      const garbage = text.match(GARBAGE)?.length ?? 0;
      font.garbage += garbage;
      if (garbage > 0) font.pages.add(page.page);
      privateUse += text.match(PRIVATE_USE_ALL)?.length ?? 0;
      if (normalizeText(text) !== text) lookalikes += countChanged(text);
    }
    if (privateUse > 0) {
      untrusted.set(page.page, `第${page.page}页有${privateUse}个私用区字符`);
      diagnostics.push({
        code: 'text_private_use',
        severity: 'warning',
        message: `第${page.page}页有${privateUse}个私用区字符，无法还原为汉字`,
        messageEn: `page ${page.page} has ${privateUse} private-use character(s) that cannot be turned back into text`,
        source: { page: page.page },
      });
    }
    if (chars === 0) {
      const scan = page.images > 0;
      const inside = page.page > 1 && page.page < doc.pages.length;
      if (scan || inside)
        diagnostics.push(
          scan
            ? {
                code: 'text_no_text_layer',
                severity: 'error',
                message: `第${page.page}页没有文字层（可能是扫描图片），其内容无法核对`,
                messageEn: `page ${page.page} has no text layer (probably a scanned image): its content cannot be checked`,
                source: { page: page.page },
              }
            : {
                code: 'text_blank_page',
                severity: 'warning',
                message: `文档中间的第${page.page}页是空白页`,
                messageEn: `page ${page.page}, inside the document, is blank`,
                source: { page: page.page },
              },
        );
    }
  }
  for (const [id, font] of perFont) {
    if (font.garbage < Math.max(GARBAGE_MIN, GARBAGE_SHARE * font.chars)) continue;
    const name = doc.fonts.find((f) => f.id === id)?.name ?? id;
    const pages = [...font.pages].sort((a, b) => a - b);
    for (const p of pages) untrusted.set(p, `字体 ${name} 没有 Unicode 映射`);
    diagnostics.push({
      code: 'text_unmapped_font',
      severity: 'error',
      message: `字体 ${name} 没有 Unicode 映射，第${pages.join('、')}页用它印的文字无法读取`,
      messageEn: `font ${name} has no Unicode map: its text on page(s) ${pages.join(', ')} cannot be read`,
      source: { page: pages[0] },
    });
  }
  if (lookalikes > 0)
    diagnostics.push({
      code: 'text_lookalike',
      severity: 'info',
      message: `已将${lookalikes}个康熙部首、兼容汉字或全角字符规范化为常用字符`,
      messageEn: `${lookalikes} Kangxi radical, compatibility ideograph or full-width character(s) were normalised`,
    });
  return { diagnostics, untrusted };
}
function countChanged(text) {
  let n = 0;
  for (const ch of text) if (normalizeText(ch) !== ch) n++;
  return n;
}
/**
 * Marks the tables printed on untrusted pages: every value counts as unread (checks then report
 * insufficient data rather than a comparison of garbage), and the table says why.
 */
export function markUntrusted(tables, untrusted) {
  for (const table of tables) {
    const reasons = table.pages.map((p) => untrusted.get(p)).filter((r) => r !== undefined);
    if (reasons.length === 0) continue;
    const reason = `文本层不可信：${[...new Set(reasons)].join('；')}`;
    table.problems.push(reason);
    table.untrusted = reason;
  }
}
//# sourceMappingURL=pdf-integrity.js.map
