import type { DocumentMeta, Section } from '../model/document.js';
import type { BudgetTable } from '../model/table.js';
import { coverTitle, departmentLine, NAME_PART, ORGAN, placedOrgan } from '../recognize/cover.js';
import { splitDepartmentCode } from '../recognize/marks.js';
import type { TableBlock } from '../recognize/segment.js';
import type { Template } from '../templates/index.js';
import { compact } from '../text/normalize.js';

/**
 * Year, department, scope, stage and region of a document: from the cover when it has one
 * ("上海市2023年市级部门预算", "预算主管部门：…"), else from what the tables and headings agree on.
 */

function mostCommon<T>(values: (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/**
 * The name after a department label, with its end when the name wrapped onto the next line
 * ("预算主管部门：上海市普陀区人民政府万里街道" / "办事处"): the next line is taken when the name alone is
 * no organ's and the two together are.
 */
function departmentName(name: string, next: string | undefined): string {
  if (placedOrgan(name) || next === undefined || !NAME_PART.test(next)) return name;
  return ORGAN.test(name + next) ? name + next : name;
}

export function readMeta(
  sections: Section[],
  blocks: TableBlock[],
  tables: BudgetTable[],
  template: Template,
): DocumentMeta {
  const words = template.document;
  let year: number | undefined;
  let region: string | undefined;
  let scope: DocumentMeta['scope'] | undefined;
  let stage: DocumentMeta['stage'] | undefined;
  let department: string | undefined;

  const cover = sections.find((s) => s.kind === 'cover');
  const lines = (cover?.paragraphs ?? []).map((p) => compact(p.text)).filter((t) => t.length > 0);
  for (const [i, t] of lines.entries()) {
    const m = coverTitle(template, lines[i - 1], t);
    if (m && year === undefined) {
      year = Number(m.groups?.year);
      region = m.groups?.region || undefined;
      // "上海市普陀区财政局2024年度部门决算": the cover names the department, not just the region.
      if (region && ORGAN.test(region)) {
        department ??= region;
        region = undefined;
      }
      scope = words.scopes[m.groups?.scope ?? ''] ?? 'department';
      stage = words.stages[m.groups?.stage ?? ''] ?? 'budget';
    }
    const d = departmentLine(template).exec(t);
    if (d && !department) department = departmentName(d.groups?.name ?? '', lines[i + 1]);
  }

  const explanation = sections.find((s) => s.kind === 'explanation');
  const headingYear = explanation ? /(\d{4})年/.exec(explanation.heading)?.[1] : undefined;
  year ??= mostCommon([...blocks.map((b) => b.match.year), headingYear ? Number(headingYear) : undefined]);
  scope ??= mostCommon(blocks.map((b) => b.match.scope)) ?? 'department';
  if (!stage) {
    const text = [...blocks.map((b) => b.title.text), ...sections.map((s) => s.heading)].join(' ');
    // Headings and titles that speak of final accounts (决算) and of no budget table (预算表).
    const word = (of: 'budget' | 'final') => Object.keys(words.stages).find((w) => words.stages[w] === of);
    const final = word('final');
    const budget = word('budget');
    stage = final && text.includes(final) && !(budget && text.includes(`${budget}表`)) ? 'final' : 'budget';
  }
  department ??= mostCommon(tables.map((t) => t.department).filter((d): d is string => !!d));

  let departmentCode: string | undefined;
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
    template: template.id,
  };
}
