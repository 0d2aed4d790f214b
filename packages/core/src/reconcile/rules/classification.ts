import { spanOf } from '../../claims/text.js';
import { bi, quote } from '../../model/bilingual.js';
import type { Ref } from '../../model/finding.js';
import type { BudgetTable, TableRow } from '../../model/table.js';
import {
  childrenComplete,
  classificationOf,
  codesNamed,
  looseSubjectName,
  type StaleName,
  sameSubjectName,
  staleName,
  staleNames,
  subjectName,
} from '../../templates/index.js';
import { compact, isSpaceCode } from '../../text/normalize.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';

/**
 * The 政府收支分类科目 of the document's year (templates/classification): names renamed before that year
 * still printed, in a table or in the prose; a code printed with a name that is not its name that year;
 * a code that does not exist under a parent whose children are all known; a class code that does not
 * fit the name beside it. Only codes and names the dictionary records are judged, and printed names
 * are compared leniently (spaces, bracket widths, 其它/其他, a trailing 支出, a label cut by wrapping).
 */

const NO_YEAR = bi('未能确定文档年度', 'the document year is unknown');

/** Rows with a printed code: grid tables keyed by function or economic codes. */
function codedRows(ctx: CheckContext): { table: BudgetTable; row: TableRow }[] {
  const out: { table: BudgetTable; row: TableRow }[] = [];
  for (const table of ctx.tables.all()) {
    if (!ctx.template.byKind.get(table.kind)?.spec.codes) continue;
    for (const row of table.rows)
      if (/^\d{3}(?:\d{2}){0,2}$/.test(row.key) && row.labelSource === 'printed' && row.label.trim() !== '')
        out.push({ table, row });
  }
  return out;
}

function rowRef(table: BudgetTable, row: TableRow): Ref {
  return {
    table: table.kind,
    row: row.key,
    text: row.label.trim(),
    ...(row.source.page ? { page: row.source.page } : {}),
    ...(row.source.box ? { box: row.source.box } : {}),
    ...(row.source.line ? { line: row.source.line } : {}),
  };
}

/**
 * A label cut by a line wrap or run into its neighbour ("与传媒支出" for 文化旅游体育与传媒支出,
 * "险缴费" for 机关事业单位基本养老保险缴费): one name holds the other. Not judged: a reader that lost
 * half a label is not a document that printed a wrong name.
 */
function fragmentary(printed: string, official: string): boolean {
  const a = looseSubjectName(printed);
  const b = looseSubjectName(official);
  return a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a));
}

/** The code of another class that a 类 or 款 name belongs to, when the printed code's class is wrong. */
function rightClass(code: string, label: string, year: number): string | undefined {
  if (code.length !== 3 && code.length !== 5) return undefined;
  const named = codesNamed(label, { year, classification: classificationOf(code), length: code.length }).filter(
    (n) => n.holds || staleName(label, year)?.code === n.entry.code,
  );
  if (named.length === 0 || named.some((n) => n.entry.code === code)) return undefined;
  // A 款 keeps its two digits under its class: only the class digits are wrong.
  const candidates = named.filter((n) => code.length === 3 || n.entry.code.slice(3) === code.slice(3));
  return candidates.length === 1 ? candidates[0]?.entry.code : undefined;
}

export const staleSubjectNames: Rule = {
  id: 'classification.stale_names',
  title: bi('科目名称为当年名称，不用已更名的旧称', 'Subjects carry their name of the year, not a former one'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '表中与文字中的科目名称不是该年度已停用的旧称（如2019年起“医疗卫生与计划生育支出”更名为“卫生健康支出”）',
      'no table row or sentence uses a subject name renamed before the document year (e.g. 210 since 2019)',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const year = ctx.document.meta.year;
    if (!year) {
      tally.couldNotRead(NO_YEAR);
      return tally.outcome();
    }
    const found = new Map<string, { stale: StaleName; refs: Ref[] }>();
    const note = (stale: StaleName, ref: Ref) => {
      const key = `${stale.code}:${stale.former.name}`;
      const group = found.get(key) ?? { stale, refs: [] };
      group.refs.push(ref);
      found.set(key, group);
    };
    for (const table of ctx.tables.all())
      for (const row of table.rows) {
        if (!/^\d+$/.test(row.key) || row.labelSource !== 'printed') continue;
        tally.compared();
        const stale = staleName(row.label, year, classificationOf(row.key));
        if (stale) note(stale, rowRef(table, row));
      }
    const formers = staleNames(year).sort((a, b) => b.former.name.length - a.former.name.length);
    for (const [si, section] of ctx.document.sections.entries())
      for (const [pi, p] of section.paragraphs.entries()) {
        tally.compared();
        // A former 支出 name is a subject wherever it stands; another (国土资源事务) only where the
        // prose speaks of subjects — elsewhere it may be plain words of a department's functions.
        const here = formers.filter((f) => section.kind === 'explanation' || f.former.name.endsWith('支出'));
        if (here.length === 0) continue;
        const taken: [number, number][] = [];
        const text = compacted(p.text);
        for (const stale of here)
          for (const [start, end] of occurrences(text, stale.former.name)) {
            // "其他医疗卫生与计划生育支出" is one former name, not two.
            if (taken.some(([s, e]) => start < e && s < end)) continue;
            taken.push([start, end]);
            const span = spanOf(p, si, pi, start, end);
            note(stale, {
              text: p.text.slice(Math.max(0, start - 12), end + 12),
              section: si,
              paragraph: pi,
              start,
              end,
              ...(span.page ? { page: span.page } : {}),
              ...(span.box ? { box: span.box } : {}),
              ...(span.line ? { line: span.line } : {}),
            });
          }
      }
    for (const { stale, refs } of found.values()) {
      const since = (stale.former.until ?? year - 1) + 1;
      const times = refs.length > 1 ? `（${refs.length}处）` : '';
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `${stale.code}“${stale.former.name}”自${since}年起已更名为“${stale.current.name}”，文档仍用旧称${times}`,
          `${stale.code} ${quote(stale.former.name)} has been named ${quote(stale.current.name)} since ${since}; the document still uses the former name`,
        ),
        formula: bi(
          `${year}年 ${stale.code} = ${stale.current.name} ≠ ${stale.former.name}`,
          `${year}: ${stale.code} = ${quote(stale.current.name)} ≠ ${quote(stale.former.name)}`,
        ),
        refs,
        expected: { unit: 'text', text: stale.current.name },
        actual: { unit: 'text', text: stale.former.name },
        ...(refs.length > 1 ? { count: refs.length } : {}),
      });
    }
    return tally.outcome();
  },
};

/** A text without its spaces (line wraps), with where each remaining character stood. */
function compacted(text: string): { text: string; at: number[] } {
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) if (!isSpaceCode(text.charCodeAt(i))) at.push(i);
  return { text: compact(text), at };
}

/** Where a name occurs in a compacted text: [start, end) in the original text. */
function occurrences(c: { text: string; at: number[] }, name: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = c.text.indexOf(name); i >= 0; i = c.text.indexOf(name, i + name.length)) {
    const first = c.at[i] ?? 0;
    out.push([first, (c.at[i + name.length - 1] ?? first) + 1]);
  }
  return out;
}

export const codeNamesOfYear: Rule = {
  id: 'classification.code_names',
  title: bi('科目编码与名称相符', 'Each printed code carries its name of the year'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '表中编码的科目名称 = 当年《政府收支分类科目》中该编码的名称（不计空格、括号全半角、折行截断）',
      'the name printed beside a code = that code’s name in the year’s classification (spaces, bracket widths and wrapped labels aside)',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const year = ctx.document.meta.year;
    if (!year) {
      tally.couldNotRead(NO_YEAR);
      return tally.outcome();
    }
    const found = new Map<string, { code: string; printed: string; official: string; refs: Ref[] }>();
    for (const { table, row } of codedRows(ctx)) {
      const entry = subjectName(row.key, year);
      if (!entry) continue;
      tally.compared();
      if (sameSubjectName(row.label, entry.name) || fragmentary(row.label, entry.name)) continue;
      // Reported by the stale-name and class-code rules.
      if (staleName(row.label, year, classificationOf(row.key))?.code === row.key) continue;
      if (rightClass(row.key, row.label, year)) continue;
      const key = `${row.key}:${looseSubjectName(row.label)}`;
      const group = found.get(key) ?? { code: row.key, printed: row.label.trim(), official: entry.name, refs: [] };
      group.refs.push(rowRef(table, row));
      found.set(key, group);
    }
    for (const g of found.values())
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `科目 ${g.code} 印作“${g.printed}”，${year}年该编码的名称为“${g.official}”`,
          `code ${g.code} is printed as ${quote(g.printed)}; in ${year} its name is ${quote(g.official)}`,
        ),
        formula: bi(`${g.code}：“${g.printed}” ≠ “${g.official}”`),
        refs: g.refs,
        expected: { unit: 'text', text: g.official },
        actual: { unit: 'text', text: g.printed },
      });
    return tally.outcome(bi('没有本字典收录的科目编码', 'no code the dictionary knows'));
  },
};

export const unknownCodes: Rule = {
  id: 'classification.unknown_codes',
  title: bi('科目编码存在', 'Every printed code exists'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '编码在当年《政府收支分类科目》中存在（只判断字典中下级科目已收录完整的上级科目）',
      'the code exists in the year’s classification (judged only under parents whose children are all known)',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const year = ctx.document.meta.year;
    if (!year) {
      tally.couldNotRead(NO_YEAR);
      return tally.outcome();
    }
    const found = new Map<string, { label: string; refs: Ref[] }>();
    for (const { table, row } of codedRows(ctx)) {
      if (row.key.length === 3) continue;
      const parent = row.key.slice(0, row.key.length - 2);
      if (!childrenComplete(parent, year)) continue;
      tally.compared();
      if (subjectName(row.key, year)) continue;
      const group = found.get(row.key) ?? { label: row.label.trim(), refs: [] };
      group.refs.push(rowRef(table, row));
      found.set(row.key, group);
    }
    for (const [code, g] of found)
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `科目编码 ${code}（“${g.label}”）在${year}年《政府收支分类科目》中不存在`,
          `code ${code} (${quote(g.label)}) does not exist in the ${year} classification`,
        ),
        formula: bi(
          `${code} ∉ ${code.slice(0, -2)} 的下级科目（${year}年）`,
          `${code} ∉ the codes under ${code.slice(0, -2)} (${year})`,
        ),
        refs: g.refs,
        actual: { unit: 'text', text: code },
      });
    return tally.outcome(bi('没有下级科目完整收录的上级科目', 'no parent whose children are all known'));
  },
};

export const classCodes: Rule = {
  id: 'classification.class_codes',
  title: bi('类级编码与科目名称相符', 'The class digits fit the subject named'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '类、款行的名称属于哪一类，其编码的前三位就是那一类（如“卫生健康支出”印作201而非210）',
      'a 类 or 款 row named as a subject of one class carries that class’s digits (e.g. 卫生健康支出 as 201, not 210)',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const year = ctx.document.meta.year;
    if (!year) {
      tally.couldNotRead(NO_YEAR);
      return tally.outcome();
    }
    const found = new Map<string, { code: string; label: string; right: string; refs: Ref[] }>();
    for (const { table, row } of codedRows(ctx)) {
      if (row.key.length > 5) continue;
      tally.compared();
      const right = rightClass(row.key, row.label, year);
      if (!right) continue;
      const key = `${row.key}:${right}`;
      const group = found.get(key) ?? { code: row.key, label: row.label.trim(), right, refs: [] };
      group.refs.push(rowRef(table, row));
      found.set(key, group);
    }
    for (const g of found.values())
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `“${g.label}”印作 ${g.code}，其编码应为 ${g.right}（类级编码 ${g.right.slice(0, 3)}）`,
          `${quote(g.label)} is printed as ${g.code}; its code is ${g.right} (class ${g.right.slice(0, 3)})`,
        ),
        formula: bi(`${g.label} = ${g.right} ≠ ${g.code}`),
        refs: g.refs,
        expected: { unit: 'text', text: g.right },
        actual: { unit: 'text', text: g.code },
      });
    return tally.outcome();
  },
};

/**
 * Codes printed in a code column that are not the row's code — a class code "7" where 卫生健康支出 is
 * 210, a block of 款 codes that are row numbers (01, 02, 03) — read by the rows' names (read/codes.ts):
 * one finding per table, naming each class block, the codes as printed and the codes the names say.
 * A warning: a wrong code on the page is a real mistake a reviewer marks, but the amounts are read
 * and checked where the names put them, so nothing else is in doubt (no error, no unread table).
 */
export const printedCodes: Rule = {
  id: 'classification.printed_codes',
  title: bi('编码列印的是该行的科目编码', 'The code columns print each row’s own code'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '科目名称在《政府收支分类科目》中唯一对应的编码 = 该行印出的编码（如“卫生健康支出”不印作“7”，款级编码不印作行号01、02、03）',
      'the code a row’s name stands for in the classification = the code printed on the row (卫生健康支出 not printed "7", 款 codes not row numbers 01, 02, 03)',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    for (const table of ctx.tables.all()) {
      if (!ctx.template.byKind.get(table.kind)?.spec.codes) continue;
      const coded = table.rows.filter((r) => /^\d+$/.test(r.key));
      if (coded.length === 0) continue;
      tally.compared();
      const rows = coded.filter((r) => r.printedCode !== undefined);
      if (rows.length === 0) continue;
      // By class block, in printed order: "210：“7”应为210", "210：“210 01”应为21011…". A row whose codes are
      // wrong only by its parent's misprinted digits ("210 01 01" under "210 01") is counted, not listed.
      const follows = (r: TableRow) =>
        rows.some((p) => p.key === r.key.slice(0, -2) && (r.printedCode ?? '').startsWith(p.printedCode ?? ''));
      const blocks = new Map<string, { shown: TableRow[]; following: number }>();
      for (const r of rows) {
        const block = blocks.get(r.key.slice(0, 3)) ?? { shown: [], following: 0 };
        if (follows(r)) block.following++;
        else block.shown.push(r);
        blocks.set(r.key.slice(0, 3), block);
      }
      const zh = [...blocks]
        .map(
          ([cls, b]) =>
            `${cls}类：${b.shown.map((r) => `“${r.printedCode}”应为${r.key}`).join('、')}${b.following ? `（其下${b.following}行的编码随之错印）` : ''}`,
        )
        .join('；');
      const en = [...blocks]
        .map(
          ([cls, b]) =>
            `class ${cls}: ${b.shown.map((r) => `${quote(r.printedCode ?? '')} → ${r.key}`).join(', ')}${b.following ? ` (and the ${b.following} row${b.following > 1 ? 's' : ''} under them)` : ''}`,
        )
        .join('; ');
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `“${table.title}”有${rows.length}行印出的编码不是其科目名称的编码（已按名称读取）：${zh}`,
          `${quote(table.title)}: ${rows.length} printed code${rows.length > 1 ? 's are' : ' is'} not the code of the row’s name (read by the name): ${en}`,
        ),
        formula: bi(
          rows.map((r) => `${r.label.trim()} = ${r.key} ≠ ${r.printedCode}`).join('；'),
          rows.map((r) => `${quote(r.label.trim())} = ${r.key} ≠ ${r.printedCode}`).join('; '),
        ),
        refs: rows.map((r) => rowRef(table, r)),
        expected: { unit: 'text', text: rows.map((r) => r.key).join(' ') },
        actual: { unit: 'text', text: rows.map((r) => r.printedCode).join(' | ') },
        ...(rows.length > 1 ? { count: rows.length } : {}),
      });
    }
    return tally.outcome(bi('没有按科目编码排列的表', 'no table keyed by codes'));
  },
};
