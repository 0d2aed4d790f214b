/**
 * Pictures of a PDF for the HTML report, drawn with the host's pdf.js on this thread: a thumbnail of
 * each page (of the pages with findings, when the document is long) and, for each finding, the band
 * of each page it points at. Boxes are not drawn in: the report lays them over the pictures as SVG,
 * in the report's own coordinates (points, the frame `report.source.rotations` names).
 */
import type { Box, Report } from '@hezhang/core';
import { boxesByPage } from '../report-model.js';
import type { PdfSource } from './pdfjs.js';
import { openDocument } from './render.js';

/** A picture of a region of a page: `region` in points of the page's frame, `src` a data: URI. */
export interface PagePicture {
  page: number;
  region: Box;
  src: string;
}

export interface ReportPictures {
  /** Pages in the document. */
  /** The document's pages (of a file of several: its own). */
  pages: number;
  /** Whole pages, small. */
  thumbnails: PagePicture[];
  /** Per finding (its index in `report.findings`): the bands of the pages it points at. */
  snippets: Record<number, PagePicture[]>;
}

/** Thumbnails of every page up to this many pages; beyond, of the pages with findings only. */
export const MAX_THUMBNAILS = 60;
/** Thumbnail width in pixels: small enough for a strip, large enough to see the tables' shape. */
const THUMBNAIL_PX = 150;
/** Snippets are drawn at this many pixels per point: sharp when printed, readable on screen. */
const SNIPPET_SCALE = 2;
/** Points of page shown above and below the boxes: the neighbouring rows give the cell its context. */
const SNIPPET_MARGIN = 28;
/** Pages pictured per finding (a folded finding may point at twenty). */
export const MAX_SNIPPET_PAGES = 3;

interface Canvas {
  canvas: HTMLCanvasElement;
  width: number;
  height: number;
}

export async function reportPictures(source: PdfSource, report: Report): Promise<ReportPictures> {
  const doc = await openDocument(source);
  const rotation = (page: number) => report.source.rotations?.[page - 1];
  const draw = async (page: number, scaleFor: (width: number) => number): Promise<Canvas & { points: Box }> => {
    const pdfPage = await doc.getPage(page);
    const turn = rotation(page);
    const size = pdfPage.getViewport({ scale: 1, ...(turn !== undefined ? { rotation: turn } : {}) });
    const scale = scaleFor(size.width);
    const viewport = pdfPage.getViewport({ scale, ...(turn !== undefined ? { rotation: turn } : {}) });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    await pdfPage.render({ canvas, viewport }).promise;
    pdfPage.cleanup();
    return { canvas, width: canvas.width, height: canvas.height, points: [0, 0, size.width, size.height] };
  };

  // Which parts of which pages: the findings' boxes, grouped by page.
  const wanted = new Map<number, { finding: number; region: Box }[]>();
  report.findings.forEach((finding, index) => {
    const pages = [...boxesByPage(finding)].slice(0, MAX_SNIPPET_PAGES);
    for (const [page, boxes] of pages) {
      const top = Math.min(...boxes.map((b) => b[1]));
      const bottom = Math.max(...boxes.map((b) => b[3]));
      const list = wanted.get(page) ?? [];
      list.push({
        finding: index,
        region: [0, top - SNIPPET_MARGIN, Number.POSITIVE_INFINITY, bottom + SNIPPET_MARGIN],
      });
      wanted.set(page, list);
    }
  });

  const snippets: Record<number, PagePicture[]> = {};
  for (const [page, regions] of [...wanted].sort((a, b) => a[0] - b[0])) {
    if (page < 1 || page > doc.numPages) continue;
    const drawn = await draw(page, () => SNIPPET_SCALE);
    for (const { finding, region } of regions) {
      const clipped: Box = [0, Math.max(0, region[1]), drawn.points[2], Math.min(drawn.points[3], region[3])];
      (snippets[finding] ??= []).push({ page, region: clipped, src: crop(drawn, clipped, SNIPPET_SCALE) });
    }
  }

  const withFindings = new Set(wanted.keys());
  // The document's own pages: a file of several documents holds others' too.
  const from = Math.max(1, source.pages?.from ?? 1);
  const to = Math.min(doc.numPages, source.pages?.to ?? doc.numPages);
  const pages = Math.max(0, to - from + 1);
  const thumbnailPages =
    pages <= MAX_THUMBNAILS
      ? Array.from({ length: pages }, (_, i) => from + i)
      : [...withFindings]
          .filter((p) => p >= from && p <= to)
          .sort((a, b) => a - b)
          .slice(0, MAX_THUMBNAILS);
  const thumbnails: PagePicture[] = [];
  for (const page of thumbnailPages) {
    const drawn = await draw(page, (width) => THUMBNAIL_PX / width);
    thumbnails.push({ page, region: drawn.points, src: drawn.canvas.toDataURL('image/jpeg', 0.8) });
  }
  return { pages, thumbnails, snippets };
}

/** The region (points) of a drawn page as a PNG data: URI. */
function crop(drawn: Canvas, region: Box, scale: number): string {
  const x = Math.round(region[0] * scale);
  const y = Math.round(region[1] * scale);
  const width = Math.max(1, Math.min(drawn.width - x, Math.round((region[2] - region[0]) * scale)));
  const height = Math.max(1, Math.min(drawn.height - y, Math.round((region[3] - region[1]) * scale)));
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  out.getContext('2d')?.drawImage(drawn.canvas, x, y, width, height, 0, 0, width, height);
  return out.toDataURL('image/png');
}
