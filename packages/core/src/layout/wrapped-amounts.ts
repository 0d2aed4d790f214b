import type { Ruling } from './pdf-types.js';
import type { Run } from './words.js';

/**
 * Amounts wrapped inside their cell, as a word processor prints them in a narrow column ("14,799," over
 * "024", "1,081,8" over "70", "257,585" over ",000"; full-width digits wrap anywhere). One of the two
 * pieces is no amount by itself — the top one ends with its separator or a group cut short, or the one
 * under it begins with a separator — and the run right under the top one, in the same column with no
 * ruling between, makes with it an amount grouped by thousands. The two are one run where both were
 * printed (its middle is the row's: names beside wrapped amounts are centred on both lines). Two
 * pieces each an amount by itself stay as printed.
 */

/** A top piece that cannot end an amount: "14,799," (a separator last), "1,081,8" (a group cut short), "1,234." (a point last). */
const OPEN_HEAD = /^\d{1,3}(?:,\d{3})*(?:,\d{0,2}|\.)$/;
/** A top piece that may: digits and groups. */
const HEAD = /^\d{1,3}(?:,\d{3})*(?:,\d{0,2}|\.)?$/;
/** A piece under it that cannot begin an amount: ",000", ".50". */
const OPEN_TAIL = /^[,.]\d/;
/** What may complete a top piece: digits, more groups, decimals. */
const TAIL = /^[\d,.]*\d$/;
/** An amount grouped by thousands, with its decimals. */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/;

/** The separators of an amount as the reader compares them: a full-width comma or point printed after digits. */
const ascii = (text: string) => text.trim().replace(/，/g, ',').replace(/．/g, '.');

/** The settings the join reads (PDF_SETTINGS.lines). */
export interface WrappedAmountSettings {
  wrappedAmountGapEm: number;
  wrappedAmountSlackEm: number;
  wrappedAmountOverlap: number;
}

export function joinWrappedAmounts(
  runs: readonly Run[],
  rulings: readonly Ruling[],
  settings: WrappedAmountSettings,
): Run[] {
  const { wrappedAmountGapEm: gapEm, wrappedAmountSlackEm: slack, wrappedAmountOverlap } = settings;
  const heads = runs.filter((r) => HEAD.test(ascii(r.text)));
  if (!runs.some((r) => OPEN_HEAD.test(ascii(r.text)) || OPEN_TAIL.test(ascii(r.text)))) return [...runs];
  const horizontals = rulings.filter((r) => r.axis === 'h');
  const joined = new Map<Run, Run>();
  const used = new Set<Run>();
  for (const head of heads) {
    const [x0, , x1, bottom] = head.box;
    const em = Math.max(1, head.size);
    const tail = runs.find((r) => {
      const text = ascii(r.text);
      if (r === head || used.has(r) || !TAIL.test(text)) return false;
      if (!OPEN_HEAD.test(ascii(head.text)) && !OPEN_TAIL.test(text)) return false;
      const [a0, top, a1] = r.box;
      const overlap = Math.min(x1, a1) - Math.max(x0, a0);
      return (
        top >= bottom - 2 * slack * em &&
        top - bottom <= gapEm * em &&
        overlap >= wrappedAmountOverlap * (a1 - a0) &&
        GROUPED.test(ascii(head.text) + ascii(r.text)) &&
        !horizontals.some((h) => h.at > bottom - slack * em && h.at < top + slack * em && h.from < a1 && h.to > a0)
      );
    });
    if (!tail) continue;
    used.add(head).add(tail);
    const box: Run['box'] = [Math.min(x0, tail.box[0]), head.box[1], Math.max(x1, tail.box[2]), tail.box[3]];
    joined.set(head, { text: ascii(head.text) + ascii(tail.text), box, size: head.size, bold: head.bold, id: head.id });
  }
  return runs.filter((r) => !used.has(r) || joined.has(r)).map((r) => joined.get(r) ?? r);
}
