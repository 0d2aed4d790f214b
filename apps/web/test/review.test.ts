import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Box, type Report, readReviewMarks } from '@hezhang/core';
import { annotationPlaces } from '@hezhang/ui/export/annotated-pdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, leftTheMachine, openSession, type Session } from './browser.js';
import { fixture, KNOWN_MISTAKE } from './fixtures.js';

/** Where the screenshots of the HTML report go (looked at by hand; not compared). */
const SHOTS = process.env.HEZHANG_SCREENSHOTS ?? join(tmpdir(), 'hezhang-screenshots');
const NOTE = '表内数字经核对无误：20805 的合计含上年结转';
/** Annotation rectangles must land on the cells within a point. */
const WITHIN_PT = 1;

describe('a volunteer reviews a finding', () => {
  let s: Session;
  const summary = () => s.page.locator(`[data-document="${KNOWN_MISTAKE.file}"][data-status]`).first();
  const finding = () =>
    s.page
      .locator(
        `[data-finding][data-rule="${KNOWN_MISTAKE.rule}"][data-table="${KNOWN_MISTAKE.table}"][data-row="${KNOWN_MISTAKE.row}"]`,
      )
      .first();
  const errorCount = async () => Number((await summary().locator('.count-error').textContent())?.match(/\d+/)?.[0]);
  let before: { status: string | null; errors: number };

  async function save(kind: string): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      s.page.waitForEvent('download', { timeout: 120_000 }),
      s.page.locator(`[data-export="${kind}"]`).click(),
    ]);
    return { fileName: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }

  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
    await dropFiles(s.page, [fixture(KNOWN_MISTAKE.file)]);
    await summary().waitFor();
    before = { status: await summary().getAttribute('data-status'), errors: await errorCount() };
  });
  afterAll(() => s?.close());

  it('marks it 误报 with a note: the verdict counts it no more and says one was dismissed', async () => {
    expect(before.status).toBe('error');
    expect(await finding().getAttribute('data-review')).toBe('open');
    await finding().locator('[data-review-note]').fill(NOTE);
    await finding().locator('[data-review-action="dismiss"]').click();
    await expect.poll(() => finding().getAttribute('data-review')).toBe('dismissed');
    await expect.poll(() => summary().getAttribute('data-dismissed')).toBe('1');
    expect(await errorCount()).toBe(before.errors - 1);
    if (before.errors === 1) expect(await summary().getAttribute('data-status')).not.toBe('error');
    expect(await summary().textContent()).toContain('误报 1');
    mkdirSync(SHOTS, { recursive: true });
    await summary().screenshot({ path: join(SHOTS, 'page-summary.png') });
    await finding().screenshot({ path: join(SHOTS, 'page-finding-dismissed.png') });
  });

  it('finds the mark again after a reload, when the same file is checked again', async () => {
    await s.page.reload();
    await s.page.locator('h1').waitFor();
    expect(await s.page.locator('[data-finding]').count()).toBe(0);
    await dropFiles(s.page, [fixture(KNOWN_MISTAKE.file)]);
    await summary().waitFor();
    await expect.poll(() => finding().getAttribute('data-review')).toBe('dismissed');
    expect(await finding().locator('[data-review-note]').inputValue()).toBe(NOTE);
    expect(await summary().getAttribute('data-dismissed')).toBe('1');
    expect(await errorCount()).toBe(before.errors - 1);
  });

  it('reopens and marks again: 已核实 counts as a finding', async () => {
    await finding().locator('[data-review-action="confirm"]').click();
    await expect.poll(() => finding().getAttribute('data-review')).toBe('confirmed');
    expect(await errorCount()).toBe(before.errors);
    await finding().locator('[data-review-action="reopen"]').click();
    await expect.poll(() => finding().getAttribute('data-review')).toBe('open');
    await finding().locator('[data-review-action="dismiss"]').click();
    await expect.poll(() => finding().getAttribute('data-review')).toBe('dismissed');
    expect(await errorCount()).toBe(before.errors - 1);
  });

  let report: Report & { review: { marks: { key: string; status: string; note: string }[]; dismissed: number } };
  let dismissedIndex: number;

  it('exports the report as JSON with its review, which the CLI reads as a marks file', async () => {
    const { fileName, bytes } = await save('json');
    expect(fileName).toBe('known-mistake.report.json');
    report = JSON.parse(bytes.toString('utf8'));
    expect(report.review.dismissed).toBe(1);
    dismissedIndex = report.review.marks.findIndex((m) => m.status === 'dismissed');
    expect(report.findings[dismissedIndex]?.refs.some((r) => r.row === KNOWN_MISTAKE.row)).toBe(true);
    expect(report.review.marks[dismissedIndex]?.note).toBe(NOTE);
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readReviewMarks(report).filter((m) => m.status === 'dismissed')).toEqual([
      expect.objectContaining({ note: NOTE, key: report.review.marks[dismissedIndex]?.key }),
    ]);
  });

  it('puts the mark in the CSV', async () => {
    const text = (await save('csv')).bytes.toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]?.endsWith(',review,review_note')).toBe(true);
    const line = lines.find((l) => l.includes(`,${KNOWN_MISTAKE.rule},`) && l.includes(',dismissed,'));
    expect(line?.endsWith(`,dismissed,${NOTE}`)).toBe(true);
  });

  it('puts the mark in the 检查表 workbook', async () => {
    const { fileName, bytes } = await save('xlsx');
    expect(fileName).toBe('known-mistake.检查表.xlsx');
    const [sheet] = await readXlsxFile(bytes);
    const rows = sheet?.data ?? [];
    expect(rows[0]).toEqual(['检查项目', '符合要求', '问题', '核查情况']);
    const spending = rows.find((r) => r[0] === '支出预算总表');
    expect(String(spending?.[3])).toContain(`误报：${NOTE}`);
  });

  it('writes an HTML report that opens from disk with no request, showing snippets, charts and the mark', async () => {
    const { fileName, bytes } = await save('html');
    expect(fileName).toBe('known-mistake.report.html');
    const html = bytes.toString('utf8');
    expect(html).toContain(`核查：误报 — ${NOTE}`);
    expect(html).toContain(report.source.sha256 as string);
    mkdirSync(SHOTS, { recursive: true });
    const file = join(SHOTS, fileName);
    writeFileSync(file, bytes);
    const url = pathToFileURL(file).href;

    const page = await s.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.route('**/*', (route) =>
      route.request().url() === url ? route.continue() : route.abort('blockedbyclient'),
    );
    await page.goto(url);
    await page.waitForLoadState('load');
    // Nothing but the file itself (pictures are data: URIs, which are no requests).
    expect(requests.filter((r) => r !== url && !r.startsWith('data:'))).toEqual([]);

    const document = page.locator(`[data-document="${KNOWN_MISTAKE.file}"]`);
    expect(await document.locator('[data-status]').getAttribute('data-status')).toBe(report.summary.verdict);
    const mine = document.locator('[data-finding][data-review="dismissed"]');
    expect(await mine.count()).toBe(1);
    // The snippet of the dismissed finding: a decoded picture of page 9 with the cell outlined.
    const snippet = mine.locator(`[data-snippet-page="${KNOWN_MISTAKE.page}"] img`);
    expect(await snippet.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 500)).toBe(true);
    expect(await mine.locator('[data-snippet-page] svg rect').count()).toBeGreaterThan(0);
    // Every finding that points at a box has a snippet.
    const located = report.findings.filter((f) => f.refs.some((r) => r.box)).length;
    expect(await document.locator('[data-finding]:has([data-snippet-page])').count()).toBe(located);
    // The page strip: one thumbnail per page, the pages with findings marked.
    expect(await document.locator('[data-strip] li').count()).toBe(report.source.pages);
    expect(
      await document.locator(`[data-strip] li[data-page="${KNOWN_MISTAKE.page}"]`).getAttribute('data-findings'),
    ).not.toBe('0');
    // Charts: expenditure by class.
    expect(await document.locator('svg[data-chart="by-class"] rect').count()).toBeGreaterThan(1);
    const images = await page
      .locator('img')
      .evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).every(
          (img) => img.complete && img.naturalWidth > 0 && img.src.startsWith('data:'),
        ),
      );
    expect(images).toBe(true);

    await page.screenshot({ path: join(SHOTS, 'report-top.png') });
    await mine.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'report-finding.png') });
    await page.screenshot({ path: join(SHOTS, 'report-full.png'), fullPage: true });
    await page.close();
  });

  it('writes the annotated PDF: one annotation per finding and page, its rectangles on the cells, with the mark', async () => {
    const { fileName, bytes } = await save('annotated-pdf');
    expect(fileName).toBe('known-mistake.annotated.pdf');
    const original = fixture(KNOWN_MISTAKE.file).bytes;
    expect(Buffer.from(bytes.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
    const places = annotationPlaces(report);
    let annotated = 0;
    const unmatched: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const annotations = (await page.getAnnotations()) as {
        subtype: string;
        quadPoints?: ArrayLike<number>;
        contentsObj?: { str: string };
      }[];
      const mine = annotations.filter((a) => a.subtype === 'Highlight');
      annotated += mine.length;
      const viewport = page.getViewport({ scale: 1, rotation: report.source.rotations?.[n - 1] ?? page.rotate });
      const rectsOf = (quads: ArrayLike<number> | undefined) => {
        const q = Array.from(quads ?? []);
        const out: number[][] = [];
        for (let i = 0; i + 8 <= q.length; i += 8) {
          const xs = [q[i], q[i + 2], q[i + 4], q[i + 6]] as number[];
          const ys = [q[i + 1], q[i + 3], q[i + 5], q[i + 7]] as number[];
          out.push([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
        }
        return out;
      };
      for (const place of places.filter((p) => p.page === n)) {
        const want = place.boxes.map((box) => {
          const [x0, y0, x1, y1] = box as Box;
          const a = viewport.convertToPdfPoint(x0, y0);
          const b = viewport.convertToPdfPoint(x1, y1);
          return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
        });
        const near = (r: number[], w: number[]) => r.every((v, i) => Math.abs(v - (w[i] ?? Number.NaN)) <= WITHIN_PT);
        const hit = mine.find((m) => {
          const rects = rectsOf(m.quadPoints);
          return rects.length === want.length && want.every((w) => rects.some((r) => near(r, w)));
        });
        if (!hit) unmatched.push(`page ${n} finding ${place.finding}`);
        else if (place.finding === dismissedIndex) expect(hit.contentsObj?.str).toContain(`核查: 误报 — ${NOTE}`);
      }
    }
    await pdf.destroy();
    expect(unmatched).toEqual([]);
    expect(annotated).toBe(places.length);
    // One per finding: the sample's findings each mark one page or two (a table and the prose).
    expect(annotated).toBeLessThanOrEqual(2 * new Set(places.map((p) => p.finding)).size);
    expect(places.some((p) => p.finding === dismissedIndex && p.page === KNOWN_MISTAKE.page)).toBe(true);
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(leftTheMachine(s).filter((u) => !u.startsWith('file:'))).toEqual([]);
  });
});
