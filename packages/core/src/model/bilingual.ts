import { z } from 'zod';

/** Every user-facing string, in the two languages reports speak: Chinese, the documents' own, and English. */
export const Bilingual = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;
export type Lang = keyof Bilingual;

/**
 * The marks that join words, by language — Chinese marks in Chinese, English ones in English (never
 * "where: a；b" in English): before what follows a label (colon), between places (list), between names
 * (series). Every view and export joins with these.
 */
export const PUNCTUATION: Readonly<Record<Lang, { colon: string; list: string; series: string }>> = {
  zh: { colon: '：', list: '；', series: '、' },
  en: { colon: ': ', list: '; ', series: ', ' },
};

/** A text in both languages; with one argument, text that reads the same in both (amounts, codes, quotations). */
export function bi(zh: string, en: string = zh): Bilingual {
  return { zh, en };
}

/** Texts joined, each language with its own separator. */
export function joinBi(texts: readonly Bilingual[], zh: string, en: string): Bilingual {
  return { zh: texts.map((t) => t.zh).join(zh), en: texts.map((t) => t.en).join(en) };
}

/**
 * An English count that agrees with its number: "1 error", "2 errors", "1 match", "3 matches". The one
 * place English plurals are made (no "(s)", no "1 errors"); Chinese counts need none.
 */
export function countEn(
  n: number,
  singular: string,
  plural = /(?:s|x|ch|sh)$/.test(singular) ? `${singular}es` : `${singular}s`,
): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** Page numbers in words, runs of three or more as spans: 2、3、4、7 → “2–4、7” (English “2–4, 7”). */
export function pageSpans(pages: readonly number[]): Bilingual {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    if (j - i >= 2) spans.push(`${sorted[i]}–${sorted[j]}`);
    else spans.push(...sorted.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return { zh: spans.join('、'), en: spans.join(', ') };
}

/**
 * Printed text quoted as both languages quote a document: “…”, quotation marks inside it turned to
 * ‘…’ (never “““…”). In English, Chinese text a document prints is always quoted, so that every
 * other word of an English sentence is English.
 */
export function quote(text: string): string {
  return `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/**
 * Quotation marks inside a quotation turned to single ones: "““三公”经费”写作…" (a rule quoting a
 * label that carries its own quotes) reads "“‘三公’经费”写作…". A closing mark with nothing open (a
 * document's stray one, the evidence of a punctuation finding) is left as printed.
 */
export function tidyQuotes(text: string): string {
  if (!text.includes('“')) return text;
  let depth = 0;
  let out = '';
  for (const c of text) {
    if (c === '“') out += depth++ === 0 ? '“' : '‘';
    else if (c === '”' && depth > 0) out += --depth === 0 ? '”' : '’';
    else out += c;
  }
  return out;
}
