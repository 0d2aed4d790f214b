/**
 * The report's pictures of money, as plain SVG (no library, nothing fetched): expenditure by function
 * class, and this year against last year where the text gives both. The numbers come from the
 * report; bars are drawn in proportion, each with its amount printed as the document prints it.
 */
import { type Fen, formatAmount, type Report, templateOf, type Unit } from '@hezhang/core';

export interface Bar {
  label: string;
  fen: Fen;
}

export interface ByClass {
  /** Table the amounts come from (the template's all-funds expenditure by code). */
  table: string;
  unit: Unit;
  bars: Bar[];
}

/**
 * Expenditure by function class (类): the level-1 rows of the table the template names as the
 * all-funds expenditure by code, in printed order. Undefined when the document has no such table or
 * it prints no class with an amount.
 */
export function expenditureByClass(report: Report): ByClass | undefined {
  const role = templateOf(report.document).template.roles.allFundsByCode;
  if (!role) return undefined;
  const table = report.tables.find((t) => t.kind === role.table);
  if (!table || table.untrusted) return undefined;
  const bars = table.rows.flatMap((row) => {
    const fen = row.values[role.column];
    return row.level === 1 && row.side !== 'income' && typeof fen === 'number' && fen > 0
      ? [{ label: `${row.key} ${row.label}`, fen }]
      : [];
  });
  return bars.length > 0 ? { table: table.title, unit: table.unit, bars } : undefined;
}

export interface YearPair {
  label: string;
  thisYear: Fen;
  lastYear: Fen;
  unit: Unit;
}

/** Quantities compared year on year in one chart, at most (the first the text states). */
const MAX_YEAR_PAIRS = 10;

/**
 * This year against last year, as the prose states them: each quantity stated with its amount and
 * last year's (printed, or implied by the stated change: 比上年增加 X 万元 means last year was the
 * amount less X). Once per quantity, in the order of the text.
 */
export function yearOnYear(report: Report): { year?: number; baseYear?: number; pairs: YearPair[] } {
  const pairs: YearPair[] = [];
  const seen = new Set<string>();
  let baseYear: number | undefined;
  for (const claim of report.document.claims) {
    const { amount, change } = claim;
    if (!amount || !change || seen.has(claim.key)) continue;
    let lastYear: Fen | undefined;
    if (change.baseAmount) lastYear = change.baseAmount.fen;
    else if (change.direction === 'flat') lastYear = amount.fen;
    else if (change.amount) lastYear = amount.fen + (change.direction === 'increase' ? -1 : 1) * change.amount.fen;
    // Nothing to picture where both years are nothing (三公 lines budgeted at 0 year after year).
    if (lastYear === undefined || lastYear < 0 || (lastYear === 0 && amount.fen === 0)) continue;
    seen.add(claim.key);
    baseYear ??= change.baseYear;
    pairs.push({ label: claim.label, thisYear: amount.fen, lastYear, unit: amount.unit });
    if (pairs.length >= MAX_YEAR_PAIRS) break;
  }
  const year = report.document.meta.year;
  return { ...(year ? { year } : {}), ...(baseYear ? { baseYear } : {}), pairs };
}

/** A text's width at the charts' 12 px: CJK characters a full em, others about half. */
const textWidth = (text: string) => [...text].reduce((w, c) => w + (/[\u2e80-\uffff]/.test(c) ? 12 : 6.5), 0);

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Layout of a horizontal bar chart, in SVG user units (CSS pixels at 100 %). */
const CHART = { width: 720, label: 250, value: 120, row: 26, bar: 16, pad: 8 } as const;

/** Horizontal bars with their labels and amounts; `series` draws several bars per row (this year, last year). */
export function barChartSvg(
  rows: readonly { label: string; values: readonly Fen[] }[],
  unit: Unit,
  options: { id: string; title: string; series?: readonly string[] },
): string {
  const series = options.series ?? [''];
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const span = CHART.width - CHART.label - CHART.value - 2 * CHART.pad;
  const group = CHART.row * series.length + CHART.pad;
  const legend = series.length > 1 ? 24 : 0;
  const height = legend + rows.length * group + CHART.pad;
  const parts: string[] = [];
  if (legend) {
    // Each name after the one before it, however long: "2026年（本文档）", "2025年（据文字所述上年数）".
    let x = CHART.pad;
    series.forEach((name, s) => {
      parts.push(
        `<rect class="series-${s}" x="${x}" y="6" width="12" height="12"/>`,
        `<text class="legend" data-series="${s}" x="${x + 18}" y="16">${esc(name)}</text>`,
      );
      x += 18 + textWidth(name) + 24;
    });
  }
  rows.forEach((row, r) => {
    const top = legend + r * group + CHART.pad;
    parts.push(
      `<text class="label" x="${CHART.label - CHART.pad}" y="${top + (CHART.row * series.length) / 2 + 4}" text-anchor="end">${esc(row.label.length > 18 ? `${row.label.slice(0, 17)}…` : row.label)}</text>`,
    );
    row.values.forEach((fen, s) => {
      const y = top + s * CHART.row;
      const width = Math.max(1, (fen / max) * span);
      parts.push(
        `<rect class="series-${s}" x="${CHART.label}" y="${y}" width="${width.toFixed(1)}" height="${CHART.bar}"><title>${esc(`${row.label}${series[s] ? ` · ${series[s]}` : ''}: ${formatAmount(fen, unit)} ${unit}`)}</title></rect>`,
        `<text class="value" x="${(CHART.label + width + 6).toFixed(1)}" y="${y + CHART.bar - 3}">${formatAmount(fen, unit)}</text>`,
      );
    });
  });
  return `<svg class="chart" data-chart="${esc(options.id)}" role="img" aria-label="${esc(options.title)}" viewBox="0 0 ${CHART.width} ${height}" width="${CHART.width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
