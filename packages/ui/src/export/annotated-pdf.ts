/**
 * The annotated PDF: the original file with one square annotation over each cell or sentence a
 * finding points at, coloured by severity, its text the finding's message and formula, amounts, the
 * review mark and note. Made with pdf-lib (the maintained @cantoo fork) as an incremental update: the
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

/** Severity colours (RGB, 0–1), the page's own: red errors, amber warnings, blue notes. */
export const SEVERITY_RGB: Readonly<Record<Severity, readonly [number, number, number]>> = {
  error: [0.8, 0.1, 0.1],
  warning: [0.85, 0.5, 0],
  info: [0.1, 0.35, 0.8],
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

/** The annotation's text: what is wrong, the formula, the amounts, the review, and who wrote it. */
export function annotationText(finding: Finding, mark: ReviewMark | undefined, lang: Lang): string {
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
  lines.push(`${s.madeBy} · ${finding.rule}`);
  return lines.join('\n');
}

/** One place to annotate: a finding's box on a page. */
export interface AnnotationPlace {
  finding: number;
  page: number;
  box: Box;
}

/** Every box a finding points at, once per finding (a folded finding may name one cell twice). */
export function annotationPlaces(report: Pick<Report, 'findings'>): AnnotationPlace[] {
  const places: AnnotationPlace[] = [];
  for (const { finding, index } of orderedFindings(report)) {
    const seen = new Set<string>();
    for (const ref of finding.refs) {
      if (ref.page === undefined || ref.box === undefined) continue;
      const id = `${ref.page}|${ref.box.join(',')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      places.push({ finding: index, page: ref.page, box: ref.box });
    }
  }
  return places;
}

function squareAppearance(doc: PDFDocument, width: number, height: number, rgb: readonly number[], dashed: boolean) {
  const inset = BORDER / 2;
  const ops = [
    `${rgb.map((c) => c.toFixed(3)).join(' ')} RG`,
    `${BORDER} w`,
    dashed ? '[3 2] 0 d' : '[] 0 d',
    `${inset} ${inset} ${Math.max(0, width - BORDER).toFixed(3)} ${Math.max(0, height - BORDER).toFixed(3)} re S`,
  ].join('\n');
  return doc.context.register(
    doc.context.stream(ops, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height] }),
  );
}

/**
 * Adds the annotations to the PDF and returns the new file. `report` is the report of these bytes
 * (with its review, when there is one: each annotation then carries the mark and note, and a
 * dismissed finding's box is dashed).
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
    const [x0, y0, x1, y1] = userRect(place.box, geometry(page, report.source.rotations?.[place.page - 1]));
    const rgb = SEVERITY_RGB[finding.severity];
    const dismissed = mark?.status === 'dismissed';
    // Built in one literal: every later change to a registered object costs pdf-lib a search.
    const annotation = doc.context.obj({
      Type: 'Annot',
      Subtype: 'Square',
      Rect: [x0, y0, x1, y1],
      C: [...rgb],
      BS: { Type: 'Border', W: BORDER, S: dismissed ? 'D' : 'S', ...(dismissed ? { D: [3, 2] } : {}) },
      F: 4, // print
      AP: { N: squareAppearance(doc, x1 - x0, y1 - y0, rgb, dismissed) },
      P: page.ref,
      Contents: PDFHexString.fromText(annotationText(finding, mark, lang)),
      T: author,
      Subj: PDFHexString.fromText(REVIEW_STRINGS[lang].severity[finding.severity]),
      NM: PDFString.of(`hezhang-${place.finding + 1}-${place.page}-${place.box.map((v) => Math.round(v)).join('-')}`),
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
