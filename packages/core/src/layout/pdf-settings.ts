/**
 * Every tolerance of the PDF reader, in one place, each with the reason for its value. Lengths are
 * in em (a multiple of the type size of the text involved) where they follow the text, in points
 * (1/72 inch) of the displayed page where they are physical — a stroke's width, coordinates rounded
 * by the producer — and then say so. Reading code never hard-codes a distance: it names one of these.
 *
 * These are the defaults: `parsePositioned(doc, { settings: { tables: { headingSize: 1.3 } } })`
 * overrides any of them for one call (like pdfplumber's table settings), the rest staying as here;
 * every stage receives the settings of its call (`pdfSettings`).
 */
export const PDF_SETTINGS = {
  rulings: {
    /** Thickest filled rectangle still read as a border: Office and WPS draw borders as filled rectangles 0.5–1 pt wide. */
    maxBorderWidth: 3,
    /** Shortest stroke kept as a border: shorter ones are glyph-sized marks (underlines of a character, bullets). */
    minLength: 4,
    /** How far from axis-aligned a segment may be and still count as horizontal or vertical. */
    skew: 0.5,
    /**
     * Rulings whose positions differ by less than this are one line: WPS draws the border between two
     * cells once per cell, 0.1–0.5 pt apart, and rounds coordinates differently per cell.
     */
    snap: 1.5,
    /** Collinear segments this close end to end are one ruling: borders drawn one short segment per cell. */
    join: 3,
    /**
     * Filled (shaded) cells instead of strokes: a filled rectangle at least this large in both directions
     * is a cell, and its edges are borders. Smaller fills are glyph decorations.
     */
    minFilledCell: 6,
  },
  lines: {
    /** A text run joins a line when their vertical extents overlap by more than this share of the lower one. */
    overlapShare: 0.5,
    /** How many open lines back a run may join (runs arrive sorted by their vertical middle). */
    lookback: 3,
    /** Height a run of no height (a zero-height box) counts as when lines are formed, points. */
    minHeight: 0.1,
    /** Gap between two runs, in em, above which they are separate cells. */
    cellGapEm: 0.5,
    /** Gap in em above which two runs of one cell are joined with a space. */
    spaceGapEm: 0.25,
    /**
     * Thousands set apart by spaces ("1 234 567.89"; a space is 0.22–0.28 em in the usual fonts, a thin or
     * narrow no-break space less, and one a font lacks is printed as a gap of its width): digit groups at
     * most this many em apart, less than a cell gap, no ruling between, are one amount.
     */
    digitGroupGapEm: 0.4,
    /**
     * An amount ending in its decimals ("312.45") and a run starting with a digit, more than this many em
     * apart, are two cells however close: unruled tables printed in blocks side by side put a right-aligned
     * amount 2 pt from the next block's left-aligned code ("312.45" "302" of a 9 pt economic table). The
     * pieces of one number pdf.js splits touch (gap about 0).
     */
    numberGapEm: 0.1,
    /**
     * Digits split by a change of font: a producer prints a character its font lacks in a fallback font,
     * as a run of its own touching the next ("3" "01" for 301, "0" "3" for 03: LibreOffice with a code in
     * a CJK font). Runs of a number's characters — the first ending in a digit, not in its decimals, the
     * second starting with one — at most this many em apart (either way: touching runs overlap by
     * rounding), with no white space printed and no ruling between, are one word. Well under
     * `numberGapEm` and a space: separate cells stand further apart.
     */
    touchingDigitsEm: 0.05,
    /**
     * A vertical ruling this close to two runs' facing ends still lies between them (physical: strokes
     * are 0.5–1 pt wide and producers round coordinates).
     */
    rulingSlack: 1,
    /** Narrowest glyph, in em (a period): a ruling inside a character's first quarter em is not after it. */
    minGlyphEm: 0.25,
    /**
     * Widest glyph, in em (an ideograph): a character whose span in a run (its start to the next one's)
     * is wider than this plus a space was followed by a jump — a border inside one show-text operation.
     */
    maxGlyphEm: 1,
    /**
     * Letter-spacing spreads a word's characters across its cell ("合　　计", "项 … 目" 112 pt apart in a
     * 12 pt header): single ideographs at most this many em apart, no ruling between, whose characters
     * make a word of the vocabulary, are that word. A cell is rarely wider than this.
     */
    spacedWordEm: 20,
    /** Share of the page height at the top and bottom where page numbers and running marks are dropped. */
    marginShare: 0.08,
    /** A gap between lines larger than the usual gap plus this many em starts a new paragraph or block. */
    blankLineEm: 0.8,
    /**
     * Spreadsheet exports draw a cell that runs over a page break on both pages, each clipped to its
     * page's print area (swj-2025-dept pp3–4: a paragraph of 主要职能 drawn at the foot of p3 and again
     * above the top of p4, visible once). The next page's first lines equal to the previous page's last
     * lines — same text, same x within `spillTolerance` pt, one constant vertical offset — are that
     * copy and are read once. At least this many characters, so that a short repeated line is kept.
     */
    spillMinChars: 20,
    spillTolerance: 1,
    /**
     * A page whose lines are the page's before it — same text, same places within `spillTolerance` pt,
     * page numbers and running marks aside — is that page printed again (a file merged with a page twice;
     * runs of pages alike, positioned.ts `printedAgain`): it is read once and said once (`page_repeated`),
     * so that its rows do not count twice in every sum they are in. At least this many characters, so that
     * a page of a few words (a blank page's "此页无正文") repeats harmlessly.
     */
    repeatedPageMinChars: 40,
    /**
     * The longest run of pages read as printed again right after itself. A merge slip repeats a page or
     * two; a whole document printed twice in one file is two documents (recognize/documents.ts), each
     * read and reported — the same document twice, the second compared with nothing.
     */
    repeatedRunMaxPages: 3,
    /**
     * A running head or foot (the department and the document printed on every page by the sheet's page
     * header): a page's first or last line, one cell, in this share of the page height at its top or
     * bottom, whose text (digits aside) recurs at the same height on at least `runningMarkPages` of the
     * pages, and on three at least. Wider than `marginShare`: a page header prints between the page's
     * margin and the table, below the top 8 %. A table's title or header repeated over its own pages
     * recurs on a few pages, not on half the document's.
     */
    runningMarkShare: 0.15,
    runningMarkPages: 0.5,
    /** The same height of a running mark on two pages, in em of its type (producers round coordinates). */
    runningMarkEm: 0.5,
    /**
     * An amount wrapped inside its cell (a word processor's narrow column: "14,799," over "024"): the
     * piece under it starts at most this many em below the first piece's bottom (the next line of the
     * cell; a row below stands a line's padding further), with no ruling between.
     */
    wrappedAmountGapEm: 0.6,
    /** How far the lower piece may reach up into the first, and a ruling into either, in em (producers round). */
    wrappedAmountSlackEm: 0.25,
    /** The share of the lower piece's width that stands under the first (the same column). */
    wrappedAmountOverlap: 0.5,
  },
  tables: {
    /** How many lines ahead a one-cell line between table rows may find the table's next row. */
    lookahead: 12,
    /**
     * A short one-cell line with no sentence punctuation (a name wrapped in a narrow cell: "二十二、灾害
     * 防治及应急管理支" / "出") stays in the table when a row the table names follows within this many
     * lines: a blank table (a template, an empty side) has no amounts to look ahead for.
     */
    wrappedNameLookahead: 3,
    /** How long such a wrapped name fragment may be, in characters; prose lines run longer. */
    wrappedNameChars: 16,
    /**
     * The rest of a name wrapped in its cell, printed under its row's line where nothing of the table
     * follows on the page (the page's last line in a table with no rule at the page's foot, as three-line
     * and unruled tables print; the table's last row): such a piece, starting where a cell of the lines
     * just above starts (edgeSlack), stays in the table when it is at most this many of the line's heights
     * below it. Wrapped lines of one cell print at the type's line spacing (a gap of about 0.2 heights);
     * a paragraph or heading after a table stands further off.
     */
    wrappedTailGapLines: 0.6,
    /**
     * A one-cell line printed in type this many times the size of the table's own lines is a heading, not
     * a row (so is one printed bold under a table whose lines are not): a table ends before it.
     */
    headingSize: 1.15,
    /**
     * A horizontal ruling separates two lines of a table when it lies between them and covers at least
     * this share of the narrower line's width: rules under a merged header cell cover a few columns only.
     */
    rowRuleCover: 0.3,
    /**
     * A run cut into words without glyph positions touches a column when it overlaps it by at least this
     * many em (or wholly, when narrower): the stretches its words are matched to (read/place.ts).
     */
    touchEm: 0.5,
    /** Two fragments stack into one header cell when they overlap horizontally by this share of the narrower. */
    stackOverlap: 0.5,
    /**
     * Header fragments whose tops differ by less than this many em (of the smaller) are on the same header
     * line: one line's fragments share their top but for rounding; the next header line is a line below.
     */
    sameHeaderLineEm: 0.25,
    /**
     * Slack when a ruling or an amount edge is compared with a header's extent, points (physical:
     * strokes are 0.5–1 pt wide and producers round coordinates).
     */
    edgeSlack: 1,
    /**
     * A table's first value column with no label column before it reaches left of its header by this
     * many times its header's width plus `firstColumnReachEm` (labels are left-aligned, amounts
     * right-aligned: a wide amount starts well left of a short header).
     */
    firstColumnWidths: 2,
    firstColumnReachEm: 4,
    /**
     * Without rulings, a line holding only a name continues the row above or below: the nearer one, and
     * the row above when the gaps differ by less than this many em.
     */
    wrapTieEm: 0.2,
    /**
     * Without rulings, a name line as far above the row below as the page's first names stand above its
     * first row, within this many em, is that row's name (rows laid out alike print their names alike).
     */
    leadMatchEm: 0.05,
    /**
     * A name wrapped in its cell prints its lines at most this many em apart, centre to centre; where a
     * page's names stand further above their amounts than that, a name line below a row's amounts is no
     * piece of that row's name (a row printing no amounts: its name alone).
     */
    wrappedLineEm: 1.6,
    /**
     * The two sides of a summary table: rows whose first lines start within this many em of each other
     * are one printed row (a name wrapped over two lines starts half a line above a one-line name).
     */
    sameRowEm: 0.75,
    /** A horizontal rule "across the table" covers at least this share of its width (not a rule under a group title). */
    acrossShare: 0.5,
    /**
     * A summary table's two sides are banded by rules drawn across the table when such rules lie between
     * at least this share of its printed rows (else a side's rows are placed by the lines that open them).
     */
    bandedShare: 0.5,
    /**
     * A table rules its rows when rules separate at least this share of the pairs of consecutive lines
     * that each open a row; lines between two such rules are then one row's wrapped text.
     */
    ruledRowsShare: 0.5,
    /**
     * A note under a table (注：…) wrapped at the page width goes on on the next line when the gap between
     * them is at most this many of the note's line heights; a paragraph further down is no part of it.
     */
    noteGapLines: 1,
  },
  clipping: {
    /**
     * Clipped glyphs and the visible text they go on from (a name cut by its cell's edge) meet: baselines
     * within this many em, and the clipped text starting within this many em of the visible text's end.
     */
    headSlackEm: 0.5,
    /** Clipped glyphs on one baseline within this many em (of the smaller) are one line. */
    baselineEm: 0.5,
    /** Clipped lines this many em apart or less (and overlapping across) are one block: one warning. */
    blockGapEm: 1.5,
  },
  integrity: {
    /**
     * A font's text is garbage (no Unicode map) when at least this share of its characters are control
     * codes, and at least `garbageMin` of them: real text never holds control codes, while a subset font
     * without a Unicode map decodes its first glyph ids as exactly those.
     */
    garbageShare: 0.02,
    garbageMin: 3,
  },
  documents: {
    /**
     * Most lines a cover page prints (recognize/documents.ts: a file holding several documents starts
     * each on its cover): the title, maybe wrapped, the department or unit, a date, a 目录 heading — the
     * real covers print 2–5 — while a page of tables or prose prints dozens.
     */
    coverMaxLines: 12,
  },
} as const;

/** Numbers, not the defaults' literal types: what one call's settings may hold. */
type Widened<T> = { readonly [K in keyof T]: T[K] extends number ? number : Widened<T[K]> };

/** The settings of the PDF reader: every group of `PDF_SETTINGS`, each tolerance a number. */
export type PdfSettings = Widened<typeof PDF_SETTINGS>;

/** Settings for one call: any tolerance of any group, the others the defaults (`PDF_SETTINGS`). */
export type PdfSettingsOverride = { readonly [G in keyof PdfSettings]?: Partial<PdfSettings[G]> };

/**
 * The defaults with one call's overrides merged in, group by group. An unknown group or name (a typo
 * would silently read with the default) or a value that is not a finite number ≥ 0 is a RangeError.
 */
export function pdfSettings(override?: PdfSettingsOverride): PdfSettings {
  if (!override || override === PDF_SETTINGS) return PDF_SETTINGS;
  const merged: Record<string, Record<string, number>> = {};
  for (const [group, values] of Object.entries(PDF_SETTINGS)) merged[group] = { ...values };
  for (const [group, values] of Object.entries(override as Record<string, Record<string, unknown> | undefined>)) {
    const target = merged[group];
    if (!target) throw new RangeError(`unknown PDF settings group "${group}"`);
    for (const [name, value] of Object.entries(values ?? {})) {
      if (!(name in target)) throw new RangeError(`unknown PDF setting "${group}.${name}"`);
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw new RangeError(`PDF setting "${group}.${name}" must be a finite number ≥ 0, not ${String(value)}`);
      target[name] = value;
    }
  }
  return merged as unknown as PdfSettings;
}
