import { applyReview, type Box, markFinding, reviewKeys } from '@hezhang/core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { annotatePdf, annotationPlaces, userRect } from '../src/export/annotated-pdf.js';
import { rgb01, SEVERITY_COLOUR } from '../src/severity-colours.js';
import { pdfReport } from './pdf-report.js';

/** Rectangles of the annotations must match the cells the findings point at within a point. */
const WITHIN_PT = 1;

interface ReadAnnotation {
  subtype: string;
  rect: number[];
  quadPoints?: ArrayLike<number>;
  contentsObj?: { str: string };
  color?: Uint8ClampedArray;
  borderStyle?: { style: number };
}

async function open(bytes: Uint8Array) {
  return getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
}

/** A box of the report in PDF user space, by pdf.js' own reckoning (its viewport at the report's rotation). */
async function expectedRect(
  pdf: Awaited<ReturnType<typeof open>>,
  rotations: readonly number[] | undefined,
  pageNumber: number,
  box: Box,
): Promise<number[]> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 1, rotation: rotations?.[pageNumber - 1] ?? page.rotate });
  const [x0, y0, x1, y1] = box;
  const a = viewport.convertToPdfPoint(x0, y0);
  const b = viewport.convertToPdfPoint(x1, y1);
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
}

/** An annotation's rectangles, one per quadrilateral, as [x0, y0, x1, y1]. */
function quadRects(quads: ArrayLike<number> | undefined): number[][] {
  const out: number[][] = [];
  const q = Array.from(quads ?? []);
  for (let i = 0; i + 8 <= q.length; i += 8) {
    const xs = [q[i], q[i + 2], q[i + 4], q[i + 6]] as number[];
    const ys = [q[i + 1], q[i + 3], q[i + 5], q[i + 7]] as number[];
    out.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
  }
  return out;
}

const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - (b[i] ?? Number.NaN)) <= WITHIN_PT);

/**
 * seed-003.pdf: findings on sentences of the prose; seed-002-unruled.pdf: on cells of a table;
 * rotated.pdf: seed-003 on pages turned by /Rotate (its boxes are in the unrotated frame).
 */
describe.each(['seed-003.pdf', 'seed-002-unruled.pdf', 'rotated.pdf'])('the annotated PDF of %s', (name) => {
  const made = (async () => {
    const { bytes, report } = await pdfReport(name);
    const keys = reviewKeys(report);
    // The most severe finding that points at the page (seed-003's are notes since truncation is one).
    const severity = (['error', 'warning', 'info'] as const).find((v) =>
      report.findings.some((f) => f.severity === v && f.refs.some((r) => r.box)),
    );
    const first = report.findings.findIndex((f) => f.severity === severity && f.refs.some((r) => r.box));
    const reviewed = applyReview(report, [markFinding(keys[first] as string, 'dismissed', '原表无误')]);
    return { bytes, report: reviewed, first, out: await annotatePdf(bytes, reviewed) };
  })();

  it('keeps the original bytes and adds one annotation per finding (per page it marks), its rectangles on the cells', {
    timeout: 60_000,
  }, async () => {
    const { bytes, report, out, first } = await made;
    expect(first).toBeGreaterThanOrEqual(0);
    // An incremental update: the published file is the first part of the annotated one, byte for byte.
    expect(Buffer.from(out.subarray(0, bytes.length)).equals(Buffer.from(bytes))).toBe(true);

    const places = annotationPlaces(report);
    const located = report.findings.filter((f) => f.refs.some((r) => r.box));
    const pages = (i: number) =>
      new Set(report.findings[i]?.refs.flatMap((r) => (r.box && r.page ? [r.page] : []))).size;
    // One place per finding and page: as many as findings when each marks one page.
    expect(places.length).toBe([...new Set(places.map((p) => p.finding))].reduce((n, i) => n + pages(i), 0));
    expect(new Set(places.map((p) => p.finding)).size).toBe(located.length);
    expect(places.some((p) => p.boxes.length > 1)).toBe(true);

    const original = await open(bytes);
    const pdf = await open(out);
    const found: { page: number; rects: number[][]; rect: number[] }[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const annotations = (await (await pdf.getPage(n)).getAnnotations()) as ReadAnnotation[];
      for (const a of annotations)
        if (a.subtype === 'Highlight') found.push({ page: n, rects: quadRects(a.quadPoints), rect: a.rect });
    }
    expect(found).toHaveLength(places.length);
    // Each place is one annotation on its page whose rectangles are its boxes, within a point.
    const unmatched: string[] = [];
    for (const place of places) {
      const want = await Promise.all(
        place.boxes.map((b) => expectedRect(original, report.source.rotations, place.page, b)),
      );
      const hit = found.find(
        (f) =>
          f.page === place.page && f.rects.length === want.length && want.every((w) => f.rects.some((r) => near(r, w))),
      );
      if (!hit) unmatched.push(`finding ${place.finding} page ${place.page}`);
      // The annotation's rectangle holds every one of its rectangles.
      else
        for (const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] of hit.rects) {
          const [rx0 = 0, ry0 = 0, rx1 = 0, ry1 = 0] = hit.rect;
          expect(x0 >= rx0 && y0 >= ry0 && x1 <= rx1 && y1 <= ry1).toBe(true);
        }
    }
    await original.destroy();
    await pdf.destroy();
    expect(unmatched).toEqual([]);
  });

  it('says what is wrong, the formula, the mark and the note, coloured by severity', { timeout: 60_000 }, async () => {
    const { report, out, first } = await made;
    const finding = report.findings[first];
    const place = annotationPlaces(report).find((p) => p.finding === first);
    if (!finding || !place) throw new Error('no located finding');
    const pdf = await open(out);
    const annotations = (await (await pdf.getPage(place.page)).getAnnotations()) as ReadAnnotation[];
    await pdf.destroy();
    const texts = annotations.map((a) => a.contentsObj?.str ?? '');
    const mine = annotations.find((a) => a.contentsObj?.str.includes(finding.message.zh));
    expect(mine?.contentsObj?.str).toContain('核查: 误报 — 原表无误');
    // The note ends with the rule's name in words, never its id.
    const title = report.checks.find((c) => c.rule === finding.rule)?.title.zh;
    expect(title).toBeTruthy();
    expect(mine?.contentsObj?.str.endsWith(`核账 Hezhang · ${title}`)).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/[a-z]+[._][a-z_]+$/);
    if (finding.formula) expect(mine?.contentsObj?.str).toContain(finding.formula.zh);
    // The colour of its severity, as every picture of a finding (severity-colours.ts).
    expect([...(mine?.color ?? [])]).toEqual(rgb01(SEVERITY_COLOUR[finding.severity]).map((c) => Math.round(c * 255)));
    // Dismissed: dashed; the others solid (pdf.js: 2 = dashed, 1 = solid).
    expect(mine?.borderStyle?.style).toBe(2);
    // Every other annotation on the page belongs to a finding nobody marked.
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
