import { splitDepartmentCode } from '../recognize/marks.js';
import { compact } from '../text/normalize.js';

/**
 * Year, department, scope, stage and region of a document: from the cover when it has one
 * ("上海市2023年市级部门预算", "预算主管部门：…"), else from what the tables and headings agree on.
 */
const COVER =
  /^(?<region>[^\d]{2,20}?)?(?<year>\d{4})年度?(?:市级|区级|县级|镇级|本级)?(?<scope>部门|单位)(?<stage>预算|决算)/;
/** Names of government bodies (a department), as opposed to places. */
const ORGAN = /(?:局|委员会|委|办事处|办公室|中心|院|所|厅|部)$/;
const DEPARTMENT = /^(?:预算主管部门|主管部门|部门名称|单位名称|预算单位)[:：](?<name>.+)$/;
function mostCommon(values) {
  const counts = new Map();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
export function readMeta(sections, blocks, tables, templateId) {
  let year;
  let region;
  let scope;
  let stage;
  let department;
  const cover = sections.find((s) => s.kind === 'cover');
  for (const p of cover?.paragraphs ?? []) {
    const t = compact(p.text);
    const m = COVER.exec(t);
    if (m && year === undefined) {
      year = Number(m.groups?.year);
      region = m.groups?.region || undefined;
      // "上海市普陀区财政局2024年度部门决算": the cover names the department, not just the region.
      if (region && ORGAN.test(region)) {
        department ??= region;
        region = undefined;
      }
      scope = m.groups?.scope === '单位' ? 'unit' : 'department';
      stage = m.groups?.stage === '决算' ? 'final' : 'budget';
    }
    const d = DEPARTMENT.exec(t);
    if (d && !department) department = d.groups?.name;
  }
  const explanation = sections.find((s) => s.kind === 'explanation');
  const headingYear = explanation ? /(\d{4})年/.exec(explanation.heading)?.[1] : undefined;
  year ??= mostCommon([...blocks.map((b) => b.match.year), headingYear ? Number(headingYear) : undefined]);
  scope ??= mostCommon(blocks.map((b) => b.match.scope)) ?? 'department';
  if (!stage) {
    const text = [...blocks.map((b) => b.title.text), ...sections.map((s) => s.heading)].join(' ');
    stage = /决算/.test(text) && !/预算表/.test(text) ? 'final' : 'budget';
  }
  department ??= mostCommon(tables.map((t) => t.department).filter((d) => !!d));
  let departmentCode;
  if (department) {
    const split = splitDepartmentCode(department);
    department = split.name;
    departmentCode = split.code;
  }
  if (!region && department) region = /^(.+?[省市](?:.+?[区县])?)/.exec(department)?.[1];
  return {
    ...(year !== undefined ? { year } : {}),
    ...(department ? { department } : {}),
    ...(departmentCode ? { departmentCode } : {}),
    scope,
    stage,
    ...(region ? { region } : {}),
    template: templateId,
  };
}
//# sourceMappingURL=meta.js.map
