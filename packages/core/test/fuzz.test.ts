/**
 * Fuzz: damaged text files and web pages, made from the seeds with a seeded PRNG. Each must end, within
 * a time limit, in a report or a refusal with a reason: never an exception, never an "all good" for
 * a text that lost its tables.
 */

import {
  concat,
  cutMiddle,
  encodeGb18030,
  encodeUtf16le,
  flipBytes,
  int,
  MARKUP_TEXT,
  pick,
  type Random,
  random,
  randomBytes,
  truncate,
} from '@hezhang/test-support/damage';
import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  type FileContent,
  fileContent,
  type HtmlBlock,
  type HtmlCell,
  type HtmlPage,
  parseHtmlDocument,
  parseText,
  Report,
} from '../src/index.js';
import { SEEDS } from './helpers.js';

/**
 * Per input: a hang, not a slow machine. Reading and checking a seed takes 0.1–0.3 s alone on two
 * cores; with the whole test suite running beside it, up to 25 times that (the 2,000 × 1,000-cell page
 * took 7 s). A hang takes minutes.
 */
const LIMIT_MS = 20_000;
/** The 100,000-row table takes about 6 s alone on a 2-core machine. */
const BIG_LIMIT_MS = 90_000;

const utf8 = (s: string) => new TextEncoder().encode(s);

type Outcome =
  | { kind: 'refused'; content: Extract<FileContent, { kind: 'refused' }> }
  | { kind: 'report'; report: Report };

/** What the front door does with a text file, timed. */
function readFile(name: string, bytes: Uint8Array, validate = true): { outcome: Outcome; ms: number } {
  const start = performance.now();
  const content = fileContent(name, bytes);
  let outcome: Outcome;
  if (content.kind === 'refused') outcome = { kind: 'refused', content };
  else if (content.kind === 'pdf') throw new Error(`${name}: text damage made a PDF header`);
  else {
    const report = checkDocument(parseText(content.text, { name }));
    outcome = { kind: 'report', report: validate ? Report.parse(report) : report };
  }
  return { outcome, ms: performance.now() - start };
}

function expectReason(outcome: Outcome) {
  if (outcome.kind !== 'refused') return;
  expect(outcome.content.reason.zh).not.toBe('');
  expect(outcome.content.reason.en).not.toBe('');
}

interface Case {
  kind: string;
  name: string;
  bytes: Uint8Array;
  /** Half the text or more is gone: whatever is read, it must not be called consistent. */
  lost?: boolean;
  refused?: boolean;
  /** The same text in another encoding: it must read to the original's verdict. */
  reencoded?: boolean;
}

function textCases(rnd: Random): Case[] {
  const cases: Case[] = [];
  for (const s of SEEDS) {
    const bytes = utf8(s.text);
    const gb = encodeGb18030(s.text);
    for (let i = 0; i < 2; i++) {
      const share = 0.02 + rnd() * 0.45;
      cases.push({ kind: 'truncated', name: s.file, bytes: truncate(bytes, share), lost: true });
    }
    cases.push({ kind: 'truncated', name: s.file, bytes: truncate(bytes, 0.5 + rnd() * 0.5) });
    for (let i = 0; i < 3; i++)
      cases.push({ kind: 'flipped', name: s.file, bytes: flipBytes(rnd, bytes, 1 + int(rnd, 40)) });
    const from = rnd() * 0.8;
    cases.push({ kind: 'middle cut out', name: s.file, bytes: cutMiddle(bytes, from, from + 0.05 + rnd() * 0.15) });
    cases.push({ kind: 'GB18030', name: s.file, bytes: gb, reencoded: true });
    cases.push({ kind: 'GB18030', name: s.file, bytes: truncate(flipBytes(rnd, gb, 3), 0.3 + rnd() * 0.7) });
    cases.push({ kind: 'UTF-16', name: s.file, bytes: encodeUtf16le(s.text), reencoded: true });
    const half = Math.floor(s.text.length / 2);
    cases.push({
      kind: 'mixed encodings',
      name: s.file,
      bytes: concat(utf8(s.text.slice(0, half)), encodeGb18030(s.text.slice(half))),
    });
    cases.push({ kind: 'unbalanced rows', name: s.file, bytes: utf8(unbalance(rnd, s.text)) });
    cases.push({ kind: 'markup in cells', name: s.file, bytes: utf8(withMarkup(rnd, s.text)) });
  }
  for (let i = 0; i < 20; i++)
    cases.push({
      kind: 'random bytes',
      name: `random-${i}.txt`,
      bytes: randomBytes(rnd, 1 + int(rnd, 64_000)),
      refused: true,
    });
  return cases;
}

/** Table rows that lost cells, gained cells, or were split across lines. */
function unbalance(rnd: Random, text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes('\t') || rnd() > 0.3) return line;
      const cells = line.split('\t');
      const r = rnd();
      if (r < 0.35) cells.splice(int(rnd, cells.length), 1 + int(rnd, 2));
      else if (r < 0.7) cells.splice(int(rnd, cells.length), 0, ...Array.from({ length: 1 + int(rnd, 3) }, () => ''));
      else return `${cells.slice(0, 2).join('\t')}\n${cells.slice(2).join('\t')}`;
      return cells.join('\t');
    })
    .join('\n');
}

/** Names in tables and headings replaced by text that looks like markup or script. */
function withMarkup(rnd: Random, text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (rnd() > 0.1) return line;
      const cells = line.split('\t');
      const at = cells.length > 3 ? 3 : 0;
      cells[at] = `${cells[at] ?? ''}${pick(rnd, MARKUP_TEXT)}`;
      return cells.join('\t');
    })
    .join('\n');
}

describe('damaged text files', () => {
  const cases = textCases(random(20261130));
  const counts = new Map<string, number>();
  for (const c of cases) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);

  const outcomes = new Map<Case, Outcome>();

  it(`each of ${cases.length} ends in a report or a refusal with a reason, in time (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')})`, () => {
    for (const c of cases) {
      const label = `${c.kind} ${c.name} (${c.bytes.length} bytes)`;
      const { outcome, ms } = readFile(c.name, c.bytes);
      outcomes.set(c, outcome);
      expect(ms, label).toBeLessThan(LIMIT_MS);
      expectReason(outcome);
      if (c.refused) expect(outcome.kind, label).toBe('refused');
      if (c.lost && outcome.kind === 'report') expect(outcome.report.summary.verdict, label).not.toBe('ok');
    }
  }, 300_000);

  it('reads re-encoded seeds (GB18030, UTF-16) to the same verdict as the originals', { timeout: 60_000 }, () => {
    const whole = cases.filter((x) => x.reencoded);
    expect(whole).toHaveLength(SEEDS.length * 2);
    for (const c of whole) {
      const original = SEEDS.find((s) => s.file === c.name);
      const outcome = outcomes.get(c);
      expect(outcome?.kind, c.name).toBe('report');
      if (outcome?.kind !== 'report' || !original) continue;
      expect(outcome.report.summary, c.name).toEqual(checkDocument(parseText(original.text, { name: c.name })).summary);
    }
  });

  it('keeps markup-like cell text as text, character for character', { timeout: 60_000 }, () => {
    const marked = cases.find((c) => c.kind === 'markup in cells' && c.name.startsWith('001'));
    const content = marked && fileContent(marked.name, marked.bytes);
    const doc = content?.kind === 'text' ? parseText(content.text) : undefined;
    const labels = doc?.tables.flatMap((t) => t.rows.map((r) => r.label)) ?? [];
    expect(labels.some((l) => MARKUP_TEXT.some((m) => l.includes(m.replace(/\s+/g, ' ').slice(0, 12))))).toBe(true);
  });

  it('refuses a 10 MB line at once', { timeout: 60_000 }, () => {
    const seed = SEEDS[1]?.text ?? '';
    const line = seed
      .replace(/\n/g, ' ')
      .repeat(Math.ceil(10_000_000 / seed.length))
      .slice(0, 10_000_000);
    const { outcome, ms } = readFile('one-line.txt', utf8(line));
    expect(outcome.kind).toBe('refused');
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  // Found by this fuzz: joining a line to a paragraph tested the whole growing paragraph, so prose that
  // never ends a sentence took quadratic time (12,000 lines: 42 s).
  it('reads 20,000 lines of prose that never end a sentence', { timeout: 60_000 }, () => {
    const seed = SEEDS.find((s) => s.id === '001')?.text ?? '';
    const prose = Array.from({ length: 20_000 }, (_, i) => `第${i}行说明文字没有句号，继续写下去`).join('\n');
    const { outcome, ms } = readFile('long-prose.txt', utf8(`${seed}\n${prose}`));
    expect(outcome.kind).toBe('report');
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('reads a table of 100,000 rows', () => {
    const seed = SEEDS.find((s) => s.id === '001')?.text ?? '';
    const lines = seed.split('\n');
    const at = lines.findIndex((l) => l.startsWith('210\t15\t01'));
    lines.splice(at + 1, 0, ...Array.from({ length: 100_000 }, () => lines[at] as string));
    const { outcome, ms } = readFile('long-table.txt', utf8(lines.join('\n')), false);
    expect(ms).toBeLessThan(BIG_LIMIT_MS);
    // The repeated 行政运行 row breaks its 款's sum: the report must say so.
    expect(outcome.kind === 'report' && outcome.report.summary.verdict).toBe('error');
  }, 180_000);
});

/** A seed's tab-separated lines as a web page: lines with tabs are rows of one table, others text. */
function pageOf(text: string): HtmlPage {
  const blocks: HtmlBlock[] = [];
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      const last = blocks.at(-1);
      const row: HtmlCell[] = line.split('\t').map((t) => ({ text: t }));
      if (last?.type === 'table') last.rows.push(row);
      else blocks.push({ type: 'table', rows: [row] });
    } else if (line.trim()) blocks.push({ type: 'text', text: line });
  }
  return { blocks };
}

const SPANS = [0, -1, 1, 2, 3, Number.NaN, 1.5, 1000, 65_534, 1e9, Number.POSITIVE_INFINITY];

function damagePage(rnd: Random, page: HtmlPage): HtmlPage {
  return {
    blocks: page.blocks.map((b): HtmlBlock => {
      if (b.type === 'text') return rnd() < 0.1 ? { type: 'text', text: pick(rnd, MARKUP_TEXT) } : b;
      const rows = b.rows.map((row) => {
        const cells = row.map((cell) => {
          const r = rnd();
          if (r < 0.1) return { ...cell, rowspan: pick(rnd, SPANS) };
          if (r < 0.2) return { ...cell, colspan: pick(rnd, SPANS) };
          if (r < 0.25) return { ...cell, text: pick(rnd, MARKUP_TEXT) };
          return cell;
        });
        if (rnd() < 0.1) cells.splice(int(rnd, cells.length + 1), 1);
        return cells;
      });
      if (rnd() < 0.1) rows.splice(int(rnd, rows.length), 0, []);
      return { ...b, rows, ...(rnd() < 0.2 ? { caption: pick(rnd, MARKUP_TEXT) } : {}) };
    }),
  };
}

describe('damaged web pages (tables as the extension hands them to core)', () => {
  const rnd = random(4242);
  const pages: { kind: string; page: HtmlPage }[] = [];
  for (const s of SEEDS.filter((x) => x.text.includes('\t'))) {
    const page = pageOf(s.text);
    for (let i = 0; i < 6; i++) pages.push({ kind: 'spans, holes, markup', page: damagePage(rnd, page) });
  }
  const wide: HtmlCell[][] = Array.from({ length: 2_000 }, () => [{ text: '合计', colspan: 1000 }, { text: '1,000' }]);
  pages.push({ kind: 'maximal spans', page: { blocks: [{ type: 'table', rows: wide }] } });
  pages.push({
    kind: 'empty',
    page: {
      blocks: [
        { type: 'table', rows: [] },
        { type: 'text', text: '' },
      ],
    },
  });

  it(`each of ${pages.length} pages ends in a report, in time`, { timeout: 300_000 }, () => {
    for (const { kind, page } of pages) {
      const start = performance.now();
      const report = Report.parse(checkDocument(parseHtmlDocument(page, { name: kind })));
      expect(report.summary.verdict, kind).toBeDefined();
      expect(performance.now() - start, kind).toBeLessThan(LIMIT_MS);
    }
  });

  // Found by this fuzz: a row shorter than the table (a 合计 row with fewer cells, as browsers show
  // it) left holes in the line's cells that the table reader then read.
  it('reads a budget table with a row shorter than the others', () => {
    const page: HtmlPage = {
      blocks: [
        { type: 'text', text: '2025年部门支出预算总表' },
        {
          type: 'table',
          rows: [
            [{ text: '项目' }, { text: '合计' }, { text: '基本支出' }],
            [{ text: '合计' }],
            [{ text: '合计', colspan: 2 }],
          ],
        },
      ],
    };
    expect(() => parseHtmlDocument(page)).not.toThrow();
  });
});
