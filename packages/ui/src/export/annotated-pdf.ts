/**
 * The annotated PDF: the original file with one annotation per finding — on each page it marks, one
 * highlight annotation whose rectangles (QuadPoints) are every cell or sentence it points at there,
 * drawn as outlines coloured by severity — its text the finding's message and formula, amounts, the
 * review mark and note, and the rule's name. Made with pdf-lib (the maintained @cantoo fork) as an incremental update: the
 * original bytes stay untouched at the start of the file, the annotations are appended after them,
 * so anyone can check that the document underneath is the one published.
 */
import { PDFArray, PDFDocument, PDFHexString, PDFName, type PDFPage, type PDFRef, PDFString } from '@cantoo/pdf-lib';
import {
  type Box,
  type Finding,
  orderedFindings,
  type Report,
  type ReviewMark,
  reviewOf,
  type Severity,
} from '@hezhang/core';
import type { Lang } from '../i18n.js';
import { REVIEW_STRINGS } from '../review-strings.js';
import { rgb01, SEVERITY_COLOUR } from '../severity-colours.js';

/** Severity colours (RGB, 0–1): the page viewer's and the HTML report's (severity-colours.ts). */
export const SEVERITY_RGB: Readonly<Record<Severity, readonly [number, number, number]>> = {
  error: rgb01(SEVERITY_COLOUR.error),
  warning: rgb01(SEVERITY_COLOUR.warning),
  info: rgb01(SEVERITY_COLOUR.info),
};

/** Border width in points: visible at 100 %, thin enough to leave the printed digits readable. */
const BORDER = 1.2;

/** PDF user space of a page: its visible box and rotation, as pdf.js displays it. */
export interface PageGeometry {
  /** [x0, y0, x1, y1]: the crop box within the media box, in default user space. */
  view: [number, number, number, number];
  /** Clockwise rotation, degrees, of the frame the report's boxes are in. */
  rotation: number;
}

/**
 * A box of the report (points, top-left origin of the page as displayed, y down, turned by
 * `rotation`) back in the PDF's default user space (bottom-left origin, y up): the inverse of
 * pdf.js' viewport transform at scale 1.
 */
export function userRect(box: Box, { view, rotation }: PageGeometry): [number, number, number, number] {
  const [vx0, vy0, vx1, vy1] = view;
  const toUser = (x: number, y: number): [number, number] => {
    switch (((rotation % 360) + 360) % 360) {
      case 90:
        return [vx0 + y, vy0 + x];
      case 180:
        return [vx1 - x, vy0 + y];
      case 270:
        return [vx1 - y, vy1 - x];
      default:
        return [vx0 + x, vy1 - y];
    }
  };
  const [ax, ay] = toUser(box[0], box[1]);
  const [bx, by] = toUser(box[2], box[3]);
  return [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
}

function geometry(page: PDFPage, frameRotation: number | undefined): PageGeometry {
  const media = page.getMediaBox();
  const crop = page.getCropBox();
  // pdf.js shows the crop box clipped to the media box.
  const view: [number, number, number, number] = [
    Math.max(media.x, crop.x),
    Math.max(media.y, crop.y),
    Math.min(media.x + media.width, crop.x + crop.width),
    Math.min(media.y + media.height, crop.y + crop.height),
  ];
  return { view, rotation: frameRotation ?? page.getRotation().angle };
}

/** The annotation's text: what is wrong, the formula, the amounts, the review, and the rule's name in words. */
export function annotationText(finding: Finding, mark: ReviewMark | undefined, lang: Lang, ruleTitle: string): string {
  const s = REVIEW_STRINGS[lang];
  const lines = [`[${s.severity[finding.severity]}] ${finding.message[lang]}`];
  if (finding.formula) lines.push(`${s.formula}: ${finding.formula[lang]}`);
  const amounts = [
    [s.expected, finding.expected?.text],
    [s.actual, finding.actual?.text],
    [s.difference, finding.difference?.text],
  ].filter(([, v]) => v);
  if (amounts.length > 0) lines.push(amounts.map(([k, v]) => `${k} ${v}`).join('; '));
  const status = mark?.status ?? 'open';
  lines.push(`${s.reviewLabel}: ${s.status[status]}${mark?.note ? ` — ${mark.note}` : ''}`);
  lines.push(`${s.madeBy} · ${ruleTitle}`);
  return lines.join('\n');
}

/** One annotation: a finding's boxes on one of its pages. */
export interface AnnotationPlace {
  /** The finding's index in `report.findings`. */
  finding: number;
  page: number;
  /** Every distinct box the finding points at on this page. */
  boxes: Box[];
}

/**
 * One place per finding and page it marks (most findings mark one page), in the order findings are
 * shown; a folded finding that names one cell twice has it once.
 */
export function annotationPlaces(report: Pick<Report, 'findings'>): AnnotationPlace[] {
  const places: AnnotationPlace[] = [];
  for (const { finding, index } of orderedFindings(report)) {
    const byPage = new Map<number, Map<string, Box>>();
    for (const ref of finding.refs) {
      if (ref.page === undefined || ref.box === undefined) continue;
      let boxes = byPage.get(ref.page);
      if (!boxes) byPage.set(ref.page, (boxes = new Map()));
      boxes.set(ref.box.join(','), ref.box);
    }
    for (const [page, boxes] of byPage) places.push({ finding: index, page, boxes: [...boxes.values()] });
  }
  return places;
}

type Rect = [number, number, number, number];

/** The outlines of the rectangles, in page space (the form's BBox is the annotation's Rect). */
function outlinesAppearance(
  doc: PDFDocument,
  bbox: Rect,
  rects: readonly Rect[],
  rgb: readonly number[],
  dashed: boolean,
) {
  const inset = BORDER / 2;
  const ops = [
    `${rgb.map((c) => c.toFixed(3)).join(' ')} RG`,
    `${BORDER} w`,
    dashed ? '[3 2] 0 d' : '[] 0 d',
    ...rects.map(
      ([x0, y0, x1, y1]) =>
        `${(x0 - inset).toFixed(3)} ${(y0 - inset).toFixed(3)} ${(x1 - x0 + BORDER).toFixed(3)} ${(y1 - y0 + BORDER).toFixed(3)} re S`,
    ),
  ].join('\n');
  // A highlight's appearance names a graphics state: pdf.js draws its own (a filled marker) otherwise.
  return doc.context.register(
    doc.context.stream(`/GS0 gs\n${ops}`, {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: bbox,
      Resources: { ExtGState: { GS0: { Type: 'ExtGState', CA: 1, BM: 'Normal' } } },
    }),
  );
}

/**
 * Adds the annotations to the PDF and returns the new file. `report` is the report of these bytes
 * (with its review, when there is one: each annotation then carries the mark and note, and a
 * dismissed finding's boxes are dashed).
 */
export async function annotatePdf(bytes: Uint8Array, report: Report, lang: Lang = 'zh'): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { forIncrementalUpdate: true, updateMetadata: false });
  const pages = doc.getPages();
  const review = reviewOf(report);
  const now = new Date();
  const author = PDFHexString.fromText(REVIEW_STRINGS[lang].madeBy);
  const added = new Map<number, PDFRef[]>();
  for (const place of annotationPlaces(report)) {
    const page = pages[place.page - 1];
    const finding = report.findings[place.finding];
    if (!page || !finding) continue;
    const mark = review?.marks[place.finding];
    const frame = geometry(page, report.source.rotations?.[place.page - 1]);
    const rects = place.boxes.map((box) => userRect(box, frame));
    // The annotation's rectangle holds every outline (and so every quadrilateral) with its stroke.
    const bbox: Rect = [
      Math.min(...rects.map((r) => r[0])) - BORDER,
      Math.min(...rects.map((r) => r[1])) - BORDER,
      Math.max(...rects.map((r) => r[2])) + BORDER,
      Math.max(...rects.map((r) => r[3])) + BORDER,
    ];
    const rgb = SEVERITY_RGB[finding.severity];
    const dismissed = mark?.status === 'dismissed';
    const rule = report.checks.find((c) => c.rule === finding.rule)?.title[lang] ?? finding.rule;
    // Built in one literal: every later change to a registered object costs pdf-lib a search.
    const annotation = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Highlight',
      Rect: bbox,
      // Each box as a quadrilateral: upper left, upper right, lower left, lower right (as viewers write them).
      QuadPoints: rects.flatMap(([x0, y0, x1, y1]) => [x0, y1, x1, y1, x0, y0, x1, y0]),
      C: [...rgb],
      BS: { Type: 'Border', W: BORDER, S: dismissed ? 'D' : 'S', ...(dismissed ? { D: [3, 2] } : {}) },
      F: 4, // print
      AP: { N: outlinesAppearance(doc, bbox, rects, rgb, dismissed) },
      P: page.ref,
      Contents: PDFHexString.fromText(annotationText(finding, mark, lang, rule)),
      T: author,
      Subj: PDFHexString.fromText(REVIEW_STRINGS[lang].severity[finding.severity]),
      NM: PDFString.of(`hezhang-${place.finding + 1}-${place.page}`),
      M: PDFString.fromDate(now),
    });
    const refs = added.get(place.page - 1) ?? [];
    refs.push(doc.context.register(annotation));
    added.set(place.page - 1, refs);
  }
  for (const [index, refs] of added) {
    const page = pages[index];
    if (page) addAnnotations(page, refs);
  }
  return doc.commit();
}

/** The page's /Annots (in the page or an array it refers to) with `refs` after them, set once per page. */
function addAnnotations(page: PDFPage, refs: readonly PDFRef[]): void {
  const existing = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? [];
  page.node.set(PDFName.of('Annots'), page.doc.context.obj([...existing, ...refs]));
}
