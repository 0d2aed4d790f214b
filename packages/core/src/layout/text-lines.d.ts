/** A non-empty source line with its 1-based number and the count of empty lines before it. */
export interface RawLine {
  text: string;
  lineNo: number;
  gap: number;
  indent: number;
}
/** Splits normalised text into non-empty lines, counting the empty lines between them. */
export declare function rawLines(text: string): RawLine[];
//# sourceMappingURL=text-lines.d.ts.map
