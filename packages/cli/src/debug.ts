import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { normalizeRulings, parsePositioned, ReadingTrace, readingPictures } from '@hezhang/core';
import { extractPositioned } from '@hezhang/pdf/node';

/**
 * `hezhang debug FILE [--page N…] [--out FILE.html]`: a picture of what the table reader decided on
 * each page (rulings, column regions, row bands, every text's role, text placed nowhere in red, and
 * segmentation's decisions: each line's role, where tables start, go on and end, and why), for a
 * maintainer finding out why a table was misread. Without --page: every page holding a table or a
 * table's start or end (a heading that ended one on the page after it).
 */
export async function writeReadingPictures(
  file: string,
  pages: readonly number[],
  out: string | undefined,
): Promise<{ out: string; pages: readonly number[] }> {
  const bytes = new Uint8Array(await readFile(file));
  const positioned = await extractPositioned(bytes);
  const trace = new ReadingTrace();
  parsePositioned(positioned, { name: basename(file), trace });
  const decided = [...trace.tables.map((t) => t.page), ...trace.segments.map((s) => s.page)];
  const wanted = pages.length > 0 ? pages : [...new Set(decided)].filter((p) => p > 0).sort((a, b) => a - b);
  const missing = wanted.filter((p) => p < 1 || p > positioned.pages.length);
  if (missing.length > 0)
    throw new RangeError(`no page ${missing.join(', ')} (the file has ${positioned.pages.length})`);
  const chosen = wanted.map((p) => {
    const page = positioned.pages[p - 1] as (typeof positioned.pages)[number];
    return { ...page, rulings: normalizeRulings(page.rulings) };
  });
  const target =
    out ?? `${basename(file).replace(/\.pdf$/i, '')}.reading${pages.length === 1 ? `-p${pages[0]}` : ''}.html`;
  await writeFile(target, readingPictures(chosen, trace, basename(file)));
  return { out: target, pages: wanted };
}
