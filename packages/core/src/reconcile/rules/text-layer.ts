import { bi } from '../../model/bilingual.js';
import type { Diagnostic } from '../../model/document.js';
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
    for (const [d, ...same] of repeatedClips(ctx.document.diagnostics.filter((d) => d.code.startsWith('text_')))) {
      if (!d) continue;
      const pages = [...new Set([d, ...same].map((x) => x.source?.page as number))];
      tally.addAboutReading({
        rule: this.id,
        // Text that cannot be read is a limit of what could be checked, not a mistake in the budget: a
        // warning, and the verdict says 未能完整核对 (the diagnostic stays an error for the reader).
        severity: d.severity === 'error' ? 'warning' : d.severity,
        message: problemText(same.length > 0 ? { ...d, params: { ...d.params, pages } } : d),
        refs: [d, ...same].map((x) => ({
          ...(x.table ? { table: x.table } : {}),
          ...(x.source?.page ? { page: x.source.page } : {}),
          ...(x.source?.box ? { box: x.source.box } : {}),
        })),
      });
    }
    return tally.outcome();
  },
};

/**
 * The diagnostics, each with those repeating it: text clipped the same way on other pages (the same
 * words, their boxes overlapping across — a header repeated on every page, its cell too small on each)
 * is one warning naming its pages; the reader keeps one diagnostic per page.
 */
function repeatedClips(diagnostics: readonly Diagnostic[]): Diagnostic[][] {
  const groups: Diagnostic[][] = [];
  for (const d of diagnostics) {
    const box = d.source?.box;
    const same =
      d.code === 'text_clipped' && box && d.source?.page !== undefined
        ? groups.find(([first]) => {
            const other = first?.source?.box;
            return (
              first?.code === 'text_clipped' &&
              other !== undefined &&
              first.params.text === d.params.text &&
              Math.min(box[2], other[2]) > Math.max(box[0], other[0])
            );
          })
        : undefined;
    if (same) same.push(d);
    else groups.push([d]);
  }
  return groups;
}
