import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type BudgetDocument, formatAmount, parseText, problemText } from '../src/index.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));

export const SEEDS = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, id: file.slice(0, 3), text: readFileSync(join(SEEDS_DIR, file), 'utf8') }));

/** A seed's text by its id ("001"). */
export function seedText(id: string): string {
  const s = SEEDS.find((x) => x.id === id);
  if (!s) throw new Error(`no seed ${id}`);
  return s.text;
}

/** An edit that replaces one exact occurrence (the test fails loudly when the text is not there). */
export const swap = (from: string, to: string) => (text: string) => {
  expect(text.includes(from), `seed contains "${from}"`).toBe(true);
  return text.replace(from, to);
};

/** A seed read after the edits, in order. */
export const parseSeed = (id: string, ...edits: ((text: string) => string)[]) =>
  parseText(
    edits.reduce((t, e) => e(t), seedText(id)),
    { name: `${id}.txt` },
  );

/** A copy of the document with one edit of its model. */
export function mutate(doc: BudgetDocument, edit: (doc: BudgetDocument) => void): BudgetDocument {
  const copy = structuredClone(doc);
  edit(copy);
  return copy;
}

/** Changes one value of a row the table holds (the test fails when the row is not there). */
export function setCell(doc: BudgetDocument, kind: string, key: string, column: string, change: (v: number) => number) {
  const row = doc.tables.find((t) => t.kind === kind)?.rows.find((r) => r.key === key);
  expect(row, `${kind} ${key}`).toBeDefined();
  if (row) row.values[column] = change(row.values[column] ?? 0);
}

/** The tables of a document in a compact, reviewable form: one line per row, blank cells as —. */
export function goldenTables(doc: BudgetDocument): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of doc.tables) {
    out[t.kind] = {
      title: t.title,
      unit: t.unit,
      notes: t.notes,
      columns: t.incomeColumns ? { income: t.incomeColumns, expenditure: t.columns } : t.columns,
      rows: t.rows.map((r) => {
        const cols = r.side === 'income' ? (t.incomeColumns ?? []) : t.columns;
        const values = cols
          .map((c) => {
            const v = r.values[c];
            return v == null ? '—' : formatAmount(v, t.unit);
          })
          .join(' | ');
        const flags = [r.side, r.labelSource !== 'printed' ? r.labelSource : '', r.inferred ? 'inferred' : '']
          .filter(Boolean)
          .join(',');
        return `${r.key} ${r.label} :: ${values}${flags ? `  [${flags}]` : ''}`;
      }),
    };
  }
  return out;
}

/**
 * Amount tokens printed on a source line (tab, pipe or space separated cells), leaving out the
 * function/economic codes that open a row ("210 15 01").
 */
export function amountTokens(line: string): string[] {
  const cells = line
    .split(/[\t|]|\s+/)
    .map((c) => c.trim())
    .filter(Boolean);
  let codes = 0;
  while (codes < 3 && /^\d{2,3}$/.test(cells[codes] ?? '') && (codes > 0 || /^\d{3}$/.test(cells[0] ?? ''))) codes++;
  return cells
    .slice(codes)
    .flatMap((c) => c.match(/^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?=$|[^\d,.、．])/) ?? []);
}

/** A reference in one line: table/row/column, page or line, box, the quoted text and the prose span. */
function refLine(r: Record<string, unknown>): string {
  const box = Array.isArray(r.box) ? `[${(r.box as number[]).map((n) => Math.round(n * 10) / 10).join(',')}]` : '';
  const span = r.section !== undefined ? `§${r.section}.${r.paragraph ?? ''}:${r.start ?? ''}-${r.end ?? ''}` : '';
  return [r.table, r.row, r.column, r.page ? `p${r.page}` : '', r.line ? `l${r.line}` : '', box, span, r.text ?? '']
    .filter((x) => x !== '' && x !== undefined)
    .join(' | ');
}

/**
 * A report in a reviewable form that does not depend on how bilingual text is shaped: every finding
 * with both languages, its formula, cells and quantities; every check; every diagnostic; every
 * comparison that held. Kept as golden data so a refactor cannot change what a report says.
 */
export function reportGolden(report: import('../src/index.js').Report): Record<string, unknown> {
  const zhEn = (zh: unknown, en: unknown) => (zh === undefined && en === undefined ? undefined : { zh, en });
  return {
    summary: report.summary,
    previous: report.previous,
    diagnostics: report.document.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: problemText(d),
      table: d.table,
    })),
    problems: report.tables.map((t) => ({ table: t.kind, problems: t.problems.map(problemText) })),
    checks: report.checks.map(
      (c) =>
        `${c.rule} [${c.section}/${c.severity}] ${c.status} ${c.comparisons}/${c.findings} ${c.title.zh} | ${c.title.en}${c.reason ? ` — ${c.reason.zh} | ${c.reason.en}` : ''}`,
    ),
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: zhEn(f.message.zh, f.message.en),
      formula: zhEn(f.formula?.zh, f.formula?.en),
      tolerance: f.tolerance,
      count: f.count,
      expected: f.expected,
      actual: f.actual,
      difference: f.difference,
      refs: f.refs.map((r) => refLine(r)),
    })),
    passes: (report.passes ?? []).map(
      (p) => `${p.rule}: ${p.formula.zh} | ${p.formula.en} :: ${p.refs.map((r) => refLine(r)).join(' ; ')}`,
    ),
  };
}
