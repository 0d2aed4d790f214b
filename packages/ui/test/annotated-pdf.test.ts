import { applyReview, type Box, markFinding, reviewKeys } from '@hezhang/core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { annotatePdf, annotationPlaces, userRect } from '../src/export/annotated-pdf.js';
import { pdfReport } from './pdf-report.js';

/** Rectangles of the annotations must match the cells the findings point at within a point. */
const WITHIN_PT = 1;

interface ReadAnnotation {
  subtype: string;
  rect: number[];
  contentsObj?: { str: string };
  color?: Uint8ClampedArray;
  borderStyle?: { style: number };
}

async function open(bytes: Uint8Array) {
  return getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
}

/**
 * The expected rectangle, by pdf.js' own reckoning: the report's box is in the frame pdf.js shows at
 * `rotation`, and its viewport converts that frame back into PDF user space.
 */
async function expectedRects(
  bytes: Uint8Array,
  rotations: readonly number[] | undefined,
  places: ReturnType<typeof annotationPlaces>,
) {
  const pdf = await open(bytes);
  const out: { page: number; rect: number[] }[] = [];
  for (const place of places) {
    const page = await pdf.getPage(place.page);
    const viewport = page.getViewport({ scale: 1, rotation: rotations?.[place.page - 1] ?? page.rotate });
    const [x0, y0, x1, y1] = place.box;
    const a = viewport.convertToPdfPoint(x0, y0);
    const b = viewport.convertToPdfPoint(x1, y1);
    out.push({
      page: place.page,
      rect: [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])],
    });
  }
  await pdf.destroy();
  return out;
}

/**
 * seed-003.pdf: findings on sentences of the prose; seed-002-unruled.pdf: on cells of a table;
 * rotated.pdf: seed-003 on pages turned by /Rotate (its boxes are in the unrotated frame).
 */
describe.each(['seed-003.pdf', 'seed-002-unruled.pdf', 'rotated.pdf'])('the annotated PDF of %s', (name) => {
  const made = (async () => {
    const { bytes, report } = await pdfReport(name);
    const keys = reviewKeys(report);
    const first = report.findings.findIndex((f) => f.severity === 'error');
    const reviewed = applyReview(report, [markFinding(keys[first] as string, 'dismissed', '原表无误')]);
    return { bytes, report: reviewed, first, out: await annotatePdf(bytes, reviewed) };
  })();

  it('keeps the original bytes and adds one square per place a finding points at, where pdf.js says it is', {
    timeout: 60_000,
  }, async () => {
    const { bytes, report, out } = await made;
    expect(report.findings.some((f) => f.severity === 'error')).toBe(true);
    // An incremental update: the published file is the first part of the annotated one, byte for byte.
    expect(Buffer.from(out.subarray(0, bytes.length)).equals(Buffer.from(bytes))).toBe(true);

    const places = annotationPlaces(report);
    expect(places.length).toBeGreaterThan(0);
    expect(places.length).toBeGreaterThanOrEqual(report.findings.filter((f) => f.refs.some((r) => r.box)).length);
    const expected = await expectedRects(bytes, report.source.rotations, places);
    const pdf = await open(out);
    const found: { page: number; rect: number[] }[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const annotations = (await (await pdf.getPage(n)).getAnnotations()) as ReadAnnotation[];
      for (const a of annotations) if (a.subtype === 'Square') found.push({ page: n, rect: a.rect });
    }
    await pdf.destroy();
    expect(found).toHaveLength(places.length);
    // Each expected rectangle is matched by an annotation on its page within a point, and the other way round.
    const matches = (a: { page: number; rect: number[] }, b: { page: number; rect: number[] }) =>
      a.page === b.page && a.rect.every((v, i) => Math.abs(v - (b.rect[i] ?? Number.NaN)) <= WITHIN_PT);
    expect(expected.filter((e) => !found.some((f) => matches(e, f)))).toEqual([]);
    expect(found.filter((f) => !expected.some((e) => matches(f, e)))).toEqual([]);
  });

  it('says what is wrong, the formula, the mark and the note, coloured by severity', { timeout: 60_000 }, async () => {
    const { report, out, first } = await made;
    const finding = report.findings[first];
    const place = annotationPlaces(report).find((p) => p.finding === first);
    if (!finding || !place) throw new Error('no located error finding');
    const pdf = await open(out);
    const annotations = (await (await pdf.getPage(place.page)).getAnnotations()) as ReadAnnotation[];
    await pdf.destroy();
    const texts = annotations.map((a) => a.contentsObj?.str ?? '');
    const mine = annotations.find((a) => a.contentsObj?.str.includes(finding.message.zh));
    expect(mine?.contentsObj?.str).toContain('核查: 误报 — 原表无误');
    if (finding.formula) expect(mine?.contentsObj?.str).toContain(finding.formula.zh);
    expect([...(mine?.color ?? [])]).toEqual([204, 26, 26]);
    // Dismissed: dashed; the others solid (pdf.js: 2 = dashed, 1 = solid).
    expect(mine?.borderStyle?.style).toBe(2);
    // Every other place on the page belongs to a finding nobody marked.
    const others = annotationPlaces(report).filter((p) => p.page === place.page && p.finding !== first);
    expect(texts.filter((t) => t.includes('核查: 待核查'))).toHaveLength(others.length);
  });
});

describe('boxes back in PDF user space', () => {
  it('agree with pdf.js for every rotation and a crop box that does not start at the origin', async () => {
    // A page of its own: 500×300 media box cropped to [20, 30, 420, 280].
    const { PDFDocument, degrees } = await import('@cantoo/pdf-lib');
    const box: Box = [37.5, 12.25, 91, 40];
    for (const rotation of [0, 90, 180, 270]) {
      const doc = await PDFDocument.create();
      const page = doc.addPage([500, 300]);
      page.setCropBox(20, 30, 400, 250);
      page.setRotation(degrees(rotation));
      const pdf = await open(await doc.save());
      const viewport = (await pdf.getPage(1)).getViewport({ scale: 1 });
      const a = viewport.convertToPdfPoint(box[0], box[1]);
      const b = viewport.convertToPdfPoint(box[2], box[3]);
      await pdf.destroy();
      const expected = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
      const rect = userRect(box, { view: [20, 30, 420, 280], rotation });
      for (const [i, v] of rect.entries()) expect(v, `rotation ${rotation}`).toBeCloseTo(expected[i] ?? Number.NaN, 6);
    }
  });
});
