import { readFileSync } from 'node:fs';
import {
  type BudgetDocument,
  checkDocument,
  formatAmount,
  type PositionedDocument,
  parseAmount,
  parsePositioned,
  type Report,
} from '@hezhang/core';
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
  /** A note printed under every table with rows: it is that table's note. */
  footnote?: string;
  /** The 合计 row printed first: it reads first. */
  totalFirst?: boolean;
  /** A negative amount planted (layouts.mjs NEGATIVE): one row negated, twice its amounts added to another. */
  negative?: { kind: string; negate: string; offset: string };
  /** Every table printed in this unit: each amount rounded to it. */
  unit?: '万元';
  /** A table whose title is not printed as text: it reads by its header, named as the template names it. */
  untitled?: { kind: string; name: string };
}

interface Variant extends Changes {
  file: string;
  seed: string;
  what: string;
  /** Rulings frame every table: the amount oracle applies (amounts print separators or decimals). */
  oracle: boolean;
  /** The warnings the reading gives (codes), where the fixture prints something worth one. */
  warnings?: string[];
  /** Why a test fails today, by test: `tables` (exact tables), `amounts` (the oracle), `notes` (empty tables' notes). */
  fails?: { tables?: string; amounts?: string; notes?: string };
}

/**
 * Summary-table labels printed in other words (as layouts.mjs prints them). A former class name keeps
 * its code: the row is 210 whatever name it prints; reporting the stale name is the checks' job.
 */
const LABELS = {
  finance_summary: { general_budget: '1. 一般公共预算', 210: '八、医疗卫生与计划生育支出' },
  fiscal_summary: { general_budget: '一、一般公共预算拨款', 210: '八、医疗卫生与计划生育支出' },
};

const VARIANTS: Variant[] = [
  { file: 'cell-borders.pdf', seed: '001', what: 'borders drawn cell by cell', oracle: true },
  {
    file: 'misprinted-codes.pdf',
    seed: '001',
    what: 'cell-borders.pdf with class 210 printed "7" in one table and 210’s 款 printed as row numbers in another: every row read by its name',
    oracle: true,
  },
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
  {
    file: 'filled-borders.pdf',
    seed: '003',
    what: 'borders as thin filled rectangles cell by cell (Excel, WPS)',
    oracle: true,
  },
  { file: 'framed.pdf', seed: '004', what: 'title and 编制部门 inside the grid, 金额单位', oracle: true },
  {
    file: 'horizontal-rules.pdf',
    seed: '004',
    what: 'horizontal rules only',
    oracle: true,
  },
  // No amount oracle: it needs a grid around the rows, and a three-line table continued on a page
  // prints no rule there (the tables are still compared cell by cell with the golden ones).
  { file: 'three-line.pdf', seed: '002', what: 'three-line table', oracle: false },
  {
    file: 'three-line-narrow-pages.pdf',
    seed: '002',
    what: 'three-line table, names wrapped, pages ending and opening inside a wrapped name',
    oracle: false,
  },
  {
    file: 'totals-alone-unruled.pdf',
    seed: '002',
    what: 'no rules, the summary tables’ totals line alone atop the next page (fiscal_summary’s without amounts)',
    oracle: false,
  },
  { file: 'no-rules.pdf', seed: '001', what: 'no rules, serif', oracle: false },
  {
    file: 'code-first-digit.pdf',
    seed: '001',
    what: 'no rules, each code’s first digit in another font, touching the rest',
    oracle: false,
  },
  {
    file: 'shaded.pdf',
    seed: '004',
    what: 'filled header and stripes, no strokes',
    oracle: false,
  },
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
  {
    file: 'header-blank.pdf',
    seed: '003',
    what: 'header cells not merged, left blank',
    oracle: true,
  },
  {
    file: 'header-repeated.pdf',
    seed: '001',
    what: 'header cells not merged, titles repeated',
    oracle: true,
  },
  {
    file: 'narrow-names.pdf',
    seed: '003',
    what: 'names wrapped over 2–3 lines, ruled',
    oracle: true,
  },
  {
    file: 'narrow-names-unruled.pdf',
    seed: '002',
    what: 'names wrapped over 2–3 lines, no rules',
    oracle: false,
  },
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
  {
    file: 'plain-general.pdf',
    seed: '001',
    what: 'amounts "278487424"',
    oracle: false,
  },
  {
    file: 'portrait.pdf',
    seed: '000',
    what: 'portrait, 8 pt serif, 第 1 页，共 9 页, codes "208 05 05"',
    oracle: true,
  },
  { file: 'fit-width.pdf', seed: '002', what: 'printed scaled to one page wide', oracle: true },
  { file: 'pages-repeated-header.pdf', seed: '003', what: 'running over pages, header repeated', oracle: true },
  {
    file: 'pages-no-header.pdf',
    seed: '003',
    what: 'running over pages, header not repeated, contents page',
    oracle: true,
  },
  {
    file: 'pages-title-repeated.pdf',
    seed: '000',
    what: 'running over pages, title and header repeated',
    oracle: true,
  },
  {
    file: 'page-numbers.pdf',
    seed: '003',
    what: 'page numbers "- 1 -" in the footer',
    oracle: true,
  },
  { file: 'serif-padded.pdf', seed: '004', what: 'Noto Serif CJK digits, 11 pt, 2 mm padding', oracle: true },
  {
    file: 'labels.pdf',
    seed: '003',
    what: 'summary labels in other words',
    oracle: true,
    labels: LABELS,
  },
  {
    file: 'empty-none-row.pdf',
    seed: '002',
    what: 'empty tables print a row 无, note below',
    oracle: true,
  },
  {
    file: 'empty-note-inside.pdf',
    seed: '004',
    what: 'empty tables print 说明：… inside the grid',
    oracle: true,
    notesInside: true,
  },
  { file: 'zeros.pdf', seed: '001', what: 'blank amounts "0.00", codes "208 5 5"', oracle: true, zeros: true },
  { file: 'dashes.pdf', seed: '003', what: 'blank amounts "-"', oracle: true },
  // Issue 18's layout causes (the pages' traits are checked in 'the layout fixtures' below).
  { file: 'blank-rows-dashes.pdf', seed: '003', what: 'no rules, blank lines "-" above 合计', oracle: false },
  {
    file: 'blank-rows-zeros.pdf',
    seed: '001',
    what: 'no rules, blank lines "0.00" above 合计',
    oracle: false,
    zeros: true,
  },
  { file: 'glued.pdf', seed: '002', what: 'no rules, an amount glued to the next side’s name', oracle: false },
  { file: 'spaced-words.pdf', seed: '004', what: 'no rules, 合　　计 and 项　　目', oracle: false },
  { file: 'heading-after.pdf', seed: '001', what: 'no rules, a bold heading right after a table', oracle: false },
  {
    file: 'heading-page.pdf',
    seed: '003',
    what: 'no rules, header repeated over pages, a heading page after a table',
    oracle: false,
  },
  // Traits of real exports the reader had not met (layouts-new).
  { file: 'header-wrapped.pdf', seed: '002', what: 'header text broken over lines inside its cells', oracle: true },
  { file: 'total-first.pdf', seed: '004', what: '合计 first, under the header', oracle: true, totalFirst: true },
  {
    file: 'total-first-unruled.pdf',
    seed: '003',
    what: 'no rules, 合计 first, under the header',
    oracle: false,
    totalFirst: true,
  },
  { file: 'codes-in-names.pdf', seed: '003', what: 'code and name in one cell', oracle: true },
  { file: 'indented-names.pdf', seed: '001', what: 'no codes, names indented by level', oracle: true },
  { file: 'row-numbers.pdf', seed: '000', what: 'a 序号 column first', oracle: true },
  {
    file: 'footnotes.pdf',
    seed: '002',
    what: 'a note under every table',
    oracle: true,
    footnote: '注：本表数据按财政部门批复的部门预算填列。',
  },
  { file: 'page-header.pdf', seed: '004', what: 'a running head on every page', oracle: true },
  { file: 'header-levels.pdf', seed: '004', what: 'grid headers three levels deep', oracle: true },
  // No amount oracle: it reads the raw items, whose full-width digits it does not take for amounts.
  { file: 'fullwidth-digits.pdf', seed: '003', what: 'amounts in full-width digits', oracle: false },
  {
    file: 'fullwidth-wrapped.pdf',
    seed: '000',
    what: 'full-width amounts wrapped inside narrow cells',
    oracle: false,
  },
  { file: 'word-table.pdf', seed: '002', what: 'tables of a word processor (Writer)', oracle: true },
  {
    file: 'negative-minus.pdf',
    seed: '004',
    what: 'a negative amount "-600"',
    oracle: true,
    negative: { kind: 'basic_by_economic', negate: '30204', offset: '30201' },
  },
  {
    file: 'negative-brackets.pdf',
    seed: '004',
    what: 'a negative amount "(600)"',
    oracle: true,
    negative: { kind: 'basic_by_economic', negate: '30204', offset: '30201' },
  },
  // No amount oracle: the right block's 款 codes ("01", "16") print right of the page's first amount, and
  // seed 003's amounts do not all print decimals: the oracle cannot tell them from amounts.
  { file: 'side-by-side.pdf', seed: '003', what: 'the economic table in two blocks side by side', oracle: false },
  { file: 'wan-yuan.pdf', seed: '001', what: 'every table in 万元 with two decimals', oracle: true, unit: '万元' },
  // Traits of real exports the reader had not met (layouts-more).
  { file: 'spaced-thousands.pdf', seed: '002', what: 'thousands set apart by spaces', oracle: false },
  { file: 'thin-space-thousands.pdf', seed: '004', what: 'thousands set apart by U+202F', oracle: false },
  { file: 'nbsp-thousands-unruled.pdf', seed: '001', what: 'no rules, thousands set apart by U+00A0', oracle: false },
  { file: 'plain-general-unruled.pdf', seed: '001', what: 'no rules, amounts "278487424"', oracle: false },
  // The unit column is set aside: rows keyed by their subject code, the unit's name in no label.
  { file: 'unit-column.pdf', seed: '001', what: 'a 单位名称 column, the name on every row', oracle: true },
  {
    file: 'unit-column-once.pdf',
    seed: '004',
    what: 'no rules, 单位编码 and 单位名称 columns printed once at the group’s top',
    oracle: false,
  },
  {
    file: 'title-image.pdf',
    seed: '003',
    what: 'the economic table’s title an image',
    oracle: true,
    untitled: { kind: 'basic_by_economic', name: '一般公共预算基本支出经济分类预算表' },
    warnings: ['table_title_missing'],
  },
  {
    file: 'title-image-unknown.pdf',
    seed: '004',
    what: 'a table of no template kind, its title an image, after an empty table',
    oracle: true,
    warnings: ['table_unrecognised'],
  },
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
      return `${label ? `${key} ${label}` : head} :: ${changes.unit ? inUnit(values, table.unit, changes.unit) : values}`;
    });
    if (changes.negative?.kind === kind) table.rows = planted(table.rows, table.unit, changes.negative);
    if (changes.footnote && table.rows.length > 0) table.notes = [...table.notes, changes.footnote];
    if (changes.totalFirst)
      table.rows = [
        ...table.rows.filter((r) => r.startsWith('total ')),
        ...table.rows.filter((r) => !r.startsWith('total ')),
      ];
    if (changes.unit) table.unit = changes.unit;
    if (changes.untitled?.kind === kind) (table as { title?: string }).title = changes.untitled.name;
  }
  return golden;
}

/** A golden row's values ("12,912,812 | — | …", in `from`) as printed in `to`: each rounded to it. */
const inUnit = (values: string, from: string, to: '万元') =>
  values.replace(/[\d,]+(?:\.\d+)?/g, (amount) =>
    formatAmount(Math.round(Number(amount.replaceAll(',', '')) * (from === '万元' ? 1e6 : 100)), to),
  );

/** Golden rows with layouts.mjs' negative amount planted: `negate` negated, twice it added to `offset`. */
function planted(rows: string[], unit: string, { negate, offset }: { negate: string; offset: string }): string[] {
  const values = (key: string) =>
    (rows.find((r) => r.startsWith(`${key} `)) ?? '')
      .split(' :: ')[1]
      ?.split(' | ')
      .map((v) => (v === '—' ? null : (parseAmount(v, unit as '元')?.fen ?? 0))) ?? [];
  const moved = values(negate);
  return rows.map((row) => {
    const [head = '', rest = ''] = row.split(' :: ');
    const key = head.split(' ')[0];
    if (key !== negate && key !== offset) return row;
    const printed = rest.split(' | ').map((v, i) => {
      const by = moved[i] ?? 0;
      if (v === '—' || by === 0) return v;
      const fen = parseAmount(v, unit as '元')?.fen ?? 0;
      return formatAmount(key === negate ? -fen : fen + 2 * by, unit as '元');
    });
    return `${head} :: ${printed.join(' | ')}`;
  });
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

/** A test, or a test marked as failing today with the cause in its name. */
const check = (name: string, cause: string | undefined, fn: () => Promise<void>) =>
  cause ? it.fails(`${name} — fails today: ${cause}`, fn) : it(name, fn);

describe.each(VARIANTS)('$file ($what)', (variant) => {
  const { file, seed, oracle, fails } = variant;
  const golden = expected(seed, variant);

  check('reads the seed’s nine tables exactly', fails?.tables, async () => {
    const [doc] = await read(file);
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual(variant.warnings ?? []);
    expect(goldenTables(doc)).toEqual(golden);
  });

  if (oracle)
    check('reads every amount printed in each table exactly once', fails?.amounts, async () => {
      const [doc, positioned] = await read(file);
      expect(doc.tables).toHaveLength(9);
      for (const table of doc.tables) expect(readAmounts(table), table.kind).toEqual(printedAmounts(positioned, table));
    });

  const noted = Object.entries(golden).filter(([, t]) => t.rows.length === 0 && t.notes.length > 0);
  if (noted.length > 0)
    check('attaches each empty table’s note to its table, whole', fails?.notes, async () => {
      const [doc] = await read(file);
      for (const [kind, table] of noted) {
        const read = doc.tables.find((t) => t.kind === kind);
        expect(read?.rows, kind).toEqual([]);
        expect(read?.notes, kind).toEqual(table.notes);
      }
    });
});

/**
 * title-page-lost.pdf: seed 003 running over pages with the header repeated, the page printing the
 * economic table's title and first rows left out (czj-2025-dept without p. 19). What is left of the
 * table opens its page with the header and follows the empty 国有资本经营预算 table: it reads as the
 * economic table (the seed's last rows of it, exactly), with one warning that its title was not found,
 * and the empty table before it stays empty.
 */
describe('title-page-lost.pdf (a table’s first page left out)', () => {
  it('reads the rest of the table as its kind, its title missing, and every other table exactly', async () => {
    const [doc] = await read('title-page-lost.pdf');
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    const warnings = doc.diagnostics.filter((d) => d.severity !== 'info');
    expect(warnings.map((d) => [d.code, d.table])).toEqual([['table_title_missing', 'basic_by_economic']]);
    const golden = expected('003', {});
    const read_ = goldenTables(doc) as Record<string, Golden[string] & { title: string }>;
    for (const [kind, table] of Object.entries(golden))
      if (kind !== 'basic_by_economic') expect(read_[kind], kind).toEqual(table);
    const economic = read_.basic_by_economic;
    const want = golden.basic_by_economic?.rows ?? [];
    expect(economic?.title).toBe('一般公共预算基本支出经济分类预算表');
    // The rows of the pages left: the seed's last ones, 合计 last, each exactly.
    expect(economic?.rows.length).toBeGreaterThanOrEqual(20);
    expect(economic?.rows.length).toBeLessThan(want.length);
    expect(economic?.rows).toEqual(want.slice(want.length - (economic?.rows.length ?? 0)));
  });
});

/**
 * The final accounts' 三公 table (no seed: fixtures/layouts/final-three-public.json holds what
 * layouts.mjs printed): twelve columns, 预算数 and 决算数 under each item.
 */
const FINAL = JSON.parse(
  readFileSync(new URL('../fixtures/layouts/final-three-public.json', import.meta.url), 'utf8'),
) as { title: string; unit: string; items: [string, string, string, string][] };

describe.each<{ file: string; what: string; oracle: boolean; fails?: Variant['fails'] }>([
  { file: 'final-three-public.pdf', what: 'ruled, amounts centred', oracle: true },
  { file: 'final-three-public-unruled.pdf', what: 'no rules, 8 pt, 14 mm columns', oracle: false },
])('$file (final accounts’ 三公 table, $what)', ({ file, oracle, fails }) => {
  check('reads the twelve columns exactly', fails?.tables, async () => {
    const [doc] = await read(file);
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(goldenTables(doc)).toEqual({
      final_three_public: {
        title: FINAL.title,
        unit: FINAL.unit,
        notes: [],
        columns: FINAL.items.flatMap(([id]) => [`${id}_budget`, `${id}_final`]),
        rows: [`total 合计 :: ${FINAL.items.flatMap(([, , budget, final]) => [budget, final]).join(' | ')}`],
      },
    });
  });

  if (oracle)
    check('reads every amount printed exactly once', fails?.amounts, async () => {
      const [doc, positioned] = await read(file);
      expect(doc.tables).toHaveLength(1);
      for (const table of doc.tables) expect(readAmounts(table)).toEqual(printedAmounts(positioned, table));
    });
});

/**
 * What pdf.js does to ONLYOFFICE exports and LibreOffice cannot print: two adjacent cells' amounts
 * arrive as one text item ("0.390.00"). The fixture's items are fused here, every pair of neighbours
 * in turn, and the twelve columns must still read exactly.
 */
describe('final-three-public.pdf with neighbouring amounts fused into one item', () => {
  const amounts = FINAL.items.flatMap(([, , budget, final]) => [budget, final]);
  it.each(amounts.slice(0, -1).map((_, i) => i))('fuses amount %i with the next one', async (i) => {
    const [, positioned] = await read('final-three-public.pdf');
    const page = positioned.pages[0] as PositionedDocument['pages'][number];
    const values = page.items.filter((item) => /^\d+\.\d{2}$/.test(item.text)).sort((a, b) => a.box[0] - b.box[0]);
    const [left, right] = [values[i], values[i + 1]] as [(typeof values)[number], (typeof values)[number]];
    const fused = {
      ...left,
      text: `${left.text}${right.text}`,
      box: [left.box[0], Math.min(left.box[1], right.box[1]), right.box[2], Math.max(left.box[3], right.box[3])] as [
        number,
        number,
        number,
        number,
      ],
    };
    const items = page.items.filter((item) => item !== left && item !== right).concat(fused);
    const doc = parsePositioned({ ...positioned, pages: [{ ...page, items }] });
    expect(doc.tables[0]?.problems).toEqual([]);
    expect(goldenTables(doc).final_three_public).toMatchObject({ rows: [`total 合计 :: ${amounts.join(' | ')}`] });
  });
});

/** Each fixture shows the trait it is named for (the generator could silently lose one). */
describe('the layout fixtures', () => {
  const pages = async (file: string) => (await read(file))[1].pages.filter((p) => p.rulings.length > 0);

  it('draw borders cell by cell: no rule of a data row spans two cells', async () => {
    for (const file of ['cell-borders.pdf', 'filled-borders.pdf']) {
      const [page] = await pages(file);
      const h = page?.rulings.filter((r) => r.axis === 'h') ?? [];
      const verticals = new Set(page?.rulings.filter((r) => r.axis === 'v').map((r) => Math.round(r.at)));
      const longest = Math.max(...h.map((r) => r.to - r.from));
      // The header's rules may be long; a data row's rule ends at the next vertical border.
      const rows = h.filter((r) => r.to - r.from < longest && r.at > (h[3]?.at ?? 0));
      expect(rows.length, file).toBeGreaterThan(20);
      for (const r of rows) {
        const crossed = [...verticals].filter((x) => x > r.from + 2 && x < r.to - 2);
        expect(crossed, `${file} h ${r.at}`).toEqual([]);
      }
    }
  });

  it('print WPS rules: per cell where cells print text, one line across blank cells', async () => {
    const [page] = await pages('cell-borders-wps.pdf');
    const h = page?.rulings.filter((r) => r.axis === 'h') ?? [];
    const longest = Math.max(...h.map((r) => r.to - r.from));
    const perY = new Map<number, number>();
    for (const r of h) perY.set(Math.round(r.at), Math.max(perY.get(Math.round(r.at)) ?? 0, r.to - r.from));
    const short = [...perY.values()].filter((l) => l < 0.4 * longest).length;
    expect(short).toBeGreaterThanOrEqual(3);
    expect(perY.size - short).toBeGreaterThanOrEqual(6);
  });

  it('have no dark rules where the sheet has none, no vertical ones where only horizontal', async () => {
    for (const file of ['no-rules.pdf', 'tall-rows-mixed.pdf']) expect(await pages(file), file).toEqual([]);
    // Shaded sheets draw no rule: their only borders are the edges of filled cells, top and bottom alike.
    for (const file of ['shaded.pdf', 'shaded-white-grid.pdf'])
      for (const page of await pages(file)) {
        const spans = page.rulings.filter((r) => r.axis === 'h').map((r) => `${r.from.toFixed(1)}-${r.to.toFixed(1)}`);
        for (const span of new Set(spans))
          expect(spans.filter((s) => s === span).length % 2, `${file} ${span}`).toBe(0);
      }
    for (const page of await pages('horizontal-rules.pdf'))
      expect(page.rulings.filter((r) => r.axis === 'v')).toEqual([]);
  });

  it('print a three-line table: at most four rule heights a page (top, under group titles, under the header, bottom)', async () => {
    for (const page of await pages('three-line.pdf')) {
      const ys = new Set(page.rulings.filter((r) => r.axis === 'h').map((r) => Math.round(r.at)));
      expect(ys.size).toBeLessThanOrEqual(4);
    }
  });

  it('print tiny type, portrait pages, and scaled pages as named', async () => {
    const sizes = async (file: string) => (await read(file))[1].pages.flatMap((p) => p.items.map((i) => i.size));
    // Every item but the title (9 pt, 8 pt).
    expect(Math.max(...(await sizes('tiny-type.pdf')).filter((s) => s < 8))).toBeCloseTo(5.5, 1);
    expect(Math.max(...(await sizes('tiny-type-unruled.pdf')).filter((s) => s < 7))).toBeCloseTo(5, 1);
    expect(Math.min(...(await sizes('fit-width.pdf')))).toBeLessThan(7.5);
    for (const file of ['portrait.pdf', 'tiny-type.pdf', 'fit-width.pdf'])
      expect(
        (await read(file))[1].pages.every((p) => p.height > p.width),
        file,
      ).toBe(true);
  });

  it('set thousands apart by spaces: in one item, or as items a narrow gap apart (a font without U+202F)', async () => {
    const items = async (file: string) => (await read(file))[1].pages.flatMap((p) => p.items);
    for (const file of ['spaced-thousands.pdf', 'nbsp-thousands-unruled.pdf'])
      expect(
        (await items(file)).filter((i) => /^\d{1,3}(?: \d{3})+(?:\.\d{2})?$/.test(i.text)).length,
        file,
      ).toBeGreaterThan(50);
    const thin = await items('thin-space-thousands.pdf');
    const groups = thin.filter(
      (i, n) =>
        /^\d{3}/.test(i.text) && /^\d{1,3}$/.test(thin[n - 1]?.text ?? '') && i.box[0] - (thin[n - 1]?.box[2] ?? 0) < 3,
    );
    expect(groups.length).toBeGreaterThan(50);
    expect(thin.some((i) => i.text.includes(','))).toBe(false);
  });

  it('print the unit a row belongs to before its codes: on every row, or once on the group’s first', async () => {
    const items = async (file: string) => (await read(file))[1].pages.flatMap((p) => p.items.map((i) => i.text));
    const every = await items('unit-column.pdf');
    expect(every.filter((t) => t.startsWith('上海市医疗保障局')).length).toBeGreaterThan(60);
    const once = await items('unit-column-once.pdf');
    // One group a grid table with rows (four), each with the unit's code and name on its first row.
    expect(once.filter((t) => t === '312001')).toHaveLength(4);
    const [doc] = await read('unit-column.pdf');
    for (const table of doc.tables)
      for (const row of table.rows) expect(row.label, `${table.kind} ${row.key}`).not.toContain('医疗保障局');
  });

  it('run tables over pages', async () => {
    // Nine tables (and a prose page) on 17–18 pages: most run over two or three.
    for (const file of ['pages-repeated-header.pdf', 'pages-no-header.pdf', 'pages-title-repeated.pdf'])
      expect((await read(file))[1].pages.length, file).toBeGreaterThanOrEqual(16);
  });
});

/**
 * Issue 18's layout causes as LibreOffice prints them (fixtures/layouts.mjs): each page shows its
 * trait, and the reading is what the page shows — the tables exactly as the seed's (above), and here
 * what the tables must not take in.
 */
describe('the layout causes of issue 18, printed', () => {
  const lines = async (file: string) => {
    const [, positioned] = await read(file);
    return positioned.pages.flatMap((page) => {
      const rows = new Map<number, string[]>();
      for (const item of page.items) {
        const y = Math.round(item.box[3]);
        rows.set(y, [...(rows.get(y) ?? []), item.text.trim()]);
      }
      return [...rows.values()];
    });
  };

  it.each([
    ['blank-rows-dashes.pdf', '-'],
    ['blank-rows-zeros.pdf', '0.00'],
  ])('%s prints lines of only "%s" (no code, no name) and reads no row of them', async (file, blank) => {
    const blankLines = (await lines(file)).filter((l) => l.length >= 3 && l.every((t) => t === blank));
    // Two above the 合计 of each of the (at least four) grid tables with rows.
    expect(blankLines.length).toBeGreaterThanOrEqual(8);
    const [doc] = await read(file);
    for (const table of doc.tables)
      for (const row of table.rows) expect(row.label.trim(), `${table.kind} ${row.key}`).not.toBe('');
  });

  it('glued.pdf prints an income amount and the expenditure name after it as one run, and reads both', async () => {
    const [doc, positioned] = await read('glued.pdf');
    const glued = positioned.pages
      .flatMap((p) => p.items)
      .map((i) => /^([\d,]+(?:\.\d{2})?)([一二三四五六七八九十]+、.+)$/.exec(i.text))
      .filter((m) => m !== null);
    expect(glued.length).toBeGreaterThanOrEqual(2);
    const summary = doc.tables.filter((t) => t.kind === 'finance_summary' || t.kind === 'fiscal_summary');
    for (const m of glued) {
      const [, amount, name] = m as RegExpExecArray;
      const rows = summary.flatMap((t) => t.rows);
      expect(
        rows.some((r) => r.label === name && r.side === 'expenditure'),
        name,
      ).toBe(true);
      const value = Number((amount as string).replaceAll(',', '')) * 100;
      expect(
        rows.some((r) => r.side === 'income' && Object.values(r.values).includes(value)),
        amount,
      ).toBe(true);
    }
  });

  it('spaced-words.pdf prints 合 计 and 项 目 as glyphs set apart, and reads its 合计 rows', async () => {
    const all = await lines('spaced-words.pdf');
    expect(all.some((l) => l.includes('合') && l.includes('计') && !l.some((t) => t.includes('合计')))).toBe(true);
    expect(all.some((l) => l.includes('项') && l.includes('目'))).toBe(true);
  });

  it.each([
    ['heading-after.pdf', 'basic_by_economic'],
    ['heading-page.pdf', 'general_budget_by_function'],
  ])('%s: the bold heading and paragraph after %s are prose, not rows', async (file, kind) => {
    const [doc, positioned] = await read(file);
    const heading = positioned.pages.flatMap((p) => p.items).find((i) => i.text === '第三部分');
    expect(heading?.bold).toBe(true);
    const table = doc.tables.find((t) => t.kind === kind);
    const printed = JSON.stringify(table);
    for (const words of ['第三部分', '其他相关情况说明', '本部门无其他需要说明的情况'])
      expect(printed, words).not.toContain(words);
    const prose = JSON.stringify(doc.sections);
    expect(prose).toContain('其他相关情况说明');
    expect(prose).toContain('本部门无其他需要说明的情况');
  });

  it('heading-page.pdf starts the heading’s page with it, and runs tables over pages with their header repeated', async () => {
    const [, positioned] = await read('heading-page.pdf');
    const page = positioned.pages.find((p) => p.items.some((i) => i.text === '第三部分'));
    expect(page?.items[0]?.text).toBe('第三部分');
    const headerPages = positioned.pages.filter((p) => p.items[0]?.text === '项目').length;
    expect(headerPages).toBeGreaterThanOrEqual(3);
  });
});

/**
 * clipped.pdf: 一般公共预算支出表's names in a narrow column that does not wrap, each cut off at its
 * cell's edge by the amount beside it (LibreOffice draws the glyph the edge cuts through, clipped, and
 * none beyond). The page shows each name's head: that is what reads, the rows' codes and amounts
 * exactly, and the cut is said (部分文字未正常显示) on the table's pages, nowhere else.
 */
describe('clipped.pdf (names cut off by their cells)', () => {
  const KIND = 'general_budget_by_function';
  const split = (row: string) => {
    const [head = '', values = ''] = row.split(' :: ');
    const [key = '', ...name] = head.split(' ');
    return { key, name: name.join(' '), values };
  };

  it('reads every other table exactly, and this one’s codes and amounts exactly, each name as far as it shows', async () => {
    const [doc] = await read('clipped.pdf');
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    const golden = expected('003', {});
    const read_ = goldenTables(doc) as Golden;
    for (const [kind, table] of Object.entries(golden)) if (kind !== KIND) expect(read_[kind], kind).toEqual(table);
    const rows = (read_[KIND]?.rows ?? []).map(split);
    const want = (golden[KIND]?.rows ?? []).map(split);
    expect(rows.map((r) => [r.key, r.values])).toEqual(want.map((r) => [r.key, r.values]));
    for (const [i, r] of rows.entries()) expect(want[i]?.name.startsWith(r.name), r.name).toBe(true);
    // The 30 mm column holds eight 10 pt glyphs: every longer name is cut, to eight.
    const cut = rows.filter((r, i) => r.name !== want[i]?.name);
    expect(cut.length).toBe(want.filter((r) => r.name.length > 8).length);
    expect(cut.length).toBeGreaterThanOrEqual(5);
    for (const r of cut) expect(r.name, r.key).toHaveLength(8);
  });

  it('warns of the clipped text on the table’s pages only, quoting the glyphs cut', async () => {
    const [doc] = await read('clipped.pdf');
    const clipped = doc.diagnostics.filter((d) => d.code === 'text_clipped');
    expect(clipped.length).toBeGreaterThanOrEqual(1);
    expect(clipped.every((d) => d.severity === 'warning')).toBe(true);
    const table = doc.tables.find((t) => t.kind === KIND);
    const pages = new Set(table?.rows.map((r) => r.source.page));
    for (const d of clipped) expect(pages.has(d.source?.page as number), JSON.stringify(d.source)).toBe(true);
    // Each glyph quoted is the one after a name's visible head.
    const golden = (expected('003', {})[KIND]?.rows ?? []).map(split);
    const heads = (goldenTables(doc) as Golden)[KIND]?.rows.map(split) ?? [];
    const next = new Set(heads.map((r, i) => golden[i]?.name.charAt(r.name.length)).filter((c) => c !== ''));
    const quoted = clipped.flatMap((d) => [...String((d.params as { text: string }).text)]);
    expect(quoted.length).toBeGreaterThanOrEqual(1);
    for (const glyph of quoted) expect(next.has(glyph), glyph).toBe(true);
  });
});

/**
 * misprinted-codes.pdf: cell-borders.pdf (the same seed, layout and style) with codes printed wrong —
 * 一般公共预算支出表's class 210 as "7", 支出预算总表's 210 款 as row numbers 01, 02, 03 (and its 项 rows
 * under them). Read from the page's positions, each row is keyed by its name (the tables above read as
 * the seed's golden ones); each table gives one warning naming its printed codes and the names' codes,
 * and every other check ends as on cell-borders.pdf, which gives no such warning.
 */
describe('misprinted-codes.pdf (codes that are not the rows’ codes)', () => {
  const RULE = 'classification.printed_codes';
  const line = (f: Report['findings'][number]) => `${f.severity} ${f.rule} ${f.message.zh}`;

  it('one warning per misprinted table, and nothing else changes', async () => {
    const [[control], [misprinted]] = await Promise.all([read('cell-borders.pdf'), read('misprinted-codes.pdf')]);
    const before = checkDocument(control);
    const after = checkDocument(misprinted);
    expect(before.findings.filter((f) => f.rule === RULE)).toEqual([]);
    expect(before.checks.find((c) => c.rule === RULE)?.status).toBe('pass');
    expect(
      after.findings
        .filter((f) => f.rule === RULE)
        .map((f) => [f.severity, f.message.zh, f.refs.map((r) => `${r.table}/${r.row}/p${r.page}`).slice(0, 2)]),
    ).toEqual([
      [
        'warning',
        '“2023年部门支出预算总表”有13行印出的编码不是其科目名称的编码（已按名称读取）：210类：“210 01”应为21011、“210 02”应为21015、“210 03”应为21099（其下10行的编码随之错印）',
        ['expenditure_summary/21011/p4', 'expenditure_summary/2101101/p4'],
      ],
      [
        'warning',
        '“2023年部门一般公共预算支出功能分类预算表”有1行印出的编码不是其科目名称的编码（已按名称读取）：210类：“7”应为210',
        ['general_budget_by_function/210/p7'],
      ],
    ]);
    expect(after.findings.filter((f) => f.rule !== RULE).map(line)).toEqual(before.findings.map(line));
    for (const c of before.checks) {
      const now = after.checks.find((x) => x.rule === c.rule);
      expect([now?.status, now?.comparisons], c.rule).toEqual([c.rule === RULE ? 'fail' : c.status, c.comparisons]);
    }
  });
});
