import { parseAmount } from '../model/amount.js';
import { compact } from '../text/normalize.js';

const TOTAL_LABEL = /^(?:合计|总计)$/;
const CODE3 = /^\d{3}$/;
const CODE2 = /^\d{2}$/;
const FUSED_CODE = /^(\d{3})(\d{2})?(\d{2})?$/;
const SPACED_CODE = /^(\d{3})(?:\s+(\d{2}))?(?:\s+(\d{2}))?$/;
/** An amount glued to a label by the extractor: "257,585,000合计". */
const GLUED =
  /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}|\d+(?=合计|总计))([^\d,.\s].*)$|^(.*?[^\d,.\s])(\d{1,3}(?:,\d{3})+(?:\.\d+)?)$/;
/** Placeholders some tables print in blank cells. */
const BLANK = /^(?:-+|—+|－+|\/)$/;
export function amountOf(text, unit) {
  const t = text.replace(/\s+/g, '');
  const parsed = parseAmount(t, unit);
  return parsed ? parsed.fen : null;
}
function isBlank(text) {
  return text === '' || BLANK.test(text);
}
/** An amount glued to a label ("257,585,000合计", "合计257,585,000"), as two parts; undefined otherwise. */
export function gluedParts(text) {
  const m = GLUED.exec(text);
  if (m?.[1] && m[2]) return [m[1], m[2]];
  if (m?.[3] && m[4] && !/[年月日号]$/.test(m[3])) return [m[3], m[4]];
  return undefined;
}
/** Splits glued amount+label tokens of plain text into separate cells. */
export function splitGlued(cells) {
  return cells.flatMap((cell) => gluedParts(cell.text)?.map((text) => ({ ...cell, text })) ?? [cell]);
}
/** True when every non-empty cell of the line is a header word of the table. */
export function isHeaderLine(line, table) {
  let words = 0;
  for (const cell of line.cells) {
    const t = compact(cell.text);
    if (t === '') continue;
    if (!isHeaderWord(t, table)) return false;
    words++;
  }
  return words > 0;
}
/**
 * A line of header text as PDFs print it: every cell a header word or a piece of one, wrapped inside
 * its cell ("功能分类科目" / "编码", "本年收入合" / "计"), a year before it allowed.
 */
export function isHeaderText(line, table) {
  const words = [...table.headerWords];
  const cells = line.cells.map((c) => compact(c.text).replace(/^\d{4}年度?/, '')).filter((t) => t !== '');
  return cells.length > 0 && cells.every((t) => isHeaderWord(t, table) || words.some((w) => w.includes(t)));
}
/**
 * A header cell: one header word, or several run together ("项目经济分类科目名称"), with an optional
 * year before it ("2023年“三公”经费预算数").
 */
function isHeaderWord(t, table) {
  const text = t.replace(/^\d{4}年度?/, '');
  if (table.headerWords.has(text)) return true;
  // Can the cell be cut into header words? (dynamic programming over prefixes)
  const ok = [true];
  for (let end = 1; end <= text.length; end++) {
    ok[end] = false;
    for (let start = Math.max(0, end - 16); start < end; start++) {
      if (ok[start] && table.headerWords.has(text.slice(start, end))) {
        ok[end] = true;
        break;
      }
    }
  }
  return ok[text.length] === true;
}
/** Reads a grid line (function or economic codes, name, values). */
export function gridAnatomy(line, table, mode, unit) {
  const k = table.spec.columns.length;
  const withCodes = table.spec.layout === 'grid';
  return mode === 'tokens'
    ? tokenGrid(line, splitGlued(line.cells), unit, withCodes)
    : slotGrid(line, line.cells, k, unit, withCodes);
}
function slotGrid(line, cells, k, unit, withCodes) {
  const width = cells.length;
  const head = cells.slice(0, Math.max(0, width - k));
  const tail = cells.slice(Math.max(0, width - k));
  const stray = [];
  const { codes, label, total } = readHead(
    head.map((c) => c.text),
    stray,
    unit,
    withCodes,
  );
  const amounts = [];
  // A line narrower than the table leaves the first columns without a cell.
  for (let i = 0; i < k - tail.length; i++) amounts.push(null);
  for (const cell of tail) {
    if (isBlank(cell.text)) {
      amounts.push(null);
      continue;
    }
    const fen = amountOf(cell.text, unit);
    if (fen === null) {
      stray.push(cell.text);
      amounts.push(null);
    } else amounts.push({ fen, text: cell.text, column: amounts.length, cell });
  }
  return { line, codes, label, total, amounts, placed: true, stray };
}
function tokenGrid(line, cells, unit, withCodes) {
  const head = [];
  const stray = [];
  const amounts = [];
  let codesSeen = 0;
  for (const [i, cell] of cells.entries()) {
    const t = cell.text;
    if (amounts.length === 0) {
      // A leading 3-digit token is a class code only when a 款 code or a name follows ("300 100 200合计" is values).
      const next = cells[i + 1]?.text ?? '';
      const classCode = CODE3.test(t) && (CODE2.test(next) || (next !== '' && amountOf(next, unit) === null));
      const isCode =
        withCodes && head.length === codesSeen && (codesSeen === 0 ? classCode : codesSeen < 3 && CODE2.test(t));
      if (isCode) {
        codesSeen++;
        head.push(t);
        continue;
      }
      const fen = amountOf(t, unit);
      if (fen === null) head.push(t);
      else amounts.push({ fen, text: t, cell });
      continue;
    }
    const fen = amountOf(t, unit);
    if (fen !== null) amounts.push({ fen, text: t, cell });
    else if (TOTAL_LABEL.test(compact(t)))
      head.push(t); // "257,585,000 257,585,000合计": label after the values
    else stray.push(t);
  }
  const { codes, label, total } = readHead(head, stray, unit, withCodes);
  return { line, codes, label, total, amounts, placed: amounts.length === 0, stray };
}
/** Codes, name and total flag from the cells before the values. */
function readHead(parts, stray, unit, withCodes) {
  const codes = [];
  const labelParts = [];
  for (const raw of parts) {
    const t = raw.trim();
    if (isBlank(t)) continue;
    if (withCodes && labelParts.length === 0) {
      if (codes.length === 0) {
        const fused = CODE3.test(t) || CODE2.test(t) ? null : (FUSED_CODE.exec(t) ?? SPACED_CODE.exec(t));
        if (CODE3.test(t) || CODE2.test(t)) {
          // A 2-digit first code: the class column left blank on 款/项 lines.
          codes.push(t);
          continue;
        }
        if (fused) {
          for (const part of fused.slice(1)) if (part) codes.push(part);
          continue;
        }
      } else if (codes.length < 3 && CODE2.test(t)) {
        codes.push(t);
        continue;
      }
    }
    if (labelParts.length === 0 && codes.length === 0 && amountOf(t, unit) !== null) {
      stray.push(t); // a value where the name should be: the line is wider than the table
      continue;
    }
    labelParts.push(t);
  }
  const label = labelParts.join('');
  return { codes, label, total: TOTAL_LABEL.test(compact(label)) };
}
/**
 * Splits a line of a two-sided summary table into label groups: "一、财政拨款收入 278,487,424
 * 一、社会保障和就业支出 12,912,812" → two groups, each with its cells in column order. (Plain text is
 * read as a stream instead: see readTwoSided.)
 */
export function sideGroups(line, mode, unit) {
  const cells = line.cells;
  const groups = [];
  let current;
  for (const cell of cells) {
    const t = cell.text.trim();
    const fen = isBlank(t) ? null : amountOf(t, unit);
    if (fen === null && !isBlank(t)) {
      current = { label: t, amounts: [], placed: mode !== 'tokens', line, labelCell: cell };
      groups.push(current);
      continue;
    }
    if (!current) continue; // values before any label: blank left side
    if (fen === null) {
      if (mode !== 'tokens') current.amounts.push(null);
      continue;
    }
    current.amounts.push({
      fen,
      text: t,
      cell,
      ...(mode !== 'tokens' ? { column: current.amounts.length } : {}),
    });
  }
  return groups;
}
const ENUMERATOR = /^(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])/;
/** A label that starts with an enumerator ("一、", "1.", "（一）"). */
export function isEnumerated(text) {
  return ENUMERATOR.test(compact(text));
}
/** Summary-table labels start with an enumerator or are totals; anything else continues a label. */
export function startsNewLabel(text) {
  const t = compact(text);
  return ENUMERATOR.test(t) || /^(?:收入|支出)(?:总计|合计)$/.test(t) || /^本年(?:收入|支出)/.test(t);
}
/** The label without its enumerator: "一、财政拨款收入" → "财政拨款收入". */
export function stripEnumerator(label) {
  return compact(label).replace(ENUMERATOR, '');
}
//# sourceMappingURL=anatomy.js.map
