import type { Box, Finding, Severity } from '@hezhang/core';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useLang, useStrings } from '../i18n.js';
import type { PdfSource } from '../pdf/pdfjs.js';
import { type PageSize, renderPage } from '../pdf/render.js';
import { boxesByPage } from '../report-model.js';
import { SEVERITY_COLOUR } from '../severity-colours.js';
import { ScrollRegion } from './ScrollRegion.js';

interface PageViewerProps {
  /** The finding to show; the dialog is open while it is set. */
  finding: Finding | null;
  source: PdfSource;
  onClose: () => void;
  /** The findings to step through with previous / next (those with boxes on a page, in the report's order). */
  findings?: readonly Finding[];
  /** Shows another finding (previous / next). */
  onShow?: (finding: Finding) => void;
}

/** Space around a box so its outline does not cover the printed digits (points, at least). */
const PAD = 1.5;
/** The outline's width on screen (CSS pixels, whatever the zoom). */
const BOX_STROKE_PX = 2.5;
/** Clear screen pixels between the outline's inner edge and the cell's text. */
const BOX_GAP_PX = 1;
/** The page's width at zoom 1 ("fit"): the frame's width, at most this many CSS pixels. */
const MAX_WIDTH = 1100;
/**
 * The least a page is drawn at when it opens, in CSS pixels per point: budget tables print their
 * amounts in 9–10 pt, and under about a pixel per point (a landscape page across a phone is drawn at
 * 0.44) their digits cannot be read. The page then scrolls inside its frame, its first box in view.
 */
const READABLE_PX_PER_PT = 1;

/**
 * The page's width at zoom 1: the frame's width (at most MAX_WIDTH); in a frame taller than wide (a
 * phone held upright) a landscape page as tall as the frame rather than a strip across its top; and
 * never under READABLE_PX_PER_PT.
 */
export function fittedWidth(page: PageSize, frame: { width: number; height: number }): number {
  const across = Math.min(frame.width || MAX_WIDTH, MAX_WIDTH);
  const tall = frame.height > frame.width ? (frame.height * page.width) / page.height : 0;
  return Math.round(Math.max(across, tall, READABLE_PX_PER_PT * page.width));
}
/** Zoom steps, as multiples of the fitted width; the reader starts at 1 (the whole width of the page). */
const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3, 4] as const;

/**
 * A picture of the boxes over the page: everything but the boxes dimmed, each box outlined. `scale` is
 * CSS pixels per point: the outline stays outside the cell's text at any zoom (on a phone the page is
 * drawn at under half a pixel per point, and an outline padded in points alone covered the digits).
 */
function Highlights({
  size,
  scale,
  boxes,
  severity,
}: {
  size: PageSize;
  scale: number;
  boxes: readonly Box[];
  severity: Severity;
}) {
  const pad = Math.max(PAD, (BOX_STROKE_PX / 2 + BOX_GAP_PX) / scale);
  const holes = boxes
    .map(([x0, y0, x1, y1]) => `M${x0 - pad} ${y0 - pad}H${x1 + pad}V${y1 + pad}H${x0 - pad}Z`)
    .join('');
  return (
    <svg class="page-highlights" viewBox={`0 0 ${size.width} ${size.height}`} aria-hidden="true">
      <path class="page-dim" fill-rule="evenodd" d={`M0 0H${size.width}V${size.height}H0Z${holes}`} />
      {boxes.map(([x0, y0, x1, y1], i) => (
        <rect
          key={i}
          class={`page-box page-box-${severity}`}
          data-box={`${x0},${y0},${x1},${y1}`}
          stroke={SEVERITY_COLOUR[severity]}
          x={x0 - pad}
          y={y0 - pad}
          width={x1 - x0 + 2 * pad}
          height={y1 - y0 + 2 * pad}
          stroke-width={`${BOX_STROKE_PX}px`}
        />
      ))}
    </svg>
  );
}

/**
 * A modal dialog with the PDF page of a finding rendered by pdf.js, its cells and text spans boxed;
 * previous / next finding, zoom (the page scrolls both ways inside its frame), and the dialog's heading
 * with 关闭 always on screen (on a phone the dialog fills the screen). Test hooks: data-zoom on the
 * frame, data-viewer-step on previous / next.
 */
export function PageViewer({ finding, source, onClose, findings = [], onShow }: PageViewerProps) {
  const t = useStrings();
  const lang = useLang();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const pages = finding ? boxesByPage(finding) : new Map<number, Box[]>();
  const pageNumbers = [...pages.keys()];
  const [page, setPage] = useState<number | undefined>(pageNumbers[0]);
  const [zoom, setZoom] = useState(1);
  const [state, setState] = useState<
    { status: 'loading' | 'failed' } | { status: 'ready'; size: PageSize; scale: number }
  >({
    status: 'loading',
  });
  const at = finding ? findings.indexOf(finding) : -1;
  const previous = at > 0 ? findings[at - 1] : undefined;
  const next = at >= 0 && at < findings.length - 1 ? findings[at + 1] : undefined;

  useEffect(() => {
    setPage(finding ? [...boxesByPage(finding).keys()][0] : undefined);
    const element = dialog.current;
    if (!element) return;
    if (finding && !element.open) element.showModal();
    if (!finding && element.open) element.close();
  }, [finding]);

  useEffect(() => {
    if (page === undefined || !canvas.current || !frame.current) return;
    let current = true;
    const drawn = new AbortController();
    setState({ status: 'loading' });
    const box = { width: frame.current.clientWidth, height: frame.current.clientHeight };
    const width = (size: PageSize) => Math.round(fittedWidth(size, box) * zoom);
    renderPage(source, page, canvas.current, width, drawn.signal).then(
      ({ size, width }) => {
        if (!current) return;
        const scale = width / size.width;
        setState({ status: 'ready', size, scale });
        // The first box in view: a little below the frame's top, and its left edge in view when zoomed in.
        const first = pages.get(page)?.[0];
        const f = frame.current;
        if (first && f) {
          f.scrollTop = Math.max(0, first[1] * scale - 80);
          f.scrollLeft = Math.max(0, first[0] * scale - f.clientWidth / 4);
        }
      },
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
      drawn.abort();
    };
  }, [page, source, zoom, finding]);

  const zoomBy = (step: number) => {
    const i = ZOOMS.indexOf(zoom as (typeof ZOOMS)[number]);
    const nextZoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i + step))];
    if (nextZoom !== undefined) setZoom(nextZoom);
  };

  const message = finding ? finding.message[lang] : '';
  return (
    <dialog ref={dialog} class="page-viewer" aria-labelledby={titleId} onClose={onClose}>
      <header class="viewer-header">
        <h2 id={titleId}>{page !== undefined ? t.viewerTitle(page) : ''}</h2>
        <div class="viewer-tools">
          {findings.length > 1 && onShow && (
            <span class="viewer-step">
              <button
                type="button"
                data-viewer-step="previous"
                disabled={!previous}
                onClick={() => previous && onShow(previous)}
              >
                {t.viewerPrevious}
              </button>
              <span class="viewer-position">{t.viewerPosition(at + 1, findings.length)}</span>
              <button type="button" data-viewer-step="next" disabled={!next} onClick={() => next && onShow(next)}>
                {t.viewerNext}
              </button>
            </span>
          )}
          <fieldset class="viewer-zoom">
            <legend class="visually-hidden">{t.viewerZoom}</legend>
            <button type="button" aria-label={t.zoomOut} disabled={zoom <= (ZOOMS[0] ?? 1)} onClick={() => zoomBy(-1)}>
              −
            </button>
            <button type="button" title={t.zoomFit} onClick={() => setZoom(1)}>
              <span class="visually-hidden">{t.zoomFit} </span>
              {Math.round(zoom * 100)}%
            </button>
            <button
              type="button"
              aria-label={t.zoomIn}
              disabled={zoom >= (ZOOMS[ZOOMS.length - 1] ?? 1)}
              onClick={() => zoomBy(1)}
            >
              +
            </button>
          </fieldset>
        </div>
        <button type="button" class="viewer-close" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </header>
      <p class="viewer-message">{message}</p>
      <p class="viewer-legend">{t.viewerLegend}</p>
      {pageNumbers.length > 1 && (
        <nav class="viewer-pages" aria-label={t.viewerPages}>
          {pageNumbers.map((n) => (
            <button key={n} type="button" aria-pressed={n === page} onClick={() => setPage(n)}>
              {t.page(n)}
            </button>
          ))}
        </nav>
      )}
      <ScrollRegion
        innerRef={frame}
        class="viewer-frame"
        state={state.status}
        zoom={zoom}
        label={page !== undefined ? t.viewerTitle(page) : t.viewerLoading}
      >
        <div class="viewer-page">
          <canvas ref={canvas} role="img" aria-label={page !== undefined ? t.viewerTitle(page) : ''} />
          {state.status === 'ready' && page !== undefined && (
            <Highlights
              size={state.size}
              scale={state.scale}
              boxes={pages.get(page) ?? []}
              severity={finding?.severity ?? 'error'}
            />
          )}
        </div>
        {state.status === 'loading' && <p class="viewer-status">{t.viewerLoading}</p>}
        {state.status === 'failed' && (
          <p class="viewer-status" role="alert">
            {t.viewerFailed}
          </p>
        )}
      </ScrollRegion>
    </dialog>
  );
}
