import { FEN_PER, formatAmount, SHANGHAI_BUDGET } from '../src/index.js';
/**
 * A budget document rendered the way department sites publish it as HTML: prose paragraphs, each table
 * under its title (a <caption> for every other table, a heading before it otherwise), headers as
 * merged cells (rowspan/colspan), 合计 spanning the code columns. The browser extension's real-browser
 * tests serve these pages too.
 */
export function htmlPageOf(doc) {
  const placed = [];
  for (const section of doc.sections) {
    const blocks = [];
    if (section.heading) blocks.push({ type: 'text', text: section.heading });
    for (const p of section.paragraphs) blocks.push({ type: 'text', text: p.text });
    placed.push({ line: section.source.line ?? 0, blocks });
  }
  if (doc.contents.length > 0) {
    const line = doc.contents[0]?.source.line ?? 0;
    placed.push({ line: line - 0.5, blocks: [{ type: 'text', text: '目录' }] });
    for (const c of doc.contents)
      placed.push({ line: c.source.line ?? line, blocks: [{ type: 'text', text: c.text }] });
  }
  doc.tables.forEach((t, i) => {
    placed.push({ line: t.source.line ?? 0, blocks: tableBlocks(t, i % 2 === 0) });
  });
  return { blocks: placed.sort((a, b) => a.line - b.line).flatMap((p) => p.blocks) };
}
function tableBlocks(t, caption) {
  const frame = { type: 'text', text: `编制部门：${t.department ?? ''}　　单位：${t.unit}` };
  const rows = [...headerRows(t), ...bodyRows(t)];
  const notes = t.notes.map((text) => ({ type: 'text', text }));
  return caption
    ? [frame, { type: 'table', caption: t.title, rows }, ...notes]
    : [{ type: 'text', text: t.title }, frame, { type: 'table', rows }, ...notes];
}
const h = (text, rowspan = 1, colspan = 1) => ({
  text,
  ...(rowspan > 1 ? { rowspan } : {}),
  ...(colspan > 1 ? { colspan } : {}),
});
function columnHeader(kind, id) {
  const spec = SHANGHAI_BUDGET.tables.find((s) => s.kind === kind);
  return spec?.columns.find((c) => c.id === id)?.headers[0] ?? id;
}
const GROUP = {
  revenue_summary: '收入预算',
  expenditure_summary: '支出预算',
  general_budget_by_function: '一般公共预算支出',
  gov_fund_by_function: '政府性基金预算支出',
  state_capital_by_function: '国有资本经营预算支出',
  basic_by_economic: '一般公共预算基本支出',
};
function headerRows(t) {
  const cols = t.columns.map((c) => columnHeader(t.kind, c));
  switch (t.kind) {
    case 'finance_summary':
    case 'fiscal_summary': {
      const [income, spending] =
        t.kind === 'finance_summary' ? ['本年收入', '本年支出'] : ['财政拨款收入', '财政拨款支出'];
      const expenditureHeads = t.kind === 'finance_summary' ? ['预算数', ...cols.slice(1)] : cols;
      return [
        [h(income, 1, 2), h(spending, 1, 1 + cols.length)],
        [h('项目'), h('预算数'), h('项目'), ...expenditureHeads.map((c) => h(c))],
      ];
    }
    case 'three_public':
      return [
        [h('“三公”经费预算数', 1, 6), h('机关运行经费预算数', 3)],
        [h('合计', 2), h('因公出国(境)费', 2), h('公务接待费', 2), h('公务用车购置及运行费', 1, 3)],
        [h('小计'), h('购置费'), h('运行费')],
      ];
    case 'basic_by_economic':
      return [
        [h('项目', 1, 3), h(GROUP[t.kind], 1, cols.length)],
        [h('部门预算经济分类科目编码', 1, 2), h('经济分类科目名称', 2), ...cols.map((c) => h(c, 2))],
        [h('类'), h('款')],
      ];
    default:
      return [
        [h('项目', 1, 4), h(GROUP[t.kind] ?? '', 1, cols.length)],
        [h('功能分类科目编码', 1, 3), h('功能分类科目名称', 2), ...cols.map((c) => h(c, 2))],
        [h('类'), h('款'), h('项')],
      ];
  }
}
/** An amount as the table prints it, with as many decimals as its fen need (三公 in 万元: up to 6). */
function printed(fen, unit) {
  if (fen == null) return '';
  let decimals = 0;
  while (decimals < 6 && (fen * 10 ** decimals) % FEN_PER[unit] !== 0) decimals++;
  return formatAmount(fen, unit, unit === '万元' ? Math.max(2, decimals) : decimals);
}
function values(t, r, columns) {
  return columns.map((c) => h(printed(r?.values[c], t.unit)));
}
function bodyRows(t) {
  if (t.kind === 'three_public') return t.rows.slice(0, 1).map((r) => values(t, r, t.columns));
  if (t.incomeColumns) {
    const income = t.rows.filter((r) => r.side === 'income' && r.key !== 'income_total');
    const spending = t.rows.filter((r) => r.side === 'expenditure' && r.key !== 'expenditure_total');
    const lines = [];
    for (let i = 0; i < Math.max(income.length, spending.length); i++) lines.push([income[i], spending[i]]);
    lines.push([t.rows.find((r) => r.key === 'income_total'), t.rows.find((r) => r.key === 'expenditure_total')]);
    const incomeColumns = t.incomeColumns;
    return lines.map(([a, b]) => [
      h(a?.label ?? ''),
      ...values(t, a, incomeColumns),
      h(b?.label ?? ''),
      ...values(t, b, t.columns),
    ]);
  }
  const codeColumns = t.kind === 'basic_by_economic' ? 2 : 3;
  return t.rows.map((r) => {
    if (r.key === 'total') return [h(r.label || '合计', 1, codeColumns + 1), ...values(t, r, t.columns)];
    const codes = [r.key.slice(0, 3), r.key.slice(3, 5), r.key.slice(5, 7)].slice(0, codeColumns);
    return [...codes.map((c) => h(c)), h(r.label), ...values(t, r, t.columns)];
  });
}
//# sourceMappingURL=html-fixture.js.map
