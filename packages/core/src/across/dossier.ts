import { type Bilingual, bi } from '../model/bilingual.js';
import type { BudgetDocument } from '../model/document.js';
import type { Dossier, DossierDocument, Series, SeriesPoint } from '../model/dossier.js';
import type { Relation } from '../model/pairing.js';
import type { Report } from '../model/report.js';
import { Tables } from '../reconcile/cells.js';
import { firstPresent } from '../reconcile/operands.js';
import { compareFindings, SEVERITIES } from '../report/order.js';
import { templateOf } from '../templates/index.js';

/**
 * The dossier of each department among reports checked together (`checkDocuments`): its documents
 * and their verdicts, how they were paired, what could not be, the findings between them, and its
 * expenditure over the years — in total, by fund and by function class, the budget's beside the final
 * accounts' where both exist. Built from the reports alone (they carry their tables and pairing), so
 * an app that holds reports builds it without the documents.
 */

/** The relations whose comparison is in the report that holds them: each link is drawn once, from there. */
const HELD: readonly Relation[] = ['earlier', 'budget', 'units'];

const ORDER = { department_budget: 0, department_final: 1, unit_budget: 2, unit_final: 3 } as const;

export function buildDossiers(reports: readonly Report[]): Dossier[] {
  const byKey = new Map<string, Report[]>();
  for (const r of reports) {
    // A document whose department or year could not be read belongs to no department's dossier.
    const key = r.pairing?.key;
    if (!key || r.pairing?.year === undefined) continue;
    const list = byKey.get(key) ?? [];
    list.push(r);
    byKey.set(key, list);
  }
  return [...byKey].map(([key, list]) => dossierOf(key, list));
}

function dossierOf(key: string, reports: readonly Report[]): Dossier {
  // Units in the order their department lists them (its pairing lists them so).
  const listed = new Map<string, number>();
  for (const r of reports)
    for (const p of r.pairing?.paired ?? [])
      if (p.relation === 'units' && !listed.has(p.name)) listed.set(p.name, listed.size);
  const rank = (r: Report) => listed.get(r.source.name) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...reports].sort(
    (a, b) =>
      (a.document.meta.year ?? 0) - (b.document.meta.year ?? 0) ||
      ORDER[kind(a)] - ORDER[kind(b)] ||
      rank(a) - rank(b) ||
      a.source.name.localeCompare(b.source.name),
  );
  const documents: DossierDocument[] = sorted.map((r) => ({
    name: r.source.name,
    ...(r.source.sha256 ? { sha256: r.source.sha256 } : {}),
    kind: kind(r),
    ...(r.document.meta.year !== undefined ? { year: r.document.meta.year } : {}),
    ...(r.pairing?.unit ? { unit: r.pairing.unit } : {}),
    verdict: r.summary.verdict,
    errors: r.summary.errors,
    warnings: r.summary.warnings,
  }));
  const links: Dossier['links'] = [];
  const impossible: Dossier['impossible'] = [];
  const findings: Dossier['findings'] = [];
  for (const r of sorted) {
    for (const p of r.pairing?.paired ?? []) {
      if (HELD.includes(p.relation))
        links.push({ from: r.source.name, to: p.name, relation: p.relation, rule: p.rule, reason: p.reason });
    }
    for (const p of r.pairing?.impossible ?? [])
      impossible.push({ document: r.source.name, relation: p.relation, rule: p.rule, reason: p.reason });
    const between = r.findings.flatMap((finding, index) =>
      finding.rule.startsWith('across.') ? [{ document: r.source.name, index, finding }] : [],
    );
    findings.push(...between.sort((a, b) => compareFindings(a.finding, b.finding)));
  }
  // As everywhere findings are shown: errors, then warnings, then infos; within a severity, the
  // documents in the dossier's order, each by page (a stable sort of a list already so).
  findings.sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity));
  // The department's own documents draw its totals; a group of a unit alone draws the unit's.
  const own = sorted.filter((r) => r.document.meta.scope === 'department');
  const charted = own.length > 0 ? own : sorted;
  const years = [
    ...new Set(charted.flatMap((r) => (r.document.meta.year !== undefined ? [r.document.meta.year] : []))),
  ];
  const figures = charted.flatMap((r) => {
    const year = r.document.meta.year;
    return year === undefined ? [] : [{ year, stage: r.document.meta.stage, values: figuresOf(r) }];
  });
  const series = (k: string, name: Bilingual): Series => ({
    key: k,
    name,
    points: years.map((year) => point(year, figures, k)),
  });
  const fundNames = new Map<string, Bilingual>();
  const classNames = new Map<string, Bilingual>();
  for (const f of figures) {
    for (const [k, v] of f.values) {
      if (k.startsWith('fund:')) fundNames.set(k, v.name);
      if (k.startsWith('class:')) classNames.set(k, v.name);
    }
  }
  return {
    department: sorted.find((r) => r.pairing?.department)?.pairing?.department ?? key,
    key,
    documents,
    links,
    impossible,
    findings,
    years,
    totals: figures.some((f) => f.values.has('total')) ? [series('total', bi('支出合计', 'expenditure'))] : [],
    funds: [...fundNames].map(([k, name]) => series(k, name)).filter(hasValue),
    classes: [...classNames]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, name]) => series(k, name))
      .filter(hasValue),
  };
}

const kind = (r: Report) => r.pairing?.kind ?? (`${r.document.meta.scope}_${r.document.meta.stage}` as const);

const hasValue = (s: Series) => s.points.some((p) => (p.budget ?? 0) !== 0 || (p.final ?? 0) !== 0);

function point(
  year: number,
  figures: readonly { year: number; stage: 'budget' | 'final'; values: Map<string, { fen: number }> }[],
  key: string,
): SeriesPoint {
  const budget = figures.find((f) => f.year === year && f.stage === 'budget')?.values.get(key)?.fen;
  const final = figures.find((f) => f.year === year && f.stage === 'final')?.values.get(key)?.fen;
  return { year, ...(budget !== undefined ? { budget } : {}), ...(final !== undefined ? { final } : {}) };
}

/**
 * A document's totals as its template names them: the year's expenditure, each fiscal fund's (and the
 * rest, money of other sources), each function class's. Values that could not be read are left out.
 */
function figuresOf(report: Report): Map<string, { fen: number; name: Bilingual }> {
  const out = new Map<string, { fen: number; name: Bilingual }>();
  const document = { ...report.document, tables: report.tables } as BudgetDocument;
  const template = templateOf(document).template;
  const tables = new Tables(document);
  const value = (key: string) => {
    const target = template.claimTargets.find((t) => t.key === key);
    const sum = target ? firstPresent(tables, target.cells) : undefined;
    return sum?.readable && sum.present ? sum.value : undefined;
  };
  const series = template.roles.series;
  if (series) {
    const total = value(series.expenditure);
    if (total !== undefined) out.set('total', { fen: total, name: bi('支出合计', 'expenditure') });
    let funds = 0;
    let all = true;
    for (const f of series.funds) {
      const v = value(f.key);
      if (v === undefined) {
        all = false;
        continue;
      }
      funds += v;
      out.set(`fund:${f.key}`, { fen: v, name: f.name });
    }
    if (total !== undefined && all && total - funds > 0)
      out.set('fund:other', { fen: total - funds, name: bi('其他资金', 'other sources') });
  }
  const byCode = template.roles.allFundsByCode;
  const table = byCode ? tables.get(byCode.table) : undefined;
  if (byCode && table && !table.untrusted) {
    for (const row of table.rows) {
      if (!/^\d{3}$/.test(row.key)) continue;
      const cell = tables.cell(byCode.table, row.key, byCode.column);
      if (!cell?.readable || cell.value === null) continue;
      out.set(`class:${row.key}`, { fen: cell.value, name: bi(`${row.key} ${row.label}`) });
    }
  }
  return out;
}
