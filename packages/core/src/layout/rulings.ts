import { PDF_SETTINGS, type PdfSettings } from './pdf-settings.js';
import type { Ruling } from './pdf-types.js';

/**
 * A page's rulings as the table reader needs them: each border once, whole. Exports draw one border
 * in many ways — once per cell as a short segment, twice where two cells meet, as the edges of a
 * filled cell — so segments on (nearly) the same line are snapped to one position and segments that
 * touch or overlap end to end are joined.
 */
export function normalizeRulings(
  rulings: readonly Ruling[],
  settings: PdfSettings['rulings'] = PDF_SETTINGS.rulings,
): Ruling[] {
  return [
    ...joinAxis(
      rulings.filter((r) => r.axis === 'h'),
      settings,
    ),
    ...joinAxis(
      rulings.filter((r) => r.axis === 'v'),
      settings,
    ),
  ];
}

function joinAxis(rulings: readonly Ruling[], { snap, join }: PdfSettings['rulings']): Ruling[] {
  const sorted = [...rulings].sort((a, b) => a.at - b.at);
  const out: Ruling[] = [];
  let i = 0;
  while (i < sorted.length) {
    // One line: positions chained within the snap distance, placed at their mean.
    let j = i + 1;
    while (j < sorted.length && (sorted[j] as Ruling).at - (sorted[j - 1] as Ruling).at < snap) j++;
    const group = sorted.slice(i, j);
    const at = group.reduce((s, r) => s + r.at, 0) / group.length;
    const spans = group.map((r) => [r.from, r.to] as [number, number]).sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0] as [number, number];
    for (const [a, b] of spans.slice(1)) {
      if (a - to <= join) to = Math.max(to, b);
      else {
        out.push({ axis: (group[0] as Ruling).axis, at, from, to });
        [from, to] = [a, b];
      }
    }
    out.push({ axis: (group[0] as Ruling).axis, at, from, to });
    i = j;
  }
  return out;
}
