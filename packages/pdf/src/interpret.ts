import type { Ruling } from '@hezhang/core';
import {
  apply,
  area,
  asMatrix,
  boundsOf,
  IDENTITY,
  intersectRects,
  type Matrix,
  multiply,
  type Point,
  type Rect,
  transformRect,
} from './geometry.js';
import type { PageLimits } from './limits.js';
import { BLACK, type Colour, parseColour, type Rgb, sameColour, WHITE } from './paint.js';
import { decodePath, type Path, pathRulings } from './rulings.js';
import type { ExtractSettings } from './settings.js';

/**
 * One pass over a page's operator list (pdf.js' `getOperatorList`): a text-state interpreter that
 * places every glyph the page draws — its Unicode and its box, from the text state (font, size, text
 * and line matrices, character and word spacing, horizontal scaling, rise, TJ adjustments), the
 * current transformation (save/restore, transforms, form XObjects with their matrices) — and decides
 * whether it can be seen: inside the clip area in force, painted (render mode, opacity, optional
 * content) in a colour that differs from what is painted under it. The same pass keeps the table
 * borders (rulings.ts) and counts the images. It follows pdf.js' own canvas renderer (display/
 * canvas.js), which interprets the same operator list.
 *
 * Clip areas are kept as axis-aligned boxes in display coordinates: a rectangle exactly, any other
 * path by its bounding box — a clip area at least as large as the real one, so text is called clipped
 * only when it surely is. Text render modes that add glyphs to the clip (4–7) do not narrow it, for
 * the same reason.
 */

/** The operator codes the interpreter reads, looked up by name in the pdf.js build in use. */
export type OpCodes = Record<(typeof OP_NAMES)[number], number>;

export const OP_NAMES = [
  'save',
  'restore',
  'transform',
  'setLineWidth',
  'setGState',
  'setFillRGBColor',
  'setStrokeRGBColor',
  'setFillColorN',
  'setStrokeColorN',
  'setFillTransparent',
  'setStrokeTransparent',
  'constructPath',
  'clip',
  'eoClip',
  'stroke',
  'closeStroke',
  'fill',
  'eoFill',
  'fillStroke',
  'eoFillStroke',
  'closeFillStroke',
  'closeEOFillStroke',
  'endPath',
  'rawFillPath',
  'shadingFill',
  'beginText',
  'endText',
  'setCharSpacing',
  'setWordSpacing',
  'setHScale',
  'setLeading',
  'setFont',
  'setTextRenderingMode',
  'setTextRise',
  'moveText',
  'setLeadingMoveText',
  'setTextMatrix',
  'nextLine',
  'showText',
  'paintFormXObjectBegin',
  'paintFormXObjectEnd',
  'beginGroup',
  'endGroup',
  'beginAnnotation',
  'endAnnotation',
  'beginMarkedContent',
  'beginMarkedContentProps',
  'endMarkedContent',
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'paintImageXObjectRepeat',
  'paintImageMaskXObjectRepeat',
  'paintInlineImageXObjectGroup',
  'paintImageMaskXObjectGroup',
  'paintSolidColorImageMask',
] as const;

/** The codes of `OP_NAMES` in a pdf.js build (`pdfjs.OPS`); a name the build lacks gets a code no operator has. */
export function opCodes(ops: Record<string, number>): OpCodes {
  return Object.fromEntries(OP_NAMES.map((name) => [name, ops[name] ?? -1])) as OpCodes;
}

/** What the interpreter needs of a pdf.js font (`page.commonObjs.get(loadedName)`). */
export interface FontLike {
  name?: string;
  fontMatrix?: ArrayLike<number>;
  vertical?: boolean;
  ascent?: number;
  descent?: number;
  bold?: boolean;
  black?: boolean;
  defaultVMetrics?: ArrayLike<number>;
}

export interface PageContext {
  ops: OpCodes;
  /** User space to display coordinates: pdf.js' viewport transform (page rotation included). */
  view: Matrix;
  /** The displayed page, the clip area every page starts with. */
  page: Rect;
  /** The font pdf.js loaded under this name, if any. */
  font(id: string): FontLike | undefined;
  /** Whether optional content with these properties is shown (pdf.js' OptionalContentConfig.isVisible). */
  contentVisible?(properties: unknown): boolean;
  settings: ExtractSettings;
  /** Bounds on one page's work (limits.ts). */
  limits: PageLimits;
}

/**
 * Where a glyph is: `visible` printed text; `clipped` outside the clip area in force; `hidden` drawn
 * but not seen (invisible render mode or opacity over no image, optional content turned off, painted
 * in the colour under it); `ocr` drawn invisibly over an image — a scan's recognised text.
 */
export type Visibility = 'visible' | 'clipped' | 'hidden' | 'ocr';

export interface Glyph {
  /** Unicode as pdf.js decoded it, not normalised ('' for a glyph without a mapping). */
  text: string;
  /** A space glyph (U+0020 in a simple font, or whitespace Unicode): a position, not text. */
  space: boolean;
  /** pdf.js' font id (loadedName). */
  font: string;
  /** Font size on the displayed page, in points. */
  size: number;
  bold: boolean;
  vertical: boolean;
  /** The glyph's box on the displayed page: its advance along the baseline, descent to ascent across it. */
  box: Rect;
  /** The pen before and after the glyph's own advance (spacing excluded), on the baseline, display coordinates. */
  start: Point;
  end: Point;
  /** Unit vector of the writing direction on the displayed page (down the page for vertical fonts). */
  advance: Point;
  /** Unit vector of the glyphs' own x axis on the displayed page (the baseline, for horizontal fonts). */
  axis: Point;
  visibility: Visibility;
}

export interface PageContent {
  glyphs: Glyph[];
  rulings: Ruling[];
  /** Images painted on the page. */
  images: number;
  /** Why the page could not be read: a bound of `PageLimits` was passed (its glyphs and rulings are then dropped). */
  unreadable?: 'too_many_glyphs' | 'too_deep';
}

interface Paint {
  colour: Colour;
  alpha: number;
}

/** What placing glyphs needs of a font. */
interface FontMetrics {
  fm: Matrix;
  ascent: number;
  descent: number;
  vertical: boolean;
  bold: boolean;
  defaultVMetrics: ArrayLike<number> | undefined;
}

/** The graphics and text state, copied on every save (q, a form, a group): a class, so copies are cheap. */
class State {
  ctm: Matrix = IDENTITY;
  /** The clip area in display coordinates; null when it is empty (nothing drawn shows). */
  clip: Rect | null;
  fill: Paint = { colour: BLACK, alpha: 1 };
  stroke: Paint = { colour: BLACK, alpha: 1 };
  lineWidth = 1;
  fontId = '';
  fontSize = 0;
  fontDirection = 1;
  charSpacing = 0;
  wordSpacing = 0;
  hScale = 1;
  leading = 0;
  rise = 0;
  mode = FILL;
  textMatrix: Matrix = IDENTITY;
  x = 0;
  y = 0;
  lineX = 0;
  lineY = 0;

  constructor(clip: Rect | null) {
    this.clip = clip;
  }

  copy(): State {
    const c = new State(this.clip);
    c.ctm = this.ctm;
    c.fill = this.fill;
    c.stroke = this.stroke;
    c.lineWidth = this.lineWidth;
    c.fontId = this.fontId;
    c.fontSize = this.fontSize;
    c.fontDirection = this.fontDirection;
    c.charSpacing = this.charSpacing;
    c.wordSpacing = this.wordSpacing;
    c.hScale = this.hScale;
    c.leading = this.leading;
    c.rise = this.rise;
    c.mode = this.mode;
    c.textMatrix = this.textMatrix;
    c.x = this.x;
    c.y = this.y;
    c.lineX = this.lineX;
    c.lineY = this.lineY;
    return c;
  }
}

/** An operator's arguments as pdf.js' operator list holds them. */
type Args = unknown[] | null;
type Handler = (args: Args) => void;

/** What is painted under later text: a fill of one colour, or an image or shading (no one colour). */
interface Backdrop {
  box: Rect;
  colour: Rgb | undefined;
}

/** Font names that say the face is bold ("Helvetica-Bold", "SourceHanSansCN-Heavy", "Arial,Black"). */
const BOLD_NAME = /bold|black|heavy/i;
const FONT_MATRIX: Matrix = [0.001, 0, 0, 0.001, 0, 0];
/** Text render modes (PDF 9.3.6), low two bits. */
const FILL = 0;
const STROKE = 1;
const FILL_STROKE = 2;
const INVISIBLE = 3;

class Unreadable extends Error {
  constructor(readonly reason: NonNullable<PageContent['unreadable']>) {
    super(reason);
  }
}

export function interpretPage(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  ctx: PageContext,
): PageContent {
  const interpreter = new Interpreter(ctx);
  try {
    interpreter.run(fnArray, argsArray);
  } catch (error) {
    if (error instanceof Unreadable)
      return { glyphs: [], rulings: [], images: interpreter.images, unreadable: error.reason };
    throw error;
  }
  return interpreter.result();
}

class Interpreter {
  readonly glyphs: Glyph[] = [];
  /** Glyphs drawn invisibly: text of the page if an image lies under them (OCR), else hidden. */
  private readonly invisible: Glyph[] = [];
  readonly rulings: Ruling[] = [];
  images = 0;
  private readonly imageBoxes: Rect[] = [];
  private readonly backdrops: Backdrop[] = [];
  /** Backdrops by the grid cells their boxes overlap (indices into `backdrops`, in paint order). */
  private readonly backdropCells = new Map<number, number[]>();
  /** Backdrops over more than `GRID_SPAN` cells. */
  private readonly largeBackdrops: number[] = [];
  /** The distinct colours of the backdrops so far: text in none of them (nor white) needs no search. */
  private readonly backdropColours: Rgb[] = [];
  private readonly stack: State[] = [];
  /** Visibility of the open marked-content sequences (optional content turned off is false). */
  private readonly marked: boolean[] = [];
  private hiddenContent = 0;
  private annotations = 0;
  private pendingClip = false;
  private glyphCount = 0;
  private state: State;
  private readonly s: ExtractSettings;
  private readonly fills: Set<number>;
  private readonly strokes: Set<number>;
  private readonly metrics = new Map<string, FontMetrics>();
  private readonly handlers: (Handler | undefined)[];
  private trm: { ctm: Matrix; tm: Matrix; T: Matrix; sx: number; sy: number } | undefined;

  constructor(private readonly ctx: PageContext) {
    this.s = ctx.settings;
    const o = ctx.ops;
    this.strokes = new Set([
      o.stroke,
      o.closeStroke,
      o.fillStroke,
      o.eoFillStroke,
      o.closeFillStroke,
      o.closeEOFillStroke,
    ]);
    this.fills = new Set([
      o.fill,
      o.eoFill,
      o.fillStroke,
      o.eoFillStroke,
      o.closeFillStroke,
      o.closeEOFillStroke,
      o.rawFillPath,
    ]);
    this.state = new State([...ctx.page]);
    this.handlers = this.handlersFor(o);
  }

  result(): PageContent {
    // Invisible text is the page's text where an image lies under it: a scan's OCR layer.
    // A scan's image is the largest on its page: at most `limits.maxBackdropDepth` images are looked at.
    const images = [...this.imageBoxes].sort((a, b) => area(b) - area(a)).slice(0, this.ctx.limits.maxBackdropDepth);
    for (const glyph of this.invisible) {
      const over = images.some((box) => covers(box, glyph.box, this.s.visibility.backdropShare));
      glyph.visibility = over ? 'ocr' : 'hidden';
    }
    return { glyphs: this.glyphs, rulings: this.rulings, images: this.images };
  }

  run(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>): void {
    const handlers = this.handlers;
    for (let i = 0; i < fnArray.length; i++) {
      const handle = handlers[fnArray[i] as number];
      if (handle) handle((argsArray[i] ?? null) as Args);
    }
  }

  /** What each operator does, indexed by pdf.js' operator code (a table: most pages run thousands of operators). */
  private handlersFor(o: OpCodes): (Handler | undefined)[] {
    const table: (Handler | undefined)[] = [];
    const on = (codes: number[], handle: Handler) => {
      for (const code of codes) if (code >= 0) table[code] = handle;
    };
    on([o.save], () => this.push());
    on([o.restore, o.paintFormXObjectEnd, o.endGroup], () => this.pop());
    on([o.transform], (args) => {
      const m = asMatrix(args);
      if (m) this.state.ctm = multiply(this.state.ctm, m);
    });
    on([o.paintFormXObjectBegin], (args) => {
      this.push();
      const m = asMatrix(args?.[0]);
      if (m) this.state.ctm = multiply(this.state.ctm, m);
      const bbox = rectArg(args?.[1]);
      if (bbox) this.clipTo(transformRect(multiply(this.ctx.view, this.state.ctm), bbox));
    });
    on([o.beginGroup], (args) => {
      // The group's box, through its matrix, clips what it draws; the form that follows applies the matrix.
      this.push();
      const group = args?.[0] as { bbox?: unknown; matrix?: unknown } | undefined;
      const bbox = rectArg(group?.bbox);
      if (bbox) {
        const m = asMatrix(group?.matrix) ?? IDENTITY;
        this.clipTo(transformRect(multiply(this.ctx.view, multiply(this.state.ctm, m)), bbox));
      }
    });
    on([o.beginAnnotation], (args) => {
      // An annotation's appearance starts from the page's base state, clipped to its rectangle.
      this.push();
      this.annotations++;
      const next = new State([...this.ctx.page]);
      const t = asMatrix(args?.[2]) ?? IDENTITY;
      const m = asMatrix(args?.[3]) ?? IDENTITY;
      const rect = rectArg(args?.[1]);
      if (rect) next.clip = intersectRects(next.clip as Rect, transformRect(this.ctx.view, rect)) ?? null;
      next.ctm = multiply(t, m);
      this.state = next;
    });
    on([o.endAnnotation], () => {
      if (this.annotations > 0) {
        this.annotations--;
        this.pop();
      }
    });
    on([o.beginMarkedContent], () => this.mark(true));
    on([o.beginMarkedContentProps], (args) => {
      const visible = this.ctx.contentVisible;
      this.mark(args?.[0] !== 'OC' || !visible || visible(args?.[1]));
    });
    on([o.endMarkedContent], () => {
      if (this.marked.pop() === false) this.hiddenContent--;
    });
    on([o.setLineWidth], (args) => {
      if (typeof args?.[0] === 'number') this.state.lineWidth = args[0];
    });
    on([o.setGState], (args) => this.setGState(args?.[0]));
    const fill = (colour: Colour) => {
      this.state.fill = { colour, alpha: this.state.fill.alpha };
    };
    const stroke = (colour: Colour) => {
      this.state.stroke = { colour, alpha: this.state.stroke.alpha };
    };
    on([o.setFillRGBColor], (args) => fill(parseColour(args) ?? 'pattern'));
    on([o.setStrokeRGBColor], (args) => stroke(parseColour(args) ?? 'pattern'));
    on([o.setFillColorN], () => fill('pattern'));
    on([o.setStrokeColorN], () => stroke('pattern'));
    on([o.setFillTransparent], () => fill('none'));
    on([o.setStrokeTransparent], () => stroke('none'));
    on([o.clip, o.eoClip], () => {
      this.pendingClip = true;
    });
    on([o.constructPath], (args) => this.constructPath(args));
    on([o.shadingFill], () => {
      // A shading paints the whole clip area, in no one colour.
      const clip = this.state.clip;
      if (clip && this.hiddenContent === 0) this.addBackdrop(clip, undefined);
    });
    on([o.beginText], () => {
      const st = this.state;
      st.textMatrix = IDENTITY;
      st.x = st.lineX = 0;
      st.y = st.lineY = 0;
    });
    on([o.setCharSpacing], (args) => {
      this.state.charSpacing = num(args?.[0], this.state.charSpacing);
    });
    on([o.setWordSpacing], (args) => {
      this.state.wordSpacing = num(args?.[0], this.state.wordSpacing);
    });
    on([o.setHScale], (args) => {
      this.state.hScale = num(args?.[0], this.state.hScale * 100) / 100;
    });
    on([o.setLeading], (args) => {
      this.state.leading = -num(args?.[0], -this.state.leading);
    });
    on([o.setTextRise], (args) => {
      this.state.rise = num(args?.[0], this.state.rise);
    });
    on([o.setTextRenderingMode], (args) => {
      this.state.mode = num(args?.[0], this.state.mode);
    });
    on([o.setFont], (args) => this.setFont(args?.[0], args?.[1]));
    on([o.moveText], (args) => this.moveText(num(args?.[0], 0), num(args?.[1], 0)));
    on([o.setLeadingMoveText], (args) => {
      const y = num(args?.[1], 0);
      this.state.leading = y;
      this.moveText(num(args?.[0], 0), y);
    });
    on([o.nextLine], () => this.moveText(0, this.state.leading));
    on([o.setTextMatrix], (args) => {
      const m = asMatrix(args?.[0]) ?? asMatrix(args);
      if (!m) return;
      const st = this.state;
      st.textMatrix = m;
      st.x = st.lineX = 0;
      st.y = st.lineY = 0;
    });
    on([o.showText], (args) => {
      if (Array.isArray(args?.[0])) this.showText(args[0] as unknown[]);
    });
    on(
      [
        o.paintImageXObject,
        o.paintInlineImageXObject,
        o.paintImageMaskXObject,
        o.paintImageXObjectRepeat,
        o.paintImageMaskXObjectRepeat,
        o.paintInlineImageXObjectGroup,
        o.paintImageMaskXObjectGroup,
      ],
      () => this.paintImage(),
    );
    on([o.paintSolidColorImageMask], () => {
      // A one-colour mask over the unit square: a fill.
      const st = this.state;
      const box = this.visibleBox(transformRect(multiply(this.ctx.view, st.ctm), [0, 0, 1, 1]));
      const c = st.fill.colour;
      if (box && this.painted(st.fill)) this.addBackdrop(box, Array.isArray(c) ? (c as Rgb) : undefined);
    });
    return table;
  }

  private push(): void {
    if (this.stack.length >= this.ctx.limits.maxNestingDepth) throw new Unreadable('too_deep');
    this.stack.push(this.state);
    this.state = this.state.copy();
  }

  private pop(): void {
    this.state = this.stack.pop() ?? this.state;
  }

  private mark(shown: boolean): void {
    if (this.marked.length >= this.ctx.limits.maxNestingDepth) throw new Unreadable('too_deep');
    this.marked.push(shown);
    if (!shown) this.hiddenContent++;
  }

  private clipTo(box: Rect): void {
    const st = this.state;
    st.clip = st.clip ? (intersectRects(st.clip, box) ?? null) : null;
  }

  /** `box` within the clip area, or undefined when nothing of it shows. */
  private visibleBox(box: Rect): Rect | undefined {
    return this.state.clip ? intersectRects(this.state.clip, box) : undefined;
  }

  private painted(paint: Paint): boolean {
    return this.hiddenContent === 0 && paint.colour !== 'none' && paint.alpha >= this.s.visibility.minAlpha;
  }

  private setGState(entries: unknown): void {
    if (!Array.isArray(entries)) return;
    const st = this.state;
    for (const entry of entries) {
      if (!Array.isArray(entry)) continue;
      const [key, value] = entry as [unknown, unknown];
      if (key === 'LW' && typeof value === 'number') st.lineWidth = value;
      else if (key === 'ca' && typeof value === 'number') st.fill = { colour: st.fill.colour, alpha: value };
      else if (key === 'CA' && typeof value === 'number') st.stroke = { colour: st.stroke.colour, alpha: value };
      else if (key === 'Font' && Array.isArray(value)) this.setFont(value[0], value[1]);
    }
  }

  private setFont(id: unknown, size: unknown): void {
    const st = this.state;
    if (typeof id !== 'string') return;
    st.fontId = id;
    const n = num(size, 0);
    st.fontSize = Math.abs(n);
    st.fontDirection = n < 0 ? -1 : 1;
  }

  private moveText(x: number, y: number): void {
    const st = this.state;
    st.x = st.lineX += x;
    st.y = st.lineY += y;
  }

  private constructPath(args: unknown[] | null): void {
    const st = this.state;
    const paintOp = args?.[0];
    const path = decodePath(args?.[1], args?.[2]);
    const toView = multiply(this.ctx.view, st.ctm);
    if (typeof paintOp === 'number' && this.hiddenContent === 0) {
      const fills = this.fills.has(paintOp) && this.painted(st.fill);
      const strokes = this.strokes.has(paintOp) && this.painted(st.stroke);
      // White paint is no border: the invisible helper grid some exports draw over the table.
      const white = (c: Colour) => Array.isArray(c) && sameColour(c as Rgb, WHITE, this.s.visibility.sameColour);
      pathRulings(
        path,
        toView,
        { fill: fills && !white(st.fill.colour), stroke: strokes && !white(st.stroke.colour) },
        this.s.rulings,
        this.rulings,
      );
      if (fills) this.fillBackdrops(path, toView, st.fill.colour);
    }
    if (this.pendingClip) {
      // The clip takes effect after the path is painted; a path without a box clips everything away.
      this.pendingClip = false;
      if (path.bounds) this.clipTo(transformRect(toView, path.bounds));
      else st.clip = null;
    }
  }

  /** Each filled subpath's box is a backdrop for the text drawn over it later. */
  private fillBackdrops(path: Path, toView: Matrix, colour: Colour): void {
    const rgb = Array.isArray(colour) ? (colour as Rgb) : undefined;
    const boxes =
      path.subpaths.length > 0
        ? path.subpaths.map((points) => boundsOf(points.map((p) => apply(toView, p[0], p[1]))))
        : path.bounds
          ? [transformRect(toView, path.bounds)]
          : [];
    for (const box of boxes) {
      const shown = this.visibleBox(box);
      if (shown && area(shown) > 0) this.addBackdrop(shown, rgb);
    }
  }

  private addBackdrop(box: Rect, colour: Rgb | undefined): void {
    const index = this.backdrops.push({ box, colour }) - 1;
    // A fill over many cells (a page's background, a shaded band) is kept apart, not in each cell.
    if (cellCount(box, this.ctx.page) > GRID_SPAN) this.largeBackdrops.push(index);
    else
      forCells(box, this.ctx.page, (cell) => {
        const list = this.backdropCells.get(cell);
        if (list) list.push(index);
        else this.backdropCells.set(cell, [index]);
      });
    const tolerance = this.s.visibility.sameColour;
    if (colour && !this.backdropColours.some((c) => sameColour(c, colour, tolerance)))
      this.backdropColours.push(colour);
  }

  /**
   * The last backdrop painted that covers `share` of `box`: a backdrop, none (the page is under the
   * glyph), or undefined when `limits.maxBackdropDepth` fills over that place were looked at in vain.
   */
  private backdropUnder(box: Rect, share: number): Backdrop | 'page' | undefined {
    let best = -1;
    // The latest fill over this place left unlooked at, when `limits.maxBackdropDepth` cut a search short.
    let unseen = -1;
    const depth = this.ctx.limits.maxBackdropDepth;
    const look = (list: readonly number[]) => {
      let i = list.length - 1;
      for (let seen = 0; i >= 0 && seen < depth && (list[i] as number) > best; i--, seen++) {
        const index = list[i] as number;
        if (covers((this.backdrops[index] as Backdrop).box, box, share)) best = index;
      }
      if (i >= 0) unseen = Math.max(unseen, list[i] as number);
    };
    look(this.largeBackdrops);
    forCells(box, this.ctx.page, (cell) => {
      const list = this.backdropCells.get(cell);
      if (list) look(list);
    });
    // A fill painted after the one found, and not looked at, might lie over it: nothing is known.
    if (unseen > best) return undefined;
    return best >= 0 ? this.backdrops[best] : 'page';
  }

  private paintImage(): void {
    this.images++;
    if (this.hiddenContent > 0) return;
    // Images are drawn into the unit square of the current transformation.
    const box = this.visibleBox(transformRect(multiply(this.ctx.view, this.state.ctm), [0, 0, 1, 1]));
    if (!box) return;
    this.imageBoxes.push(box);
    this.addBackdrop(box, undefined);
  }

  /** A font's metrics, read once per page (pdf.js' font objects decode them on every access). */
  private metricsOf(id: string): FontMetrics {
    let m = this.metrics.get(id);
    if (!m) {
      const font = this.ctx.font(id);
      const measured = font?.ascent && font.ascent > 0 ? font : undefined;
      m = {
        fm: (font?.fontMatrix ? asMatrix(font.fontMatrix) : undefined) ?? FONT_MATRIX,
        ascent: measured?.ascent ?? this.s.glyphs.fallbackAscent,
        descent: measured ? (measured.descent ?? 0) : this.s.glyphs.fallbackDescent,
        vertical: font?.vertical === true,
        bold: font?.bold === true || font?.black === true || BOLD_NAME.test(font?.name ?? ''),
        defaultVMetrics: font?.defaultVMetrics,
      };
      this.metrics.set(id, m);
    }
    return m;
  }

  /** The text space to display transform (view × CTM × Tm), kept while neither matrix changes. */
  private textTransform(): { T: Matrix; sx: number; sy: number } {
    const st = this.state;
    const cached = this.trm;
    if (cached && cached.ctm === st.ctm && cached.tm === st.textMatrix) return cached;
    const T = multiply(this.ctx.view, multiply(st.ctm, st.textMatrix));
    this.trm = { ctm: st.ctm, tm: st.textMatrix, T, sx: Math.hypot(T[0], T[1]), sy: Math.hypot(T[2], T[3]) };
    return this.trm;
  }

  private showText(items: unknown[]): void {
    const st = this.state;
    if (st.fontSize === 0) return;
    const maxGlyphs = this.ctx.limits.maxGlyphsPerPage;
    const font = this.metricsOf(st.fontId);
    const { T, sx, sy } = this.textTransform();
    const size = st.fontSize;
    const fd = st.fontDirection;
    const hScale = st.hScale * fd;
    const widthScale = size * font.fm[0];
    const em = size * sy;
    const { ascent, descent, vertical } = font;
    const mode = st.mode & 3;
    // Bold by the font's flags or name, or drawn bold: filled and stroked with a line width (WPS's synthetic bold).
    const bold = font.bold || (mode === FILL_STROKE && st.lineWidth > 0);
    const hx = Math.sign(hScale) / (sx || 1);
    const xAxis: Point = [T[0] * hx, T[1] * hx];
    const vy = -fd / (sy || 1);
    const yAxis: Point = [T[2] * vy, T[3] * vy];
    const a = T[0];
    const b = T[1];
    const c = T[2];
    const d = T[3];
    const e = T[4];
    const f = T[5];

    // Indexed loops and no destructuring in this per-glyph code: V8 optimises it late in a short
    // process (the CLI's tiering), and until then for-of and array destructuring allocate per glyph.
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item === 'number') {
        // TJ adjustments are in thousandths of the font size, against the writing direction.
        if (vertical) st.y -= (item * size) / 1000;
        else st.x += ((-item * size) / 1000) * hScale;
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      if (++this.glyphCount > maxGlyphs) throw new Unreadable('too_many_glyphs');
      const g = item as { unicode?: unknown; width?: unknown; isSpace?: unknown; vmetric?: ArrayLike<number> | null };
      const text = typeof g.unicode === 'string' ? g.unicode : '';
      const width = typeof g.width === 'number' && Number.isFinite(g.width) ? g.width : 0;
      // A space is a position, not text: U+0020 of a simple font drawn without a mapping, or whitespace Unicode.
      const space = text === '' ? g.isSpace === true : text.trim() === '';
      const spacing = (g.isSpace === true ? st.wordSpacing : 0) + st.charSpacing;
      // The glyph's box in text space: x0–x1 along the baseline, lo–hi across it; its pen from p0 to p1.
      let x0: number;
      let x1: number;
      let lo: number;
      let hi: number;
      let p0x: number;
      let p0y: number;
      let p1x: number;
      let p1y: number;
      if (!vertical) {
        const y0 = st.y + st.rise;
        x0 = st.x;
        x1 = x0 + width * widthScale * hScale;
        lo = y0 + fd * descent * size;
        hi = y0 + fd * ascent * size;
        p0x = x0;
        p0y = y0;
        p1x = x1;
        p1y = y0;
        st.x += (width * widthScale + spacing * fd) * hScale;
      } else {
        // As pdf.js draws vertical fonts: the glyph's horizontal origin sits (vx, vy) from the pen.
        const vm = g.vmetric ?? font.defaultVMetrics;
        const vx = -(g.vmetric ? num(vm?.[1], width / 2) : width / 2) * widthScale;
        const vy = num(vm?.[2], ascent * 1000) * widthScale;
        const down = (vm ? -num(vm[0], -1000) : width) * widthScale;
        const oy = st.y + st.rise - vy;
        x0 = st.x + hScale * vx;
        x1 = x0 + hScale * width * widthScale;
        lo = oy + descent * size;
        hi = oy + ascent * size;
        p0x = st.x;
        p0y = st.y + st.rise;
        p1x = st.x;
        p1y = p0y - down;
        st.y -= down - spacing * fd;
      }
      if (this.annotations > 0 || em === 0) continue;
      const box = cornersBox(a, b, c, d, e, f, x0, x1, lo, hi);
      const glyph: Glyph = {
        text,
        space,
        font: st.fontId,
        size: em,
        bold,
        vertical,
        box,
        start: [a * p0x + c * p0y + e, b * p0x + d * p0y + f],
        end: [a * p1x + c * p1y + e, b * p1x + d * p1y + f],
        advance: vertical ? yAxis : xAxis,
        axis: xAxis,
        visibility: 'visible',
      };
      if (!space) {
        const seen = this.seen(mode, box);
        if (seen === 'invisible') this.invisible.push(glyph);
        else glyph.visibility = seen;
      }
      this.glyphs.push(glyph);
    }
  }

  /** Whether a glyph drawn now in `box` shows: not painted at all, in the colour under it, outside the clip, or printed. */
  private seen(mode: number, box: Rect): Exclude<Visibility, 'ocr'> | 'invisible' {
    const st = this.state;
    if (this.hiddenContent > 0) return 'hidden';
    const fill =
      (mode === FILL || mode === FILL_STROKE) &&
      st.fill.colour !== 'none' &&
      st.fill.alpha >= this.s.visibility.minAlpha;
    const stroke =
      (mode === STROKE || mode === FILL_STROKE) &&
      st.stroke.colour !== 'none' &&
      st.stroke.alpha >= this.s.visibility.minAlpha;
    if (mode === INVISIBLE || (!fill && !stroke)) return 'invisible';
    if (!(fill && this.stands(st.fill.colour, box)) && !(stroke && this.stands(st.stroke.colour, box))) return 'hidden';
    const clip = st.clip;
    const slack = this.s.visibility.clipSlack;
    const cx = (box[0] + box[2]) / 2;
    const cy = (box[1] + box[3]) / 2;
    if (!clip || cx < clip[0] - slack || cx > clip[2] + slack || cy < clip[1] - slack || cy > clip[3] + slack)
      return 'clipped';
    return 'visible';
  }

  /** Paint of this colour stands out from what lies under `box` (the last backdrop covering it, else the white page). */
  private stands(colour: Colour, box: Rect): boolean {
    if (!Array.isArray(colour)) return true;
    const rgb = colour as Rgb;
    const tolerance = this.s.visibility.sameColour;
    if (!sameColour(rgb, WHITE, tolerance) && !this.backdropColours.some((c) => sameColour(c, rgb, tolerance)))
      return true;
    const backdrop = this.backdropUnder(box, this.s.visibility.backdropShare);
    // Past the bound nothing is known of what lies under the glyph: it counts as printed.
    if (!backdrop) return true;
    if (backdrop === 'page') return !sameColour(rgb, WHITE, tolerance);
    return !backdrop.colour || !sameColour(backdrop.colour, rgb, tolerance);
  }
}

/**
 * The side of the square cells backdrops are indexed by, in points: about a line of table text, so
 * that a glyph meets a few cells and a cell holds the few fills painted there. It changes no result.
 */
const GRID = 24;
/** Backdrops over more cells than this are listed once, not in each cell (an index detail too). */
const GRID_SPAN = 64;

/** The grid cells `box` overlaps, within the page (`page`: its box): their column and row ranges. */
function cellRange(box: Rect, page: Rect): { columns: number; x0: number; x1: number; y0: number; y1: number } {
  const columns = Math.ceil((page[2] - page[0]) / GRID) + 1;
  const rows = Math.ceil((page[3] - page[1]) / GRID) + 1;
  const cell = (v: number, origin: number, count: number) =>
    Math.min(count - 1, Math.max(0, Math.floor((v - origin) / GRID)));
  return {
    columns,
    x0: cell(box[0], page[0], columns),
    x1: cell(box[2], page[0], columns),
    y0: cell(box[1], page[1], rows),
    y1: cell(box[3], page[1], rows),
  };
}

function cellCount(box: Rect, page: Rect): number {
  const r = cellRange(box, page);
  return (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1);
}

/** Calls `visit` with the index of every grid cell `box` overlaps, within the page (`page`: its box). */
function forCells(box: Rect, page: Rect, visit: (cell: number) => void): void {
  const { columns, x0, x1, y0, y1 } = cellRange(box, page);
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) visit(y * columns + x);
}

/** `outer` covers at least `share` of `inner` (the middle of `inner` when it has no area). */
function covers(outer: Rect, inner: Rect, share: number): boolean {
  const w = inner[2] - inner[0];
  const h = inner[3] - inner[1];
  if (w <= 0 || h <= 0) {
    const cx = (inner[0] + inner[2]) / 2;
    const cy = (inner[1] + inner[3]) / 2;
    return cx >= outer[0] && cx <= outer[2] && cy >= outer[1] && cy <= outer[3];
  }
  const ow = Math.min(outer[2], inner[2]) - Math.max(outer[0], inner[0]);
  if (ow <= 0) return false;
  const oh = Math.min(outer[3], inner[3]) - Math.max(outer[1], inner[1]);
  return oh > 0 && ow * oh >= share * w * h;
}

function rectArg(value: unknown): Rect | undefined {
  if (!value || typeof (value as ArrayLike<number>).length !== 'number') return undefined;
  const v = Array.from(value as ArrayLike<number>);
  if (v.length !== 4 || !v.every(Number.isFinite)) return undefined;
  const [x0, y0, x1, y1] = v as [number, number, number, number];
  return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The display box of the text-space box [x0, x1] × [lo, hi] under [a b c d e f]. */
function cornersBox(
  a: number,
  b: number,
  c: number,
  d: number,
  e: number,
  f: number,
  x0: number,
  x1: number,
  lo: number,
  hi: number,
): Rect {
  const ax0 = a * x0;
  const ax1 = a * x1;
  const bx0 = b * x0;
  const bx1 = b * x1;
  const clo = c * lo;
  const chi = c * hi;
  const dlo = d * lo;
  const dhi = d * hi;
  return [
    Math.min(ax0, ax1) + Math.min(clo, chi) + e,
    Math.min(bx0, bx1) + Math.min(dlo, dhi) + f,
    Math.max(ax0, ax1) + Math.max(clo, chi) + e,
    Math.max(bx0, bx1) + Math.max(dlo, dhi) + f,
  ];
}
