import { readFileSync } from 'node:fs';
import { type BudgetDocument, formatAmount, type PositionedDocument } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { goldenTables } from '../../core/test/helpers.js';
import { extractPositioned, readBudgetPdf } from '../src/node.js';
import { printedAmounts, readAmounts } from './oracle.js';

/**
 * The layout fixtures made by fixtures/layouts.mjs (described in fixtures/layouts/README.md): one
 * seed's nine tables each, printed by LibreOffice with one layout trait of real budget exports
 * changed. Each must read exactly as the seed's reviewed golden tables, with no table problems and
 * no warnings; ruled ones also pass the oracle that every amount printed is read exactly once.
 *
 * Tests the reader fails today are marked `fails` with the cause observed (the positioned items and
 * rulings of the fixture, and what the reader made of them): flip them as the reader learns.
 */

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/layouts/${name}`, import.meta.url)));

/** What a fixture prints differently from its seed, applied to the seed's golden tables. */
interface Changes {
  /** Rows relabelled, by table and row key (the labels layouts.mjs prints). */
  labels?: Record<string, Record<string, string>>;
  /** Empty tables' notes printed inside the grid, reworded "说明：…". */
  notesInside?: boolean;
  /** Blank amounts printed "0.00": they read as zero. */
  zeros?: boolean;
}

interface Variant extends Changes {
  file: string;
  seed: string;
  what: string;
  /** Rulings frame every table: the amount oracle applies (amounts print separators or decimals). */
  oracle: boolean;
  /** Why a test fails today, by test: `tables` (exact tables), `amounts` (the oracle). */
  fails?: { tables?: string; amounts?: string };
}

const LABELS = {
  finance_summary: { general_budget: '1. 一般公共预算', 210: '八、医疗卫生与计划生育支出' },
  fiscal_summary: { general_budget: '一、一般公共预算拨款', 210: '八、医疗卫生与计划生育支出' },
};

const VARIANTS: Variant[] = [
  { file: 'cell-borders.pdf', seed: '001', what: 'borders drawn cell by cell', oracle: true },
  {
    file: 'cell-borders-wps.pdf',
    seed: '002',
    what: 'borders per text cell, joined across blanks, rows 25 pt apart (czj-2025-dept p. 9)',
    oracle: true,
  },
  {
    file: 'cell-borders-tall.pdf',
    seed: '003',
    what: 'borders per cell, rows 25 pt apart, 12 pt serif',
    oracle: true,
  },
  { file: 'horizontal-rules.pdf', seed: '004', what: 'horizontal rules only', oracle: true },
  { file: 'three-line.pdf', seed: '002', what: 'three-line table', oracle: true },
  { file: 'no-rules.pdf', seed: '001', what: 'no rules, serif', oracle: false },
  { file: 'shaded.pdf', seed: '004', what: 'filled header and stripes, no strokes', oracle: false },
  { file: 'shaded-white-grid.pdf', seed: '003', what: 'fills separated by a white grid', oracle: false },
  { file: 'tall-rows-middle.pdf', seed: '002', what: 'rows 14 mm tall, centred', oracle: true },
  { file: 'tall-rows-top.pdf', seed: '004', what: 'rows 14 mm tall, top-aligned', oracle: true },
  { file: 'tall-rows-bottom.pdf', seed: '001', what: 'rows 14 mm tall, bottom-aligned', oracle: true },
  { file: 'tall-rows-unruled.pdf', seed: '001', what: 'no rules, rows 12 mm tall, bottom-aligned', oracle: false },
  {
    file: 'tall-rows-mixed.pdf',
    seed: '003',
    what: 'no rules, rows 12 mm tall, names top, amounts bottom',
    oracle: false,
  },
  { file: 'header-blank.pdf', seed: '003', what: 'header cells not merged, left blank', oracle: true },
  { file: 'header-repeated.pdf', seed: '001', what: 'header cells not merged, titles repeated', oracle: true },
  { file: 'narrow-names.pdf', seed: '003', what: 'names wrapped over 2–3 lines, ruled', oracle: true },
  { file: 'narrow-names-unruled.pdf', seed: '002', what: 'names wrapped over 2–3 lines, no rules', oracle: false },
  {
    file: 'narrow-names-bottom.pdf',
    seed: '000',
    what: 'names wrapped, amounts on their last line, ruled',
    oracle: true,
  },
  { file: 'tiny-type.pdf', seed: '004', what: '5.5 pt type, portrait, ruled', oracle: true },
  { file: 'tiny-type-unruled.pdf', seed: '000', what: '5 pt type, portrait, no rules', oracle: false },
  { file: 'plain-fixed.pdf', seed: '003', what: 'amounts "117300.00"', oracle: true },
  // The oracle reads bare integers as codes: it cannot judge amounts printed "278487424".
  { file: 'plain-general.pdf', seed: '001', what: 'amounts "278487424"', oracle: false },
  { file: 'portrait.pdf', seed: '000', what: 'portrait, 8 pt serif, page footers, codes "208 05 05"', oracle: true },
  { file: 'fit-width.pdf', seed: '002', what: 'printed scaled to one page wide', oracle: true },
  { file: 'pages-repeated-header.pdf', seed: '003', what: 'running over pages, header repeated', oracle: true },
  { file: 'pages-no-header.pdf', seed: '003', what: 'running over pages, header not repeated', oracle: true },
  {
    file: 'pages-title-repeated.pdf',
    seed: '000',
    what: 'running over pages, title and header repeated',
    oracle: true,
  },
  { file: 'page-numbers.pdf', seed: '003', what: 'page numbers "- 1 -" in the footer', oracle: true },
  { file: 'serif-padded.pdf', seed: '004', what: 'Noto Serif CJK digits, 11 pt, 2 mm padding', oracle: true },
  { file: 'labels.pdf', seed: '003', what: 'summary labels in other words', oracle: true, labels: LABELS },
  { file: 'empty-none-row.pdf', seed: '002', what: 'empty tables print a row 无, note below', oracle: true },
  {
    file: 'empty-note-inside.pdf',
    seed: '004',
    what: 'empty tables print 说明：… inside the grid',
    oracle: true,
    notesInside: true,
  },
  { file: 'zeros.pdf', seed: '001', what: 'blank amounts "0.00", codes "208 5 5"', oracle: true, zeros: true },
  { file: 'dashes.pdf', seed: '003', what: 'blank amounts "-"', oracle: true },
];

type Golden = Record<string, { unit: string; notes: string[]; rows: string[] }>;

/**
 * A seed's reviewed golden tables as a PDF of it reads: names the text reader recovered from other
 * tables and values it inferred are printed in the PDF (no flags), and the fixture's changes applied.
 */
function expected(seed: string, changes: Changes): Golden {
  const text = readFileSync(new URL(`../../core/test/golden/${seed}.tables.json`, import.meta.url), 'utf8');
  const golden = JSON.parse(text.replace(/ {2}\[(?:recovered|inferred)\]|,(?:recovered|inferred)/g, '')) as Golden;
  for (const [kind, table] of Object.entries(golden)) {
    if (changes.notesInside && table.rows.length === 0) table.notes = table.notes.map(insideNote);
    table.rows = table.rows.map((row) => {
      const [head = '', rest = ''] = row.split(' :: ');
      const key = head.split(' ')[0] ?? '';
      const label = changes.labels?.[kind]?.[key];
      const values = changes.zeros
        ? rest.replace(/(^|\| )—(?= \||$| {2}\[)/g, `$1${formatAmount(0, table.unit as '元' | '万元')}`)
        : rest;
      return `${label ? `${key} ${label}` : head} :: ${values}`;
    });
  }
  return golden;
}

/** An empty table's note as layouts.mjs prints it inside the grid. */
const insideNote = (note: string) => `说明：${note.replace(/^注[:：]/, '')}`;

const readings = new Map<string, Promise<[BudgetDocument, PositionedDocument]>>();
function read(file: string) {
  let reading = readings.get(file);
  if (!reading) {
    const bytes = fixture(file);
    reading = Promise.all([readBudgetPdf(bytes, { name: file }), extractPositioned(bytes)]);
    readings.set(file, reading);
  }
  return reading;
}

describe.each(VARIANTS)('$file ($what)', (variant) => {
  const { file, seed, oracle, fails } = variant;
  const tables = fails?.tables ? it.fails : it;
  tables(`reads the seed’s nine tables exactly${fails?.tables ? ` — fails today: ${fails.tables}` : ''}`, async () => {
    const [doc] = await read(file);
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(goldenTables(doc)).toEqual(expected(seed, variant));
  });

  const amounts = fails?.amounts ? it.fails : it;
  if (oracle)
    amounts(
      `reads every amount printed in each table exactly once${fails?.amounts ? ` — fails today: ${fails.amounts}` : ''}`,
      async () => {
        const [doc, positioned] = await read(file);
        expect(doc.tables).toHaveLength(9);
        for (const table of doc.tables)
          expect(readAmounts(table), table.kind).toEqual(printedAmounts(positioned, table));
      },
    );
});
