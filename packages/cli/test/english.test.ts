/**
 * Every finding of the seeds, the fixtures and the real PDFs, as a reader of the English report meets
 * it (message, formula, amounts' labels, tolerance, where, the checks that did not run, what could not
 * be read, and the CLI's whole English report): no internal id (snake_case keys, table kinds), no
 * count that disagrees with its number ("1 decimals", "(s)"), and no Chinese but what the document
 * prints — quotations, a code with its printed name (garbled as read, from a PDF whose font has no
 * Unicode map), an amount with its unit.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocuments, describeRefs, type Report, readingProblems, templateOf } from '@hezhang/core';
import { REAL_DIR } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { defaultJobs, processAll } from '../src/pool.js';
import { renderReport } from '../src/render/report.js';

const root = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

function files(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(dir, f));
}

const INPUTS = [
  ...files(root('seeds'), /\.txt$/),
  ...files(root('packages/pdf/fixtures'), /\.pdf$/),
  ...files(root('packages/pdf/fixtures/layouts'), /\.pdf$/),
  root('apps/web/test/fixtures/known-mistake.pdf'),
  ...(REAL_DIR ? files(REAL_DIR, /\.pdf$/) : []),
];

/** A snake_case key ("general_budget", "final_gov_fund") or a rule id ("in_table.hierarchy"). */
export const INTERNAL_ID =
  /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b|\b(?:in_table|cross_table|prose|document|text_layer|across|classification)\.[a-z_]+\b/g;

/** English counts that disagree with their number. */
export const BAD_COUNT =
  /\(s\)|\b1 (?:[a-z-]+ )?(?:errors|warnings|notes|checks|pages|places|findings|decimals|mistakes|characters|tables|rows|cells|columns|files|documents|amounts|lines|items|projects|subjects|codes|times|classes|sentences|paragraphs|fonts)\b/g;

/** Units an amount may carry in English text, as the document prints them. */
const UNIT = '(?:万元|亿元|元|平方米|人|个|辆|次|家|项|%)';

/**
 * The Chinese an English text holds once what the document prints is taken out: quotations (“…”,
 * "…", ‘…’), a code with its printed name ("20805 行政事业单位养老支出"), an amount with its unit
 * ("1803万元") and the unit 万元 itself.
 */
export function chineseLeft(text: string): string[] {
  return (
    text
      // A list of quotations ("“…”；“…”"), each whole, whatever quotation marks the document printed inside.
      .split(/；|; /)
      .map((piece) => (/^“.*”$/s.test(piece.trim()) ? ' ' : piece))
      .join(' ')
      .replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: a garbled font's text decodes to control codes
      .replace(/\b\d{3,7}(?:[ \t]*[\p{Script=Han}\u0000-\u001f（）()、，·\-—/]+)+/gu, ' ')
      .replace(new RegExp(`[\\d.,]+\\s*${UNIT}`, 'g'), ' ')
      .replace(/万元/g, ' ')
      .match(/\p{Script=Han}+/gu) ?? []
  );
}

/** Every English text a reader of a report meets, each with where it came from. */
function englishTexts(report: Report): { where: string; text: string }[] {
  const template = templateOf(report.document);
  const out: { where: string; text: string }[] = [];
  for (const f of report.findings) {
    const at = (field: string) => `${f.rule} ${field}`;
    out.push({ where: at('message'), text: f.message.en });
    if (f.formula) out.push({ where: at('formula'), text: f.formula.en });
    if (f.tolerance) out.push({ where: at('tolerance'), text: f.tolerance.en });
    for (const q of [f.expected, f.actual]) if (q?.label) out.push({ where: at('label'), text: q.label.en });
    for (const place of describeRefs(f.refs, template, 'en', report.document))
      out.push({ where: at('where'), text: place });
  }
  for (const c of report.checks) {
    out.push({ where: `${c.rule} title`, text: c.title.en });
    if (c.reason) out.push({ where: `${c.rule} reason`, text: c.reason.en });
  }
  for (const p of readingProblems(report))
    for (const r of p.reasons) out.push({ where: `reading ${p.table ?? 'document'}`, text: r.en });
  return out;
}

describe('every finding in English', () => {
  // Read on every core, as `hezhang check` reads a folder, and checked together.
  const reports = processAll(
    INPUTS.map((path) => ({ path, name: basename(path) })),
    defaultJobs(),
    () => undefined,
  ).then((outcomes) => checkDocuments(outcomes.flatMap((o) => (o.kind === 'documents' ? o.documents : []))));

  it('reads the corpus', { timeout: 300_000 }, async () => {
    const all = await reports;
    expect(all.length).toBeGreaterThan(40);
    expect(all.reduce((n, r) => n + r.findings.length, 0)).toBeGreaterThan(200);
  });

  const offences = async (find: (text: string) => string[]) => {
    const out = new Map<string, string>();
    for (const report of await reports)
      for (const { where, text } of englishTexts(report))
        for (const hit of find(text)) {
          const key = `${where}: ${hit}`;
          if (!out.has(key)) out.set(key, `${report.source.name}: ${text.slice(0, 160)}`);
        }
    return [...out].map(([k, v]) => `${k} — ${v}`);
  };

  it('names nothing by an internal id', { timeout: 300_000 }, async () => {
    expect(await offences((t) => t.match(INTERNAL_ID) ?? [])).toEqual([]);
  });

  it('counts in agreement with the number', { timeout: 300_000 }, async () => {
    expect(await offences((t) => t.match(BAD_COUNT) ?? [])).toEqual([]);
  });

  it('leaves no Chinese but what the document prints', { timeout: 300_000 }, async () => {
    expect(await offences(chineseLeft)).toEqual([]);
  });

  it('never doubles a quotation mark, in either language', { timeout: 300_000 }, async () => {
    const doubled: string[] = [];
    for (const report of await reports) {
      const template = templateOf(report.document);
      for (const f of report.findings)
        for (const lang of ['zh', 'en'] as const)
          for (const text of [
            f.message[lang],
            f.formula?.[lang] ?? '',
            ...describeRefs(f.refs, template, lang, report.document),
          ])
            if (/““|””/.test(text)) doubled.push(`${report.source.name} ${f.rule}: ${text.slice(0, 120)}`);
    }
    expect(doubled).toEqual([]);
  });

  it('prints the CLI’s English reports in the same words', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    for (const report of await reports) {
      const text = renderReport(report, 'en');
      for (const id of text.match(INTERNAL_ID) ?? []) problems.push(`${report.source.name}: ${id}`);
      for (const count of text.match(BAD_COUNT) ?? []) problems.push(`${report.source.name}: ${count}`);
      // Places are joined the English way ("where: a; b"), never with the Chinese mark
      // (what a document prints is quoted, and keeps its own marks).
      for (const line of text.split('\n').filter((l) => /^\s+where: .*；/.test(l.replace(/“[^”]*”/g, '“”'))))
        problems.push(`${report.source.name}: ${line.trim().slice(0, 120)}`);
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
