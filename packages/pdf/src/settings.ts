import { PDF_SETTINGS } from '@hezhang/core';

/**
 * Every tolerance of the page reader (the operator-list interpreter, the runs it builds, what it
 * counts as visible, the rulings it keeps; its bounds on work are READ_LIMITS, limits.ts), each with the reason for its value — one object, passed
 * in per call (`extractSettings(overrides)`), as pdfplumber passes its table settings. Lengths are in
 * points of the displayed page unless they say "em" (a multiple of the font size of the text
 * involved). Reading code never hard-codes a distance: it names one of these.
 */
export const EXTRACT_SETTINGS = {
  glyphs: {
    /**
     * Ascent and descent, in em, of a font whose metrics pdf.js could not read (it reports an ascent of
     * 0): SimSun's 0.859 and −0.141, the text font of most budgets.
     */
    fallbackAscent: 0.86,
    fallbackDescent: -0.14,
  },
  runs: {
    /**
     * Glyphs whose advance boxes are at most this far apart, in em, are one run with nothing between
     * them: kerning and tracking stay within a tenth of an em. A wider gap is a position (a TJ gap,
     * word spacing, the padding between two cells), left to core to weigh against its rulings and
     * neighbours, never glue decided here.
     */
    gapEm: 0.1,
    /**
     * A gap in which the PDF draws a space glyph (U+0020, a no-break or ideographic space), up to this
     * width in em, is a space between two words of one run, written as one " " ("1. 一般公共预算资金"):
     * a Latin space is 0.25–0.33 em, a CJK font's half-width space 0.5 em. A wider gap (several spaces
     * for alignment, a full-width space, a space plus a TJ gap) ends the run like any other.
     */
    wordGapEm: 0.6,
    /**
     * A glyph may start this far, in em, before the previous one ends and still continue its run:
     * kerned pairs and accents overlap a little; a larger step back is text drawn again elsewhere.
     */
    backEm: 0.1,
    /**
     * Glyphs whose baselines lie further apart than this, in em, are on different lines (a superscript
     * set with a rise, the next row of a table).
     */
    baselineEm: 0.1,
    /** Font sizes that differ by less than this share are one size (one size reached through different matrices rounds differently). */
    sizeShare: 0.02,
    /** Directions whose unit vectors differ by less than this are one direction (rotation matrices carry rounding noise). */
    directionSlack: 0.01,
  },
  visibility: {
    /**
     * A glyph whose centre lies within this distance outside its clip area still counts as inside:
     * producers clip to a cell's exact box, and text touching the border prints. Past it, the glyph is
     * not on the printed page (a name overflowing into the next cell, a paragraph cut by its text box).
     */
    clipSlack: 0.5,
    /**
     * Two colours whose channels (0–255) all differ by at most this look the same on paper: text this
     * close to what is painted under it cannot be read, and a fill this close to white (0xf0 and up)
     * is white — the invisible helper grid some exports draw, never a border.
     */
    sameColour: 0x0f,
    /**
     * A fill is the background a glyph is read against when it covers at least this share of the glyph's
     * box: a rule or an underline crossing a glyph is not its background, a shaded cell is.
     */
    backdropShare: 0.5,
    /** Text or fills painted with an opacity below this are not seen. */
    minAlpha: 0.05,
  },
  rulings: {
    ...PDF_SETTINGS.rulings,
    /**
     * A filled rectangle is a border when its long side is more than this many times its short side:
     * a squarish small fill is a dot or a bullet, not a line.
     */
    borderAspect: 2,
    /**
     * How many points a filled rectangle's path may hold: its four corners, plus the closing point and a
     * repeated start that some producers write. Longer paths are shapes, not cells or borders.
     */
    rectanglePoints: { min: 4, max: 6 },
  },
} as const;

type Widen<T> = T extends number ? number : T extends object ? { -readonly [K in keyof T]: Widen<T[K]> } : T;
export type ExtractSettings = Widen<typeof EXTRACT_SETTINGS>;
/** Overrides of some settings: any group, any value in it. */
export type ExtractSettingsInput = { [G in keyof ExtractSettings]?: Partial<ExtractSettings[G]> };

/** The defaults with `overrides` applied, group by group. */
export function extractSettings(overrides: ExtractSettingsInput = {}): ExtractSettings {
  const out = {} as Record<string, unknown>;
  for (const group of Object.keys(EXTRACT_SETTINGS) as (keyof ExtractSettings)[]) {
    out[group] = { ...EXTRACT_SETTINGS[group], ...overrides[group] };
  }
  return out as ExtractSettings;
}
