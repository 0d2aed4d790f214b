import { type BudgetTable, isAmountText, type PositionedDocument, parseAmount } from '@hezhang/core';

/**
 * An oracle independent of the table reader: the amounts printed inside a table's ruled grid on each
 * of its pages (whitespace-separated tokens of the raw text items that look like amounts, leaving out
 * the codes ("201", "05", "2101501") printed left of the first amount of the page (anywhere, in a
 * table of coded rows whose amounts all print decimals)), as sorted fen.
 */
export function printedAmounts(doc: PositionedDocument, table: BudgetTable): number[] {
  const out: number[] = [];
  for (const pageNo of table.pages) {
    const page = doc.pages[pageNo - 1];
    if (!page) continue;
    const h = page.rulings.filter((r) => r.axis === 'h');
    if (h.length < 2) continue;
    const top = Math.min(...h.map((r) => r.at));
    const bottom = Math.max(...h.map((r) => r.at));
    const tokens = page.items.flatMap((item) => {
      const middle = (item.box[1] + item.box[3]) / 2;
      if (middle < top || middle > bottom) return [];
      return item.text
        .split(/\s+/)
        .filter((t) => isAmountText(t))
        .map((t) => ({ t, x: item.box[0] }));
    });
    const firstAmount = Math.min(...tokens.filter((k) => /[,.]/.test(k.t)).map((k) => k.x));
    // In a table of coded rows whose amounts all print decimals, bare integers are codes wherever they
    // stand (tables printed in blocks side by side).
    const coded = table.rows.some((r) => /^\d+$/.test(r.key));
    const decimals = coded && tokens.filter((k) => /[,.]/.test(k.t)).every((k) => /\.\d+$/.test(k.t));
    for (const { t, x } of tokens) {
      if ((x < firstAmount || decimals) && /^\d{1,7}$/.test(t)) continue;
      const parsed = parseAmount(t, table.unit);
      if (parsed) out.push(parsed.fen);
    }
  }
  return out.sort((a, b) => a - b);
}

/** Every value the reader put in the table's rows, as sorted fen. */
export function readAmounts(table: BudgetTable): number[] {
  return table.rows
    .flatMap((r) => Object.values(r.values).filter((v): v is number => v !== null))
    .sort((a, b) => a - b);
}
