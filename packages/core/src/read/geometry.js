import { union } from '../layout/positioned.js';
import { isAmountText } from '../model/amount.js';
import { compact } from '../text/normalize.js';
import { gluedParts, isEnumerated, startsNewLabel, stripEnumerator } from './anatomy.js';
import { CODE_HEADERS, onPage, readColumns } from './columns.js';

/** Ideographs and full-width punctuation: a space between two of them only spreads a cell's text. */
const IDEOGRAPH_END = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]$/u;
const IDEOGRAPH_START = /^[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u;
/** Blank-cell placeholders. */
const PLACEHOLDER = /^(?:-+|—+|－+|\/)$/;
const CODE_START = /^\d{3}(?:\d{2}){0,2}(?:[^\d年]|$)/;
const CODE_RUN = /^\d{3}(?:\d{2}){0,2}$|^\d{1,2}$/;
const CODE_THEN_NAME = /^(\d{3}(?:\d{2}){0,2})(\D.*)$/;
export function projectBlock(block, full, rulings) {
  const problems = [];
  const header = [];
  const pages = [];
  let model;
  for (const [page, lines] of byPage(block.body)) {
    const pageRulings = rulings.get(page) ?? [];
    const first = lines.findIndex((l) => isDataLine(l, full));
    const head = first === -1 ? lines : lines.slice(0, first);
    header.push(...head);
    const data = first === -1 ? [] : lines.slice(first);
    model = (head.length > 0 ? readColumns(head, full) : undefined) ?? model;
    const placed = model ? onPage(model, pageRulings, amountEdges(data)) : undefined;
    pages.push({ page, data, model: placed, rulings: pageRulings });
  }
  const named = new Set(pages.flatMap((p) => p.model?.values.map((v) => `${v.side}/${v.id}`) ?? []));
  const table = printedColumns(full, named);
  const body = [];
  for (const { page, data, model, rulings: pageRulings } of pages) {
    if (data.length === 0) continue;
    if (!model) {
      problems.push(`第${page}页：未能从表头识别出数值列`);
      continue;
    }
    const grouped = rows(data, pageRulings, model);
    // A table printed in blocks side by side is read block after block, each row of a block on its own.
    for (const block of blocksOf(model)) {
      for (const row of grouped) {
        const line = slotLine(row, block, table);
        if (line) body.push(line);
      }
    }
  }
  return { block: { ...block, header, body }, table, problems };
}
/** The table without the optional columns its headers do not name (column indexes follow). */
function printedColumns(table, named) {
  const columns = table.spec.columns.filter((c) => !c.optional || named.has(`expenditure/${c.id}`));
  return columns.length === table.spec.columns.length ? table : { ...table, spec: { ...table.spec, columns } };
}
function byPage(lines) {
  const pages = new Map();
  for (const line of lines) {
    const page = line.page ?? 0;
    let list = pages.get(page);
    if (!list) pages.set(page, (list = []));
    list.push(line);
  }
  return pages;
}
/**
 * A row, where the header ends: a line with a printed value, a leading code (not a year: "2024年
 * “三公”经费预算数"), an enumerated name ("十四、资源勘探工业信息等") or one starting with a line the template
 * names ("使用非财政拨款结余"; column headers may share such names, but not at the start of a line): a page continuing a table without its header may start with rows that print
 * no value.
 */
function isDataLine(line, table) {
  if (line.cells.some((c) => c.text.split(/[\s\u3000]+/).some(isAmountText) || CODE_START.test(c.text))) return true;
  const first = line.cells[0]?.text ?? '';
  if (isEnumerated(first)) return true;
  const name = stripEnumerator(first);
  return [table.incomeLines, table.expenditureLines, table.namedRows].some((lines) =>
    lines.some((l) => l.patterns.some((p) => p.test(name))),
  );
}
/** Right ends of the amounts printed on these lines. */
function amountEdges(lines) {
  return lines.flatMap((l) =>
    l.cells
      .flatMap((c, i) => tokensOf(c, i))
      .filter((t) => isAmountText(t.text))
      .map((t) => t.box[2]),
  );
}
/** The model cut into its blocks: each keeps its own value columns and the x range they print in. */
function blocksOf(model) {
  const count = Math.max(...model.values.map((v) => v.block)) + 1;
  const ends = Array.from({ length: count }, (_, b) =>
    Math.max(...model.values.filter((v) => v.block === b).map((v) => v.right)),
  );
  return ends.map((_, b) => ({
    model: { ...model, values: model.values.filter((v) => v.block === b) },
    from: b === 0 ? Number.NEGATIVE_INFINITY : ends[b - 1],
    to: b === count - 1 ? Number.POSITIVE_INFINITY : ends[b],
  }));
}
/** Groups data lines into rows: ruled bands, else lines with name-only lines joined to the row above. */
function rows(lines, rulings, model) {
  const horizontals = rulings.filter((r) => r.axis === 'h');
  const longest = Math.max(0, ...horizontals.map((r) => r.to - r.from));
  const ys = [...new Set(horizontals.filter((r) => r.to - r.from >= 0.4 * longest).map((r) => Math.round(r.at)))].sort(
    (a, b) => a - b,
  );
  const firstValue = Math.min(...model.values.map((v) => v.left));
  const out = [];
  let lastBand;
  for (const line of lines) {
    const box = line.box;
    const middle = (box[1] + box[3]) / 2;
    const inside = ys.length >= 2 && middle > ys[0] && middle < ys.at(-1);
    const band = inside ? ys.filter((y) => y < middle).length : undefined;
    const previous = out.at(-1);
    if (band !== undefined && band === lastBand && previous) previous.push(line);
    else if (band === undefined && previous && isNameOnly(line, firstValue) && !startsNewLabel(line.text))
      previous.push(line);
    else out.push([line]);
    lastBand = band;
  }
  return out;
}
/** A line with only text left of the values: the wrapped end of a name (unless it starts a new one: "二、事业收入"). */
function isNameOnly(line, firstValue) {
  return line.cells.every((c) => (c.x1 ?? 0) < firstValue && !/\d/.test(c.text));
}
/** One row as slot cells: [codes…, name, values…] (grid), [name, values…, name, values…] (two-sided). */
function slotLine(row, { model, from, to }, table) {
  const tokens = row
    .flatMap((line) => line.cells)
    .flatMap((c, i) => tokensOf(c, i))
    .filter((t) => {
      const centre = (t.box[0] + t.box[2]) / 2;
      return centre >= from && centre < to;
    });
  const firstValue = Math.min(...model.values.map((v) => v.left));
  const sides = table.spec.layout === 'two_sided' ? ['income', 'expenditure'] : ['expenditure'];
  const labels = new Map(sides.map((s) => [s, []]));
  const values = new Map(model.values.map((v) => [v, []]));
  const codes = [];
  for (const token of tokens) {
    const t = compact(token.text);
    const centre = (token.box[0] + token.box[2]) / 2;
    if (table.spec.codes && CODE_HEADERS.has(t)) continue;
    const region = regionOf(token, model.values);
    const parts = region ? cutAcross(token, model.values) : [];
    if (region && parts.every((p) => isAmountText(p.text) || PLACEHOLDER.test(p.text))) {
      for (const part of parts) values.get(regionOf(part, model.values) ?? region)?.push(part);
      continue;
    }
    const side = model.sideSplit !== undefined && centre >= model.sideSplit ? 'expenditure' : sides[0];
    if (table.spec.layout === 'grid' && centre < firstValue && /^\d/.test(t)) {
      const fused = CODE_THEN_NAME.exec(t);
      if (CODE_RUN.test(t)) codes.push(token);
      else if (fused) {
        codes.push({ text: fused[1], box: token.box });
        labels.get(side)?.push({ text: fused[2], box: token.box });
      } else labels.get(side)?.push(token);
      continue;
    }
    labels.get(side)?.push(token);
  }
  const cell = (parts) => {
    if (parts.length === 0) return { text: '' };
    const box = union(parts.map((p) => p.box));
    const text = parts.map((p, i) => {
      const before = parts[i - 1];
      // A space printed inside a name stays ("1. 一般公共预算资金"); one spreading ideographs apart ("合  计") goes.
      const sameCell = before !== undefined && p.cell !== undefined && p.cell === before.cell;
      const spread = before !== undefined && IDEOGRAPH_END.test(before.text) && IDEOGRAPH_START.test(p.text);
      return (sameCell && !spread ? ' ' : '') + p.text;
    });
    return { text: text.join(''), x0: box[0], x1: box[2], box };
  };
  const inReadingOrder = (parts) => [...parts].sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
  const cells = [];
  codes.sort((a, b) => a.box[0] - b.box[0]);
  // A 款/项 code printed as "7": the spreadsheet stored 07 as a number and dropped the zero.
  cells.push(...codes.map((c, i) => cell([i > 0 && c.text.length === 1 ? { ...c, text: `0${c.text}` } : c])));
  for (const side of sides) {
    cells.push(cell(inReadingOrder(labels.get(side) ?? [])));
    const ids = (side === 'income' ? (table.spec.incomeColumns ?? []) : table.spec.columns).map((c) => c.id);
    for (const id of ids) {
      const region = model.values.find((v) => v.side === side && v.id === id);
      cells.push(cell(region ? (values.get(region) ?? []) : []));
    }
  }
  if (cells.every((c) => c.text === '')) return undefined;
  const first = row[0];
  return {
    text: cells
      .map((c) => c.text)
      .filter(Boolean)
      .join(' '),
    cells,
    ...(first.page ? { page: first.page } : {}),
    box: union(row.map((l) => l.box)),
    gap: 0,
  };
}
/**
 * A cell's text split at runs of spaces and where an amount touches a name (two cells pdf.js or the
 * line builder joined: "194,164,261一、社会保障和就业支出"), each part with its estimated extent.
 */
function tokensOf(cell, index) {
  const box = cell.box ?? [cell.x0 ?? 0, 0, cell.x1 ?? 0, 0];
  const parts = cell.text
    .split(/[\s\u3000]+/)
    .filter(Boolean)
    .flatMap((part) => gluedParts(part) ?? [part]);
  if (parts.length <= 1) return parts.map((text) => ({ text, box, cell: index }));
  const out = [];
  let offset = 0;
  for (const part of parts) {
    const start = cell.text.indexOf(part, offset);
    offset = start + part.length;
    out.push({ text: part, box: [at(cell.text, box, start), box[1], at(cell.text, box, offset), box[3]], cell: index });
  }
  return out;
}
/**
 * The column of a value: the one holding its right end. Amounts are right-aligned in their cells, so
 * their right end is inside the column even where, without rulings, the boundaries are estimates.
 */
function regionOf(token, regions) {
  const end = token.box[2] - 1;
  return regions.find((v) => end >= v.left && end < v.right);
}
/** A fused amount's parts print alike: no leading zero, the same decimals ("1,000.00" + "2,000.00"). */
function fusedParts(left, right) {
  const decimals = (t) => /\.(\d+)$/.exec(t)?.[1]?.length ?? 0;
  const wellFormed = (t) => isAmountText(t) && !/^0\d/.test(t) && !/^\d{4,}/.test(t.replace(/\..*$/, ''));
  return wellFormed(left) && wellFormed(right) && decimals(left) === decimals(right);
}
/** A value item that reaches into a second column: pdf.js fused two cells. Cut where the boundary falls. */
function cutAcross(token, regions) {
  const [x0, , x1] = token.box;
  const width = x1 - x0;
  const touched = regions.filter((r) => Math.min(x1, r.right) - Math.max(x0, r.left) > 0.25 * width);
  if (touched.length < 2) return [token];
  const boundary = touched[0].right;
  let best;
  for (let i = 1; i < token.text.length; i++) {
    const left = token.text.slice(0, i);
    const right = token.text.slice(i);
    if (!fusedParts(left, right)) continue;
    if (
      best === undefined ||
      Math.abs(at(token.text, token.box, i) - boundary) < Math.abs(at(token.text, token.box, best) - boundary)
    )
      best = i;
  }
  if (best === undefined) return [token];
  const cut = at(token.text, token.box, best);
  return [
    { text: token.text.slice(0, best), box: [x0, token.box[1], cut, token.box[3]] },
    ...cutAcross({ text: token.text.slice(best), box: [cut, token.box[1], x1, token.box[3]] }, regions),
  ];
}
/** Estimated x of the character boundary before `index`: ideographs are twice as wide as digits. */
function at(text, box, index) {
  const weight = (ch) => ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1);
  let before = 0;
  let total = 0;
  [...text].forEach((ch, i) => {
    const w = weight(ch);
    if (i < index) before += w;
    total += w;
  });
  return box[0] + ((box[2] - box[0]) * before) / Math.max(total, 1);
}
//# sourceMappingURL=geometry.js.map
