/**
 * A department's money over the years as pictures (plain SVG, nothing fetched): expenditure in total
 * and by fund, and by function class, each year's budget beside its final accounts where both exist.
 * Each picture stands alone — its title, legend, amounts and source are drawn in it, colours are
 * attributes, not classes — so the page, the HTML report and a downloaded file show the same thing,
 * and a volunteer can post it as it is.
 */

import { type Dossier, formatAmount, type Series } from '@hezhang/core';
import type { DossierStrings } from '../dossier-strings.js';
import { PUNCTUATION } from '../i18n.js';

export interface ChartColumn {
  year: number;
  stage: 'budget' | 'final';
  label: string;
}

/** Hues by year (in order), budgets solid and final accounts lighter in the same hue. */
const HUES = ['#1f5fa8', '#b26a00', '#1a7f37', '#6e4aa3', '#b3261e', '#00707a'];
const FONT = 'system-ui,&quot;Noto Sans CJK SC&quot;,&quot;Microsoft YaHei&quot;,sans-serif';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The bars each row has: every year, its budget and/or final accounts as the series print them. */
export function dossierColumns(dossier: Dossier, s: DossierStrings): ChartColumn[] {
  const all = [...dossier.totals, ...dossier.funds, ...dossier.classes];
  return dossier.years.flatMap((year) =>
    (['budget', 'final'] as const)
      .filter((stage) => all.some((x) => x.points.some((p) => p.year === year && p[stage] !== undefined)))
      .map((stage) => ({ year, stage, label: s.column(year, stage) })),
  );
}

const LAYOUT = { width: 760, label: 210, value: 86, bar: 13, gap: 2, group: 10, pad: 10, title: 30, legend: 22 };

/** Rows of grouped horizontal bars, one bar per column, in 万元. */
export function groupedBarsSvg(
  rows: readonly { label: string; values: readonly (number | undefined)[] }[],
  columns: readonly ChartColumn[],
  options: { id: string; title: string; footer?: string },
): string {
  const L = LAYOUT;
  const years = [...new Set(columns.map((c) => c.year))];
  const colour = (c: ChartColumn) => HUES[years.indexOf(c.year) % HUES.length] as string;
  const max = Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const span = L.width - L.label - L.value - 2 * L.pad;
  const perRow = columns.length * (L.bar + L.gap) + L.group;
  const legendRows = Math.ceil(columns.length / 4);
  const top = L.title + legendRows * L.legend;
  const footer = options.footer ? 24 : 0;
  const height = top + rows.length * perRow + L.pad + footer;
  const parts: string[] = [
    `<rect x="0" y="0" width="${L.width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${L.pad}" y="20" font-size="15" font-weight="600" fill="#1b1f24">${esc(options.title)}</text>`,
  ];
  columns.forEach((c, i) => {
    const x = L.pad + (i % 4) * 180;
    const y = L.title + Math.floor(i / 4) * L.legend;
    parts.push(
      `<rect x="${x}" y="${y}" width="12" height="12" fill="${colour(c)}"${c.stage === 'final' ? ` fill-opacity="0.45" stroke="${colour(c)}"` : ''}/>`,
      `<text x="${x + 18}" y="${y + 11}" font-size="12" fill="#1b1f24">${esc(c.label)}</text>`,
    );
  });
  rows.forEach((row, r) => {
    const y0 = top + r * perRow + L.pad / 2;
    const label = row.label.length > 16 ? `${row.label.slice(0, 15)}…` : row.label;
    parts.push(
      `<g><title>${esc(row.label)}</title><text x="${L.label - L.pad}" y="${(y0 + (columns.length * (L.bar + L.gap)) / 2 + 4).toFixed(1)}" font-size="12" text-anchor="end" fill="#1b1f24">${esc(label)}</text></g>`,
    );
    columns.forEach((c, i) => {
      const value = row.values[i];
      const y = y0 + i * (L.bar + L.gap);
      if (value === undefined) return;
      const width = Math.max(1, (value / max) * span);
      const text = formatAmount(value, '万元', 2);
      parts.push(
        `<rect x="${L.label}" y="${y.toFixed(1)}" width="${width.toFixed(1)}" height="${L.bar}" fill="${colour(c)}"${c.stage === 'final' ? ` fill-opacity="0.45" stroke="${colour(c)}"` : ''}><title>${esc(`${row.label} · ${c.label}: ${text}`)}</title></rect>`,
        `<text x="${(L.label + width + 5).toFixed(1)}" y="${(y + L.bar - 2).toFixed(1)}" font-size="11" fill="#57606a">${text}</text>`,
      );
    });
  });
  if (options.footer)
    parts.push(`<text x="${L.pad}" y="${height - 8}" font-size="10.5" fill="#57606a">${esc(options.footer)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" data-chart="${esc(options.id)}" role="img" aria-label="${esc(options.title)}" viewBox="0 0 ${L.width} ${height}" width="${L.width}" height="${height}" font-family="${FONT}">${parts.join('')}</svg>`;
}

const values = (series: Series, columns: readonly ChartColumn[]) =>
  columns.map((c) => series.points.find((p) => p.year === c.year)?.[c.stage]);

export interface DossierChart {
  id: 'totals' | 'classes';
  title: string;
  svg: string;
}

/** The dossier's two pictures: totals and funds; function classes. None when no year prints an amount. */
export function dossierCharts(dossier: Dossier, s: DossierStrings, lang: 'zh' | 'en'): DossierChart[] {
  const columns = dossierColumns(dossier, s);
  if (columns.length === 0) return [];
  const footer = `${dossier.department} · ${s.source(dossier.documents.map((d) => d.name).join(PUNCTUATION[lang].series))}`;
  const out: DossierChart[] = [];
  const totals = [...dossier.totals, ...dossier.funds];
  if (totals.length > 0) {
    const title = `${dossier.department} · ${s.totalsChart}`;
    out.push({
      id: 'totals',
      title,
      svg: groupedBarsSvg(
        totals.map((x) => ({ label: x.name[lang], values: values(x, columns) })),
        columns,
        { id: 'dossier-totals', title, footer },
      ),
    });
  }
  if (dossier.classes.length > 0) {
    const title = `${dossier.department} · ${s.classesChart}`;
    out.push({
      id: 'classes',
      title,
      svg: groupedBarsSvg(
        dossier.classes.map((x) => ({ label: x.name[lang], values: values(x, columns) })),
        columns,
        { id: 'dossier-classes', title, footer },
      ),
    });
  }
  return out;
}
