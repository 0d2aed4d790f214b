import type { PdfSettings } from '../layout/pdf-settings.js';
import type { Layout } from '../layout/types.js';
import type { Template } from '../templates/index.js';
import { compact } from '../text/normalize.js';
import { coverTitle as titleOn } from './cover.js';

/**
 * Documents published as one file: a department's 部门预算 with its units' 单位预算 after it, or two
 * years of one department, one PDF. Read as one document, the second one's tables continue the
 * first's and every identity fails at once (两年的万里街道部门预算 in one file: 139 errors, none of them
 * a mistake in either document). Each document starts on its own cover: a page of a few lines whose
 * title is a document's title in full, its region or department named ("上海市普陀区2025年区级单位预算").
 * A heading inside a document ("2025年部门预算编制说明") is not a title in full, and a page of a
 * document's own prose is not a few lines.
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

/**
 * The documents of a PDF's layout, in page order: one part (the whole file) unless a page after the
 * first two is a cover — a page of a few lines printing a title in full, or a page that opens with
 * one (a cover with its 目录 or its first paragraphs) where the page before does not (a title repeated
 * at the top of every page is a running header). Text formats have no pages: always one part. These
 * are candidates: a part that holds no table is no document (parse.ts then reads the file whole).
 */
export function documentParts(layout: Layout, template: Template, settings: PdfSettings['documents']): DocumentPart[] {
  const whole = { from: 1, to: layout.pages, title: '' };
  if (layout.pages < 3) return [whole];
  const byPage = new Map<number, string[]>();
  for (const line of layout.lines) {
    if (line.page === undefined) continue;
    const text = compact(line.text);
    if (!text) continue;
    let lines = byPage.get(line.page);
    if (!lines) byPage.set(line.page, (lines = []));
    lines.push(text);
  }
  const opening = (page: number) => coverTitle((byPage.get(page) ?? []).slice(0, 2), template);
  const parts: DocumentPart[] = [];
  let current: DocumentPart = { ...whole, title: coverTitle(byPage.get(1) ?? [], template) ?? '' };
  for (let page = 2; page <= layout.pages; page++) {
    // A cover and at least one page of the document before this one.
    if (page - current.from < 2) continue;
    const lines = byPage.get(page) ?? [];
    const opens = opening(page);
    const title =
      lines.length <= settings.coverMaxLines
        ? coverTitle(lines, template)
        : opens !== undefined && opens !== opening(page - 1)
          ? opens
          : undefined;
    if (title === undefined) continue;
    parts.push({ ...current, to: page - 1 });
    current = { from: page, to: layout.pages, title };
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
