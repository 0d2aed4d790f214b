import { compact } from '../text/normalize.js';
import { gridAnatomy, isHeaderLine } from './anatomy.js';
import { newDraft, placeValues } from './draft.js';
/**
 * Reads a grid table (rows keyed by function or economic codes, a 合计 row) or a single-row table
 * (三公). Values are placed when the layout tells their columns; otherwise left pending.
 */
export function readGrid(block, table, mode, unit) {
  const columns = table.spec.columns.map((c) => c.id);
  const k = columns.length;
  const rows = [];
  const problems = [];
  const single = table.spec.layout === 'single_row';
  let context = [];
  for (const line of block.body) {
    if (isHeaderLine(line, table)) continue;
    const a = gridAnatomy(line, table, mode, unit);
    const present = a.amounts.filter((x) => x !== null);
    if (a.stray.length > 0) problems.push(`第${line.lineNo ?? '?'}行无法归入列的内容：${a.stray.join(' ')}`);
    let key;
    let level;
    let label = a.label;
    if (a.total) {
      key = 'total';
      level = 0;
    } else if (a.codes.length > 0) {
      let codes = a.codes;
      if ((codes[0] ?? '').length === 2) {
        // 款/项 printed without their class: complete from the row above.
        if (context.length === 0) {
          problems.push(`第${line.lineNo ?? '?'}行科目编码缺少上级：${codes.join(' ')}`);
          continue;
        }
        codes = [...context.slice(0, Math.max(1, Math.min(context.length, 3 - codes.length))), ...codes];
      }
      key = codes.join('');
      level = codes.length;
      context = codes;
    } else if (namedRow(a.label, table)) {
      ({ key, level } = namedRow(a.label, table));
    } else if (single && present.length > 0) {
      key = 'total';
      level = 0;
      label = label || '合计';
    } else if (present.length > 0) {
      problems.push(`第${line.lineNo ?? '?'}行有数值但没有科目编码或名称：${line.text}`);
      continue;
    } else {
      continue; // a header fragment or a separator line
    }
    if (single && rows.length > 0) {
      problems.push(`第${line.lineNo ?? '?'}行：单行表出现多于一行数值`);
      continue;
    }
    const draft = newDraft(key, label, level, line, columns);
    if (a.placed) placeValues(draft, a.amounts, line);
    else if (present.length === k) {
      placeValues(
        draft,
        present.map((x, i) => (x ? { ...x, column: i } : null)),
        line,
      );
    } else if (present.length > k) {
      problems.push(`第${line.lineNo ?? '?'}行数值多于列数（${present.length} > ${k}）`);
      draft.pending = present.filter((x) => x !== null).slice(0, k);
    } else if (present.length > 0) {
      draft.pending = present.filter((x) => x !== null);
    }
    rows.push(draft);
  }
  return { block, table, unit, rows, problems };
}
/** A row the template keys by its name (人员经费合计). */
function namedRow(label, table) {
  const text = compact(label);
  const line = table.namedRows.find((l) => l.patterns.some((p) => p.test(text)));
  return line ? { key: line.spec.key, level: line.spec.level } : undefined;
}
//# sourceMappingURL=grid.js.map
