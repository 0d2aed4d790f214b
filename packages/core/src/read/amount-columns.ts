import type { Line, Word } from '../layout/types.js';
import type { CompiledTable } from '../templates/index.js';
import { isAmountText } from '../text/lexicon.js';
import type { ColumnModel, ValueRegion } from './columns.js';

/**
 * The columns of a table whose header is not printed (rows kept apart, their title's page lost:
 * recognize/page-break.ts), read from its amounts alone: amounts are right-aligned, so the right ends
 * of those printed after each row's name stand in as many columns as the page prints. Where that many
 * are the table's columns — all its columns, or those it always prints — they are its columns in their
 * order; otherwise (a column left blank on every row, a two-sided table) nothing says which is which,
 * and the table stays unread. An amount's column is a right end within its type size of the others'.
 */
export function amountColumns(data: readonly Line[], table: CompiledTable): ColumnModel | undefined {
  if (table.spec.layout !== 'grid') return undefined;
  const amounts = data.flatMap(amountsAfterName).sort((a, b) => a.box[2] - b.box[2]);
  const stacks: Word[][] = [];
  for (const word of amounts) {
    const stack = stacks.at(-1);
    const last = stack?.at(-1);
    if (stack && last && word.box[2] - last.box[2] <= height(word)) stack.push(word);
    else stacks.push([word]);
  }
  const all = table.spec.columns;
  const always = all.filter((c) => !c.optional);
  const columns = [all, always].find((cs) => cs.length === stacks.length);
  if (!columns || stacks.length === 0) return undefined;
  const values: ValueRegion[] = stacks.map((stack, i) => {
    const x0 = Math.min(...stack.map((w) => w.box[0]));
    const x1 = Math.max(...stack.map((w) => w.box[2]));
    const size = Math.max(...stack.map(height));
    return {
      side: 'expenditure',
      block: 0,
      id: (columns[i] as (typeof columns)[number]).id,
      x0,
      x1,
      size,
      left: x0,
      right: x1,
    };
  });
  return { values, labels: [], ordinals: [], units: [] };
}

const height = (w: Word) => w.box[3] - w.box[1];

/** The amounts a row prints right of its last word of text (its code's levels and its name come first). */
function amountsAfterName(line: Line): Word[] {
  const words = line.cells.flatMap((c) => c.words ?? []);
  const named = Math.max(...words.filter((w) => /\p{Script=Han}/u.test(w.text)).map((w) => w.box[2]));
  return words.filter((w) => w.box[0] > named && (w.ends === 'both' || w.ends === 'end') && isAmountText(w.text));
}
