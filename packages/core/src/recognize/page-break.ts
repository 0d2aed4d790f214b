import type { Line } from '../layout/types.js';
import { codeAndName, codePart, isCode, isCodePart, totalOf } from '../text/lexicon.js';
import { compact } from '../text/normalize.js';

/**
 * Rows at the top of a page, under no title and no header, that cannot be the open table's: the
 * page that printed their table's title (and header) was lost, or the title is an image. Read as the
 * open table's continuation, they glue one table's rows onto another's and every sum of both fails
 * at once (wanli-2024-dept without p. 16: 支出预算总表's rows under 收入预算总表, 34 errors). Two signals
 * say so, each by what the open table printed, never by the document:
 * - `closed`: the open table already printed its own total (合计, 总计) after its rows — its last line;
 * - `codes_restart`: the page's first row is a subject the open table already listed, earlier in the
 *   classification than the table's last row (a table lists each subject once, in order; a table of
 *   the same subjects — 收入 then 支出 — lists them again from the start). The open table's last row
 *   printed again (a cell that ran over the page) is no restart.
 * Either keeps the rows apart from the open table (segment.ts).
 */
export type PageCut = { reason: 'closed'; mark: string } | { reason: 'codes_restart'; mark: string };

/**
 * The subject code a row opens with, its levels written out ("2013802" for "201 38 02 一般行政管理事务",
 * "2013802一般行政管理事务"), where a name follows it; undefined for any other line (amounts only, a
 * name, a year).
 */
export function rowCode(line: Line): string | undefined {
  const tokens = line.text.split(/[\s\u3000]+/).filter(Boolean);
  const [first = ''] = tokens;
  const fused = codeAndName(first);
  if (fused) return fused[0];
  if (!isCode(first)) return undefined;
  let code = first;
  let k = 1;
  // 款 and 项 in columns of their own, after a 类 alone ("201 38 02"), or a 项 after 类款 ("20138 02").
  while (k < tokens.length && code.length < 7 && isCodePart(tokens[k] as string))
    code += codePart(tokens[k++] as string);
  const next = tokens[k];
  if (next === undefined || !/^\p{Script=Han}/u.test(next)) return undefined;
  return code.length <= 7 && isCode(code) ? code : undefined;
}

/** The open table's last row is its own total, printed after rows of subjects: the table is closed. */
function closedBy(body: readonly Line[]): string | undefined {
  const last = body.at(-1);
  if (!last) return undefined;
  const label = compact(last.cells[0]?.text ?? last.text);
  if (totalOf(label) !== 'table') return undefined;
  return body.slice(0, -1).some((l) => rowCode(l) !== undefined) ? label : undefined;
}

/**
 * Whether the rows a page opens with (`rows`: its lines from the top, the page's first row among them)
 * cannot go on with the open table whose lines so far are `body`, and why; undefined when they may.
 */
export function pageCut(body: readonly Line[], rows: readonly Line[]): PageCut | undefined {
  const closed = closedBy(body);
  if (closed !== undefined) return { reason: 'closed', mark: closed };
  const first = rows.map(rowCode).find((c) => c !== undefined);
  if (first === undefined) return undefined;
  const listed = body.map(rowCode).filter((c): c is string => c !== undefined);
  const last = listed.at(-1);
  if (last === undefined || first >= last || !listed.includes(first)) return undefined;
  return { reason: 'codes_restart', mark: first };
}
