/** 2-D affine matrices as pdf.js writes them: [a, b, c, d, e, f]. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m1 × m2: apply m2 first, then m1 (pdf.js' Util.transform order). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export function asMatrix(value: unknown): Matrix | undefined {
  const v = value as ArrayLike<unknown> | null | undefined;
  if (v?.length !== 6) return undefined;
  const m = [v[0], v[1], v[2], v[3], v[4], v[5]];
  return m.every((x) => typeof x === 'number' && Number.isFinite(x)) ? (m as unknown as Matrix) : undefined;
}

export type Point = [number, number];
/** An axis-aligned box [x0, y0, x1, y1] (x0 ≤ x1, y0 ≤ y1). */
export type Rect = [number, number, number, number];

/** The axis-aligned box around the given points. */
export function boundsOf(points: readonly Point[]): Rect {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

/** The box around `r` mapped by `m`. */
export function transformRect(m: Matrix, r: readonly number[]): Rect {
  const [x0, y0, x1, y1] = r as [number, number, number, number];
  return boundsOf([apply(m, x0, y0), apply(m, x1, y0), apply(m, x1, y1), apply(m, x0, y1)]);
}

/** The overlap of two boxes, or undefined when they do not overlap. */
export function intersectRects(a: Rect, b: Rect): Rect | undefined {
  const r: Rect = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return r[0] <= r[2] && r[1] <= r[3] ? r : undefined;
}

export function area(r: Rect): number {
  return Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]);
}
