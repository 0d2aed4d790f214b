import type { Line, Word } from '../layout/types.js';
import type { CompiledTable } from '../templates/index.js';
import { isAmountText, isCodeShaped } from '../text/lexicon.js';
import type { ColumnModel, ValueRegion } from './columns.js';

/**
 * The columns of a table whose header is not printed (rows kept apart, their title's page lost:
 * recognize/page-break.ts), read from its amounts alone: amounts are right-aligned, so the right ends
 * of those its rows print stand in as many columns as the page prints. Where that many are the table's
 * columns — all its columns, or those it always prints, once or once per block printed side by side —
 * they are its columns in their order (blocks parted by names printed between them); otherwise (a
 * column left blank on every row, a two-sided table) nothing says which is which, and the table stays
 * unread. An amount's column is a right end within its type size of the others'.
 */
export function amountColumns(data: readonly Line[], table: CompiledTable): ColumnModel | undefined {
  if (table.spec.layout !== 'grid') return undefined;
  const amounts = amountsOf(data).sort((a, b) => a.box[2] - b.box[2]);
  const stacks: Word[][] = [];
  for (const word of amounts) {
    const stack = stacks.at(-1);
    const last = stack?.at(-1);
    if (stack && last && word.box[2] - last.box[2] <= height(word)) stack.push(word);
    else stacks.push([word]);
  }
  const all = table.spec.columns;
  const always = all.filter((c) => !c.optional);
  // A table printed in blocks side by side (决算's economic table: codes, names and amounts twice) prints
  // its columns once per block.
  const names = data
    .flatMap((l) => l.cells.flatMap((c) => c.words ?? []))
    .filter((w) => /\p{Script=Han}/u.test(w.text));
  const parted = (width: number) =>
    stacks.every((stack, i) => {
      const next = stacks[i + 1];
      if (!next || (i + 1) % width !== 0) return true;
      const [end, start] = [Math.max(...stack.map((w) => w.box[2])), Math.min(...next.map((w) => w.box[0]))];
      return names.some((w) => w.box[0] > end && w.box[2] < start);
    });
  const columns = [all, always].find(
    (cs) => cs.length > 0 && stacks.length % cs.length === 0 && (stacks.length === cs.length || parted(cs.length)),
  );
  if (!columns || stacks.length === 0) return undefined;
  const values: ValueRegion[] = stacks.map((stack, i) => {
    const x0 = Math.min(...stack.map((w) => w.box[0]));
    const x1 = Math.max(...stack.map((w) => w.box[2]));
    const size = Math.max(...stack.map(height));
    return {
      side: 'expenditure',
      block: Math.floor(i / columns.length),
      id: (columns[i % columns.length] as (typeof columns)[number]).id,
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

/**
 * The amounts the rows print: right of a word of text on their line (a code's levels and a name come
 * first), or on a line of no text (values printed apart from their names).
 */
function amountsOf(lines: readonly Line[]): Word[] {
  return amountWords(
    lines.flatMap((line) => {
      const words = line.cells.flatMap((c) => c.words ?? []);
      const text = words.filter((w) => /\p{Script=Han}/u.test(w.text)).map((w) => w.box[2]);
      const named = text.length > 0 ? Math.min(...text) : Number.NEGATIVE_INFINITY;
      return words.filter((w) => w.box[0] > named);
    }),
  );
}

/**
 * The words that print amounts, where their right end is their own (a run cut without glyph positions
 * knows its last word's). Where amounts print decimals, bare numbers shaped like codes are codes: a
 * table printed in blocks side by side, unruled, puts the next block's 类 and 款 ("302", "01") just
 * right of an amount column, or on a line of their own.
 */
export function amountWords(words: readonly Word[]): Word[] {
  const amounts = words.filter((w) => (w.ends === 'both' || w.ends === 'end') && isAmountText(w.text));
  const decimals = amounts.some((w) => /\.\d/.test(w.text));
  return amounts.filter((w) => !(decimals && isCodeShaped(w.text)));
}
