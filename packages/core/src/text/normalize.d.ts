/**
 * Text normalisation applied to every input before parsing.
 *
 * PDF text layers and converters leave look-alike characters: full-width digits and separators,
 * Kangxi radicals (U+2F00–U+2FD5) and CJK radical supplements (U+2E80–U+2EF3) in place of ordinary
 * ideographs, compatibility ideographs (U+F900–U+FAFF). NFKC would fix those but would also turn
 * Chinese punctuation (，：（）) into ASCII, which changes the prose; so only the look-alike ranges
 * are mapped here, each through NFKC or an explicit table.
 */
/** Normalises look-alike characters; keeps Chinese punctuation and layout whitespace. */
export declare function normalizeText(text: string): string;
/** Characters no normalisation can recover: private-use code points from fonts without a Unicode map. */
export declare const PRIVATE_USE: RegExp;
/** Removes every kind of space: header words are matched spaced ("合  计") or not. */
export declare function compact(text: string): string;
/** Trims ASCII and ideographic spaces. */
export declare function trimCell(text: string): string;
//# sourceMappingURL=normalize.d.ts.map
