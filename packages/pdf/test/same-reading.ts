import type { PositionedDocument } from '@hezhang/core';

/**
 * A read with each font named by its font's name: pdf.js' ids count its documents on the thread and
 * its fonts in the order it loaded them (g_d3_f1) — under load two reads of one file loaded a page's two
 * fonts in either order (KaiTi f1 and SimSun f2, then f2 and f1).
 */
export function sameReading(doc: PositionedDocument): unknown {
  const names = new Map(doc.fonts.map((f) => [f.id, f.name]));
  const named = JSON.parse(
    JSON.stringify(doc).replace(/"(g_d\d+_[a-z]+\d+)"/g, (_, id: string) =>
      JSON.stringify(names.get(id) ? `font ${names.get(id)}` : id.replace(/^g_d\d+_/, 'g_d_')),
    ),
  ) as { fonts: { id: string }[] };
  named.fonts.sort((a, b) => a.id.localeCompare(b.id));
  return named;
}
