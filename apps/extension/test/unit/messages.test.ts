import type { ReportSummary } from '@hezhang/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelStatus } from '../../src/content/panel';
import { strings } from '../../src/shared/i18n';
import {
  BadReply,
  type Handlers,
  handleMessages,
  PageState,
  pageVerdict,
  type Refusal,
  senderKind,
  sendMessage,
} from '../../src/shared/messages';
import { background, content, deliver, EXT, ID, offscreen, popup } from './senders';

const summary = { verdict: 'ok', errors: 0, warnings: 0 } as ReportSummary;
const HASH = 'a'.repeat(64);

describe('who sent a message', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells the extension’s parts apart by the sender’s URL, and trusts nobody else', () => {
    expect(senderKind(content)).toBe('content');
    expect(senderKind(popup)).toBe('popup');
    expect(senderKind({ id: ID, url: `${EXT}/options.html` })).toBe('options');
    expect(senderKind({ id: ID, url: `${EXT}/report.html?url=x`, tab: { id: 3 } })).toBe('report');
    expect(senderKind(offscreen)).toBe('offscreen');
    expect(senderKind(background)).toBe('background');
    // Another extension, a page outside a tab, a non-web frame, a sender without a URL.
    expect(senderKind({ ...content, id: 'other-extension' })).toBeUndefined();
    expect(senderKind({ id: ID, url: 'https://czj.example.gov.cn/' })).toBeUndefined();
    expect(senderKind({ id: ID, url: 'file:///etc/passwd', tab: { id: 1 } })).toBeUndefined();
    expect(senderKind({ id: ID, url: `${EXT}/unknown.html`, tab: { id: 1 } })).toBeUndefined();
    expect(senderKind({ id: ID })).toBeUndefined();
  });
});

describe('messages, validated at both ends', () => {
  let refusals: [string, Refusal][];
  let check: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    fakeBrowser.reset();
    refusals = [];
    check = vi.fn(async ({ url }: { url: string }) => ({
      ok: false as const,
      failure: { kind: 'needs-permission' as const, origin: new URL(url).origin },
    }));
    handleMessages(
      {
        'pdf:check': check as unknown as Handlers['pdf:check'],
        'cache:lookup': async () => ({ url: '', hash: HASH, name: 'a.pdf', summary, checkedAt: 0 }),
        'settings:changed': async () => null,
      },
      (type, why) => refusals.push([type, why]),
    );
  });

  it('answers a valid request from a part its type names', async () => {
    expect(await deliver({ type: 'pdf:check', payload: { url: 'https://a.gov.cn/x.pdf' } }, content)).toEqual({
      ok: false,
      failure: { kind: 'needs-permission', origin: 'https://a.gov.cn' },
    });
    expect(await deliver({ type: 'cache:lookup', payload: { hash: HASH } }, offscreen)).toMatchObject({ hash: HASH });
    expect(refusals).toEqual([]);
  });

  it('turns away a type from a part it is not meant for: a content script asks only pdf:check and report:open', async () => {
    expect(await deliver({ type: 'cache:lookup', payload: { hash: HASH } }, content)).toBeUndefined();
    expect(await deliver({ type: 'settings:changed', payload: {} }, content)).toBeUndefined();
    expect(await deliver({ type: 'pdf:check', payload: { url: 'https://a.gov.cn/x.pdf' } }, popup)).toBeUndefined();
    expect(
      await deliver({ type: 'pdf:check', payload: { url: 'https://a.gov.cn/x.pdf' } }, { ...content, id: 'evil' }),
    ).toBeUndefined();
    expect(refusals).toEqual([
      ['cache:lookup', 'wrong-sender'],
      ['settings:changed', 'wrong-sender'],
      ['pdf:check', 'wrong-sender'],
      ['pdf:check', 'not-ours'],
    ]);
    expect(check).not.toHaveBeenCalled();
  });

  it('turns away requests that do not match their schema', async () => {
    const bad = [
      { type: 'pdf:check', payload: { url: 42 } },
      { type: 'pdf:check', payload: { url: 'javascript:alert(1)' } },
      { type: 'pdf:check', payload: { url: 'file:///etc/passwd' } },
      { type: 'pdf:check', payload: { url: 'data:application/pdf;base64,JVBERi0=' } },
      { type: 'pdf:check', payload: { url: `https://a.gov.cn/${'x'.repeat(5000)}.pdf` } },
      { type: 'pdf:check', payload: { url: 'https://a.gov.cn/x.pdf', force: 'yes' } },
      { type: 'pdf:check', payload: { url: 'https://a.gov.cn/x.pdf', extra: 1 } },
      { type: 'pdf:check' },
      { type: 'cache:lookup', payload: { hash: '../../etc' } },
    ];
    for (const message of bad)
      expect(await deliver(message, message.type === 'cache:lookup' ? offscreen : content)).toBeUndefined();
    expect(refusals.map(([, why]) => why)).toEqual(bad.map(() => 'bad-request'));
    expect(check).not.toHaveBeenCalled();
  });

  it('leaves messages it has no handler for, and things that are no messages, to other listeners', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve('other listener'));
    expect(await deliver({ type: 'offscreen:read', payload: { url: 'https://a.gov.cn/x.pdf' } }, background)).toBe(
      'other listener',
    );
    expect(await deliver('not an envelope', content)).toBe('other listener');
    expect(await deliver({ type: '__proto__', payload: {} }, content)).toBe('other listener');
    expect(refusals).toEqual([]);
  });

  it('rejects a reply that does not match its schema, at the sending end', async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, verdict: { url: 'javascript:x' } }));
    await expect(sendMessage('pdf:check', { url: 'https://a.gov.cn/x.pdf' })).rejects.toBeInstanceOf(BadReply);
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(null));
    expect(await sendMessage('settings:changed', {})).toBeFalsy();
  });

  it('answers nothing when a handler throws (the sender then rejects the missing reply)', async () => {
    fakeBrowser.reset();
    handleMessages({
      'pdf:check': async () => {
        throw new Error('storage gone');
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await deliver({ type: 'pdf:check', payload: { url: 'https://a.gov.cn/x.pdf' } }, content)).toBeUndefined();
  });
});

describe("what the popup is told of the page's PDFs", () => {
  const state: PageState = {
    url: 'https://a.gov.cn/list.html',
    tables: 0,
    errors: 0,
    warnings: 0,
    pdfLinks: 3,
    pdfOriginsNeedingPermission: [],
    pdfChecked: 2,
    pdfUnread: 1,
    together: { documents: 2, findings: 2, worst: 'error' },
  };

  it('crosses the boundary bounded: counts no page can exceed are turned away', () => {
    expect(PageState.parse(state)).toEqual(state);
    expect(PageState.safeParse({ ...state, pdfUnread: 301 }).success).toBe(false);
    expect(PageState.safeParse({ ...state, pdfChecked: -1 }).success).toBe(false);
    expect(PageState.safeParse({ ...state, together: { documents: 21, findings: 0 } }).success).toBe(false);
    expect(PageState.safeParse({ ...state, together: { documents: 2, findings: 1, worst: 'info' } }).success).toBe(
      false,
    );
  });

  it('never says all good while a linked PDF could not be checked, in the popup or the panel', () => {
    expect(pageVerdict({ ...state, verdict: 'ok' })).toBe('incomplete');
    expect(pageVerdict({ ...state, verdict: 'error' })).toBe('error');
    expect(pageVerdict({ ...state, verdict: undefined })).toBe('incomplete');
    expect(pageVerdict({ ...state, verdict: 'ok', pdfUnread: 0 })).toBe('ok');
    expect(pageVerdict({ ...state, verdict: undefined, pdfUnread: 0 })).toBeUndefined();
    const unread = [{ url: 'https://a.gov.cn/gone.pdf', name: 'gone.pdf', reason: '无法读取：HTTP 404' }];
    expect(panelStatus({ unread })).toBe('incomplete');
    expect(panelStatus({ unread: [] })).toBe('ok');
  });

  it('says in one line how many were checked, how many could not be, and what reading them together found', () => {
    const { together } = state;
    expect(strings('zh').popupPdfs(3, 1, together)).toBe(
      '3 个 PDF 已核对（1 个无法核对）· 合读发现 2 处跨文档问题（含错误）',
    );
    expect(strings('zh').popupPdfs(2, 0, { findings: 0 })).toBe('2 个 PDF 已核对 · 合读未发现跨文档问题');
    expect(strings('zh').popupPdfs(1, 2)).toBe('1 个 PDF 已核对（2 个无法核对）');
    expect(strings('en').popupPdfs(3, 1, { findings: 1, worst: 'warning' })).toBe(
      '3 PDFs checked (1 could not be) · read together: 1 finding between documents (worst: warning)',
    );
  });
});
