import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BudgetDocument, type HtmlPage, parseText } from '@hezhang/core';
// The seeds rendered as department sites publish HTML tables (shared with core's own HTML tests).
import { htmlPageOf } from '../../../../packages/core/test/html-fixture';

export const SEEDS_DIR = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

export function seedDocument(file: string): BudgetDocument {
  return parseText(readFileSync(join(SEEDS_DIR, file), 'utf8'), { name: file });
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An HtmlPage as a page of a government site: a layout table around the content, data tables with <th> headers. */
export function pageHtml(page: HtmlPage, title: string): string {
  const body = page.blocks
    .map((b) => {
      if (b.type === 'text') {
        const text = escapeHtml(b.text).replace(/\n/g, '<br>');
        return /表$/.test(b.text.trim()) ? `<h3>${text}</h3>` : `<p>${text}</p>`;
      }
      const header = (row: HtmlPage['blocks'][number] & { type: 'table' }, i: number) =>
        row.rows[i]?.every((c) => !/\d{3}|,/.test(c.text)) && i < 3;
      const rows = b.rows
        .map((cells, i) => {
          const tag = header(b, i) ? 'th' : 'td';
          const tds = cells
            .map((c) => {
              const span = `${(c.rowspan ?? 1) > 1 ? ` rowspan="${c.rowspan}"` : ''}${(c.colspan ?? 1) > 1 ? ` colspan="${c.colspan}"` : ''}`;
              return `<${tag}${span}>${escapeHtml(c.text)}</${tag}>`;
            })
            .join('');
          return `<tr>${tds}</tr>`;
        })
        .join('\n');
      return `<table class="data">${b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : ''}\n${rows}\n</table>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/site.css"></head>
<body><div id="nav">首页 &gt; 信息公开 &gt; 预算公开</div>
<table class="layout" width="100%"><tr><td class="main">
${body}
</td></tr></table>
<div id="footer">主办单位：某某局</div></body></html>`;
}

/** Site CSS that would break a careless UI: every span hidden and tables at a fixed layout. */
export const SITE_CSS = `
body { font: 14px SimSun, serif; }
table.data { border-collapse: collapse; margin: 12px 0; table-layout: auto; }
table.data td, table.data th { border: 1px solid #999; padding: 2px 6px; }
span { display: none !important; }
* { box-sizing: content-box; }
`;

export function seedPage(file: string, change?: (doc: BudgetDocument) => void): { html: string; page: HtmlPage } {
  const doc = seedDocument(file);
  change?.(doc);
  const page = htmlPageOf(doc);
  return { html: pageHtml(page, file), page };
}
