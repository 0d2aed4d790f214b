import type { PositionedPage } from '../layout/pdf-types.js';
import { normalizeRulings } from '../layout/rulings.js';
import { problemText } from '../model/problem.js';
import type { Box } from '../model/source.js';
import type { LineRole, ReadingTrace, TokenRole, TracedLine, TracedSegment, TracedTable } from '../read/trace.js';

/**
 * A picture of what the PDF table reader decided on one page, as a self-contained HTML file with an
 * SVG: the rulings (joined as the reader sees them), the column regions of each table, the rows it
 * banded together, each piece of text coloured by the role it was given, and text inside a table
 * that went nowhere in red; and segmentation's decisions — a bar in the left margin per line, coloured
 * by what it was taken for (title, table line, heading, prose …), and a rule across the page where a
 * table starts, goes on over a page break or ends, with the reason. It is how a maintainer sees why a
 * table was misread.
 */

const ROLE_COLOURS: Record<TokenRole, string> = {
  value: '#1565c0',
  label: '#2e7d32',
  code: '#6a1b9a',
  header: '#757575',
  unreadable: '#d50000',
};
const UNPLACED = '#d50000';
const LINE_COLOURS: Record<LineRole, string> = {
  title: '#6a1b9a',
  frame: '#8d6e63',
  note: '#8d6e63',
  table: '#1565c0',
  heading: '#ef6c00',
  prose: '#9e9e9e',
  unrecognised: '#ad1457',
};
const EDGE_COLOURS: Record<TracedSegment['edge'], string> = {
  starts: '#2e7d32',
  goes_on: '#1565c0',
  resumes: '#1565c0',
  ends: '#d50000',
};
const EDGE_WORDS: Record<TracedSegment['edge'], string> = {
  starts: '开始 / starts',
  goes_on: '跨页继续 / goes on',
  resumes: '续表 / resumes',
  ends: '结束 / ends',
};
const SCALE = 1.6;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => Math.round(v * 10) / 10;

function overlaps(a: Box, b: Box): boolean {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0.5 && h > 0.5;
}

/** One HTML file with the picture of each page given. */
export function readingPictures(pages: readonly PositionedPage[], trace: ReadingTrace, fileName = ''): string {
  const legend = (Object.entries(ROLE_COLOURS) as [TokenRole, string][])
    .map(([role, colour]) => `<span style="color:${colour}">■ ${role}</span>`)
    .join(' ');
  const lineLegend = (Object.entries(LINE_COLOURS) as [LineRole, string][])
    .map(([role, colour]) => `<span style="color:${colour}">▌${role}</span>`)
    .join(' ');
  return `<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>${esc(fileName)} · reader decisions</title>
<style>body{font:14px system-ui,sans-serif;margin:16px}svg{border:1px solid #ccc;background:#fafafa}li{margin:2px 0}</style></head>
<body>
<h1>${esc(fileName)}</h1>
<p>${legend} <span style="color:${UNPLACED}">▭ unplaced</span> <span style="color:#9e9e9e">■ prose</span> — 列区域为浅色竖条（列名在上方），行为交替的浅色横带；悬停查看每段文字的归属 / column regions are pale stripes (id above), rows alternating bands; hover a text for its role.</p>
<p>分段 / segmentation: ${lineLegend} — 左边距的竖条是每一行的分段结果，横线是表格的开始、跨页与结束及其原因 / bars in the left margin: what each line was taken for; rules across the page: where a table starts, goes on or ends, and why.</p>
${pages.map((p) => pagePicture(p, trace)).join('\n')}
</body></html>
`;
}

function pagePicture(page: PositionedPage, trace: ReadingTrace): string {
  const tables = trace.onPage(page.page);
  const svg: string[] = [];
  const { width, height } = page;
  svg.push(`<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#fff" stroke="#bbb"/>`);

  for (const table of tables) svg.push(...tablePicture(table));
  const segmentation = trace.segmentation(page.page);
  svg.push(...segmentationPicture(segmentation.lines, segmentation.segments, width));
  for (const r of normalizeRulings(page.rulings)) {
    const [x1, y1, x2, y2] = r.axis === 'h' ? [r.from, r.at, r.to, r.at] : [r.at, r.from, r.at, r.to];
    svg.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="#000" stroke-width="0.6"/>`);
  }

  const tokens = tables.flatMap((t) => t.tokens);
  const areas = tables.map(tableArea).filter((b): b is Box => b !== undefined);
  let unplaced = 0;
  for (const item of page.items) {
    if (item.text.trim() === '') continue;
    const box = item.box;
    const token = tokens.find((t) => overlaps(t.box, box));
    const inTable = areas.some((a) => overlaps(a, box));
    const colour = token ? ROLE_COLOURS[token.role] : inTable ? UNPLACED : '#9e9e9e';
    if (!token && inTable) unplaced++;
    const title = token
      ? `${token.role}${token.column ? ` → ${token.column}` : ''}${token.evidence ? ` (${token.evidence})` : ''}`
      : inTable
        ? 'unplaced'
        : 'prose';
    svg.push(
      `<g><title>${esc(`${item.text} — ${title}`)}</title><rect x="${n(box[0])}" y="${n(box[1])}" width="${n(box[2] - box[0])}" height="${n(box[3] - box[1])}" fill="${colour}" fill-opacity="${token?.role === 'unreadable' || (!token && inTable) ? 0.25 : 0.08}" stroke="${colour}" stroke-width="0.5"${!token && inTable ? ' stroke-dasharray="2 1"' : ''}/>` +
        `<text x="${n(box[0])}" y="${n(box[3] - 1)}" font-size="${n(Math.max(3, (box[3] - box[1]) * 0.8))}" fill="${colour}">${esc(item.text)}</text></g>`,
    );
  }

  const problems = tables.flatMap((t) => t.problems.map((p) => `<li>${esc(t.title)}：${esc(problemText(p).zh)}</li>`));
  // The reader's own completeness count (every amount printed in a table's rows read into a cell or reported).
  const counts = tables
    .filter((t) => t.amounts)
    .map(
      (t) =>
        `${esc(t.title)}：数值 ${t.amounts?.printed} 个，读入单元格 ${t.amounts?.placed} 个，问题中说明 ${t.amounts?.reported} 个 / amounts printed ${t.amounts?.printed}, read into cells ${t.amounts?.placed}, reported ${t.amounts?.reported}`,
    );
  const decisions = segmentation.segments.map(
    (d) =>
      `<li style="color:${EDGE_COLOURS[d.edge]}">${esc(d.title)}：${EDGE_WORDS[d.edge]} — ${esc(d.why)}${d.edge === 'ends' ? `（${esc(d.text.slice(0, 40))}）` : ''}</li>`,
  );
  const headings = segmentation.lines
    .filter((l) => l.role === 'heading')
    .map((l) => `<li style="color:${LINE_COLOURS.heading}">标题行 / heading：${esc(l.text.slice(0, 40))}</li>`);
  return `<section>
<h2>第${page.page}页 / page ${page.page}</h2>
<p>${tables.length === 0 ? '此页没有识别出表格 / no table on this page' : tables.map((t) => `${esc(t.title)} [${esc(t.kind)}]：${t.columns.length} 列，${t.rows.length} 行`).join('；')}。
未能放入单元格的文字 / text placed nowhere：<b style="color:${UNPLACED}">${unplaced}</b></p>
${counts.length > 0 ? `<p>${counts.join('<br>')}</p>` : ''}
${problems.length > 0 ? `<ul>${problems.join('')}</ul>` : ''}
${decisions.length + headings.length > 0 ? `<p>分段 / segmentation:</p><ul>${[...decisions, ...headings].join('')}</ul>` : ''}
<svg xmlns="http://www.w3.org/2000/svg" width="${n(width * SCALE)}" height="${n(height * SCALE)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="sans-serif">
${svg.join('\n')}
</svg>
</section>`;
}

/** The vertical extent of a table's rows and header on its page, across its columns. */
function tableArea(table: TracedTable): Box | undefined {
  const boxes = [...table.rows, ...table.tokens.map((t) => t.box)];
  if (boxes.length === 0) return undefined;
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

function tablePicture(table: TracedTable): string[] {
  const out: string[] = [];
  const area = tableArea(table);
  if (!area) return out;
  const [ax0, ay0, ax1, ay1] = area;
  table.rows.forEach((row, i) => {
    out.push(
      `<rect x="${n(ax0)}" y="${n(row[1] - 1)}" width="${n(ax1 - ax0)}" height="${n(row[3] - row[1] + 2)}" fill="${i % 2 === 0 ? '#fff59d' : '#b3e5fc'}" fill-opacity="0.45"/>`,
    );
  });
  for (const column of table.columns) {
    const left = Number.isFinite(column.left) ? column.left : ax0;
    const right = Number.isFinite(column.right) ? column.right : ax1;
    out.push(
      `<rect x="${n(left)}" y="${n(ay0)}" width="${n(right - left)}" height="${n(ay1 - ay0)}" fill="#90caf9" fill-opacity="0.12" stroke="#1565c0" stroke-width="0.4" stroke-dasharray="3 2"/>`,
      `<text x="${n(left + 1)}" y="${n(ay0 - 2)}" font-size="5" fill="#1565c0"><title>${esc(`left: ${column.leftBy ?? '?'}, right: ${column.rightBy ?? '?'}`)}</title>${esc(`${column.side === 'income' ? '收入/' : ''}${column.id}`)}</text>`,
    );
  }
  return out;
}

/**
 * Segmentation's decisions on a page: a bar in the left margin beside each line, coloured by its role
 * (hover: why, type size, weight), headings outlined, and a rule across the page above the line where a
 * table starts, goes on or ends, labelled with the reason.
 */
function segmentationPicture(
  lines: readonly TracedLine[],
  segments: readonly TracedSegment[],
  width: number,
): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (!line.box) continue;
    const [x0, y0, x1, y1] = line.box;
    const colour = LINE_COLOURS[line.role];
    const about = [
      line.role,
      line.why,
      line.table,
      line.size !== undefined ? `${n(line.size)} pt` : undefined,
      line.bold ? 'bold' : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    out.push(
      `<g data-segment="${line.role}"><title>${esc(`${line.text.slice(0, 60)} — ${about}`)}</title><rect x="1" y="${n(y0)}" width="4" height="${n(Math.max(1, y1 - y0))}" fill="${colour}"/></g>`,
    );
    if (line.role === 'heading')
      out.push(
        `<rect x="${n(x0 - 1)}" y="${n(y0 - 1)}" width="${n(x1 - x0 + 2)}" height="${n(y1 - y0 + 2)}" fill="none" stroke="${colour}" stroke-width="0.8" stroke-dasharray="4 2"/>`,
      );
  }
  for (const d of segments) {
    if (!d.box) continue;
    // Above the line decided at; a table that ends with the document ends below its last line.
    const y = d.why === 'document end' ? d.box[3] + 1.5 : d.box[1] - 1.5;
    const colour = EDGE_COLOURS[d.edge];
    out.push(
      `<g data-edge="${d.edge}"><title>${esc(`${d.title}: ${d.edge} — ${d.why}`)}</title>` +
        `<line x1="0" y1="${n(y)}" x2="${n(width)}" y2="${n(y)}" stroke="${colour}" stroke-width="0.6" stroke-dasharray="6 3"/>` +
        `<text x="${n(width - 2)}" y="${n(y - 1)}" font-size="5" text-anchor="end" fill="${colour}">${esc(`${d.title.slice(0, 24)} ${d.edge}: ${d.why}`)}</text></g>`,
    );
  }
  return out;
}
