import type { Claim } from '../model/claim.js';
import type { Section } from '../model/document.js';
import { spanOf } from './text.js';

/**
 * 部门机构设置: "包括…本部以及下属2家预算单位", "行政单位1家，参公单位1家，事业单位2家", then the numbered
 * list of units. One claim carries the counts as parts and the listed names.
 */

const SUBORDINATE = /下属\s*(\d+)\s*家/u;
const KINDS = /(行政单位|参公单位|参照公务员法管理(?:的)?(?:事业)?单位|事业单位|其他单位)\s*(\d+)\s*家/gu;
const LIST_ITEM = /^(?:[-•·]\s*)?\d+\s*[.．、]\s*(.+?)[；;。]?$/u;

/**
 * The items of a list printed inside a paragraph, its first after a colon ("具体包括：1.普陀区司法局本部
 * 2.普陀区法律援助中心", its later items continued from lines of their own): item n + 1 starts where
 * "n+1." follows item n, with the mark item 1 used.
 */
function inlineItems(text: string): string[] {
  const opened = /[：:]\s*1\s*([.．、])(?!\d)/u.exec(text);
  if (!opened) return [];
  const mark = opened[1] ?? '.';
  const starts = [opened.index + opened[0].length];
  let number = 1;
  const from = starts[0] ?? 0;
  for (const m of text.slice(from).matchAll(/(\d+)\s*([.．、])(?!\d)/gu)) {
    if (Number(m[1]) !== number + 1 || m[2] !== mark) continue;
    number++;
    starts.push(from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length);
  }
  const items: string[] = [];
  for (let i = 0; i < starts.length; i += 2) items.push(text.slice(starts[i], starts[i + 1] ?? text.length));
  return items.map((x) => x.replace(/[；;。\s]+$/u, '').trim());
}

/** A listed unit's name: its item up to the first comma or colon (items may go on to describe it). */
const unitName = (item: string) => item.split(/[，,：:]/)[0]?.trim() ?? '';

export function organizationClaims(section: Section, index: number): Claim[] {
  const parts: NonNullable<Claim['parts']> = [];
  const names: string[] = [];
  let count: number | undefined;
  let anchor: { paragraph: number; start: number; end: number } | undefined;
  let text = '';
  let listing = false;
  for (const [i, p] of section.paragraphs.entries()) {
    const sub = SUBORDINATE.exec(p.text);
    const kinds = [...p.text.matchAll(KINDS)];
    if (sub && count === undefined) {
      count = Number(sub[1]);
      anchor ??= { paragraph: i, start: sub.index, end: sub.index + sub[0].length };
    }
    for (const k of kinds) {
      const label = k[1] ?? '';
      parts.push({
        key:
          label === '行政单位'
            ? 'administrative'
            : label === '事业单位'
              ? 'institution'
              : label.startsWith('参')
                ? 'civil_service_managed'
                : 'other',
        label,
        count: Number(k[2]),
      });
    }
    if (sub || kinds.length > 0) {
      anchor ??= { paragraph: i, start: kinds[0]?.index ?? 0, end: p.text.length };
      text += p.text;
      listing = kinds.length > 0 || listing;
      // The list may open inside the counts' paragraph and go on there.
      if (kinds.length > 0)
        for (const item of inlineItems(p.text.slice(kinds.at(-1)?.index ?? 0))) names.push(unitName(item));
      continue;
    }
    // The numbered list right after the counts names the units (its items may go on to describe them).
    const item = listing ? LIST_ITEM.exec(p.text.trim()) : null;
    if (item) names.push(unitName(item[1] ?? ''));
    else if (names.length > 0) listing = false;
  }
  if (!anchor || (count === undefined && parts.length === 0)) return [];
  const p = section.paragraphs[anchor.paragraph];
  if (!p) return [];
  return [
    {
      kind: 'organization',
      key: 'organization.units',
      label: '预算单位',
      ...(count !== undefined ? { count } : {}),
      ...(parts.length > 0 ? { parts } : {}),
      ...(names.length > 0 ? { names } : {}),
      text,
      span: spanOf(p, index, anchor.paragraph, anchor.start, anchor.end),
    },
  ];
}
