import { compact } from '../text/normalize.js';
import { AMOUNT, NUM, printedAmount, spanOf } from './text.js';

/**
 * 项目经费情况说明: each project block's 年度预算安排 and the parts it lists
 * ("共计11786万元，其中：1、…5893万元；2、…5893万元", "项目资金总额2337万元，含坐席租赁费、管理费。坐席租赁费
 * 2020.7万元…"), and products stated in the text ("人工成本16人*5977元=95.63万元").
 */
const BUDGET_HEADING = /^(?:[六6]\s*[、.．]\s*)?(?:年度)?预算安排$|^[六6]\s*[、.．]\s*年度预算安排/u;
const NEXT_HEADING = /^[七八九十7-9]\s*[、.．]/u;
const AMOUNT_RE = new RegExp(`(?<amount>${AMOUNT})(?!\\s*[/／])`, 'gu');
const PARTS_INTRO = /其中|含|包括|分别为|具体为/u;
const CLOSING_TOTAL = /(?:合计|共计|总计|小计)(?:为)?$/u;
const PRODUCT = new RegExp(
  String.raw`(?<label>[\u4e00-\u9fa5]{1,12}?)\s*(?<n>\d+)\s*(?<unit>人次|人|个|台|辆|次|月|天|户|件)\s*[*×xX]\s*(?<rate>${NUM})\s*元(?:\/(?:人|月|年|次))?\s*[=＝]\s*(?<result>${AMOUNT})`,
  'gu',
);
/** The project's name from its heading: "热线服务保障经费项目经费情况说明" → "热线服务保障经费项目". */
export function projectName(heading) {
  const t = compact(heading);
  const named = /项目名称[:：](.+)$/.exec(t);
  if (named?.[1]) return named[1];
  return t.replace(/^(?:[一二三四五六七八九十]+|\d+)[、.．]/, '').replace(/(?:项目)?经费情况说明$|情况说明$/, '') || t;
}
export function projectClaims(section, index) {
  const out = [];
  const name = projectName(section.heading);
  // Several units may run projects of the same name: the section index keeps their keys apart.
  const id = `${index}:${name}`;
  const start = section.paragraphs.findIndex((p) => BUDGET_HEADING.test(compact(p.text)));
  if (start >= 0) {
    const block = [];
    for (let i = start + 1; i < section.paragraphs.length; i++) {
      const t = compact(section.paragraphs[i]?.text ?? '');
      if (NEXT_HEADING.test(t)) break;
      block.push(i);
    }
    const claim = budgetOf(section, index, block, name, id);
    if (claim) out.push(claim);
  }
  for (const [i, p] of section.paragraphs.entries()) {
    for (const m of p.text.matchAll(PRODUCT)) {
      const result = printedAmount(m.groups?.result ?? '');
      const rate = printedAmount(`${m.groups?.rate ?? ''}元`);
      if (!result || !rate) continue;
      const s = m.index ?? 0;
      out.push({
        kind: 'product',
        key: `product:${id}:${m.groups?.label ?? ''}`,
        label: m.groups?.label ?? '',
        amount: result,
        parts: [
          { key: 'count', label: `${m.groups?.n ?? ''}${m.groups?.unit ?? ''}`, count: Number(m.groups?.n) },
          { key: 'rate', label: '单价', amount: rate },
        ],
        text: m[0],
        span: spanOf(p, index, i, s, s + m[0].length),
      });
    }
  }
  return out;
}
function budgetOf(section, index, block, name, id) {
  const amounts = [];
  let intro = -1;
  for (const i of block) {
    const p = section.paragraphs[i];
    if (!p) continue;
    for (const m of p.text.matchAll(AMOUNT_RE)) {
      const amount = printedAmount(m.groups?.amount ?? '');
      if (amount?.unit !== '万元') continue;
      const s = m.index ?? 0;
      const before = p.text.slice(0, s);
      const label =
        /([^，,；;。：:、\d]{0,24})$/.exec(
          before.replace(/^\s*(?:[-•·]\s*)?(?:\d+|[（(]\d+[)）])[、.．]?\s*/, ''),
        )?.[1] ?? '';
      amounts.push({ amount, paragraph: i, start: s, end: s + m[0].length, label: label.trim() });
      if (amounts.length === 1) {
        const after = p.text.slice(s + m[0].length, s + m[0].length + 12);
        if (PARTS_INTRO.test(after)) intro = 0;
      }
    }
  }
  const first = amounts[0];
  if (!first) return undefined;
  const p = section.paragraphs[first.paragraph];
  if (!p) return undefined;
  // A list without a total ("1、医保局事务经费70.90万元；2、…") states parts only.
  const listOnly =
    /^\s*(?:[-•·]\s*)?(?:\d+|[（(]\d+[)）])\s*[、.．]/.test(p.text) && first.start < 30 && first.label !== '';
  // "…，合计1170.00万。" closes a list: a total stated again, not one more part.
  const closing = amounts.find((a, i) => i > 0 && CLOSING_TOTAL.test(a.label));
  const listed = (listOnly ? amounts : intro === 0 ? amounts.slice(1) : []).filter((a) => a !== closing);
  const parts = listed.map((a) => ({
    key: a.label || `part${a.paragraph}`,
    label: a.label,
    amount: a.amount,
  }));
  const total = listOnly ? closing?.amount : first.amount;
  return {
    kind: 'project_budget',
    key: `project:${id}`,
    label: name,
    ...(total ? { amount: total } : {}),
    ...(parts.length > 0 ? { parts } : {}),
    text: block.map((i) => section.paragraphs[i]?.text ?? '').join(''),
    span: spanOf(p, index, first.paragraph, first.start, first.end),
  };
}
//# sourceMappingURL=projects.js.map
