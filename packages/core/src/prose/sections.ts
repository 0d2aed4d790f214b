import { lineSource } from '../layout/line-source.js';
import type { Line } from '../layout/types.js';
import type { ContentsEntry, Paragraph, Section, SectionKind } from '../model/document.js';
import type { CompiledTemplate } from '../templates/index.js';
import { matchTitle } from '../templates/index.js';
import { compact } from '../text/normalize.js';

/**
 * Prose lines into sections (by the template's heading patterns) and paragraphs. Lines wrapped by the
 * extractor or the page are joined back into paragraphs, so a sentence (and an amount such as
 * "566.10万" / "元") is never split across two paragraphs.
 */

/** Sentence ends. A "；" or "：" at a line end is often just where the page width cut the line. */
const TERMINAL = /[。！？!?]["”’」』)）]*$/;
const ITEM_START = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.]|\d+[、.．](?!\d)|[-•·])/;
/** A line this long that ends inside a sentence was wrapped by the page width (headings are shorter). */
const WRAPPED = 30;
const CONTENTS_ITEM = /^(?:[-•·]\s*)?(?:[一二三四五六七八九十]+、|\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）])/;

export interface ProseResult {
  sections: Section[];
  contents: ContentsEntry[];
}

export function readProse(lines: Line[], template: CompiledTemplate): ProseResult {
  const sections: Section[] = [];
  const contents: ContentsEntry[] = [];
  let current: Section = { kind: 'cover', heading: '', paragraphs: [], source: lines[0] ? lineSource(lines[0]) : {} };
  sections.push(current);
  let inContents = false;
  let previous: Line | undefined;
  /** The first line of the paragraph being built. */
  let opened: Line | undefined;
  const measure = measures(lines);

  for (const line of lines) {
    const text = line.text.trim();
    const kind = headingKind(text, template);
    if (kind === 'contents') {
      inContents = true;
      current = { kind, heading: text, paragraphs: [], source: lineSource(line) };
      sections.push(current);
      previous = undefined;
      continue;
    }
    if (inContents) {
      if (CONTENTS_ITEM.test(text)) {
        const entry = text.replace(/^[-•·]\s*/, '').replace(/[.·…\s\d]+$/, (m) => (/\.{2,}|…|·/.test(m) ? '' : m));
        const title = matchTitle(template, entry.replace(CONTENTS_ITEM, ''));
        contents.push({ text: entry, ...(title ? { table: title.table.spec.kind } : {}), source: lineSource(line) });
        continue;
      }
      inContents = false;
    }
    if (kind) {
      current = { kind, heading: text, paragraphs: [], source: lineSource(line) };
      sections.push(current);
      previous = undefined;
      continue;
    }
    const last = current.paragraphs.at(-1);
    if (last && previous && continues(previous, line, last.text, opened, measure)) appendLine(last, line);
    else {
      current.paragraphs.push(paragraphOf(line));
      opened = line;
    }
    previous = line;
  }
  return { sections: sections.filter((s) => s.kind !== 'cover' || s.paragraphs.length > 0), contents };
}

function headingKind(text: string, template: CompiledTemplate): SectionKind | undefined {
  const t = compact(text);
  if (t.length === 0 || t.length > 60 || /[。；]$/.test(t)) return undefined;
  for (const { spec, patterns } of template.sections) {
    if (patterns.some((p) => p.test(t))) return spec.kind;
  }
  return undefined;
}

/**
 * The number the next item of a list opened inside a paragraph would carry: "具体包括：1.普陀区司法局本部"
 * (a list whose first item follows a colon on the same line) expects "2." — then its later items,
 * printed on lines of their own, indented or not, continue that list and its paragraph.
 */
function nextInlineItem(paragraph: string): { number: number; mark: string } | undefined {
  const opened = /[：:]\s*1\s*([.．、])(?!\d)/u.exec(paragraph);
  if (!opened) return undefined;
  const mark = opened[1] ?? '.';
  let number = 1;
  const rest = paragraph.slice(opened.index + opened[0].length);
  for (const m of rest.matchAll(/(\d+)\s*([.．、])(?!\d)/gu))
    if (Number(m[1]) === number + 1 && m[2] === mark) number++;
  return { number: number + 1, mark };
}

/** The right end of each page's widest prose line: where the page width cuts a line (PDFs). */
function measures(lines: readonly Line[]): Map<number, number> {
  const right = new Map<number, number>();
  for (const l of lines)
    if (l.box && l.page !== undefined) right.set(l.page, Math.max(right.get(l.page) ?? l.box[2], l.box[2]));
  return right;
}

/**
 * A line the page width cut: it ends within a character of the page's widest prose line (the next
 * character did not fit).
 */
function fullLine(line: Line, measure: ReadonlyMap<number, number>): boolean {
  const right = line.page !== undefined ? measure.get(line.page) : undefined;
  return line.box !== undefined && right !== undefined && line.box[2] >= right - (line.box[3] - line.box[1]);
}

/** Does `line` continue the paragraph that `previous` ended? */
function continues(
  previous: Line,
  line: Line,
  paragraph: string,
  opened: Line | undefined,
  measure: ReadonlyMap<number, number>,
): boolean {
  const text = line.text.trim();
  const before = previous.text.trim();
  const item = /^(\d+)\s*([.．、])(?!\d)/u.exec(text);
  const open = item ? nextInlineItem(paragraph) : undefined;
  if (item && open && Number(item[1]) === open.number && item[2] === open.mark) return true;
  if (ITEM_START.test(text)) return false;
  // An indented line starts a paragraph, unless the line before ran the full width and stopped inside
  // a sentence (a sentence wrapped onto an indented line, or over a page break).
  if ((line.indent ?? 0) > 0 && !(compact(before).length >= WRAPPED && /[\u4e00-\u9fa5，、]$/u.test(before)))
    return false;
  // A sentence that ends where the page width cut its line: on a page that indents its paragraphs' first
  // lines, the next line flush with the margin goes on with the same paragraph.
  if (TERMINAL.test(before))
    return (
      (line.indent ?? 0) === 0 &&
      (opened?.indent ?? 0) > 0 &&
      line.gap === 0 &&
      line.page === previous.page &&
      fullLine(previous, measure)
    );
  // A short enumerated line is a sub-heading ("一、项目概述"), not a sentence broken by the page width.
  if (ITEM_START.test(before) && compact(before).length <= 16) return false;
  // A blank line ends a paragraph, unless it is a page break inside a sentence.
  if (line.gap > 0) return line.page !== undefined && line.page !== previous.page;
  return true;
}

function paragraphOf(line: Line): Paragraph {
  const text = line.text.trim();
  const p: Paragraph = { text, source: lineSource(line) };
  if (line.box && line.page) p.pieces = [{ start: 0, end: text.length, page: line.page, box: line.box }];
  return p;
}

/**
 * The last character of each paragraph being built. Reading it from the paragraph's text would
 * flatten the string V8 builds by `+=` on every line: quadratic on prose that never ends a sentence.
 */
const lastChar = new WeakMap<Paragraph, string>();

function appendLine(p: Paragraph, line: Line): void {
  const text = line.text.trim();
  const glue = /[A-Za-z]/.test(lastChar.get(p) ?? p.text.slice(-1)) && /^[A-Za-z]/.test(text) ? ' ' : '';
  if (text !== '') lastChar.set(p, text.slice(-1));
  const start = p.text.length + glue.length;
  p.text += glue + text;
  if (line.box && line.page) {
    p.pieces ??= [];
    p.pieces.push({ start, end: start + text.length, page: line.page, box: line.box });
  }
}
