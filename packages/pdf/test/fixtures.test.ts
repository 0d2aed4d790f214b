import { readFileSync } from 'node:fs';
import { checkDocument } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { goldenTables } from '../../core/test/helpers.js';
import { extractPositioned, PdfReadError, readBudgetPdf } from '../src/node.js';
import { printedAmounts, readAmounts } from './oracle.js';

/** The PDFs made by fixtures/make.mjs from the seeds (LibreOffice, then qpdf for the damaged cases). */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

/** A seed's reviewed golden tables; names recovered from other tables in the text are printed in the PDF. */
function seedGolden(id: string): unknown {
  const text = readFileSync(new URL(`../../core/test/golden/${id}.tables.json`, import.meta.url), 'utf8');
  return JSON.parse(text.replace(/ {2}\[recovered\]|,recovered/g, ''));
}

const SEEDED = [
  {
    file: 'seed-003.pdf',
    seed: '003',
    ruled: true,
    what: 'ruled, landscape, tables split across pages with the header repeated',
  },
  {
    file: 'seed-002-unruled.pdf',
    seed: '002',
    ruled: false,
    what: 'no rulings, split without the header repeated, codes in one cell "208 05 05"',
  },
  { file: 'seed-001-joined.pdf', seed: '001', ruled: true, what: 'codes fused into one cell "2101501"' },
  { file: 'rotated.pdf', seed: '003', ruled: true, what: 'every page turned by /Rotate 90' },
];

describe.each(SEEDED)('$file ($what)', ({ file, seed, ruled }) => {
  const bytes = fixture(file);
  const reading = Promise.all([readBudgetPdf(bytes, { name: file }), extractPositioned(bytes)]);

  it('reads the seed’s nine tables exactly', async () => {
    const [doc] = await reading;
    expect(doc.tables.flatMap((t) => t.problems)).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(goldenTables(doc)).toEqual(seedGolden(seed));
  });

  it.runIf(ruled)('reads every amount printed in each table exactly once', async () => {
    const [doc, positioned] = await reading;
    for (const table of doc.tables) expect(readAmounts(table), table.kind).toEqual(printedAmounts(positioned, table));
  });
});

describe('page geometry', () => {
  it('turns pages whose text runs down the page so that it reads left to right', async () => {
    const pages = (await extractPositioned(fixture('rotated.pdf'))).pages;
    // /Rotate 90 shows the landscape table sideways; turning its text upright again undoes it, so the
    // boxes are in the page's unrotated frame (rotation 0) and land where seed-003.pdf's do.
    expect(pages.every((p) => p.rotation === 0 && p.width > p.height)).toBe(true);
    const upright = (await extractPositioned(fixture('seed-003.pdf'))).pages;
    const first = (p: (typeof pages)[number] | undefined) => p?.items[0]?.box.map((v) => Math.round(v));
    expect(first(pages[2])).toEqual(first(upright[2]));
  });

  it('finds the borders LibreOffice draws, and none where the sheet has no borders', async () => {
    const ruled = (await extractPositioned(fixture('seed-003.pdf'))).pages[1];
    expect(ruled?.rulings.filter((r) => r.axis === 'v').length).toBeGreaterThan(4);
    expect(ruled?.rulings.filter((r) => r.axis === 'h').length).toBeGreaterThan(10);
    const unruled = (await extractPositioned(fixture('seed-002-unruled.pdf'))).pages[0];
    expect(unruled?.rulings).toEqual([]);
  });
});

describe('text-layer integrity', () => {
  it('reports a scanned page and a blank page inside the document, and still reads the tables', async () => {
    const doc = await readBudgetPdf(fixture('with-scan.pdf'));
    expect(doc.diagnostics.map((d) => [d.code, d.source?.page])).toEqual([
      ['text_no_text_layer', 4],
      ['text_blank_page', 5],
    ]);
    expect(goldenTables(doc)).toEqual(seedGolden('003'));
  });

  it('normalises Kangxi radicals and reports private-use characters', async () => {
    const doc = await readBudgetPdf(fixture('lookalike.pdf'));
    expect(doc.tables[0]?.rows[0]?.label).toBe('社会保障和就业支出'); // printed with ⽀ (U+2F40)
    expect(doc.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['text_private_use', 'warning'],
      ['text_lookalike', 'info'],
    ]);
  });

  it('does not check a table printed in a font without a Unicode map', async () => {
    const doc = await readBudgetPdf(fixture('garbled-font.pdf'));
    expect(doc.diagnostics.find((d) => d.code === 'text_unmapped_font')?.severity).toBe('error');
    const report = checkDocument(doc);
    expect(report.findings.filter((f) => f.rule.startsWith('in_table'))).toEqual([]);
    expect(report.checks.find((c) => c.rule === 'in_table.hierarchy')?.status).toBe('insufficient_data');
    expect(report.summary.verdict).not.toBe('ok');
  });
});

describe('files that are not readable budgets', () => {
  const code = async (bytes: Uint8Array, options = {}) => {
    try {
      await readBudgetPdf(bytes, options);
      return 'read';
    } catch (error) {
      expect(error).toBeInstanceOf(PdfReadError);
      expect((error as PdfReadError).messageZh).toBeTruthy();
      return (error as PdfReadError).code;
    }
  };

  it('says what is wrong with each, in Chinese and English, without hanging', async () => {
    expect(await code(fixture('encrypted.pdf'))).toBe('encrypted');
    expect(await code(fixture('malformed.pdf'))).toBe('malformed');
    expect(await code(fixture('empty.pdf'))).toBe('empty');
    expect(await code(fixture('image-only.pdf'))).toBe('no_text');
    expect(await code(new TextEncoder().encode('2025年部门预算\t合计\n'))).toBe('not_pdf');
  });

  it('reads an encrypted PDF given its password', async () => {
    const doc = await readBudgetPdf(fixture('encrypted.pdf'), { password: 'secret' });
    expect(goldenTables(doc)).toEqual(seedGolden('001'));
  });

  it('gives up on time and when aborted', async () => {
    expect(await code(fixture('seed-003.pdf'), { timeoutMs: 1 })).toBe('timeout');
    const controller = new AbortController();
    controller.abort();
    expect(await code(fixture('seed-003.pdf'), { signal: controller.signal })).toBe('aborted');
  });

  it('reads a PDF that is no budget into a document the checks call incomplete', async () => {
    const doc = await readBudgetPdf(fixture('non-budget.pdf'));
    expect(doc.tables).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['no_tables']);
    expect(checkDocument(doc).summary.verdict).toBe('incomplete');
  });
});
