/**
 * What the extension may fetch, decided from the URL alone; and the fetch itself with a stubbed
 * `fetch` (these tests never send a request anywhere): refused addresses never reach it, a redirect
 * to one is dropped, and a body past the cap is cancelled while it streams.
 */
import { describe, expect, it, vi } from 'vitest';
import { fetchPdf } from '../../src/pdf/fetch-pdf';
import { isPrivateHost, pdfFetchDecision, siteOfHost } from '../../src/shared/pdf-policy';

const host = (url: string) => new URL(url).hostname;

describe('private-network addresses, from the URL alone', () => {
  const PRIVATE = [
    'http://localhost/a.pdf',
    'http://LOCALHOST./a.pdf',
    'http://api.localhost/a.pdf',
    'http://127.0.0.1/a.pdf',
    'http://127.1/a.pdf', // written short: URL makes it 127.0.0.1
    'http://2130706433/a.pdf', // 127.0.0.1 as one number
    'http://0x7f000001/a.pdf',
    'http://0177.0.0.1/a.pdf',
    'http://0.0.0.0/a.pdf',
    'http://10.1.2.3/a.pdf',
    'http://172.16.0.1/a.pdf',
    'http://172.31.255.255/a.pdf',
    'http://192.168.1.1/a.pdf',
    'http://169.254.169.254/latest/meta-data/', // cloud metadata
    'http://100.64.0.1/a.pdf',
    'http://198.18.0.1/a.pdf',
    'http://224.0.0.1/a.pdf',
    'http://255.255.255.255/a.pdf',
    'http://[::1]/a.pdf',
    'http://[::]/a.pdf',
    'http://[fe80::1]/a.pdf',
    'http://[fd12:3456::1]/a.pdf',
    'http://[::ffff:192.168.0.1]/a.pdf',
    'http://[::ffff:7f00:1]/a.pdf',
    'http://[64:ff9b::a00:1]/a.pdf',
    'http://fileserver/a.pdf',
    'http://printer.local/a.pdf',
    'http://nas.lan/a.pdf',
    'http://router.home.arpa/a.pdf',
    'http://db.internal/a.pdf',
    'http://oa.intranet/a.pdf',
  ];
  const PUBLIC = [
    'https://www.shpt.gov.cn/a.pdf',
    'http://czj.sh.gov.cn:8080/a.pdf',
    'http://8.8.8.8/a.pdf',
    'http://172.32.0.1/a.pdf',
    'http://100.128.0.1/a.pdf',
    'http://192.169.0.1/a.pdf',
    'http://[2400:3200::1]/a.pdf',
    'http://[::ffff:8.8.8.8]/a.pdf',
    'https://localhost.example.com/a.pdf',
  ];

  it.each(PRIVATE)('%s is private', (url) => expect(isPrivateHost(host(url))).toBe(true));
  it.each(PUBLIC)('%s is public', (url) => expect(isPrivateHost(host(url))).toBe(false));
});

describe('sites', () => {
  it('takes the registrable domain, knowing the second levels government sites use', () => {
    expect(siteOfHost('www.shpt.gov.cn')).toBe('shpt.gov.cn');
    expect(siteOfHost('files.shpt.gov.cn')).toBe('shpt.gov.cn');
    expect(siteOfHost('czj.sh.gov.cn')).toBe('sh.gov.cn');
    expect(siteOfHost('www.example.com')).toBe('example.com');
    expect(siteOfHost('a.b.example.co.uk')).toBe('example.co.uk');
    expect(siteOfHost('8.8.8.8')).toBe('8.8.8.8');
  });
});

describe('the decision', () => {
  const page = 'https://www.shpt.gov.cn/xxgk/budget.html';

  it('fetches http(s) links of the page’s own site', () => {
    expect(pdfFetchDecision('https://www.shpt.gov.cn/files/a.pdf', page, false)).toEqual({ ok: true });
    expect(pdfFetchDecision('http://files.shpt.gov.cn:8080/a.pdf', page, false)).toEqual({ ok: true });
  });

  it('refuses other sites unless the user allowed them, and private addresses always', () => {
    expect(pdfFetchDecision('https://www.other.gov.cn/a.pdf', page, false)).toMatchObject({
      ok: false,
      reason: { zh: expect.stringContaining('另一个网站'), en: expect.stringContaining('another site') },
    });
    expect(pdfFetchDecision('https://www.other.gov.cn/a.pdf', page, true)).toEqual({ ok: true });
    for (const allow of [false, true]) {
      expect(pdfFetchDecision('http://192.168.0.10/a.pdf', page, allow)).toMatchObject({ ok: false });
      // A private page does not make private links fine.
      expect(pdfFetchDecision('http://10.0.0.2/a.pdf', 'http://10.0.0.1/', allow)).toMatchObject({ ok: false });
    }
  });

  it('refuses other schemes and credentials in the URL', () => {
    for (const url of ['ftp://www.shpt.gov.cn/a.pdf', 'file:///a.pdf', 'javascript:alert(1)', 'not a url'])
      expect(pdfFetchDecision(url, page, true).ok, url).toBe(false);
    expect(pdfFetchDecision('https://user:pw@www.shpt.gov.cn/a.pdf', page, true).ok).toBe(false);
  });
});

/** A stubbed fetch: `chunks` of `size` bytes as the body; records what it was asked and how much was read. */
function stub(options: { chunks: number; size?: number; url?: string; length?: number; status?: number }) {
  const size = options.size ?? 1024;
  let pulled = 0;
  let cancelled = false;
  const fetchImpl = vi.fn(async (url: string | URL | Request) => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= options.chunks) return controller.close();
        pulled++;
        const chunk = new Uint8Array(size);
        if (pulled === 1) chunk.set(new TextEncoder().encode('%PDF-1.7\n'));
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const headers = options.length === undefined ? undefined : { 'content-length': String(options.length) };
    const response = new Response(body, { status: options.status ?? 200, headers });
    Object.defineProperty(response, 'url', { value: options.url ?? String(url) });
    return response;
  });
  return {
    fetchImpl: fetchImpl as unknown as typeof fetch,
    calls: fetchImpl,
    pulled: () => pulled,
    cancelled: () => cancelled,
  };
}

describe('the fetch', () => {
  const MAX = 64 * 1024;

  it('reads a PDF within the cap', async () => {
    const s = stub({ chunks: 10 });
    const fetched = await fetchPdf('https://www.shpt.gov.cn/a.pdf', MAX, s.fetchImpl);
    expect(fetched.ok && fetched.bytes.length).toBe(10 * 1024);
  });

  it('never asks for a private address', async () => {
    const s = stub({ chunks: 1 });
    const fetched = await fetchPdf('http://192.168.1.1/a.pdf', MAX, s.fetchImpl);
    expect(fetched).toMatchObject({ ok: false, code: 'refused' });
    expect(s.calls).not.toHaveBeenCalled();
  });

  it('drops the answer of a redirect that ended at a private address, unread', async () => {
    const s = stub({ chunks: 100, url: 'http://10.0.0.5/internal.pdf' });
    const fetched = await fetchPdf('https://www.shpt.gov.cn/a.pdf', MAX, s.fetchImpl);
    expect(fetched).toMatchObject({ ok: false, code: 'refused' });
    expect(s.pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading a body past the cap, streaming: the rest is never downloaded', async () => {
    const s = stub({ chunks: 1_000_000 }); // a gigabyte, if it were read
    const fetched = await fetchPdf('https://www.shpt.gov.cn/a.pdf', MAX, s.fetchImpl);
    expect(fetched).toMatchObject({
      ok: false,
      code: 'too_large',
      reason: { zh: expect.stringContaining('PDF 超过'), en: expect.stringContaining('larger than') },
    });
    expect(s.pulled()).toBeLessThanOrEqual(MAX / 1024 + 2);
    expect(s.cancelled()).toBe(true);
  });

  it('refuses a declared length past the cap before reading the body', async () => {
    const s = stub({ chunks: 100, length: 10 * MAX });
    expect(await fetchPdf('https://www.shpt.gov.cn/a.pdf', MAX, s.fetchImpl)).toMatchObject({ code: 'too_large' });
    expect(s.pulled()).toBeLessThanOrEqual(1);
  });

  it('says which HTTP status a failed download had', async () => {
    const s = stub({ chunks: 1, status: 404 });
    expect(await fetchPdf('https://www.shpt.gov.cn/a.pdf', MAX, s.fetchImpl)).toMatchObject({
      ok: false,
      code: 'http',
      reason: { en: 'HTTP 404' },
    });
  });
});
