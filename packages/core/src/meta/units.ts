import type { BudgetDocument, Section } from '../model/document.js';
import { compact } from '../text/normalize.js';
import { bareName } from './department.js';

/**
 * The budget units a department lists (机构设置, 部门决算单位构成): "1. 商务委本部…", "2. 上海市普陀区中小企业
 * 服务中心，不单列预算。", or a table of 序号 / 单位名称 / 备注 ("2 上海市普陀区财政局财政所 预算不单列，并入本级").
 * Each item is a unit: its name, whether it is the headquarters (本部, 本级, 机关) and whether it has no
 * budget of its own (不单列预算, 并入本部): such a unit publishes no document, its money is 本部's.
 */
export interface ListedUnit {
  /** The name as listed ("上海市普陀区中小企业服务中心", "商务委本部"). */
  name: string;
  /** 本部 / 本级 / 机关: the department's own headquarters. */
  headquarters: boolean;
  /** 不单列预算 / 并入本部: no budget of its own, its money is in 本部's. */
  merged: boolean;
  /** Where the item is printed: section and paragraph of the document. */
  section: number;
  paragraph: number;
  /** The item as printed. */
  text: string;
}

/** A unit's document as its department's comparison needs it: the document and the item listing it. */
export interface UnitDocument {
  document: BudgetDocument;
  /** The department's list item for it; absent when the department lists no units. */
  listed?: ListedUnit;
  /** The department's own headquarters (本部, 本级): it prints the department's name. */
  headquarters: boolean;
}

/** "1. X", "1、X", "（1）X", or a row of a 序号 table ("2 X 备注"). */
const ITEM = /^(?:[（(]\s*(\d+)\s*[)）]|(\d+)\s*[.．、]?)\s*(.+)$/u;
/** A list's opening words: "具体包括：", "单位包括：", a 序号 / 单位名称 header. */
const OPENS = /(?:包括[（(][^)）]*[)）]?[:：]|包括[:：]|单位包括|序号\s*单位名称)/u;
const HEADQUARTERS = /(?:本部|本级|机关)(?:[）)]|$)/u;
const MERGED = /(?:不单列(?:预算)?|预算不单列|并入本部|并入本级|未单独编制)/u;

/** The units the department lists, in order; empty when it lists none (a unit's own document). */
export function listedUnits(document: Pick<BudgetDocument, 'sections'>): ListedUnit[] {
  for (const [si, section] of document.sections.entries()) {
    if (section.kind !== 'organization') continue;
    const units = unitsOf(section, si);
    if (units.length > 0) return units;
  }
  return [];
}

function unitsOf(section: Section, si: number): ListedUnit[] {
  const units: ListedUnit[] = [];
  let open = false;
  let expected = 1;
  for (const [pi, p] of section.paragraphs.entries()) {
    const text = p.text.trim();
    if (!open) {
      open = OPENS.test(compact(text));
      continue;
    }
    const m = ITEM.exec(text);
    const number = Number(m?.[1] ?? m?.[2]);
    // The list runs while items are numbered 1, 2, 3 …; anything else ends it.
    if (!m || number !== expected) {
      if (units.length > 0) break;
      continue;
    }
    expected++;
    const rest = (m[3] ?? '').trim();
    // The name runs to the first comma, full stop or (in a 序号 table) the space before the remark.
    const name = bareListed(rest.split(/[，,；;。：:]|\s+(?=\S*(?:不单列|并入|预算))/u)[0] ?? rest);
    units.push({
      name,
      headquarters: HEADQUARTERS.test(name),
      merged: MERGED.test(compact(rest)),
      section: si,
      paragraph: pi,
      text: rest,
    });
  }
  return units;
}

/** A listed name without its kind ("下属事业单位…"), its remark ("…不单列预算"), a full stop or spaces. */
function bareListed(name: string): string {
  return compact(name)
    .replace(/^下属(?:行政|事业|参公)?单位/u, '')
    .replace(/(?:预算)?不单列(?:预算)?.*$/u, '')
    .replace(/[。．.]+$/u, '');
}

/**
 * A unit's document and a listed unit are one when their names are (the list may leave out the
 * region the document prints: "万里街道社区事务受理服务中心" for "上海市普陀区万里街道社区事务受理服务中心").
 */
export function sameUnit(listed: string, name: string): boolean {
  const a = bareName(listed);
  const b = bareName(name);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.endsWith(short);
}
