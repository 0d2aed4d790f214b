/**
 * Every tolerance of the PDF reader, in one place, each with the reason for its value. Lengths are
 * in points (1/72 inch) of the displayed page unless they say "em" (a multiple of the font size of
 * the text involved). Reading code never hard-codes a distance: it names one of these.
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
     * An amount ending in its decimals ("312.45") and a run starting with a digit, more than this many em
     * apart, are two cells however close: unruled tables printed in blocks side by side put a right-aligned
     * amount 2 pt from the next block's left-aligned code ("312.45" "302" of a 9 pt economic table). The
     * pieces of one number pdf.js splits touch (gap about 0).
     */
    numberGapEm: 0.1,
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
    /** Header fragments whose tops differ by less than this are on the same header line. */
    sameHeaderLine: 2,
    /** Slack when a ruling or an amount edge is compared with a header's extent. */
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
  },
} as const;

export type PdfSettings = typeof PDF_SETTINGS;
