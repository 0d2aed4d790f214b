import { projectName } from '../../claims/projects.js';
import { spanOf } from '../../claims/text.js';
import { bareName, departmentKey, sameDepartment } from '../../meta/department.js';
import { bi, countEn, quote } from '../../model/bilingual.js';
import type { Claim } from '../../model/claim.js';
import type { Paragraph } from '../../model/document.js';
import type { Finding, Ref } from '../../model/finding.js';
import { matchTitle } from '../../templates/index.js';
import { allMatches } from '../../text/matches.js';
import { compact } from '../../text/normalize.js';
import { changeRefs } from '../claim-refs.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';

/**
 * The words of the document: years that are not the document's (titles, headers, comparisons, plans),
 * 单位预算 speaking of 部门预算 and the reverse, another department's name where the document names
 * itself, template leftovers, reasons left empty, doubled punctuation and unbalanced brackets.
 */

export interface Passage {
  text: string;
  ref: Ref;
  /** Section heading or table title — the document's own labels, not quoted material. */
  heading: boolean;
  sectionKind?: string;
  /** A paragraph's pieces (its lines with their pages and boxes), for the place of a match inside it. */
  paragraph?: Paragraph;
}

/**
 * The passages of the check at hand, built once for the rules that read them (nine rules ask): kept
 * with the context of the one check, and with its document, so that nothing outlives that check.
 */
const PASSAGES = new WeakMap<CheckContext, { document: CheckContext['document']; list: readonly Passage[] }>();

/**
 * Every piece of prose with where it is: headings, paragraphs, table titles, headers and notes. One
 * list per check, shared by the rules that ask: they read it and copy what they keep (`at`), or keep
 * a passage's ref as it is.
 */
export function passages(ctx: CheckContext): readonly Passage[] {
  const known = PASSAGES.get(ctx);
  if (known && known.document === ctx.document) return known.list;
  const list = passagesOf(ctx.document);
  PASSAGES.set(ctx, { document: ctx.document, list });
  return list;
}

function passagesOf(document: CheckContext['document']): Passage[] {
  const out: Passage[] = [];
  for (const [si, s] of document.sections.entries()) {
    if (s.heading)
      out.push({
        text: s.heading,
        heading: true,
        sectionKind: s.kind,
        ref: {
          text: s.heading,
          section: si,
          ...(s.source.line ? { line: s.source.line } : {}),
          ...(s.source.page ? { page: s.source.page } : {}),
        },
      });
    for (const [pi, p] of s.paragraphs.entries()) {
      const first = p.pieces?.[0];
      out.push({
        text: p.text,
        heading: false,
        sectionKind: s.kind,
        paragraph: p,
        ref: {
          section: si,
          paragraph: pi,
          ...(p.source.line ? { line: p.source.line } : {}),
          ...(first ? { page: first.page, box: first.box } : p.source.page ? { page: p.source.page } : {}),
        },
      });
    }
  }
  for (const t of document.tables) {
    const at = {
      ...(t.source.line ? { line: t.source.line } : {}),
      ...(t.source.page ? { page: t.source.page } : {}),
      ...(t.source.box ? { box: t.source.box } : {}),
    };
    out.push({ text: t.title, heading: true, ref: { table: t.kind, text: t.title, ...at } });
    for (const h of t.headers) out.push({ text: h, heading: true, ref: { table: t.kind, text: h, ...at } });
    for (const n of t.notes) out.push({ text: n, heading: false, ref: { table: t.kind, text: n, ...at } });
  }
  return out;
}

/**
 * A ref narrowed to a match inside a passage: its page and box are those of the lines the matched
 * words are on (a paragraph running over a page break is found where the words are, not on its
 * first page).
 */
export function at(p: Passage, start: number, end: number): Ref {
  if (p.ref.paragraph === undefined || p.ref.section === undefined) return { ...p.ref, text: p.text };
  const text = p.text.slice(Math.max(0, start - 12), end + 12);
  if (!p.paragraph) return { ...p.ref, start, end, text };
  const { page, box, line } = spanOf(p.paragraph, p.ref.section, p.ref.paragraph, start, end);
  const { page: _page, box: _box, ...rest } = p.ref;
  return { ...rest, start, end, text, ...(page ? { page } : {}), ...(box ? { box } : {}), ...(line ? { line } : {}) };
}

const YEAR_IN_TITLE = /(\d{4})\s*年/gu;
/** The year a table's note speaks of: "本部门2025年无…", "上海市普陀区财政局2024年度无…". */
const NOTE_YEAR = /(?:本部门|本单位|[局委办室院所中心处会队])\s*(\d{4})\s*年度?\s*(?:无|没有|未)/gu;
/** Planning phrases that must speak of the document's year: "拟在2022年", "2024年预算安排", "编制2022年预算". */
const PLANNING = /(?:拟(?:在|于)?|编制)\s*(\d{4})\s*年|(\d{4})\s*年度?\s*(?:项目)?预算(?:安排|经费编制|金额|资金)/gu;

/**
 * A comparison with a year as the prose prints it, with or without figures ("比2024年预算", "与2023年度
 * 相比", "与2024年预算一致0万元"), and the year printed last before it in its sentence (the year of the
 * figure compared: "2025年“三公”经费预算数为0.95万元，与2024年预算持平").
 */
const COMPARED_YEAR = /(?:比|与|较|同)\s*(\d{4})\s*年/gu;
const YEAR_BEFORE = /(\d{4})\s*年(?!.*\d{4}\s*年)[^。；;]*$/u;

const PERIOD_HEADING = /实施周期/u;
const NEXT_PART = /^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]/u;
/** A year as periods print it: "2025年", "2025.1.1", "2025-01-01", "2025/1", "2025全年". */
const PERIOD_YEAR = /(?<!\d)(20\d{2})(?=\s*(?:年|[.．\-—/／]\s*\d|全年))/gu;

/**
 * Each project's 实施周期 with the years it spans ("2025.1.1-2025.12.31", "2023年1月至2026年12月"):
 * the words after the heading, or the paragraph after it when the heading stands alone.
 */
function implementationPeriods(ctx: CheckContext): { project: string; text: string; years: number[]; ref: Ref }[] {
  const out: { project: string; text: string; years: number[]; ref: Ref }[] = [];
  for (const [si, s] of ctx.document.sections.entries()) {
    if (s.kind !== 'project') continue;
    const i = s.paragraphs.findIndex((p) => PERIOD_HEADING.test(p.text));
    const heading = s.paragraphs[i];
    if (!heading) continue;
    const after = heading.text.slice((heading.text.search(PERIOD_HEADING) ?? 0) + 4).replace(/^[\s:：]+/, '');
    const next = s.paragraphs[i + 1];
    const [text, pi] =
      after.trim().length > 0 ? [after, i] : next && !NEXT_PART.test(next.text) ? [next.text, i + 1] : ['', i];
    const years = [...text.matchAll(PERIOD_YEAR)].map((m) => Number(m[1]));
    if (years.length === 0) continue;
    const p = s.paragraphs[pi];
    if (!p) continue;
    // Where the period's words are (the heading's paragraph may start on the page before).
    const start = Math.max(0, p.text.indexOf(text.trim()));
    const { page, box, line } = spanOf(p, si, pi, start, start + text.trim().length);
    out.push({
      project: projectName(s.heading),
      text: text.trim().slice(0, 40),
      years,
      ref: {
        section: si,
        paragraph: pi,
        text: text.trim().slice(0, 40),
        ...(line ? { line } : {}),
        ...(page ? { page } : {}),
        ...(box ? { box } : {}),
      },
    });
  }
  return out;
}

export const years: Rule = {
  id: 'document.years',
  title: bi('年份与文档年度一致', 'Years are the document’s'),
  section: 'document',
  severity: 'error',
  formula: () =>
    bi(
      '表题、表头、编制说明与“三公”说明中的年度 = 文档年度；比较年度 = 上一年（预算中某年的数不与同一年比较）；预算安排所指年度 = 文档年度；项目的实施周期包含文档年度；表注所说年度 = 文档年度',
      'years in titles and headers are the document year; comparisons are with the previous year (a budget never compares a year with itself); plans are for the document year; a project’s implementation period includes it; table notes speak of it',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const year = ctx.document.meta.year;
    if (!year) {
      tally.couldNotRead(bi('未能确定文档年度', "the document's year could not be determined"));
      return tally.outcome();
    }
    const add = (f: Omit<Finding, 'rule'>) => tally.add({ rule: this.id, ...f });
    // Where the statements' comparisons with a year are printed: checked below, with the statements.
    const changed = ctx.claims.filter((c) => c.change?.baseYear !== undefined).flatMap(changeRefs);
    for (const p of passages(ctx)) {
      if (p.heading) {
        for (const m of allMatches(YEAR_IN_TITLE, p.text)) {
          tally.compared();
          const y = Number(m[1]);
          if (y === year) continue;
          add({
            severity: 'error',
            message: bi(
              `“${p.text}”写的是${y}年，文档年度为${year}年`,
              `${quote(p.text)} says ${y}; the document is for ${year}`,
            ),
            refs: [p.ref],
            expected: { value: year, unit: 'year', text: String(year) },
            actual: { value: y, unit: 'year', text: String(y) },
          });
        }
        continue;
      }
      // A table's note speaks of the document's year ("本部门2025年无政府性基金预算…，故本表为空表"); another
      // year is a note copied from another year's document.
      if (p.ref.table && p.sectionKind === undefined) {
        for (const m of allMatches(NOTE_YEAR, p.text)) {
          tally.compared();
          const y = Number(m[1]);
          if (y === year) continue;
          const start = m.index ?? 0;
          add({
            severity: 'warning',
            message: bi(
              `表注“${p.text.slice(0, 40)}”写的是${y}年，文档年度为${year}年`,
              `the note ${quote(p.text.slice(0, 40))} speaks of ${y}; the document is for ${year}`,
            ),
            refs: [{ ...p.ref, start, end: start + m[0].length }],
            expected: { value: year, unit: 'year', text: String(year) },
            actual: { value: y, unit: 'year', text: String(y) },
          });
        }
        continue;
      }
      if (p.sectionKind !== 'project' && p.sectionKind !== 'other' && p.sectionKind !== 'explanation') continue;
      for (const m of allMatches(COMPARED_YEAR, p.text)) {
        const y = Number(m[1]);
        const start = m.index ?? 0;
        const end = start + m[0].length;
        // Quoted to the end of its clause.
        const stop = p.text.slice(end).search(/[，,。；;]/u);
        const to = end + (stop < 0 ? Math.min(8, p.text.length - end) : Math.min(stop, 12));
        // A comparison a statement was read from is the statements' (below), with its figures.
        const stated = changed.some(
          (r) =>
            r.section === p.ref.section &&
            r.paragraph === p.ref.paragraph &&
            (r.start ?? Number.POSITIVE_INFINITY) <= start &&
            end <= (r.end ?? -1),
        );
        if (!stated) {
          tally.compared();
          // Final accounts also compare with the year's own budget ("与2024年年初预算相比").
          if (y !== year - 1 && !(y === year && ctx.document.meta.stage === 'final'))
            add({
              severity: 'error',
              message: bi(
                `“${p.text.slice(start, to)}”与${y}年比较，上一年应为${year - 1}年`,
                `${quote(p.text.slice(start, to))} compares with ${y}; the previous year is ${year - 1}`,
              ),
              refs: [at(p, start, end)],
              expected: { value: year - 1, unit: 'year', text: String(year - 1) },
              actual: { value: y, unit: 'year', text: String(y) },
            });
        }
        // A budget's figure compared with its own year: the figure's year is last year's, written for this one.
        const before = ctx.document.meta.stage === 'budget' ? YEAR_BEFORE.exec(p.text.slice(0, start)) : null;
        if (!before) continue;
        tally.compared();
        if (Number(before[1]) !== y) continue;
        const from = before.index;
        add({
          severity: 'error',
          message: bi(
            `“${p.text.slice(from, to)}”：${y}年的数与${y}年比较，所说年度应为${year}年`,
            `${quote(p.text.slice(from, to))} compares ${y} with itself; the document is for ${year}`,
          ),
          refs: [at(p, from, end)],
          expected: { value: year, unit: 'year', text: String(year) },
          actual: { value: y, unit: 'year', text: String(y) },
        });
      }
      for (const m of allMatches(PLANNING, p.text)) {
        const y = Number(m[1] ?? m[2]);
        tally.compared();
        if (y === year) continue;
        const start = m.index ?? 0;
        add({
          severity: 'warning',
          message: bi(
            `“${m[0]}”：预算安排所指年度为${y}年，文档年度为${year}年`,
            `${quote(m[0])} plans for ${y}; the document is for ${year}`,
          ),
          refs: [at(p, start, start + m[0].length)],
          expected: { value: year, unit: 'year', text: String(year) },
          actual: { value: y, unit: 'year', text: String(y) },
        });
      }
    }
    for (const period of implementationPeriods(ctx)) {
      tally.compared();
      const lo = Math.min(...period.years);
      const hi = Math.max(...period.years);
      if (lo <= year && year <= hi) continue;
      add({
        severity: 'warning',
        message: bi(
          `项目“${period.project}”的实施周期“${period.text}”不含文档年度${year}年`,
          `project ${quote(period.project)}: the implementation period ${quote(period.text)} does not include ${year}`,
        ),
        refs: [period.ref],
        expected: { value: year, unit: 'year', text: String(year) },
        actual: { value: lo, unit: 'year', text: lo === hi ? String(lo) : `${lo}–${hi}` },
      });
    }
    // The statements of one paragraph compared with one wrong year: one year printed once ("与2022年度相比，
    // …持平，…持平" in final accounts gives each clause that year), one finding.
    const wrong = new Map<string, Claim[]>();
    for (const c of ctx.claims) {
      const base = c.change?.baseYear;
      if (base === undefined) continue;
      tally.compared();
      if (base === year - 1) continue;
      const id = `${c.span.section}:${c.span.paragraph}:${base}`;
      wrong.set(id, [...(wrong.get(id) ?? []), c]);
    }
    for (const [first, ...more] of wrong.values()) {
      const base = first?.change?.baseYear;
      if (!first || base === undefined) continue;
      add({
        severity: 'error',
        message: bi(
          `“${first.change?.text}”${more.length > 0 ? `等${more.length + 1}处` : ''}与${base}年比较，上一年应为${year - 1}年`,
          `${quote(first.change?.text ?? '')}${more.length > 0 ? ` and ${more.length} more` : ''} compares with ${base}; the previous year is ${year - 1}`,
        ),
        refs: [first, ...more].flatMap(changeRefs),
        expected: { value: year - 1, unit: 'year', text: String(year - 1) },
        actual: { value: base, unit: 'year', text: String(base) },
        ...(more.length > 0 ? { count: more.length + 1 } : {}),
      });
    }
    return tally.outcome();
  },
};

export const scopeWords: Rule = {
  id: 'document.scope',
  title: bi('部门预算与单位预算用语一致', 'A department budget does not speak of a unit budget, and the reverse'),
  section: 'document',
  severity: 'warning',
  formula(template) {
    const { department, unit, except } = template.template.document.scopeWords;
    return bi(
      `${department}文本中不出现“${unit}”，${unit}文本中不出现“${department}”（其后为“${except}”的除外）；表题是本文档的（${department}的表题不写作单位的，反之亦然）`,
      `a ${department} never says ${unit} and a ${unit} never says ${department} (${except} names aside); table titles are the document's own kind`,
    );
  },
  run(ctx) {
    const tally = new Tally(ctx);
    const unit = ctx.document.meta.scope === 'unit';
    const words = ctx.template.template.document.scopeWords;
    const wrong = new RegExp(`${unit ? words.department : words.unit}(?!${words.except})`, 'gu');
    // One slip of wording, however often it recurs: one warning listing every place.
    const snippets: string[] = [];
    const refs: Ref[] = [];
    for (const p of passages(ctx)) {
      // 主要职能 and 名词解释 speak of budgeting in general ("深化部门预算改革"), not of this document.
      if (p.sectionKind === 'glossary' || p.sectionKind === 'functions') continue;
      tally.compared();
      for (const m of allMatches(wrong, p.text)) {
        const start = m.index ?? 0;
        snippets.push(p.text.slice(Math.max(0, start - 10), start + 14));
        refs.push(at(p, start, start + m[0].length));
      }
    }
    // A table titled for the other kind of document (a unit's 预算单位收入预算总表 in a department's budget).
    const titled = ctx.document.tables.filter((t) => {
      const scope = matchTitle(ctx.template, t.title)?.scope;
      if (scope) tally.compared();
      return scope !== undefined && scope !== ctx.document.meta.scope;
    });
    if (titled.length > 0)
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `${unit ? words.unit : words.department}中有${titled.length}张表的表题是${unit ? words.department : words.unit}的：${titled
            .slice(0, 3)
            .map((t) => quote(t.title))
            .join('、')}`,
          `a ${unit ? 'unit' : 'department'} budget has ${countEn(titled.length, 'table')} titled as a ${unit ? 'department' : 'unit'} budget's`,
        ),
        refs: titled.map((t) => ({ table: t.kind, text: t.title, ...(t.source.page ? { page: t.source.page } : {}) })),
      });
    const said = unit ? words.department : words.unit;
    if (snippets.length > 0)
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `${unit ? words.unit : words.department}中出现“${said}”${snippets.length > 1 ? `（${snippets.length}处）` : ''}：${snippets
            .slice(0, 3)
            .map((x) => `“${x}”`)
            .join('、')}`,
          `a ${unit ? 'unit' : 'department'} budget says ${quote(said)}${snippets.length > 1 ? ` (${snippets.length} places)` : ''}`,
        ),
        refs,
        ...(snippets.length > 1 ? { count: snippets.length } : {}),
      });
    return tally.outcome();
  },
};

/** Places where a document names itself, with the name captured. */
const SELF_NAMING: readonly RegExp[] = [
  /^(.{4,40}?)(?:（部门）)?(?:部门|单位)预算(?:是)?包括/u,
  /^\d{4}年[，,]\s*(.{4,40}?)收入预算/u,
  /^截至\d{4}年\d{1,2}月\d{1,2}日[，,]\s*(.{4,40}?)(?:（部门）)?(?:共有车辆|无车辆)/u,
  /^\d{4}年(.{4,40}?)(?:（部门）)?(?:下属|财政拨款的机关运行经费)/u,
];

export const departmentNames: Rule = {
  id: 'document.department',
  title: bi('文中部门名称为本部门', 'Where the document names its department, it names this one'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '编制部门、各节标题、机构设置与编制说明中自称的部门 = 本文档的部门（可省略“上海市”等上级地名）',
      'the department the document names as itself (editor lines, headings, organisation, explanation) is its department',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const own = ctx.document.meta.department;
    if (!own) {
      tally.couldNotRead(bi('未能确定文档所属部门', "the document's department could not be determined"));
      return tally.outcome();
    }
    const canonical =
      [own, ...ctx.document.tables.map((t) => t.department ?? '')]
        .map(bareName)
        .sort((a, b) => b.length - a.length)[0] ?? '';
    const isOwn = (name: string) => {
      const n = bareName(name);
      return n.length > 0 && (canonical.endsWith(n) || n.endsWith(canonical) || sameDepartment(n, canonical));
    };
    // The same department printed in two forms (规划与自然资源局, 规划和自然资源局): one warning listing them.
    const variants: { name: string; ref: Ref }[] = [];
    const check = (name: string, ref: Ref) => {
      tally.compared();
      const n = bareName(name);
      if (isOwn(name)) {
        const one = (x: string) => x.replace(/与/g, '和');
        const printedAlike = canonical.endsWith(n) || n.endsWith(canonical);
        if (!printedAlike && (one(canonical).endsWith(one(n)) || one(n).endsWith(one(canonical))))
          variants.push({ name: n, ref });
        return;
      }
      // The same department at another level of government: 上海市财政局 for 上海市普陀区财政局.
      const body = (x: string) => departmentKey(x).replace(/^.*?(?:省|自治区|市|新区|区|县)/u, '');
      const otherLevel = body(n) === body(canonical);
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: otherLevel
          ? bi(
              `文中写“${n}”，本文档属于“${canonical}”：部门名称的行政层级不同`,
              `the text says ${quote(n)}, but the document is ${quote(canonical)}'s: another level of government`,
            )
          : bi(
              `文中以“${n}”自称，但本文档属于“${canonical}”`,
              `the text names itself ${quote(n)}, but the document is ${quote(canonical)}'s`,
            ),
        refs: [ref],
        expected: { unit: 'text', text: canonical },
        actual: { unit: 'text', text: n },
      });
    };
    const code = ctx.document.meta.departmentCode;
    if (code)
      tally.add({
        rule: this.id,
        severity: 'info',
        message: bi(`部门名称前印有编码“${code}”`, `the department's name is printed with its code ${quote(code)}`),
        refs: ctx.document.tables
          .filter((t) => t.department)
          .slice(0, 1)
          .map((t) => ({ table: t.kind, text: `${code}${t.department}` })),
      });
    for (const t of ctx.document.tables) if (t.department) check(t.department, { table: t.kind, text: t.department });
    for (const p of passages(ctx)) {
      // A part heading names the department: "第二部分 上海市普陀区财政局2024年度部门决算表", "第一部分 …概况".
      const part = p.heading ? PART_HEADING.exec(compact(p.text)) : null;
      const partName = part?.groups?.name ?? part?.groups?.name2;
      if (partName) {
        check(partName, p.ref);
        continue;
      }
      if (p.heading && (p.sectionKind === 'functions' || p.sectionKind === 'organization')) {
        // "上海市医疗保障局（部门）主要职能": the name before the section's words; "二、部门决算单位构成" names none.
        const named = /^(.{4,40}?)(?:[（(]部门[)）])?(?:主要职能|机构设置)$/.exec(compact(p.text));
        if (named?.[1] && !/^[一二三四五六七八九十]+、/.test(named[1])) check(named[1], p.ref);
        continue;
      }
      if (p.heading) continue;
      for (const re of SELF_NAMING) {
        const m = re.exec(p.text);
        if (m?.[1]) check(m[1], at(p, m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + m[1].length));
      }
    }
    if (variants.length > 0) {
      const names = [...new Set(variants.map((v) => v.name))];
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `部门名称写法不一致：${names.map((x) => `“${x}”`).join('、')}与“${canonical}”（“与”“和”混用）`,
          `the department's name is printed in two forms: ${names.join(', ')} and ${canonical}`,
        ),
        refs: variants.map((v) => v.ref),
        expected: { unit: 'text', text: canonical },
        actual: { unit: 'text', text: names.join('、') },
        ...(variants.length > 1 ? { count: variants.length } : {}),
      });
    }
    return tally.outcome();
  },
};

/** A part heading and the name it prints: "第二部分 上海市普陀区财政局2024年度部门决算表", "第一部分 上海市XX局概况". */
const PART_HEADING =
  /^第[一二三四五六七八九十]+部分(?<name>[^\d“”"]{4,40}?)(?:\d{4}年度?)?(?:部门|单位)?(?:预算|决算)(?:表|情况说明|编制说明|说明)?$|^第[一二三四五六七八九十]+部分(?<name2>[^\d“”"]{4,40}?)概况$/u;

interface Pattern {
  re: RegExp;
  severity: 'warning' | 'info';
  /** The severity in a heading or a table's title or header, where it differs. */
  inHeadings?: 'info';
  zh: string;
  en: string;
}

/** Common traditional characters (a simplified text printing them mixed a traditional source in). */
export const TRADITIONAL = /[職業與為這個們來對時會發開關經費預說應還進過實現務總計劃區報稅資車輛選舉機構門員當]/u;

const LEFTOVERS: readonly Pattern[] = [
  {
    // The template's either-or wording: "增加（减少）", "下降（增长）", "大于（小于）".
    re: /(?:增加|减少|增长|下降|上升|大于|小于|高于|低于)\s*[（(]\s*(?:增加|减少|增长|下降|上升|大于|小于|高于|低于)\s*[)）]/gu,
    severity: 'warning',
    zh: '模板的二选一写法未改写（如“增加（减少）”“下降（增长）”）',
    en: 'the template\'s either-or wording left in ("增加（减少）", "下降（增长）")',
  },
  { re: /[XＸ×]{2,}/gu, severity: 'warning', zh: '模板占位“XX”未填写', en: 'template placeholder "XX" left in' },
  {
    re: /待填写|待补充|此处填写|请填写/gu,
    severity: 'warning',
    zh: '模板占位未填写',
    en: 'template placeholder left unfilled',
  },
  { re: /…{2,}|\.{6,}/gu, severity: 'warning', zh: '省略号占位未填写', en: 'an ellipsis placeholder left in' },
  {
    re: /[\u4e00-\u9fa5、，]\s+(?:and|or|the|of|with)\s+[\u4e00-\u9fa5]/gu,
    severity: 'warning',
    zh: '中文句子中混入英文词',
    en: 'an English word inside a Chinese sentence',
  },
  {
    // Any two or more characters printed twice in a row ("项目项目", "减少减少", "安排的安排的", seed
    // 004) — a budget's prose has no ABAB words ("研究研究" is speech) —, and 的 twice (not 的的确确).
    // In a sentence, a slip of typing as a misspelt word is (document.typos): a warning. A heading
    // joins a name with the template's words, and a name ending in them doubles them ("信息化运维项目" +
    // "项目经费情况说明", seed 000): there, a note.
    re: /([\u4e00-\u9fa5]{2,12})\1|的的(?!确)/gu,
    severity: 'warning',
    inHeadings: 'info',
    zh: '词语重复',
    en: 'a doubled word',
  },
  {
    // A clause printed twice in a row: "其他收入3万元，其他收入3万元，" (seed 003). The clause is all the
    // characters before the comma, taken at once by the lookahead: a shorter run ends before no comma,
    // so none is tried.
    re: /(?=([^，,。；;：:\s]{5,30}))\1[，,]\s*\1(?=[，,。；;])/gu,
    severity: 'info',
    zh: '同一分句连印两次',
    en: 'a clause printed twice in a row',
  },
  {
    re: /比\s*\d{4}\s*年度?[^，。；]{0,8}持平/gu,
    severity: 'info',
    zh: '用语：“比…持平”应为“与…持平”',
    en: 'wording: "比…持平" should be "与…持平"',
  },
  {
    re: new RegExp(`${TRADITIONAL.source}+`, 'gu'),
    severity: 'info',
    zh: '简体文本中出现繁体字',
    en: 'traditional characters in simplified text',
  },
];

/** The template's instructions to whoever fills it in, as one leftover kind. */
function instructionPatterns(ctx: CheckContext): Pattern[] {
  const words = ctx.template.template.document.instructions ?? [];
  if (words.length === 0) return [];
  return [
    {
      re: new RegExp(words.join('|'), 'gu'),
      severity: 'warning',
      zh: '模板的填写说明未删除',
      en: "the template's instructions to the filler left in",
    },
  ];
}

export const leftovers: Rule = {
  id: 'document.leftovers',
  title: bi('没有模板残留和空缺', 'No template leftovers or blanks'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '文中不出现“增加（减少）”“下降（增长）”“XX”“……”“待填写”和模板的填写说明（“仍保留该表格式”“（如持平作持平表述）”）',
      'no "增加（减少）", "下降（增长）", "XX", "……", "待填写" or the template\'s instructions ("仍保留该表格式")',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    // One finding per kind of leftover, listing every place it occurs.
    const found = new Map<
      string,
      { pattern: Pattern; severity: Pattern['severity']; snippets: string[]; refs: Ref[] }
    >();
    const patterns = [...LEFTOVERS, ...instructionPatterns(ctx)];
    for (const p of passages(ctx)) {
      tally.compared();
      for (const [k, pattern] of patterns.entries()) {
        // The cover's lines are titles one under another, read as one paragraph: "…区级部门预算" +
        // "预算主管部门：…" doubles 预算 where nothing is printed twice. A note there, as in a heading.
        const severity = ((p.heading || p.sectionKind === 'cover') && pattern.inHeadings) || pattern.severity;
        for (const m of allMatches(pattern.re, p.text)) {
          const start = m.index ?? 0;
          let g = found.get(`${k}:${severity}`);
          if (!g) found.set(`${k}:${severity}`, (g = { pattern, severity, snippets: [], refs: [] }));
          g.snippets.push(quote(p.text.slice(Math.max(0, start - 12), start + m[0].length + 8)));
          g.refs.push(at(p, start, start + m[0].length));
        }
      }
    }
    for (const { pattern, severity, ...g } of found.values()) {
      tally.add({
        rule: this.id,
        severity,
        message: bi(
          `${pattern.zh}${g.snippets.length > 1 ? `（${g.snippets.length}处）` : ''}：${g.snippets.slice(0, 3).join('、')}${g.snippets.length > 3 ? '…' : ''}`,
          `${pattern.en}${g.snippets.length > 1 ? ` (${g.snippets.length})` : ''}`,
        ),
        ...(g.snippets.length > 3 ? { formula: bi(g.snippets.join('；')) } : {}),
        refs: g.refs,
        ...(g.snippets.length > 1 ? { count: g.snippets.length } : {}),
      });
    }
    return tally.outcome();
  },
};

const DOUBLED = /([。，；：、！？])\1+|([（(【〔《“])\2+|([）)】〕》”])\3+/gu;
const PAIRS: [string, string, string][] = [
  ['“', '”', '引号'],
  ['（(', '）)', '括号'],
  ['《', '》', '书名号'],
  ['【', '】', '方括号'],
  ['〔', '〕', '六角括号'],
];
const BRACKETS = new Set(PAIRS.flatMap(([open, close]) => [...open, ...close]));

/** The brackets' UTF-16 units (each is one): a unit that is none is passed over without a string. */
const BRACKET_UNITS = new Set([...BRACKETS].map((c) => c.charCodeAt(0)));

/** How often each quote and bracket occurs in `text` (one pass: passages are long). */
function bracketCounts(text: string): (chars: string) => number {
  const seen = new Map<string, number>();
  for (let i = 0; i < text.length; i++)
    if (BRACKET_UNITS.has(text.charCodeAt(i))) {
      const c = text.charAt(i);
      seen.set(c, (seen.get(c) ?? 0) + 1);
    }
  return (chars) => {
    let n = 0;
    for (const c of chars) n += seen.get(c) ?? 0;
    return n;
  };
}

type PunctuationKind = 'doubled' | 'unbalanced' | 'mixed';
const PUNCTUATION_WORDS: Record<PunctuationKind, { zh: string; en: string }> = {
  doubled: { zh: '重复的标点', en: 'doubled punctuation' },
  unbalanced: { zh: '引号或括号不成对', en: 'unbalanced quotes or brackets' },
  mixed: { zh: '全角与半角括号混用', en: 'full-width and half-width brackets mixed' },
};

export const punctuation: Rule = {
  id: 'document.punctuation',
  title: bi('标点规范', 'Punctuation is not doubled and brackets are balanced'),
  section: 'document',
  severity: 'info',
  formula: () =>
    bi(
      '不出现“。。”“，，”等重复标点；每段中的引号、括号、书名号成对；括号不混用全角与半角',
      'no doubled punctuation; quotes and brackets balance within a paragraph; no mixed-width brackets',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    // Alike and minor: one info per kind, listing every place.
    const places = new Map<PunctuationKind, { snippets: string[]; refs: Ref[] }>();
    const note = (kind: PunctuationKind, p: Passage, i: number, length: number) => {
      let g = places.get(kind);
      if (!g) places.set(kind, (g = { snippets: [], refs: [] }));
      g.snippets.push(`“${p.text.slice(Math.max(0, i - 10), i + length + 8)}”`);
      g.refs.push(at(p, i, i + length));
    };
    for (const p of passages(ctx)) {
      if (p.heading) continue;
      tally.compared();
      for (const m of allMatches(DOUBLED, p.text)) note('doubled', p, m.index ?? 0, m[0].length);
      const count = bracketCounts(p.text);
      for (const [open, close] of PAIRS) {
        const opens = count(open);
        const closes = count(close);
        if (opens !== closes) {
          const i =
            opens > closes ? Math.max(...[...open].map((o) => p.text.lastIndexOf(o))) : p.text.indexOf(close[0] ?? '');
          note('unbalanced', p, Math.max(0, i), 1);
        } else if (open.length > 1 && count(open[0] ?? '') !== count(close[0] ?? '')) {
          const i = Math.max(p.text.search(/（[^（）(]*\)/u), p.text.search(/\([^（()]*）/u));
          note('mixed', p, Math.max(0, i), 1);
        }
      }
    }
    for (const [kind, g] of places) {
      const words = PUNCTUATION_WORDS[kind];
      tally.add({
        rule: this.id,
        severity: 'info',
        message: bi(
          `${words.zh}（${g.snippets.length}处）：${g.snippets.slice(0, 3).join('、')}${g.snippets.length > 3 ? '…' : ''}`,
          `${words.en} (${g.snippets.length})`,
        ),
        formula: bi(g.snippets.join('；')),
        refs: g.refs,
        count: g.snippets.length,
      });
    }
    return tally.outcome();
  },
};

export const repeatedParagraphs: Rule = {
  id: 'document.repeated_paragraphs',
  title: bi('段落没有重复印出', 'No paragraph is printed twice'),
  section: 'document',
  severity: 'info',
  formula: () => bi('较长的段落（30字以上）在文中只出现一次', 'a paragraph of 30 characters or more appears once'),
  run(ctx) {
    const tally = new Tally(ctx);
    const seen = new Map<string, Passage>();
    const repeats: [Passage, Passage][] = [];
    for (const p of passages(ctx)) {
      if (p.heading || p.text.length < 30) continue;
      tally.compared();
      const key = compact(p.text);
      const first = seen.get(key);
      if (first) repeats.push([first, p]);
      else seen.set(key, p);
    }
    if (repeats.length > 0)
      tally.add({
        rule: this.id,
        severity: 'info',
        message: bi(
          `${repeats.length}个段落印了两次：${repeats
            .slice(0, 2)
            .map(([, p]) => `“${p.text.slice(0, 24)}…”`)
            .join('、')}${repeats.length > 2 ? '…' : ''}`,
          `${countEn(repeats.length, 'paragraph')} printed twice`,
        ),
        refs: repeats.flat().map((p) => p.ref),
        count: repeats.length,
      });
    return tally.outcome();
  },
};
