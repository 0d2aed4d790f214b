import { readFileSync } from 'node:fs';
import { type BudgetDocument, checkDocument, formatAmount, type Report } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { readBudgetPdf } from '../src/node.js';

/**
 * A whole invented 部门决算 (fixtures/final-accounts.mjs: nine tables, money in every fund, every
 * identity of the template exact, and a 情况说明 worded as the official template and czj-2024-final
 * word it, every figure computed from the tables) printed by fixtures/layouts.mjs in the layouts real
 * final accounts come in. Each must read cell for cell as final-accounts.json says was printed, read
 * every paragraph of the 情况说明, and check as consistent: no finding above info from any rule, every
 * in-table and cross-table rule and every prose rule the 情况说明 gives figures for run and passed.
 * The planted copy changes four printed cells and five figures or words of the prose; each must be
 * reported as an error at that cell or sentence, and nothing else.
 */

interface ExpectedRow {
  key: string;
  side?: 'income' | 'expenditure';
  label: string;
  values: Record<string, string | null>;
}
interface ExpectedTable {
  kind: string;
  title: string;
  unit: string;
  columns: string[];
  incomeColumns?: string[];
  notes: string[];
  rows: ExpectedRow[];
}
interface Expected {
  department: string;
  /** The 情况说明's paragraphs as printed, headings included. */
  prose: string[];
  tables: ExpectedTable[];
  plants?: { table: string; row: string; column: string; side?: string; value: string; why: string }[];
  prosePlants?: { find: string; replace: string; rule: string; why: string }[];
}

const json = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/layouts/${name}`, import.meta.url), 'utf8')) as Expected;
const EXPECTED = json('final-accounts.json');
const PLANTED = json('final-accounts-planted.json');

const readings = new Map<string, Promise<BudgetDocument>>();
const read = (file: string) => {
  let reading = readings.get(file);
  if (!reading) {
    const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/layouts/${file}`, import.meta.url)));
    reading = readBudgetPdf(bytes, { name: file });
    readings.set(file, reading);
  }
  return reading;
};
/** Reading a nine-table document takes seconds, more on a busy machine. */
const READING_MS = 60_000;

/** A table as read, in the JSON's shape: rows by side and key (the order of two-sided tables is the reader's). */
function asRead(doc: BudgetDocument, kind: string) {
  const table = doc.tables.find((t) => t.kind === kind);
  if (!table) return undefined;
  const rows = table.rows.map((r) => {
    const columns = r.side === 'income' ? (table.incomeColumns ?? []) : table.columns;
    return {
      key: r.key,
      ...(r.side ? { side: r.side } : {}),
      label: r.label,
      values: Object.fromEntries(
        columns.map((c) => [c, r.values[c] == null ? null : formatAmount(r.values[c] as number, table.unit, 2)]),
      ),
    };
  });
  return {
    kind,
    title: table.title,
    unit: table.unit,
    columns: table.columns,
    ...(table.incomeColumns ? { incomeColumns: table.incomeColumns } : {}),
    notes: table.notes,
    rows: byPlace(rows),
  };
}
const byPlace = (rows: ExpectedRow[]) => Object.fromEntries(rows.map((r) => [`${r.side ?? ''}/${r.key}`, r]));

/**
 * The prose rules the 情况说明 states figures for (totals, shares, completion rates, 大于/小于,
 * structure by class, 三公, changes against 2023, absences, the economic items, procurement,
 * vehicles): each must run and pass with something compared.
 */
const PROSE_RULES = [
  'prose.totals',
  'prose.subjects',
  'prose.subject_names',
  'prose.subject_sum',
  'prose.change_arithmetic',
  'prose.repeated',
  'prose.three_public',
  'prose.structure',
  'prose.shares',
  'prose.completion',
  'prose.budget_comparison',
  'prose.budget_reasons',
  'prose.budget_in_tables',
  'prose.absences',
  'prose.economic_items',
  'prose.procurement',
  'prose.vehicles',
];

/** Text without spaces and line breaks (the reader joins a paragraph's lines). */
const squeeze = (text: string) => text.replace(/\s+/gu, '');
/** Where a printed paragraph was read: section and paragraph index, or undefined. */
function placeOf(doc: BudgetDocument, text: string) {
  const want = squeeze(text);
  for (const [si, section] of doc.sections.entries())
    for (const [pi, p] of section.paragraphs.entries()) if (squeeze(p.text) === want) return { si, pi };
  return undefined;
}
const isHeading = (p: string) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第三部分)/u.test(p);

/** Why a test fails today, by test: `tables` (cell for cell), `checks` (consistent). */
type Fails = { tables?: string; prose?: string; checks?: string };
const FILES: { file: string; what: string; fails?: Fails }[] = [
  { file: 'final-accounts-ruled.pdf', what: 'ruled like czj-2024-final, portrait, names wrapped, amounts centred' },
  { file: 'final-accounts-unruled.pdf', what: 'no rules, landscape, the economic table’s blocks 2 pt apart' },
  { file: 'final-accounts-wps.pdf', what: 'borders per text cell (WPS 表格), rows 8 mm' },
  { file: 'final-accounts-line-numbers.pdf', what: 'a 行次 column on each side of the two summary tables' },
];

/** A test, or a test marked as failing today with the cause in its name. */
const check = (name: string, cause: string | undefined, fn: () => Promise<void>, timeout: number) =>
  cause ? it.fails(`${name} — fails today: ${cause}`, fn, timeout) : it(name, fn, timeout);

describe.each(FILES)('$file ($what)', ({ file, fails }) => {
  check(
    'reads all nine tables cell for cell as printed',
    fails?.tables,
    async () => {
      const doc = await read(file);
      expect(doc.meta).toMatchObject({ stage: 'final', department: EXPECTED.department });
      expect(doc.tables.map((t) => t.kind)).toEqual(EXPECTED.tables.map((t) => t.kind));
      expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
      expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      for (const table of EXPECTED.tables) {
        const got = asRead(doc, table.kind);
        // No row read twice: the keyed rows are as many as the rows read.
        expect(Object.keys(got?.rows ?? {}).length, table.kind).toBe(
          doc.tables.find((t) => t.kind === table.kind)?.rows.length,
        );
        expect(got, table.kind).toEqual({ ...table, rows: byPlace(table.rows) });
      }
    },
    READING_MS,
  );

  check(
    'reads every paragraph of the 情况说明 whole, each heading as a heading',
    fails?.prose,
    async () => {
      const doc = await read(file);
      const headings = doc.sections.map((s) => squeeze(s.heading));
      for (const p of EXPECTED.prose) {
        if (isHeading(p)) continue;
        expect(placeOf(doc, p), p).toBeDefined();
      }
      // The section headings the rules place findings by (一、 … 十一、) are read as headings.
      for (const p of EXPECTED.prose.filter((x) => /^[一二三四五六七八九十]+、/u.test(x)))
        expect(headings, p).toContain(squeeze(p));
    },
    READING_MS,
  );

  check(
    'checks as consistent: no error or warning, every in-table, cross-table and prose rule run',
    fails?.checks,
    async () => {
      const report = checkDocument(await read(file));
      expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.message.zh)).toEqual([]);
      expect(report.checks.filter((c) => c.status !== 'pass' && c.status !== 'not_applicable')).toEqual([]);
      const tableChecks = report.checks.filter((c) => c.section === 'in_table' || c.section === 'cross_table');
      expect(tableChecks.length).toBeGreaterThanOrEqual(6);
      for (const c of tableChecks) {
        expect(c.status, c.rule).toBe('pass');
        expect(c.comparisons, c.rule).toBeGreaterThan(0);
      }
      for (const rule of PROSE_RULES) {
        const c = report.checks.find((x) => x.rule === rule);
        expect(c?.status, rule).toBe('pass');
        expect(c?.comparisons, rule).toBeGreaterThan(0);
      }
    },
    READING_MS,
  );
});

describe('final-accounts-planted.pdf (four printed cells and five prose figures changed)', () => {
  const plants = PLANTED.plants ?? [];
  const prosePlants = PLANTED.prosePlants ?? [];
  /** The paragraph each prose plant changed, as read. */
  const plantedParagraphs = async () => {
    const doc = await read('final-accounts-planted.pdf');
    return prosePlants.map((p) => {
      const text = PLANTED.prose.find((x) => x.includes(p.replace));
      return text === undefined ? undefined : placeOf(doc, text);
    });
  };
  const report = async (): Promise<Report> => checkDocument(await read('final-accounts-planted.pdf'));

  it(
    'reads the planted cells as printed',
    async () => {
      const doc = await read('final-accounts-planted.pdf');
      for (const table of PLANTED.tables)
        expect(asRead(doc, table.kind), table.kind).toEqual({ ...table, rows: byPlace(table.rows) });
    },
    READING_MS,
  );

  it.each(plants)('reports $why as an error at $table/$row/$column', async (p) => {
    const errors = (await report()).findings.filter((f) => f.severity === 'error');
    const at = errors.filter((f) =>
      f.refs.some((r) => r.table === p.table && r.row === p.row && r.column === p.column),
    );
    expect(
      at.map((f) => f.message.zh),
      JSON.stringify(errors.map((f) => f.message.zh)),
    ).not.toEqual([]);
  });

  it.each(prosePlants)(
    'reports $why as a $rule error at its sentence',
    async (p) => {
      const places = await plantedParagraphs();
      const place = places[prosePlants.indexOf(p)];
      expect(place, p.replace).toBeDefined();
      const errors = (await report()).findings.filter((f) => f.severity === 'error' && f.rule === p.rule);
      const at = errors.filter((f) => f.refs.some((r) => r.section === place?.si && r.paragraph === place?.pi));
      expect(
        at.map((f) => f.message.zh),
        JSON.stringify(errors.map((f) => f.message.zh)),
      ).not.toEqual([]);
    },
    READING_MS,
  );

  it('reports nothing beyond what the changed cells and sentences break', async () => {
    const places = (await plantedParagraphs()).filter((x) => x !== undefined);
    const errors = (await report()).findings.filter((f) => f.severity !== 'info');
    const touched = (f: (typeof errors)[number]) =>
      plants.some((p) => f.refs.some((r) => r.table === p.table && r.row === p.row && r.column === p.column)) ||
      places.some((x) => f.refs.some((r) => r.section === x.si && r.paragraph === x.pi));
    expect(errors.filter((f) => !touched(f)).map((f) => f.message.zh)).toEqual([]);
    // Every finding above info is an error (a planted mistake is never only a warning).
    expect(errors.filter((f) => f.severity !== 'error').map((f) => f.message.zh)).toEqual([]);
  });
});
