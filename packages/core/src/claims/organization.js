import { spanOf } from './text.js';

/**
 * 部门机构设置: "包括…本部以及下属2家预算单位", "行政单位1家，参公单位1家，事业单位2家", then the numbered
 * list of units. One claim carries the counts as parts and the listed names.
 */
const SUBORDINATE = /下属\s*(\d+)\s*家/u;
const KINDS = /(行政单位|参公单位|参照公务员法管理(?:的)?(?:事业)?单位|事业单位|其他单位)\s*(\d+)\s*家/gu;
const LIST_ITEM = /^(?:[-•·]\s*)?\d+\s*[.．、]\s*(.+?)[；;。]?$/u;
export function organizationClaims(section, index) {
  const parts = [];
  const names = [];
  let count;
  let anchor;
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
      continue;
    }
    // The numbered list right after the counts names the units (its items may go on to describe them).
    const item = listing ? LIST_ITEM.exec(p.text.trim()) : null;
    if (item) names.push((item[1] ?? '').split(/[，,：:]/)[0]?.trim() ?? '');
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
//# sourceMappingURL=organization.js.map
