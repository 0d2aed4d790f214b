import type { ReportSummary } from '@hezhang/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PdfCache } from '../../src/background/cache';
import { checkPdf, type PdfServiceDeps } from '../../src/background/pdf-service';
import { canFetch, originPattern } from '../../src/background/permissions';
import { JobQueue } from '../../src/background/queue';
import type { PdfOutcome, ReadResult } from '../../src/shared/messages';
import { pdfFetchDecision } from '../../src/shared/pdf-policy';

const summary = { verdict: 'warning', errors: 0, warnings: 2 } as ReportSummary;
const URL_A = 'https://czj.example.gov.cn:8443/files/budget.pdf';

describe('permissions', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for the PDF site on any port', () => {
    expect(originPattern(URL_A)).toBe('https://czj.example.gov.cn/*');
  });

  it('checks the granted host permissions', async () => {
    const granted = new Set(['https://czj.example.gov.cn/*']);
    fakeBrowser.permissions.contains = vi.fn(async ({ origins }) =>
      (origins ?? []).every((o: string) => granted.has(o)),
    );
    expect(await canFetch(URL_A)).toBe(true);
    expect(await canFetch('https://other.gov.cn/a.pdf')).toBe(false);
  });
});

describe('checkPdf', () => {
  let deps: PdfServiceDeps;
  let read: ReturnType<typeof vi.fn<(url: string) => Promise<ReadResult>>>;
  beforeEach(() => {
    fakeBrowser.reset();
    read = vi.fn(async () => ({
      ok: true as const,
      hash: 'h1',
      fresh: true as const,
      report: { findings: [] },
      verdict: { hash: 'h1', name: 'budget.pdf', summary },
    }));
    deps = {
      cache: new PdfCache(),
      queue: new JobQueue<PdfOutcome>(2),
      read,
      canFetch: async () => true,
      allowed: async () => ({ ok: true }),
    };
  });

  it('reads nothing the fetch policy refuses, and does not even ask for a permission', async () => {
    const canFetch = vi.fn(async () => true);
    deps.canFetch = canFetch;
    deps.allowed = async (url, page) => pdfFetchDecision(url, page, false);
    const page = 'https://czj.example.gov.cn/xxgk/budget.html';
    for (const url of [
      'http://192.168.1.10/budget.pdf',
      'https://other.example.org/budget.pdf',
      'http://intranet/a.pdf',
    ])
      expect(await checkPdf(deps, url, false, page)).toMatchObject({ ok: false, failure: { kind: 'refused' } });
    expect(read).not.toHaveBeenCalled();
    expect(canFetch).not.toHaveBeenCalled();
    expect(await checkPdf(deps, 'https://files.example.gov.cn/budget.pdf', false, page)).toMatchObject({ ok: true });
  });

  it('reads nothing from a site the user has not granted', async () => {
    deps.canFetch = async () => false;
    expect(await checkPdf(deps, URL_A)).toEqual({
      ok: false,
      failure: { kind: 'needs-permission', origin: 'https://czj.example.gov.cn' },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('reads a PDF once, then answers from the cache unless forced', async () => {
    expect(await checkPdf(deps, URL_A)).toMatchObject({ ok: true, verdict: { hash: 'h1', url: URL_A, summary } });
    expect(await checkPdf(deps, URL_A)).toMatchObject({ ok: true, verdict: { hash: 'h1' } });
    expect(read).toHaveBeenCalledTimes(1);
    await checkPdf(deps, URL_A, true);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('links a URL whose bytes were read under another URL', async () => {
    await checkPdf(deps, URL_A);
    read.mockResolvedValueOnce({
      ok: true,
      hash: 'h1',
      fresh: false,
      verdict: { hash: 'h1', name: 'budget.pdf', summary, url: '', checkedAt: 0 },
    });
    expect(await checkPdf(deps, 'https://mirror.gov.cn/b.pdf')).toMatchObject({
      ok: true,
      verdict: { url: 'https://mirror.gov.cn/b.pdf', hash: 'h1' },
    });
    expect(await deps.cache.report('https://mirror.gov.cn/b.pdf')).not.toBeNull();
  });

  it('passes read failures on and caches nothing', async () => {
    read.mockResolvedValueOnce({ ok: false, failure: { kind: 'not-pdf' } });
    expect(await checkPdf(deps, URL_A)).toEqual({ ok: false, failure: { kind: 'not-pdf' } });
    expect(await deps.cache.byUrl(URL_A)).toBeNull();
  });

  it('never reads more PDFs at once than the queue allows', async () => {
    let running = 0;
    let most = 0;
    deps.read = async (url) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return { ok: true, hash: url, fresh: true, report: {}, verdict: { hash: url, name: url, summary } };
    };
    await Promise.all([1, 2, 3, 4, 5].map((i) => checkPdf(deps, `https://a.gov.cn/${i}.pdf`)));
    expect(most).toBe(2);
  });
});
