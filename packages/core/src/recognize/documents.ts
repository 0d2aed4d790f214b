import type { PdfSettings } from '../layout/pdf-settings.js';
import { PDF_SETTINGS } from '../layout/pdf-settings.js';
import type { Layout, Line } from '../layout/types.js';
import type { Template } from '../templates/index.js';
import { compileTemplate, matchTitle } from '../templates/index.js';
import { compact } from '../text/normalize.js';
import { coverTitle as titleOn } from './cover.js';
import { editorOf, splitDepartmentCode, unitOf } from './marks.js';
import { type SegmentSettings, wrapsEditor } from './segment.js';

/**
 * Documents published as one file: a department's 部门预算 with its units' 单位预算 after it, or two
 * years of one department, one PDF. Read as one document, the second one's tables continue the
 * first's and every identity fails at once (两年的万里街道部门预算 in one file: 139 errors, none of them
 * a mistake in either document). Each document starts on its own cover: a page of a few lines whose
 * title is a document's title in full, its region or department named ("上海市普陀区2025年区级单位预算").
 * A heading inside a document ("2025年部门预算编制说明") is not a title in full, and a page of a
 * document's own prose is not a few lines. A document published without its cover (its tables first)
 * starts where the tables say so: a table of the template's set printed again after others (the set
 * restarts: 财务收支预算总表 again after 三公), or a table of another year or another department than
 * the tables before it.
 */

/** A document in a file: its pages (1-based, inclusive) and its cover's title ('' when it has none). */
export interface DocumentPart {
  from: number;
  to: number;
  title: string;
}

/** What may follow a cover title on its line: a bracketed note ("（草案）"). */
const NOTE = /^(?:[（(][^）)]{1,10}[）)])?$/;

/**
 * The cover title a page prints in full (nothing else on its line but a note), naming its region or
 * department: alone on a line or wrapped over two (cover.ts).
 */
function coverTitle(lines: readonly string[], template: Template): string | undefined {
  for (const [i, line] of lines.entries()) {
    const m = titleOn(template, lines[i - 1], line);
    if (m?.groups?.region && m.index === 0 && NOTE.test(m.input.slice(m[0].length))) return m.input;
  }
  return undefined;
}

/** The table a page opens with (its title on one of the page's first lines), its year and department. */
interface Opening {
  kind: string;
  year?: number;
  department?: string;
}

/** Lines at the top of a page where its table's title and 编制部门 are printed. */
const OPENING_LINES = 3;

function tableOpening(lines: readonly Line[], template: Template, wraps: SegmentSettings): Opening | undefined {
  const compiled = compileTemplate(template);
  const top = lines.slice(0, OPENING_LINES);
  const at = top.findIndex((l) => matchTitle(compiled, l.text) !== undefined);
  const match = at < 0 ? undefined : matchTitle(compiled, (top[at] as Line).text);
  if (!match) return undefined;
  const e = top.findIndex((l, i) => i > at && editorOf(l.text) !== undefined);
  let editor = e < 0 ? undefined : editorOf((top[e] as Line).text);
  // The name wrapped in its cell goes on under it (a 单位 line may print between), as segmentation reads it.
  for (let i = e + 1, last = top[e]; e >= 0 && last && i < lines.length; i++) {
    const line = lines[i] as Line;
    if (unitOf(line.text)) continue;
    if (!wrapsEditor(last, line, wraps)) break;
    editor = `${editor}${compact(line.text)}`;
    last = line;
  }
  const department = editor ? compact(splitDepartmentCode(editor).name) : '';
  return {
    kind: match.table.spec.kind,
    ...(match.year !== undefined ? { year: match.year } : {}),
    ...(department ? { department } : {}),
  };
}

/**
 * The tables a part printed so far, page by page: each kind, the last one, their years and departments.
 * A page opening with a table says another document starts there when its kind was printed before with
 * another between (the set restarts; a title repeated over a table's pages is the same table), or its
 * year or its department is none of the tables' before it.
 */
class TableRun {
  private readonly kinds = new Set<string>();
  private last: string | undefined;
  private readonly years = new Set<number>();
  private readonly departments = new Set<string>();

  restarts(o: Opening): boolean {
    if (this.kinds.has(o.kind) && this.last !== o.kind) return true;
    if (o.year !== undefined && this.years.size > 0 && !this.years.has(o.year)) return true;
    return o.department !== undefined && this.departments.size > 0 && !this.departments.has(o.department);
  }

  add(o: Opening): void {
    this.kinds.add(o.kind);
    this.last = o.kind;
    if (o.year !== undefined) this.years.add(o.year);
    if (o.department !== undefined) this.departments.add(o.department);
  }
}

/**
 * The documents of a PDF's layout, in page order: one part (the whole file) unless a page after the
 * first two is a cover — a page of a few lines printing a title in full, or a page that opens with
 * one (a cover with its 目录 or its first paragraphs) where the page before does not (a title repeated
 * at the top of every page is a running header) — or a page whose table starts the set again, or is of
 * another year or department (a document without its cover: TableRun). Text formats have no pages:
 * always one part. These are candidates: a part that holds no table is no document (parse.ts then
 * reads the file whole).
 */
export function documentParts(
  layout: Layout,
  template: Template,
  settings: PdfSettings['documents'],
  wraps: SegmentSettings = PDF_SETTINGS.tables,
): DocumentPart[] {
  const whole = { from: 1, to: layout.pages, title: '' };
  if (layout.pages < 3) return [whole];
  const byPage = new Map<number, string[]>();
  const linesByPage = new Map<number, Line[]>();
  for (const line of layout.lines) {
    if (line.page === undefined) continue;
    const text = compact(line.text);
    if (!text) continue;
    let lines = byPage.get(line.page);
    if (!lines) byPage.set(line.page, (lines = []));
    lines.push(text);
    let printed = linesByPage.get(line.page);
    if (!printed) linesByPage.set(line.page, (printed = []));
    printed.push(line);
  }
  const opening = (page: number) => coverTitle((byPage.get(page) ?? []).slice(0, 2), template);
  const parts: DocumentPart[] = [];
  let current: DocumentPart = { ...whole, title: coverTitle(byPage.get(1) ?? [], template) ?? '' };
  let run = new TableRun();
  for (let page = 1; page <= layout.pages; page++) {
    const lines = byPage.get(page) ?? [];
    const table = tableOpening(linesByPage.get(page) ?? [], template, wraps);
    // A cover and at least one page of the document before this one.
    if (page >= 2 && page - current.from >= 2) {
      const opens = opening(page);
      const title =
        lines.length <= settings.coverMaxLines
          ? coverTitle(lines, template)
          : opens !== undefined && opens !== opening(page - 1)
            ? opens
            : undefined;
      if (title !== undefined || (table && run.restarts(table))) {
        parts.push({ ...current, to: page - 1 });
        current = { from: page, to: layout.pages, title: title ?? '' };
        run = new TableRun();
      }
    }
    if (table) run.add(table);
  }
  parts.push(current);
  return parts;
}

/** The layout of one part of a file: its pages' lines and rulings, page numbers as printed in the file. */
export function partLayout(layout: Layout, part: DocumentPart): Layout {
  const inPart = (page: number | undefined) => page !== undefined && page >= part.from && page <= part.to;
  return {
    ...layout,
    lines: layout.lines.filter((l) => inPart(l.page)),
    pages: part.to,
    ...(layout.rulings ? { rulings: new Map([...layout.rulings].filter(([page]) => inPart(page))) } : {}),
  };
}
