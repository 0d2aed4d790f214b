#!/usr/bin/env node
/**
 * Makes the browser tests' PDFs. test/fixtures/known-mistake.pdf: seed 003 (Songjiang 2026) laid out as an HTML page the way
 * departments publish it (prose, then each table with merged header cells and borders) and printed to
 * PDF by Chromium, with ONE amount changed: a 项 row of the 部门支出预算总表 gets 1,000 元 more in
 * 合计 and 基本支出, so its 款 no longer equals the sum of its 项. test/fixtures/encrypted.pdf: a
 * one-page PDF that needs a password. The PDFs are committed; tests never
 * run this. Needs a built @hezhang/core, /usr/bin/chromium, fonts-noto-cjk and qpdf (to compress it).
 *
 *   node apps/web/scripts/make-fixture.mjs      # prints the changed row (the tests expect it)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const { FEN_PER, formatAmount, parseText, SHANGHAI_BUDGET } = await import(join(root, 'packages/core/dist/index.js'));
const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const OUT = join(FIXTURES, 'known-mistake.pdf');
const SEED = '003_';
const ADDED = 100_000; // fen: 1,000 元

const seedFile = readdirSync(join(root, 'seeds')).find((f) => f.startsWith(SEED));
const doc = parseText(readFileSync(join(root, 'seeds', seedFile), 'utf8'), { name: seedFile });

// ── the one mistake ──────────────────────────────────────────────────────────────────────────────
const spending = doc.tables.find((t) => t.kind === 'expenditure_summary');
const changed = spending.rows.find(
  (r) => r.level === 3 && spending.rows.filter((s) => s.level === 3 && s.key.startsWith(r.key.slice(0, 5))).length > 1,
);
changed.values.total += ADDED;
changed.values.basic = (changed.values.basic ?? 0) + ADDED;

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────────
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cell = (text, rows = 1, cols = 1, tag = 'td') =>
  `<${tag}${rows > 1 ? ` rowspan="${rows}"` : ''}${cols > 1 ? ` colspan="${cols}"` : ''}>${esc(text)}</${tag}>`;
const th = (text, rows, cols) => cell(text, rows, cols, 'th');

function printed(fen, unit) {
  if (fen == null) return '';
  let decimals = 0;
  while (decimals < 6 && (fen * 10 ** decimals) % FEN_PER[unit] !== 0) decimals++;
  return formatAmount(fen, unit, unit === '万元' ? Math.max(2, decimals) : decimals);
}

const header = (kind, id) =>
  SHANGHAI_BUDGET.tables.find((s) => s.kind === kind)?.columns.find((c) => c.id === id)?.headers[0] ?? id;

const GROUP = {
  revenue_summary: '收入预算',
  expenditure_summary: '支出预算',
  general_budget_by_function: '一般公共预算支出',
  gov_fund_by_function: '政府性基金预算支出',
  state_capital_by_function: '国有资本经营预算支出',
  basic_by_economic: '一般公共预算基本支出',
};

function headerRows(t) {
  const cols = t.columns.map((c) => header(t.kind, c));
  if (t.kind === 'finance_summary' || t.kind === 'fiscal_summary') {
    const [income, spend] = t.kind === 'finance_summary' ? ['本年收入', '本年支出'] : ['财政拨款收入', '财政拨款支出'];
    const heads = t.kind === 'finance_summary' ? ['预算数', ...cols.slice(1)] : cols;
    return [
      [th(income, 1, 2), th(spend, 1, 1 + cols.length)],
      [th('项目'), th('预算数'), th('项目'), ...heads.map((c) => th(c))],
    ];
  }
  if (t.kind === 'three_public')
    return [
      [th('“三公”经费预算数', 1, 6), th('机关运行经费预算数', 3)],
      [th('合计', 2), th('因公出国(境)费', 2), th('公务接待费', 2), th('公务用车购置及运行费', 1, 3)],
      [th('小计'), th('购置费'), th('运行费')],
    ];
  if (t.kind === 'basic_by_economic')
    return [
      [th('项目', 1, 3), th(GROUP[t.kind], 1, cols.length)],
      [th('部门预算经济分类科目编码', 1, 2), th('经济分类科目名称', 2), ...cols.map((c) => th(c, 2))],
      [th('类'), th('款')],
    ];
  return [
    [th('项目', 1, 4), th(GROUP[t.kind] ?? '', 1, cols.length)],
    [th('功能分类科目编码', 1, 3), th('功能分类科目名称', 2), ...cols.map((c) => th(c, 2))],
    [th('类'), th('款'), th('项')],
  ];
}

const values = (t, r, columns) => columns.map((c) => `<td class="num">${esc(printed(r?.values[c], t.unit))}</td>`);

function bodyRows(t) {
  if (t.kind === 'three_public') return t.rows.slice(0, 1).map((r) => values(t, r, t.columns));
  if (t.incomeColumns) {
    const income = t.rows.filter((r) => r.side === 'income' && r.key !== 'income_total');
    const spend = t.rows.filter((r) => r.side === 'expenditure' && r.key !== 'expenditure_total');
    const lines = [];
    for (let i = 0; i < Math.max(income.length, spend.length); i++) lines.push([income[i], spend[i]]);
    lines.push([t.rows.find((r) => r.key === 'income_total'), t.rows.find((r) => r.key === 'expenditure_total')]);
    return lines.map(([a, b]) => [
      cell(a?.label ?? ''),
      ...values(t, a, t.incomeColumns),
      cell(b?.label ?? ''),
      ...values(t, b, t.columns),
    ]);
  }
  const codeColumns = t.kind === 'basic_by_economic' ? 2 : 3;
  return t.rows.map((r) => {
    if (r.key === 'total') return [cell(r.label || '合计', 1, codeColumns + 1), ...values(t, r, t.columns)];
    const codes = [r.key.slice(0, 3), r.key.slice(3, 5), r.key.slice(5, 7)].slice(0, codeColumns);
    return [...codes.map((c) => cell(c)), cell(r.label), ...values(t, r, t.columns)];
  });
}

const tableHtml = (t) => `<section class="table">
<h2>${esc(t.title)}</h2>
<p class="frame"><span>编制部门：${esc(t.department ?? '')}</span><span>单位：${t.unit}</span></p>
<table><thead>${headerRows(t)
  .map((r) => `<tr>${r.join('')}</tr>`)
  .join('\n')}</thead>
<tbody>${bodyRows(t)
  .map((r) => `<tr>${r.join('')}</tr>`)
  .join('\n')}</tbody></table>
${t.notes.map((n) => `<p>${esc(n)}</p>`).join('\n')}
</section>`;

const blocks = [];
for (const s of doc.sections) {
  const html = [
    s.heading ? `<h2>${esc(s.heading)}</h2>` : '',
    ...s.paragraphs.map((p) => `<p>${esc(p.text)}</p>`),
  ].join('\n');
  blocks.push({ line: s.source.line ?? 0, html: `<section class="prose">${html}</section>` });
}
if (doc.contents.length > 0) {
  const line = doc.contents[0].source.line ?? 0;
  blocks.push({
    line: line - 0.5,
    html: `<section class="prose"><h2>目录</h2>${doc.contents.map((c) => `<p>${esc(c.text)}</p>`).join('')}</section>`,
  });
}
for (const t of doc.tables) blocks.push({ line: t.source.line ?? 0, html: tableHtml(t) });

const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 14mm; }
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; }
h2 { font-size: 14pt; text-align: center; margin: 0 0 4mm; }
.table { break-before: page; }
.prose p { text-indent: 2em; margin: 1.5mm 0; line-height: 1.6; }
.frame { display: flex; justify-content: space-between; margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.6pt solid #000; padding: 1mm 1.5mm; font-weight: normal; }
td.num { text-align: right; white-space: nowrap; }
</style></head><body>
${blocks
  .sort((a, b) => a.line - b.line)
  .map((b) => b.html)
  .join('\n')}
</body></html>`;

const work = mkdtempSync(join(tmpdir(), 'hezhang-fixture-'));
try {
  const html = join(work, 'page.html');
  writeFileSync(html, page);
  execFileSync(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(work, 'profile')}`,
      `--print-to-pdf=${join(work, 'printed.pdf')}`,
      `file://${html}`,
    ],
    { stdio: 'ignore' },
  );
  // Chromium embeds CJK glyphs as Type 3 fonts; qpdf halves the file.
  execFileSync('qpdf', [
    '--recompress-flate',
    '--compression-level=9',
    '--object-streams=generate',
    join(work, 'printed.pdf'),
    OUT,
  ]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
// ── a small password-protected PDF ───────────────────────────────────────────────────────────────
const tiny = join(FIXTURES, 'tiny.pdf');
const stream = 'BT /F1 18 Tf 72 720 Td (locked) Tj ET';
const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
];
let pdf = '%PDF-1.7\n';
const offsets = objects.map((body, i) => {
  const offset = pdf.length;
  pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  return offset;
});
const xref = pdf.length;
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(tiny, pdf);
execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', tiny, join(FIXTURES, 'encrypted.pdf')]);
rmSync(tiny);

console.log(
  `wrote ${OUT}: expenditure_summary ${changed.key} (${changed.label}) +${formatAmount(ADDED, '元')} 元 in 合计 and 基本支出; its 款 ${changed.key.slice(0, 5)} no longer adds up`,
);
