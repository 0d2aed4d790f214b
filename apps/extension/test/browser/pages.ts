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

/** Seed 001's page with a table of 100,000 rows after its own tables (past every scan limit). */
export function bigTablePage(head = ''): string {
  const rows = Array.from({ length: 100_000 }, (_, i) => `<tr><td>${i}</td><td>第${i}行</td><td>${i * 7}</td></tr>`);
  // content-visibility spares the browser laying out rows nobody looks at (under load it took
  // Chromium itself over a minute).
  return seedPage('001_44612e61586aee6a.txt')
    .html.replace('<head>', `<head>${head}`)
    .replace(
      '</body>',
      `<div style="content-visibility:auto;contain-intrinsic-size:auto 4000px"><table>${rows.join('')}</table></div></body>`,
    );
}

/** A page of 10,000 links to PDFs at `/many/N.pdf`. */
export function manyLinksPage(head = ''): string {
  const links = Array.from({ length: 10_000 }, (_, i) => `<li><a href="/many/${i}.pdf">附件${i}.pdf</a></li>`);
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8">${head}</head><body><ul>${links.join('')}</ul></body></html>`;
}
