import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type PositionedDocument, parsePositioned } from '../src/index.js';

/**
 * A grid whose 项目 titles the code column from above ("项目" over "功能/分类/科目/编码", wrapped a word a
 * line in a narrow cell) and whose name column's header wraps ("功能分类科目名" over "称"), a 序号 column
 * first and no vertical rules: no header stack ends in 项目, so the label columns were unknown and the
 * first value column reached over the codes and names — each row's code and amount read as one
 * ("20812,912,812"), nothing placed, every check of the tables withheld. The page's positioned text as
 * the reader got it from LibreOffice's print (blind.mjs seed 5, blind-17: row-numbers + header-repeated
 * + narrow-names + shaded), cut after its sixth row.
 */
const page = JSON.parse(
  readFileSync(new URL('./label-headers.page.json', import.meta.url), 'utf8'),
) as PositionedDocument;

describe('label columns titled from above and wrapped in narrow cells', () => {
  it('keep the value columns off the codes and names', () => {
    const doc = parsePositioned(page);
    const table = doc.tables.find((t) => t.kind === 'revenue_summary');
    expect(table?.rows.map((r) => [r.key, r.values.total, r.values.fiscal_grant])).toEqual([
      ['208', 1_291_281_200, 1_291_281_200],
      ['20801', 13_000_000, 13_000_000],
      ['2080199', 13_000_000, 13_000_000],
      ['20805', 1_278_281_200, 1_278_281_200],
      ['2080501', 15_984_000, 15_984_000],
      ['2080502', 3_888_000, 3_888_000],
    ]);
    expect(table?.problems ?? []).toEqual([]);
  });
});
