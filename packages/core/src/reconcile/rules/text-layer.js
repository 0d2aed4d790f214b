import { Tally } from '../rule.js';
/**
 * What the PDF reader could not trust (fonts without a Unicode map, unreadable characters, pages
 * without text) becomes findings; a text source has no text layer to check.
 */
export const textLayer = {
  id: 'text_layer.integrity',
  title: 'PDF 文本层可信',
  titleEn: 'The PDF text layer can be trusted',
  section: 'text_layer',
  severity: 'warning',
  formula: '每页都有可提取的文字；没有无法映射到 Unicode 的字体或私用区字符；没有夹在文中的空白页',
  formulaEn: 'every page has text; no font without a Unicode map and no private-use characters; no blank pages inside',
  run(ctx) {
    const tally = new Tally(ctx);
    if (ctx.document.source.kind !== 'pdf') return tally.outcome('不是 PDF 文件');
    tally.compared();
    for (const d of ctx.document.diagnostics) {
      if (!d.code.startsWith('text_')) continue;
      tally.add({
        rule: this.id,
        severity: d.severity,
        message: d.message,
        messageEn: d.messageEn,
        refs: [
          {
            ...(d.table ? { table: d.table } : {}),
            ...(d.source?.page ? { page: d.source.page } : {}),
            ...(d.source?.box ? { box: d.source.box } : {}),
          },
        ],
      });
    }
    return tally.outcome();
  },
};
//# sourceMappingURL=text-layer.js.map
