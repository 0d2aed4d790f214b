import { UNIT_EN } from '../../model/amount.js';
import { bi, countEn, joinBi, quote } from '../../model/bilingual.js';
import type { Ref } from '../../model/finding.js';
import { problemText } from '../../model/problem.js';
import type { BudgetTable } from '../../model/table.js';
import { pagesOfItsOwn } from '../../read/rows-as-text.js';
import { tableName } from '../../templates/index.js';
import { compact } from '../../text/normalize.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';
import { unreadPages } from '../unread-pages.js';

/**
 * The document's shape: every table of the template present, once, in the order of the contents;
 * every table the contents list found; empty tables explained; tables read in full; one name per
 * code; units that fit the magnitudes.
 */

const tableRef = (t: BudgetTable): Ref => ({
  table: t.kind,
  text: t.title,
  ...(t.source.page ? { page: t.source.page } : {}),
  ...(t.source.box ? { box: t.source.box } : {}),
  ...(t.source.line ? { line: t.source.line } : {}),
});

export const tablesPresent: Rule = {
  id: 'document.tables_present',
  title: bi('九张表齐全，与目录一致', 'Every table of the template is present and matches the contents'),
  section: 'document',
  severity: 'error',
  formula: (template) =>
    bi(
      `模板中的每张表（${template.tables.map((t) => t.spec.name.zh).join('、')}）都在文中出现一次；目录列出的每张表都能找到；表的顺序与目录一致`,
      `each of the template's ${template.tables.length} tables appears once; each table the contents list is found; tables follow the contents order`,
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    if (ctx.document.tables.length === 0) {
      // Nothing recognised at all: not "nine tables missing" but a document this reader could not read.
      tally.couldNotRead(bi('未识别到任何预算表', 'no budget table was recognised'));
      return tally.outcome();
    }
    // A table cannot be called missing while pages exist whose text could not be read: it may be there.
    const unread = [...unreadPages(ctx.document)];
    const absent = (what: { zh: string; en: string }) =>
      tally.couldNotRead(
        bi(
          `${what.zh}：第${unread.join('、')}页的文字无法读取，可能印在那里`,
          `${what.en}: the text of page ${unread.join(', ')} cannot be read, and it may be printed there`,
        ),
      );
    const spec = ctx.template.template.tables;
    const missing = new Set<string>();
    const lacking: (typeof spec)[number][] = [];
    // Rows kept apart under no title that may be a table not found (the tables they fit): it may be
    // printed there, its title's page lost.
    const apart = ctx.document.diagnostics.filter((d) => d.code === 'table_rows_apart' && Array.isArray(d.params.may));
    for (const s of spec) {
      tally.compared();
      if (ctx.tables.get(s.kind)) continue;
      missing.add(s.kind);
      if (unread.length > 0) {
        absent(bi(`未找到“${s.name.zh}”`, `${quote(s.name.en)} not found`));
        continue;
      }
      const pages = apart.filter((d) => (d.params.may as string[]).includes(s.kind)).map((d) => d.params.page);
      if (pages.length > 0) {
        tally.couldNotRead(
          bi(
            `未找到“${s.name.zh}”的标题：第${pages.join('、')}页起没有标题和表头的行可能是此表`,
            `the title of ${quote(s.name.en)} was not found: the rows without a title or a header from ${pages.length === 1 ? 'page' : 'pages'} ${pages.join(', ')} on may be this table`,
          ),
        );
        continue;
      }
      lacking.push(s);
    }
    // The tables a document lacks are one mistake, however many: one error naming each (a document of
    // one table is not eight errors).
    if (lacking.length > 0)
      tally.add({
        rule: this.id,
        severity: 'error',
        message:
          lacking.length === 1
            ? bi(`缺少“${lacking[0]?.name.zh}”`, `the table ${quote(lacking[0]?.name.en ?? '')} is missing`)
            : bi(
                `缺少${lacking.length}张表：${lacking.map((s) => `“${s.name.zh}”`).join('、')}`,
                `${lacking.length} tables are missing: ${lacking.map((s) => `${quote(s.name.en)}`).join(', ')}`,
              ),
        refs: lacking.map((s) => ({ table: s.kind })),
        ...(lacking.length > 1 ? { count: lacking.length } : {}),
      });
    for (const dup of ctx.tables.duplicates) {
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(`“${dup.title}”出现了两次`, `${quote(tableName(ctx.template, dup.kind).en)} appears twice`),
        refs: [tableRef(dup)],
      });
    }
    // Kinds are the template's: a table of another kind was read with another template.
    for (const t of ctx.tables.all()) {
      if (ctx.template.byKind.has(t.kind)) continue;
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `“${t.title}”不是模板“${ctx.template.template.name}”中的表（${t.kind}）`,
          `${quote(t.title)} is not a table of the template ${ctx.template.template.id} (${t.kind})`,
        ),
        refs: [tableRef(t)],
      });
    }
    const listed = ctx.document.contents.filter((c) => c.table);
    for (const entry of listed) {
      tally.compared();
      if (entry.table && ctx.tables.get(entry.table)) continue;
      // One mistake, one finding: a table the template asks for is already named as missing.
      if (entry.table && missing.has(entry.table)) continue;
      if (unread.length > 0) {
        absent(bi(`目录列出的“${entry.text}”`, `${quote(entry.text)}, listed in the contents,`));
        continue;
      }
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `目录列出的“${entry.text}”在文中找不到`,
          `${quote(entry.text)} is listed in the contents but not found`,
        ),
        refs: [
          {
            text: entry.text,
            ...(entry.source.line ? { line: entry.source.line } : {}),
            ...(entry.source.page ? { page: entry.source.page } : {}),
          },
        ],
      });
    }
    if (listed.length > 0) {
      for (const t of ctx.tables.all()) {
        tally.compared();
        if (listed.some((c) => c.table === t.kind)) continue;
        tally.add({
          rule: this.id,
          severity: 'warning',
          message: bi(`“${t.title}”不在目录中`, `${quote(t.title)} is not in the contents`),
          refs: [tableRef(t)],
        });
      }
      const order = listed.map((c) => c.table);
      // Each table where it is first printed: a table printed again is its own finding (above).
      const printed = [...new Set(ctx.document.tables.map((t) => t.kind))].filter((k) => order.includes(k));
      const expected = order.filter((k) => printed.includes(k as BudgetTable['kind']));
      tally.compared();
      if (printed.join() !== expected.join())
        tally.add({
          rule: this.id,
          severity: 'warning',
          message: bi('表的顺序与目录不一致', 'the tables are not in the order of the contents'),
          formula: bi(
            `目录：${expected.map((k) => tableName(ctx.template, k as BudgetTable['kind']).zh).join(' → ')}；正文：${printed.map((k) => tableName(ctx.template, k).zh).join(' → ')}`,
            `contents: ${expected.map((k) => tableName(ctx.template, k as BudgetTable['kind']).en).join(' → ')}; text: ${printed.map((k) => tableName(ctx.template, k).en).join(' → ')}`,
          ),
          refs: [],
        });
    }
    return tally.outcome();
  },
};

const hasValues = (t: BudgetTable) => t.rows.some((r) => Object.values(r.values).some((v) => v !== null && v !== 0));

/** A note saying its table is empty ("本部门无政府性基金预算，故本表无数据"). */
const EMPTY_NOTE = /本表无数据|本表为空|为空表|故本表无/;

/**
 * A note saying the table is empty, printed on a page of the table that holds no other table but read
 * as prose, not as the table's note (the reader lost the table's header lines around it): the note is
 * on the page, so the table is explained.
 */
function strayEmptyNote(document: CheckContext['document'], t: BudgetTable): string | undefined {
  const alone = pagesOfItsOwn(t, document.tables);
  if (alone.length === 0) return undefined;
  for (const s of document.sections)
    for (const p of s.paragraphs) {
      const pages = p.pieces?.map((x) => x.page) ?? (p.source.page ? [p.source.page] : []);
      if (pages.some((page) => alone.includes(page)) && EMPTY_NOTE.test(compact(p.text))) return p.text;
    }
  return undefined;
}

export const emptyTables: Rule = {
  id: 'document.empty_tables',
  title: bi('空表附有说明', 'Empty tables carry an explanatory note'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '没有数据的表应注明原因（如“本部门无政府性基金预算支出，故本表无数据”）；有数据的表不写“本表无数据”',
      'a table without data states why (e.g. "…故本表无数据"); a table with data does not say it is empty',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    for (const t of ctx.tables.all()) {
      if (hasValues(t)) {
        // The reverse mistake: a note saying the table is empty above a table that is not.
        const note = t.notes.find((n) => EMPTY_NOTE.test(n));
        if (!note) continue;
        tally.compared();
        tally.add({
          rule: this.id,
          severity: 'warning',
          message: bi(
            `“${t.title}”有数据，但说明写着“${note}”`,
            `${quote(t.title)} holds data, but its note says it is empty`,
          ),
          refs: [{ ...tableRef(t), text: note }],
        });
        continue;
      }
      tally.compared();
      // A note naming another fund than the table's is document.fund_notes' finding.
      if (t.notes.length > 0 || strayEmptyNote(ctx.document, t) !== undefined) continue;
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(`“${t.title}”没有数据，也没有说明原因`, `${quote(t.title)} has no data and no note saying why`),
        refs: [tableRef(t)],
      });
    }
    return tally.outcome(bi('没有空表', 'no empty table'));
  },
};

export const tablesReadable: Rule = {
  id: 'document.tables_readable',
  title: bi('表格完整读取', 'Every table was read in full'),
  section: 'document',
  severity: 'warning',
  formula: () => bi('每张表的每一行、每个数值都能归入其行与列', 'every row and value of every table was placed'),
  run(ctx) {
    const tally = new Tally(ctx);
    if (ctx.document.tables.length === 0) {
      tally.couldNotRead(bi('未识别到任何表格', 'no table was recognised'));
      return tally.outcome();
    }
    for (const t of ctx.tables.all()) {
      const uncertain = t.rows.filter((r) => (r.inferred?.uncertain.length ?? 0) > 0).length;
      if (t.problems.length > 0 || uncertain > 0) {
        const name = tableName(ctx.template, t.kind);
        const problems = t.problems.map(problemText);
        if (uncertain)
          problems.push(
            bi(`${uncertain}行的列位置未能确定`, `the columns of ${countEn(uncertain, 'row')} could not be settled`),
          );
        const all = joinBi(problems, '；', '; ');
        tally.couldNotRead(bi(`${name.zh}：${all.zh}`, `${name.en}: ${all.en}`));
        continue;
      }
      tally.compared();
    }
    return tally.outcome();
  },
};

export const codeNames: Rule = {
  id: 'document.code_names',
  title: bi('同一科目编码名称一致', 'The same code carries the same name everywhere'),
  section: 'document',
  severity: 'warning',
  formula: () => bi('同一功能分类编码在各表中的科目名称相同', 'a function code has one name across tables'),
  run(ctx) {
    const tally = new Tally(ctx);
    const names = new Map<string, { name: string; table: BudgetTable }>();
    for (const t of ctx.tables.all()) {
      if (ctx.template.byKind.get(t.kind)?.spec.codes !== 'function') continue;
      for (const r of t.rows) {
        if (!/^\d+$/.test(r.key) || r.labelSource !== 'printed') continue;
        const name = compact(r.label);
        const seen = names.get(r.key);
        if (!seen) {
          names.set(r.key, { name, table: t });
          continue;
        }
        tally.compared();
        if (seen.name === name) continue;
        tally.add({
          rule: this.id,
          severity: 'warning',
          message: bi(
            `科目 ${r.key} 在“${seen.table.title}”中名为“${seen.name}”，在“${t.title}”中名为“${name}”`,
            `code ${r.key} is ${quote(seen.name)} in ${tableName(ctx.template, seen.table.kind).en} and ${quote(name)} in ${tableName(ctx.template, t.kind).en}`,
          ),
          refs: [
            { table: seen.table.kind, row: r.key, text: seen.name },
            {
              table: t.kind,
              row: r.key,
              text: name,
              ...(r.source.line ? { line: r.source.line } : {}),
              ...(r.source.page ? { page: r.source.page } : {}),
            },
          ],
        });
      }
    }
    return tally.outcome(bi('没有按功能分类编码的表', 'no table by function code'));
  },
};

export const unitsFit: Rule = {
  id: 'document.units',
  title: bi('表格单位与数额相称', 'Declared units fit the magnitudes'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '表格标注的单位与其数额相称：按标注单位与文字说明、其他表格不符而按另一单位（元↔万元，相差一万倍）相符的表为标注错误（以文字和其他表格为证，一次列出）；“单位：元”的表与“单位：万元”的表数量级相差约一万倍；未标单位的表按模板单位读取',
      "a table's declared unit fits its amounts: a table that disagrees with the text and the other tables as declared and agrees with them in the other unit (元 ↔ 万元, 10,000×) is mislabelled (one finding, with that evidence); tables in 元 and in 万元 differ by about 10,000×; a table without a unit line is read in the template unit",
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    // Tables whose label the comparisons contradict (reconcile/table-units.ts): read in their amounts'
    // unit by every rule, reported here once.
    const doubts = ctx.unitDoubts;
    const doubted = new Set(doubts.map((d) => d.table));
    for (const group of groupBy(doubts, (d) => `${d.declared}\u0000${d.read}`)) {
      const first = group[0];
      if (!first) continue;
      tally.compared();
      const tables = group.flatMap((d) => {
        const t = ctx.tables.get(d.table);
        return t ? [t] : [];
      });
      // The text's amounts first (the prose names its unit with each amount), then the other tables.
      const evidence = group
        .flatMap((d) => d.evidence)
        .sort((a, b) => Number(b.against === 'text') - Number(a.against === 'text'));
      const text = evidence.some((e) => e.against === 'text');
      const others = evidence.some((e) => e.against !== 'text');
      const withZh = [text ? '文字说明' : '', others ? '其他表格' : ''].filter(Boolean).join('和');
      const withEn = [text ? 'the text' : '', others ? 'the other tables' : ''].filter(Boolean).join(' and ');
      const names = tables.map((t) => quote(t.title)).join('、');
      const namesEn = tables.map((t) => quote(t.title)).join(', ');
      const label = tables.every((t) => t.unitDeclared)
        ? bi(
            `标注单位：${first.declared}`,
            `${tables.length === 1 ? 'declares' : 'declare'} ${UNIT_EN[first.declared]}`,
          )
        : bi(
            `按${first.declared}标注或读取`,
            `${tables.length === 1 ? 'is' : 'are'} labelled or read in ${UNIT_EN[first.declared]}`,
          );
      const shown = evidence.slice(0, 6);
      const refs = new Map<string, Ref>();
      for (const r of [...tables.map(tableRef), ...evidence.flatMap((e) => e.refs)])
        refs.set(JSON.stringify([r.table, r.row, r.column, r.section, r.paragraph, r.start]), r);
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `${names}${label.zh}，但数额与${withZh}相差约一万倍，疑为以${first.read}为单位：${evidence.length}处核对按${first.declared}不符、按${first.read}相符，各项核对已按${first.read}读取此表`,
          `${namesEn} ${label.en}, but ${tables.length === 1 ? 'its' : 'their'} amounts differ from ${withEn} by about 10,000×: probably in ${UNIT_EN[first.read]} (${countEn(evidence.length, 'comparison')} fail in ${UNIT_EN[first.declared]} and hold in ${UNIT_EN[first.read]}; every check reads ${tables.length === 1 ? 'it' : 'them'} in ${UNIT_EN[first.read]})`,
        ),
        formula: bi(
          shown.map((e) => e.words.zh).join('；') + (evidence.length > shown.length ? `；等${evidence.length}处` : ''),
          shown.map((e) => e.words.en).join('; ') +
            (evidence.length > shown.length ? `; ${evidence.length} in all` : ''),
        ),
        refs: [...refs.values()],
        tolerance: bi(
          '一万倍（元与万元），两数各按其打印精度四舍五入',
          '10,000× (元 and 万元), each figure rounded to its printed precision',
        ),
      });
    }
    const totals = ctx.tables
      .all()
      .filter((t) => !doubted.has(t.kind))
      .map((t) => ({
        t,
        max: Math.max(0, ...t.rows.flatMap((r) => Object.values(r.values).map((v) => Math.abs(v ?? 0)))),
      }))
      .filter((x) => x.max > 0);
    const yuanTables = totals.filter((x) => x.t.unit === '元').map((x) => x.max);
    const largest = Math.max(0, ...yuanTables);
    for (const { t, max } of totals) {
      tally.compared();
      if (!t.unitDeclared)
        tally.add({
          rule: this.id,
          severity: 'info',
          message: bi(
            `“${t.title}”未标明单位，按${t.unit}读取`,
            `${quote(t.title)} declares no unit; read in ${UNIT_EN[t.unit]}`,
          ),
          refs: [tableRef(t)],
        });
      // A 元 table 10,000× smaller than the others was probably printed in 万元 (and the other way round).
      const suspicious = t.unit === '元' ? largest > 0 && max * 2_000 < largest : max > 100_000_000 * 1_000_000;
      if (suspicious)
        tally.add({
          rule: this.id,
          severity: 'warning',
          message: bi(
            `“${t.title}”标明单位为${t.unit}，但数额的数量级不相称`,
            `${quote(t.title)} declares ${UNIT_EN[t.unit]} but its magnitudes do not fit`,
          ),
          refs: [tableRef(t)],
        });
    }
    return tally.outcome(bi('没有带数值的表', 'no table with values'));
  },
};

/** Items grouped by a key, in the order of their first item. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/**
 * The pages as a file assembled wrong prints them: a page printed again (layout/positioned.ts
 * `printedAgain`) — read once, so that its rows do not count twice in the sums, and said once for all
 * the pages it repeats —, and a table's rows printed before its title (recognize/segment.ts).
 */
export const pageOrder: Rule = {
  id: 'document.pages',
  title: bi('页面不重复，顺序正确', 'Pages are printed once and in order'),
  section: 'document',
  severity: 'warning',
  formula: () =>
    bi(
      '每一页只印一次：与前一页文字和位置完全相同的页为重复印出（只按一次核对）；表的续页不印在其标题页之前',
      'each page is printed once: a page whose text and places are the page’s before it is printed twice (checked once); no page of a table comes before its title’s',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    if (ctx.document.source.kind !== 'pdf') return tally.outcome(bi('没有页面', 'no pages'));
    tally.compared();
    const repeats = ctx.document.diagnostics.filter((d) => d.code === 'page_repeated');
    const [first] = repeats;
    if (first) {
      const pages = repeats.map((d) => d.params.page as number);
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: problemText(repeats.length > 1 ? { ...first, params: { ...first.params, pages } } : first),
        refs: pages.map((page) => ({ page })),
      });
    }
    for (const d of ctx.document.diagnostics.filter((x) => x.code === 'table_pages_out_of_order')) {
      tally.compared();
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: problemText(d),
        refs: [{ ...(d.table ? { table: d.table } : {}), page: d.params.page as number }],
      });
    }
    return tally.outcome();
  },
};
