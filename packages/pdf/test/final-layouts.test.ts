import { readFileSync } from 'node:fs';
import { type BudgetDocument, checkDocument, formatAmount, type Report } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { readBudgetPdf } from '../src/node.js';

/**
 * A whole invented 部门决算 (fixtures/final-accounts.mjs: nine tables, money in every fund, every
 * identity of the template exact) printed by fixtures/layouts.mjs in the layouts real final accounts
 * come in. Each must read cell for cell as final-accounts.json says was printed, and check as
 * consistent: no error or warning, and every in-table and cross-table rule able to run. The planted
 * copy changes four printed cells; each must be reported as an error at that cell.
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
  tables: ExpectedTable[];
  plants?: { table: string; row: string; column: string; side?: string; value: string; why: string }[];
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

/** Why a test fails today, by test: `tables` (cell for cell), `checks` (consistent). */
type Fails = { tables?: string; checks?: string };
const FILES: { file: string; what: string; fails?: Fails }[] = [
  { file: 'final-accounts-ruled.pdf', what: 'ruled like czj-2024-final, portrait, names wrapped, amounts centred' },
  { file: 'final-accounts-unruled.pdf', what: 'no rules, landscape, the economic table’s blocks 2 pt apart' },
  { file: 'final-accounts-wps.pdf', what: 'borders per text cell (WPS 表格), rows 8 mm' },
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
    'checks as consistent: no error or warning, every in-table and cross-table rule run',
    fails?.checks,
    async () => {
      const report = checkDocument(await read(file));
      expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.message.zh)).toEqual([]);
      const tableChecks = report.checks.filter((c) => c.section === 'in_table' || c.section === 'cross_table');
      expect(tableChecks.length).toBeGreaterThanOrEqual(6);
      for (const c of tableChecks) {
        expect(c.status, c.rule).toBe('pass');
        expect(c.comparisons, c.rule).toBeGreaterThan(0);
      }
    },
    READING_MS,
  );
});

describe('final-accounts-planted.pdf (four printed cells changed)', () => {
  const plants = PLANTED.plants ?? [];
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

  it('reports nothing beyond what the four changed cells break', async () => {
    const errors = (await report()).findings.filter((f) => f.severity !== 'info');
    const touched = (f: (typeof errors)[number]) =>
      plants.some((p) => f.refs.some((r) => r.table === p.table && r.row === p.row && r.column === p.column));
    expect(errors.filter((f) => !touched(f)).map((f) => f.message.zh)).toEqual([]);
  });
});
