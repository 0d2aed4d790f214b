import { compact } from '../text/normalize.js';

/** A department's name without its printed code and qualifiers: "157上海市松江区医疗保障局（部门）" → "上海市松江区医疗保障局". */
export function bareName(name: string): string {
  return compact(name)
    .replace(/^\d+/, '')
    .replace(/[（(](?:部门|汇总|本级|单位)[)）]/g, '')
    .replace(/(?:本部|本级)$/, '');
}
