import { bi } from '../../model/bilingual.js';
import { problemText } from '../../model/problem.js';
import { type Rule, Tally } from '../rule.js';

/**
 * What the PDF reader could not trust (fonts without a Unicode map, unreadable characters, pages
 * without text) becomes findings; a text source has no text layer to check.
 */
export const textLayer: Rule = {
  id: 'text_layer.integrity',
  title: bi('PDF 文本层可信', 'The PDF text layer can be trusted'),
  section: 'text_layer',
  severity: 'warning',
  formula: () =>
    bi(
      '每页都有可提取的文字；没有无法映射到 Unicode 的字体或私用区字符；没有夹在文中的空白页',
      'every page has text; no font without a Unicode map and no private-use characters; no blank pages inside',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    if (ctx.document.source.kind !== 'pdf') return tally.outcome(bi('不是 PDF 文件', 'not a PDF'));
    tally.compared();
    for (const d of ctx.document.diagnostics) {
      if (!d.code.startsWith('text_')) continue;
      tally.addAboutReading({
        rule: this.id,
        // Text that cannot be read is a limit of what could be checked, not a mistake in the budget: a
        // warning, and the verdict says 未能完整核对 (the diagnostic stays an error for the reader).
        severity: d.severity === 'error' ? 'warning' : d.severity,
        message: problemText(d),
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
