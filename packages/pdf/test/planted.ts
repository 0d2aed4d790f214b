import type { PositionedDocument, PositionedItem } from '@hezhang/core';

/**
 * Mistakes planted in a real PDF's text layer: one printed value or word changed (`swap`), or a value
 * printed into a blank cell (`add`, placed by the row's label and the column of a value printed above
 * or below it). The document is then read and checked as published, so a test shows that a mistake a
 * reader could make is caught at the cell or sentence where it was made.
 */

export interface Swap {
  page: number;
  /** Text of the item to change (the first item containing it, or the `nth`, 0-based). */
  from: string;
  to: string;
  nth?: number;
}

export interface Add {
  page: number;
  text: string;
  /** The item whose line the new value is printed on (a row's label). */
  row: string;
  rowNth?: number;
  /** The item whose column the new value is printed in (a value, or a column header), centred under it. */
  column: string;
  columnNth?: number;
  /** The page the column's item is on, when the row's page prints nothing in that column. */
  columnPage?: number;
}

export type Edit = Swap | Add;

function itemOf(items: PositionedItem[], text: string, nth = 0, page = 0): PositionedItem {
  const found = items.filter((i) => i.text.includes(text));
  const item = found[nth];
  if (!item) throw new Error(`page ${page}: no item ${nth} containing "${text}" (${found.length} found)`);
  return item;
}

export function plant(doc: PositionedDocument, edits: readonly Edit[]): PositionedDocument {
  const copy = structuredClone(doc);
  for (const edit of edits) {
    const page = copy.pages[edit.page - 1];
    if (!page) throw new Error(`no page ${edit.page}`);
    if ('from' in edit) {
      const item = itemOf(page.items, edit.from, edit.nth, edit.page);
      item.text = item.text.replace(edit.from, edit.to);
      continue;
    }
    const row = itemOf(page.items, edit.row, edit.rowNth, edit.page);
    const columnPage = copy.pages[(edit.columnPage ?? edit.page) - 1] ?? page;
    const column = itemOf(columnPage.items, edit.column, edit.columnNth, edit.columnPage ?? edit.page);
    // Digits are about half as wide as a character of the row's label, at the label's size.
    const width = (edit.text.length * (row.box[3] - row.box[1])) / 2;
    // Centred in the ruled cell under the column (headers are not always centred in theirs).
    const middle = (row.box[1] + row.box[3]) / 2;
    const under = (column.box[0] + column.box[2]) / 2;
    const borders = page.rulings.filter((r) => r.axis === 'v' && r.from <= middle && r.to >= middle).map((r) => r.at);
    const left = Math.max(...borders.filter((x) => x <= under));
    const right = Math.min(...borders.filter((x) => x >= under));
    const centre = Number.isFinite(left) && Number.isFinite(right) ? (left + right) / 2 : under;
    const box: PositionedItem['box'] = [centre - width / 2, row.box[1], centre + width / 2, row.box[3]];
    // Listed among the row's items in reading order, as a text layer lists a row's cells.
    const sameLine = page.items.flatMap((i, at) => (Math.abs(i.box[1] - row.box[1]) < 2 ? [{ i, at }] : []));
    const next = sameLine.find(({ i }) => i.box[0] > box[0]);
    const at = next ? next.at : Math.max(...sameLine.map((s) => s.at)) + 1;
    page.items.splice(at, 0, { ...column, text: edit.text, box });
  }
  return copy;
}
