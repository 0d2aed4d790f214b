import type { Ruling } from '@hezhang/core';
import { apply, boundsOf, type Matrix, type Point } from './geometry.js';
import type { ExtractSettings } from './settings.js';

/**
 * Table borders from the paths of a page (the interpreter, interpret.ts, hands each painted path
 * here): stroked axis-aligned segments, and thin filled rectangles (Office and WPS exports draw every
 * border as a filled rectangle about 0.5–1 pt wide); a larger filled rectangle is a shaded cell, whose
 * edges are borders. White paint is no border (see `visibility.sameColour`): the interpreter says
 * whether the paint shows.
 *
 * pdf.js 5.4+ passes paths as `constructPath(paintOp, [path], minMax)` where `path` is a flat array
 * of drawing codes and coordinates (codes below, not exported by pdf.js). Anything else is decoded
 * from its bounding box alone, which still yields a border when that box is thin.
 */

/** pdf.js' DrawOPS (src/shared/util.js, 5.4+). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
const DRAW_ARGS: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };

export type RulingSettings = ExtractSettings['rulings'];

/** A path as painted: its subpaths of straight segments (curved subpaths dropped) and its bounding box. */
export interface Path {
  subpaths: Point[][];
  /** Bounding box in the path's own space, curves included; undefined for an empty path. */
  bounds: [number, number, number, number] | undefined;
}

/** Subpaths of straight segments (a subpath with a curve is dropped: no border is curved) and the path's box. */
export function decodePath(data: unknown, minMax: unknown): Path {
  const mm = minMax as ArrayLike<unknown> | null | undefined;
  const box = mm?.length === 4 ? [mm[0], mm[1], mm[2], mm[3]] : [];
  const bounds =
    box.every((v) => typeof v === 'number' && Number.isFinite(v)) &&
    box.length === 4 &&
    (box[0] as number) <= (box[2] as number)
      ? (box as [number, number, number, number])
      : undefined;
  const path = Array.isArray(data) ? data[0] : undefined;
  if (path && typeof (path as ArrayLike<number>).length === 'number') {
    const decoded = decodeDrawOps(path as ArrayLike<number>);
    if (decoded) return { subpaths: decoded, bounds: bounds ?? boundsOfSubpaths(decoded) };
  }
  // Unknown format: the bounding box alone, as a closed rectangle.
  if (!bounds) return { subpaths: [], bounds: undefined };
  const [x0, y0, x1, y1] = bounds;
  return {
    subpaths: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
    bounds,
  };
}

function boundsOfSubpaths(subpaths: Point[][]): [number, number, number, number] | undefined {
  const points = subpaths.flat();
  return points.length > 0 ? boundsOf(points) : undefined;
}

function decodeDrawOps(path: ArrayLike<number>): Point[][] | undefined {
  const subpaths: Point[][] = [];
  let current: Point[] | undefined;
  let curved = false;
  for (let i = 0; i < path.length; ) {
    const code = path[i++] as number;
    const n = DRAW_ARGS[code];
    if (n === undefined || i + n > path.length) return undefined;
    if (code === DRAW.moveTo) {
      if (current && !curved) subpaths.push(current);
      current = [[path[i] as number, path[i + 1] as number]];
      curved = false;
    } else if (code === DRAW.lineTo) {
      current?.push([path[i] as number, path[i + 1] as number]);
    } else if (code === DRAW.closePath) {
      const first = current?.[0];
      if (current && first) current.push([first[0], first[1]]);
    } else curved = true;
    i += n;
  }
  if (current && !curved) subpaths.push(current);
  return subpaths;
}

/**
 * The axis-aligned rectangle a subpath traces in display coordinates (`m` maps it there), or
 * undefined when it is another shape: every point on the box's edges, 4–6 points.
 */
export function rectangleOf(
  points: Point[],
  m: Matrix,
  s: RulingSettings,
): [number, number, number, number] | undefined {
  if (points.length < s.rectanglePoints.min || points.length > s.rectanglePoints.max) return undefined;
  const view = points.map((p) => apply(m, p[0], p[1]));
  const box = boundsOf(view);
  const near = (v: number, lo: number, hi: number) => Math.abs(v - lo) < s.skew || Math.abs(v - hi) < s.skew;
  return view.every((p) => near(p[0], box[0], box[2]) && near(p[1], box[1], box[3])) ? box : undefined;
}

/** The rulings a painted path draws: its strokes when stroked, its thin rectangles and cells when filled. */
export function pathRulings(
  path: Path,
  m: Matrix,
  paint: { stroke: boolean; fill: boolean },
  s: RulingSettings,
  out: Ruling[],
): void {
  if (paint.stroke) strokeRulings(path.subpaths, m, s, out);
  if (paint.fill) fillRulings(path.subpaths, m, s, out);
}

function strokeRulings(subpaths: Point[][], m: Matrix, s: RulingSettings, out: Ruling[]): void {
  for (const points of subpaths) {
    for (let k = 1; k < points.length; k++) {
      const a = apply(m, ...(points[k - 1] as Point));
      const b = apply(m, ...(points[k] as Point));
      segment(a, b, s, out);
    }
  }
}

/**
 * A filled subpath that is a thin axis-aligned rectangle is a border along its long side; a larger
 * one is a shaded cell (tables drawn with fills instead of strokes), whose four edges are borders.
 */
function fillRulings(subpaths: Point[][], m: Matrix, s: RulingSettings, out: Ruling[]): void {
  for (const points of subpaths) {
    const box = rectangleOf(points, m, s);
    if (!box) continue;
    const [x0, y0, x1, y1] = box;
    const w = x1 - x0;
    const h = y1 - y0;
    if (h <= s.maxBorderWidth && w >= s.minLength && w > s.borderAspect * h)
      out.push({ axis: 'h', at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (w <= s.maxBorderWidth && h >= s.minLength && h > s.borderAspect * w)
      out.push({ axis: 'v', at: (x0 + x1) / 2, from: y0, to: y1 });
    else if (w >= s.minFilledCell && h >= s.minFilledCell)
      out.push(
        { axis: 'h', at: y0, from: x0, to: x1 },
        { axis: 'h', at: y1, from: x0, to: x1 },
        { axis: 'v', at: x0, from: y0, to: y1 },
        { axis: 'v', at: x1, from: y0, to: y1 },
      );
  }
}

function segment(a: Point, b: Point, s: RulingSettings, out: Ruling[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < s.skew && dx >= s.minLength)
    out.push({ axis: 'h', at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  else if (dx < s.skew && dy >= s.minLength)
    out.push({ axis: 'v', at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
}
