import { readFileSync } from 'node:fs';
import { REAL_DIR } from '@hezhang/test-support/real';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { fidelity, type PageFidelity } from './fidelity.js';
import { readablePdfs } from './pdf-files.js';

/**
 * The one-pass reader gives the characters pdf.js' text layer gives, in the same order, and places
 * them where that layer places its items — on every shared real PDF and every committed fixture
 * that is a readable PDF. Counts are printed at the end (and kept in the package README).
 */

/** How far any edge of an item's box may lie from the union of its glyphs' boxes, in em of its font. */
const BOX_TOLERANCE_EM = 0.001;

const FILES = readablePdfs('layouts', 'glyphs');

const tally = () => ({ files: 0, pages: 0, samePages: 0, chars: 0, items: 0, trailingGap: 0, worstEm: 0, worst: '' });
const groups = { 'shared real PDFs': tally(), 'committed fixtures': tally() };

describe.each(FILES)('%s', (file) => {
  it('reads the characters of pdf.js’ text layer, in its order, at its places', async () => {
    const pages: PageFidelity[] = await fidelity(pdfjs, new Uint8Array(readFileSync(file)));
    const totals = REAL_DIR && file.startsWith(REAL_DIR) ? groups['shared real PDFs'] : groups['committed fixtures'];
    totals.files++;
    for (const page of pages) {
      totals.pages++;
      expect(page.glyphs, `page ${page.page}`).toBe(page.textContent);
      totals.samePages++;
      totals.chars += page.glyphs.length;
      totals.items += page.items;
      totals.trailingGap += page.trailingGap;
      if (page.worst.em > totals.worstEm) {
        totals.worstEm = page.worst.em;
        totals.worst = `${file.split('/').pop()} p${page.page} «${page.worst.text}» ${page.worst.points.toFixed(3)} pt`;
      }
      expect(page.worst.em, `page ${page.page}: «${page.worst.text}»`).toBeLessThanOrEqual(BOX_TOLERANCE_EM);
    }
  });
});

afterAll(() => {
  for (const [name, t] of Object.entries(groups))
    console.log(
      `fidelity, ${name}: ${t.files} PDFs, ${t.samePages}/${t.pages} pages with the text layer's characters ` +
        `(${t.chars} characters); ${t.items} items' boxes within ${BOX_TOLERANCE_EM} em, the largest ` +
        `${t.worstEm.toFixed(5)} em${t.worst ? ` (${t.worst})` : ''}; ${t.trailingGap} item(s) ending in a gap not compared`,
    );
});
