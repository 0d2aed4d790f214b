import type { Template } from '../templates/index.js';

/**
 * A document's cover title ("上海市2023年市级部门预算", "上海市普陀区财政局2024年度部门决算"), by the template's
 * cover pattern, on one line or wrapped over two: what the document's meta reads its year, region and
 * department from (meta/meta.ts), and where a file of several documents starts each (documents.ts).
 */

/** Names of government bodies (a department), as opposed to places. */
export const ORGAN = /(?:局|委员会|委|办事处|办公室|中心|院|所|厅|部)$/;

/** The template's cover line and department line ("预算主管部门：…"), compiled once. */
const patterns = new WeakMap<Template, { cover: RegExp; department: RegExp }>();
const patternsOf = (template: Template) => {
  let hit = patterns.get(template);
  if (!hit) {
    const labels = template.document.departmentLabels.join('|');
    hit = { cover: new RegExp(template.document.cover), department: new RegExp(`^(?:${labels})[:：](?<name>.+)$`) };
    patterns.set(template, hit);
  }
  return hit;
};

/** A line that may be part of a name wrapped over two lines: short, no digit, no punctuation. */
export const NAME_PART = /^[^\d\s，。；：:,.;、（）()]{1,20}$/;
/** Words of places and of bodies: a line holding none ("附件") is no part of a department's name. */
const NAME_WORD = /[省市区县镇乡街道局委办院所厅部中心]/;
/** A body named with its place ("上海市财政局"), not an organ word alone ("办事处"). */
export const placedOrgan = (name: string) => ORGAN.test(name) && /(?:省|市|区|县|镇|乡|街道)/.test(name);

/**
 * The cover's title on this line, or on this line and the one before it: a title wrapped over two
 * lines ("上海市普陀区财政局" / "2024年度部门决算", or a long name cut mid-way, "上海市普陀区人民政府万里街道"
 * / "办事处2024年度部门预算") is still read, with the department it names.
 */
export function coverTitle(template: Template, before: string | undefined, line: string): RegExpExecArray | null {
  const { cover } = patternsOf(template);
  const alone = cover.exec(line);
  if (before === undefined || !NAME_PART.test(before) || !NAME_WORD.test(before)) return alone;
  const together = cover.exec(before + line);
  if (!together) return alone;
  const named = alone?.groups?.region ?? '';
  // This line names nothing before its year, or only the end of a name: the line before is its start.
  if (!named) return together;
  return ORGAN.test(together.groups?.region ?? '') && !placedOrgan(named) ? together : alone;
}

/** The template's line naming the department ("预算主管部门：…"), its name in group `name`. */
export const departmentLine = (template: Template): RegExp => patternsOf(template).department;
