import { PDF_SETTINGS, type Ruling } from '@hezhang/core';
import { apply, asMatrix, IDENTITY, type Matrix, multiply } from './geometry.js';

/**
 * Table borders from a page's operator list: stroked axis-aligned segments, and thin filled
 * rectangles (Office and WPS exports draw every border as a filled rectangle about 0.5–1 pt wide).
 *
 * pdf.js 5.4+ passes paths as `constructPath(paintOp, [path], minMax)` where `path` is a flat array
 * of drawing codes and coordinates (codes below, not exported by pdf.js). Anything else is decoded
 * from its bounding box alone, which still yields a border when that box is thin.
 */

/** pdf.js' DrawOPS (src/shared/util.js, 5.4+). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;
const DRAW_ARGS: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };

/** The operator codes this module needs, looked up by name in the pdf.js build in use. */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  setLineWidth: number;
  setGState: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

const { maxBorderWidth: MAX_BORDER, minLength: MIN_LENGTH, skew: SKEW, minFilledCell } = PDF_SETTINGS.rulings;

interface State {
  ctm: Matrix;
  lineWidth: number;
  fillVisible: boolean;
  strokeVisible: boolean;
}

type Point = [number, number];

/**
 * Walks an operator list and returns its rulings in display coordinates (`view` maps user space to
 * the displayed page: pdf.js' viewport transform).
 */
export function rulingsOf(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ops: OpCodes,
  view: Matrix,
): Ruling[] {
  const out: Ruling[] = [];
  const stack: State[] = [];
  let state: State = { ctm: IDENTITY, lineWidth: 1, fillVisible: true, strokeVisible: true };
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case ops.save:
        stack.push(state);
        state = { ...state };
        break;
      case ops.restore:
        state = stack.pop() ?? state;
        break;
      case ops.transform: {
        const m = asMatrix(args);
        if (m) state.ctm = multiply(state.ctm, m);
        break;
      }
      case ops.paintFormXObjectBegin: {
        stack.push(state);
        state = { ...state };
        const m = asMatrix(args?.[0]);
        if (m) state.ctm = multiply(state.ctm, m);
        break;
      }
      case ops.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case ops.setLineWidth:
        if (typeof args?.[0] === 'number') state.lineWidth = args[0];
        break;
      case ops.setGState:
        for (const entry of (args?.[0] as unknown[]) ?? []) {
          if (Array.isArray(entry) && entry[0] === 'LW' && typeof entry[1] === 'number') state.lineWidth = entry[1];
        }
        break;
      case ops.setFillRGBColor:
        state.fillVisible = !isWhite(args);
        break;
      case ops.setStrokeRGBColor:
        state.strokeVisible = !isWhite(args);
        break;
      case ops.constructPath: {
        const paint = args?.[0];
        if (typeof paint !== 'number') break;
        const toView = multiply(view, state.ctm);
        const subpaths = decodePath(args?.[1], args?.[2]);
        if (strokes.has(paint) && state.strokeVisible) strokeRulings(subpaths, toView, out);
        if (fills.has(paint) && state.fillVisible) fillRulings(subpaths, toView, out);
        break;
      }
    }
  }
  return out;
}

/** Subpaths of straight segments; a subpath with a curve is dropped (no border is curved). */
function decodePath(data: unknown, minMax: unknown): Point[][] {
  const path = Array.isArray(data) ? data[0] : undefined;
  if (path && typeof (path as ArrayLike<number>).length === 'number') {
    const decoded = decodeDrawOps(path as ArrayLike<number>);
    if (decoded) return decoded;
  }
  // Unknown format: the bounding box alone, as a closed rectangle.
  const box = minMax ? Array.from(minMax as ArrayLike<number>) : [];
  if (box.length === 4 && box.every(Number.isFinite)) {
    const [x0, y0, x1, y1] = box as [number, number, number, number];
    return [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ];
  }
  return [];
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

function strokeRulings(subpaths: Point[][], m: Matrix, out: Ruling[]): void {
  for (const points of subpaths) {
    for (let k = 1; k < points.length; k++) {
      const a = apply(m, ...(points[k - 1] as Point));
      const b = apply(m, ...(points[k] as Point));
      segment(a, b, out);
    }
  }
}

/**
 * A filled subpath that is a thin axis-aligned rectangle is a border along its long side; a larger
 * one is a shaded cell (tables drawn with fills instead of strokes), whose four edges are borders.
 */
function fillRulings(subpaths: Point[][], m: Matrix, out: Ruling[]): void {
  for (const points of subpaths) {
    if (points.length < 4 || points.length > 6) continue;
    const view = points.map((p) => apply(m, p[0], p[1]));
    const xs = view.map((p) => p[0]);
    const ys = view.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    // Every corner on the box's edges: an axis-aligned rectangle, not a slanted shape.
    if (!view.every((p) => near(p[0], x0, x1) && near(p[1], y0, y1))) continue;
    const w = x1 - x0;
    const h = y1 - y0;
    if (h <= MAX_BORDER && w >= MIN_LENGTH && w > 2 * h) out.push({ axis: 'h', at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (w <= MAX_BORDER && h >= MIN_LENGTH && h > 2 * w)
      out.push({ axis: 'v', at: (x0 + x1) / 2, from: y0, to: y1 });
    else if (w >= minFilledCell && h >= minFilledCell)
      out.push(
        { axis: 'h', at: y0, from: x0, to: x1 },
        { axis: 'h', at: y1, from: x0, to: x1 },
        { axis: 'v', at: x0, from: y0, to: y1 },
        { axis: 'v', at: x1, from: y0, to: y1 },
      );
  }
}

function near(v: number, lo: number, hi: number): boolean {
  return Math.abs(v - lo) < SKEW || Math.abs(v - hi) < SKEW;
}

function segment(a: Point, b: Point, out: Ruling[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy < SKEW && dx >= MIN_LENGTH)
    out.push({ axis: 'h', at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  else if (dx < SKEW && dy >= MIN_LENGTH)
    out.push({ axis: 'v', at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
}

/** pdf.js gives RGB colours as "#rrggbb" (5.x) or as three numbers 0–255. */
function isWhite(args: unknown[] | null): boolean {
  const v = args?.[0];
  if (typeof v === 'string') return /^#f[a-f0-9]f[a-f0-9]f[a-f0-9]$/i.test(v);
  const rgb =
    args && args.length >= 3
      ? args
      : v && typeof (v as ArrayLike<number>).length === 'number'
        ? Array.from(v as ArrayLike<number>)
        : undefined;
  return !!rgb && rgb.slice(0, 3).every((c) => typeof c === 'number' && c >= 0xf0);
}
