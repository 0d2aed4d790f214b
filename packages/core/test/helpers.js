import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatAmount } from '../src/index.js';
export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));
export const SEEDS = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, id: file.slice(0, 3), text: readFileSync(join(SEEDS_DIR, file), 'utf8') }));
/** The tables of a document in a compact, reviewable form: one line per row, blank cells as —. */
export function goldenTables(doc) {
  const out = {};
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
export function amountTokens(line) {
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
//# sourceMappingURL=helpers.js.map
