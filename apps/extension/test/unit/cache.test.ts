import type { ReportSummary } from '@hezhang/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_REPORTS, PdfCache, URL_TTL_MS } from '../../src/background/cache';

const summary = { verdict: 'error', errors: 1, warnings: 0 } as ReportSummary;
const verdict = (hash: string) => ({ hash, name: `${hash}.pdf`, summary });

describe('PdfCache', () => {
  let now = 1_000;
  let cache: PdfCache;
  beforeEach(() => {
    fakeBrowser.reset();
    now = 1_000;
    cache = new PdfCache(() => now);
  });

  it('answers a URL from the cache for a day, then asks for the bytes again', async () => {
    await cache.store('https://a.gov.cn/x.pdf', verdict('h1'), { findings: [] });
    expect(await cache.byUrl('https://a.gov.cn/x.pdf')).toMatchObject({
      hash: 'h1',
      url: 'https://a.gov.cn/x.pdf',
      checkedAt: 1_000,
    });
    now += URL_TTL_MS + 1;
    expect(await cache.byUrl('https://a.gov.cn/x.pdf')).toBeNull();
    expect(await cache.byHash('h1')).toMatchObject({ hash: 'h1', summary });
  });

  it('answers nothing from a cache an earlier reader made, and drops its reports when a new one is kept', async () => {
    // Before version 2 a PDF of several documents was read as its first document only.
    await fakeBrowser.storage.local.set({
      'pdfcache:index': {
        urls: { 'https://a.gov.cn/x.pdf': { hash: 'h0', checkedAt: 1_000 } },
        verdicts: { h0: { ...verdict('h0'), usedAt: 1_000 } },
      },
      'pdfcache:report:h0': { findings: ['old'] },
      'pdfcache:groups': { g: { members: [{ hash: 'h0', urls: [] }], usedAt: 1_000 } },
    });
    expect(await cache.byUrl('https://a.gov.cn/x.pdf')).toBeNull();
    expect(await cache.byHash('h0')).toBeNull();
    expect(await cache.report('https://a.gov.cn/x.pdf')).toBeNull();
    await cache.store('https://a.gov.cn/y.pdf', verdict('h1'), { findings: [] });
    expect(await fakeBrowser.storage.local.get(['pdfcache:report:h0', 'pdfcache:groups'])).toEqual({});
    expect(await cache.byHash('h1')).toMatchObject({ hash: 'h1' });
  });

  it('points another URL at a report made for the same bytes', async () => {
    await cache.store('https://a.gov.cn/x.pdf', verdict('h1'), { findings: ['f'] });
    expect(await cache.remember('https://b.gov.cn/copy.pdf', 'h1')).toMatchObject({
      url: 'https://b.gov.cn/copy.pdf',
      hash: 'h1',
    });
    expect(await cache.report('https://b.gov.cn/copy.pdf')).toMatchObject({ report: { findings: ['f'] } });
    expect(await cache.remember('https://b.gov.cn/other.pdf', 'unknown')).toBeNull();
  });

  it('keeps at most MAX_REPORTS reports, dropping the least recently used and their URLs', async () => {
    for (let i = 0; i <= MAX_REPORTS; i++) {
      now++;
      await cache.store(`https://a.gov.cn/${i}.pdf`, verdict(`h${i}`), { i });
    }
    expect(await cache.byHash('h0')).toBeNull();
    expect(await cache.report('https://a.gov.cn/0.pdf')).toBeNull();
    expect(await fakeBrowser.storage.local.get('pdfcache:report:h0')).toEqual({});
    expect(await cache.report(`https://a.gov.cn/${MAX_REPORTS}.pdf`)).toMatchObject({ report: { i: MAX_REPORTS } });
  });

  it('loses no entry when checks finish at the same time', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((h) => cache.store(`https://a.gov.cn/${h}.pdf`, verdict(h), {})));
    for (const h of ['a', 'b', 'c', 'd']) expect(await cache.byUrl(`https://a.gov.cn/${h}.pdf`)).not.toBeNull();
  });
});
