/**
 * Colours as pdf.js' operator list gives them, and whether two of them look the same. pdf.js turns
 * every colour space into RGB for its canvas ("#rrggbb" in 5.x, three numbers 0–255 before); a
 * pattern or shading has no one colour, and a transparent paint none at all.
 */
export type Rgb = readonly [number, number, number];
export type Colour = Rgb | 'pattern' | 'none';

export const WHITE: Rgb = [0xff, 0xff, 0xff];
export const BLACK: Rgb = [0, 0, 0];

/** The colour of a setFillRGBColor / setStrokeRGBColor operator's arguments, or undefined when unreadable. */
export function parseColour(args: unknown): Rgb | undefined {
  const list = args as ArrayLike<unknown> | null | undefined;
  const v = list?.[0];
  if (typeof v === 'string') {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(v);
    return m
      ? [Number.parseInt(m[1] as string, 16), Number.parseInt(m[2] as string, 16), Number.parseInt(m[3] as string, 16)]
      : undefined;
  }
  const rgb =
    list && list.length >= 3
      ? Array.from(list).slice(0, 3)
      : v && typeof (v as ArrayLike<number>).length === 'number'
        ? Array.from(v as ArrayLike<number>).slice(0, 3)
        : undefined;
  return rgb?.length === 3 && rgb.every((c) => typeof c === 'number' && Number.isFinite(c))
    ? (rgb as unknown as Rgb)
    : undefined;
}

/** Every channel within `tolerance` (0–255): the two look the same on paper. */
export function sameColour(a: Rgb, b: Rgb, tolerance: number): boolean {
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance && Math.abs(a[2] - b[2]) <= tolerance;
}
