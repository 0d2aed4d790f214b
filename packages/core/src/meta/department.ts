import { compact, normalizeText } from '../text/normalize.js';

/** A department's name without its printed code and qualifiers: "157上海市松江区医疗保障局（部门）" → "上海市松江区医疗保障局". */
export function bareName(name: string): string {
  return compact(name)
    .replace(/^\d+/, '')
    .replace(/[（(](?:部门|汇总|本级|单位|本部)[)）]/g, '')
    .replace(/(?:本部|本级)$/, '');
}

/**
 * The region a name starts with: a province or municipality (上海市, 江苏省, …自治区), then possibly a
 * district or county (普陀区, 浦东新区, 崇明县). A district needs two characters before its 区 (so
 * 上海市社区… keeps 社区); a municipality is not a district (上海市 in 上海市财政局 is the city's).
 */
const REGION = /^(?<top>[^省市区县]{2,6}(?:省|自治区|市))?(?<low>[^省市区县]{2,6}(?:新区|区|县))?/u;

/**
 * The key two documents of one department share, however each prints the name:
 * "157上海市普陀区规划与自然资源局（部门）", "普陀区规划和自然资源局" → "普陀区规划和自然资源局".
 *
 * - the printed code and the qualifiers go (（部门）, （单位）, （本级）, （汇总）, a trailing 本部 or 本级);
 * - 与 and 和 are one word (规划与自然资源局 = 规划和自然资源局), and 人民政府 is 政府 (区政府办公室);
 *   a 街道办事处 or 镇 is the district's whatever government word stands before it;
 * - the region keeps its lowest level: 上海市普陀区财政局 → 普陀区财政局, while the municipal
 *   上海市财政局 stays itself and never meets a district's 财政局. A name printed without any region
 *   (财政局) keeps none: `sameDepartment` decides whether it meets one with a region.
 */
export function departmentKey(name: string): string {
  const bare = bareName(normalizeText(name))
    .replace(/[“”"‘’'《》]/g, '')
    .replace(/与/g, '和')
    .replace(/人民政府/g, '政府');
  const m = REGION.exec(bare);
  const top = m?.groups?.top ?? '';
  const low = m?.groups?.low ?? '';
  const body = bare.slice(top.length + low.length).replace(/^政府(?=.+(?:街道办事处|镇政府|乡政府)$)/, '');
  if (!body) return bare;
  return `${low || top}${body}`;
}

/** The key without its region: 普陀区财政局 → 财政局. */
function withoutRegion(key: string): string {
  const m = REGION.exec(key);
  return key.slice((m?.groups?.top ?? '').length + (m?.groups?.low ?? '').length) || key;
}

/**
 * Two printed names of one department: equal keys, or one printed without any region whose key is the
 * other's without its region (财政局 and 上海市普陀区财政局). Regions that differ never meet.
 */
export function sameDepartment(a: string, b: string): boolean {
  const ka = departmentKey(a);
  const kb = departmentKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const ra = withoutRegion(ka);
  const rb = withoutRegion(kb);
  return (ra === ka && ra === rb) || (rb === kb && ra === rb);
}
