export function lineSource(line) {
  return {
    ...(line.page ? { page: line.page } : {}),
    ...(line.lineNo ? { line: line.lineNo } : {}),
    ...(line.box ? { box: line.box } : {}),
  };
}
function cellSource(fallback, amount) {
  const base = amount.line ? lineSource(amount.line) : fallback;
  return { ...base, ...(amount.cell.box ? { box: amount.cell.box } : {}) };
}
/** Fills a row's values (and cell sources) from amounts whose column indexes are known. */
export function placeValues(draft, amounts, line) {
  const fallback = line ? lineSource(line) : draft.row.source;
  const values = {};
  const cells = {};
  for (const id of draft.columns) values[id] = null;
  for (const a of amounts) {
    if (!a || a.column === undefined) continue;
    const id = draft.columns[a.column];
    if (id === undefined) continue;
    values[id] = a.fen;
    cells[id] = cellSource(fallback, a);
  }
  draft.row.values = values;
  // Per-cell sources only where they say more than the row's: PDF boxes, or values printed on another line.
  if (Object.values(cells).some((c) => c.box || c.line !== draft.row.source.line)) draft.row.cells = cells;
}
export function newDraft(key, label, level, line, columns, side) {
  const row = {
    key,
    label,
    level,
    values: Object.fromEntries(columns.map((c) => [c, null])),
    source: lineSource(line),
    labelSource: label ? 'printed' : 'missing',
    ...(side ? { side } : {}),
  };
  return { row, columns };
}
//# sourceMappingURL=draft.js.map
