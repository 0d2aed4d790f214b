import { spanOf } from '../../claims/text.js';
import { formatAmount } from '../../model/amount.js';
import { bi, quote } from '../../model/bilingual.js';
import type { Finding, Ref } from '../../model/finding.js';
import { type Rule, Tally } from '../rule.js';

/**
 * Areas stated with their parts, as project texts describe a building: "规划建筑面积约为13459平方米，
 * 其中地上建筑面积为8013平方米（其中计容面积7998平方米，不计容面积105平方米），地下建筑面积为5356平方米"
 * (wanli-2023/2024). Each area followed by 其中 is a total of the areas that follow it at the same
 * bracket depth, up to the end of the sentence; a bracketed 其中 right after an area lists that area's
 * own parts. Areas are compared exactly (hundredths of a square metre); a total printed with 约 that
 * misses by little is a warning.
 */

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const AREA = new RegExp(
  String.raw`(?<label>[\u4e00-\u9fa5]{0,10}面积)\s*(?:为|是)?\s*(?<about>约)?\s*(?:为|是)?\s*(?<n>${NUMBER})\s*(?:平方米|平米|㎡|m²|m2)`,
  'gu',
);
/** Within a few characters after an area: the words that open its parts. */
const PARTS_OPEN = /^\s*[（(]?\s*[，,：:]?\s*其中\s*[：:，,]?/u;
/** How far a mention's parts reach: a total that misses by more than this share is an error even with 约. */
const ABOUT_SHARE = 0.01;

interface Mention {
  label: string;
  /** Hundredths of a square metre. */
  value: number;
  text: string;
  about: boolean;
  start: number;
  end: number;
  depth: number;
  opensParts: boolean;
  /** The bracket its parts are in ("（其中…）"), when they are bracketed. */
  bracketed: boolean;
}

const hundredths = (n: string) => Math.round(Number(n.replace(/,/g, '')) * 100);
/**
 * Whole hundredths of a square metre as printed with at most two decimals ("13,459", "7,998.5",
 * "0.05"): core's amount formatter (hundredths as 分 of 元), a trailing zero dropped — not
 * `toLocaleString`, which builds a formatter at every call (and the first costs a process ~20–30 ms).
 */
export function areaText(h: number): string {
  return formatAmount(h, '元').replace(/(\.\d)0$/, '$1');
}

const show = (h: number) => `${areaText(h)}平方米`;

/** The area mentions of one sentence, with the bracket depth each is printed at. */
function mentions(sentence: string): Mention[] {
  const out: Mention[] = [];
  for (const m of sentence.matchAll(AREA)) {
    const start = m.index ?? 0;
    const before = sentence.slice(0, start);
    const depth = (before.match(/[（(]/g)?.length ?? 0) - (before.match(/[）)]/g)?.length ?? 0);
    const after = sentence.slice(start + m[0].length, start + m[0].length + 8);
    const opens = PARTS_OPEN.exec(after);
    out.push({
      // "其中地上建筑面积", "本工程规划建筑面积": the area's own name.
      label: (m.groups?.label ?? '面积').replace(/^(?:其中|本工程|本项目|该工程|该项目|工程|项目)+/u, ''),
      value: hundredths(m.groups?.n ?? '0'),
      text: m[0],
      about: Boolean(m.groups?.about),
      start,
      end: start + m[0].length,
      depth,
      opensParts: Boolean(opens),
      bracketed: Boolean(opens && /[（(]/.test(opens[0])),
    });
  }
  return out;
}

/** Each total with its parts: the mentions after it at its depth (or one deeper, when bracketed) until it closes. */
function sums(list: Mention[]): { total: Mention; parts: Mention[] }[] {
  const out: { total: Mention; parts: Mention[] }[] = [];
  for (const [i, total] of list.entries()) {
    if (!total.opensParts) continue;
    const depth = total.depth + (total.bracketed ? 1 : 0);
    const parts: Mention[] = [];
    for (const m of list.slice(i + 1)) {
      if (m.depth < depth) break;
      if (m.depth === depth) parts.push(m);
    }
    if (parts.length >= 2) out.push({ total, parts });
  }
  return out;
}

export const areas: Rule = {
  id: 'prose.areas',
  title: bi('面积：各部分之和 = 总面积', 'Areas: the parts add up to the whole'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '“X面积N平方米，其中A面积…、B面积…”：A + B + … = N（含括号中的“其中”）；标“约”的总数相差不足1%为警告',
      'an area stated with its parts (其中 …) equals their sum, bracketed parts included; a total marked 约 that misses by under 1% is a warning',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    for (const [si, section] of ctx.document.sections.entries()) {
      for (const [pi, p] of section.paragraphs.entries()) {
        // Every mention holds 面积: a paragraph without it has none (the regex is not tried at every place).
        if (!p.text.includes('面积')) continue;
        let offset = 0;
        for (const sentence of p.text.split(/(?<=[。；;])/u)) {
          const list = mentions(sentence);
          const found = sums(list);
          const at = offset;
          const ref = (m: Mention): Ref => ({ ...spanOf(p, si, pi, at + m.start, at + m.end), text: m.text });
          for (const _ of found) tally.compared();
          for (const f of findings(found, ref, this.id)) tally.add(f);
          offset += sentence.length;
        }
      }
    }
    return tally.outcome(bi('文字中没有列出组成部分的面积', 'no area stated with its parts'));
  },
};

/**
 * The findings of one sentence's sums. One mistake, one finding: when an area that is itself a total
 * misses its own parts, and its parts' sum in its place makes the outer total agree, the area is
 * the one wrong number (wanli: 地上 8013 for 7998 + 105 = 8103, and 8103 + 5356 = 13459).
 */
function findings(found: { total: Mention; parts: Mention[] }[], ref: (m: Mention) => Ref, rule: string): Finding[] {
  const out: Finding[] = [];
  const sumOf = (parts: Mention[]) => parts.reduce((s, m) => s + m.value, 0);
  const wrong = new Map(found.filter((s) => sumOf(s.parts) !== s.total.value).map((s) => [s.total, s]));
  const explained = new Set<Mention>();
  for (const s of found) {
    const sum = sumOf(s.parts);
    if (sum === s.total.value || explained.has(s.total)) continue;
    const inner = s.parts.map((m) => wrong.get(m)).find((w) => w !== undefined);
    if (inner) {
      const innerSum = sumOf(inner.parts);
      const corrected = sum - inner.total.value + innerSum;
      if (corrected === s.total.value) {
        explained.add(inner.total);
        out.push({
          rule,
          severity: 'error',
          message: bi(
            `“${inner.total.label}”${show(inner.total.value)}与其组成之和${show(innerSum)}不符；按${show(innerSum)}计，${s.parts.map((m) => m.label).join('与')}之和正好是“${s.total.label}”${show(s.total.value)}：${show(inner.total.value)}应为${show(innerSum)}`,
            `${quote(inner.total.label)} ${show(inner.total.value)} is not the sum of its parts (${show(innerSum)}); with ${show(innerSum)} the parts of ${quote(s.total.label)} add up to its ${show(s.total.value)}`,
          ),
          formula: bi(
            `${inner.parts.map((m) => show(m.value)).join(' + ')} = ${show(innerSum)} ≠ ${show(inner.total.value)}；${s.parts.map((m) => show(m === inner.total ? innerSum : m.value)).join(' + ')} = ${show(s.total.value)}`,
          ),
          refs: [
            ref(inner.total),
            ...inner.parts.map(ref),
            ref(s.total),
            ...s.parts.filter((m) => m !== inner.total).map(ref),
          ],
          expected: {
            value: innerSum / 100,
            unit: 'text',
            text: show(innerSum),
            label: bi('组成之和', 'sum of parts'),
          },
          actual: {
            value: inner.total.value / 100,
            unit: 'text',
            text: show(inner.total.value),
            label: bi('文字', 'text'),
          },
        });
        continue;
      }
    }
    const near = s.total.about && Math.abs(sum - s.total.value) <= s.total.value * ABOUT_SHARE;
    out.push({
      rule,
      severity: near ? 'warning' : 'error',
      message: bi(
        `“${s.total.label}”${s.total.about ? '约' : ''}${show(s.total.value)}，其中所列各部分之和为${show(sum)}`,
        `${quote(s.total.label)} is ${s.total.about ? 'about ' : ''}${show(s.total.value)}, its parts add up to ${show(sum)}`,
      ),
      formula: bi(`${s.parts.map((m) => show(m.value)).join(' + ')} = ${show(sum)} ≠ ${show(s.total.value)}`),
      refs: [ref(s.total), ...s.parts.map(ref)],
      expected: { value: sum / 100, unit: 'text', text: show(sum), label: bi('各部分之和', 'sum of parts') },
      actual: { value: s.total.value / 100, unit: 'text', text: show(s.total.value), label: bi('文字', 'text') },
    });
  }
  return out;
}
