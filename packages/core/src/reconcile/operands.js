export function sumOperands(tables, operands, code = '') {
  let value = 0;
  let readable = true;
  let present = true;
  let blank = true;
  let rows = 0;
  let unit = '元';
  const refs = [];
  const absent = [];
  for (const o of operands) {
    const table = tables.get(o.table);
    if (!table) {
      present = false;
      continue;
    }
    if (table.unit === '万元') unit = '万元';
    const cell = tables.cell(o.table, o.row.replace('{code}', code), o.column, o.side);
    if (!cell) continue;
    if (cell.row) rows++;
    if (!cell.readable) readable = false;
    if (cell.value !== null) blank = false;
    value += cell.value ?? 0;
    // Rows a table does not print are blank: point at them only when nothing else is printed.
    if (cell.row) refs.push(cell.ref);
    else absent.push(cell.ref);
  }
  if (refs.length === 0 && absent[0]) refs.push(absent[0]);
  return { value, readable, present, refs, unit, blank, printedBlank: blank && rows > 0 };
}
/**
 * The first alternative whose tables are all present and which prints something: a total left blank
 * (reported by the in-table rules) does not state the quantity, so the next alternative is used.
 */
export function firstPresent(tables, alternatives) {
  let blank;
  for (const alt of alternatives) {
    const sum = sumOperands(tables, alt);
    if (!sum.present) continue;
    if (!sum.blank) return sum;
    blank ??= sum;
  }
  return blank;
}
//# sourceMappingURL=operands.js.map
