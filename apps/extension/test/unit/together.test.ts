import { checkDocument, checkDocuments, parseText, type Report } from '@hezhang/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// Hand-made budgets of one department and its unit, each consistent in itself (core's own tests of documents read together).
import { type BudgetSpec, budgetText, sumOf } from '../../../../packages/core/test/budget-text';
import { PdfCache } from '../../src/background/cache';
import { JobQueue } from '../../src/background/queue';
import { groupReports, readPageTogether, type TogetherServiceDeps } from '../../src/background/together-service';
import { PAGE_LIMITS } from '../../src/shared/limits';
import {
  handleMessages,
  type Refusal,
  TogetherChecked,
  type TogetherInput,
  type TogetherResult,
} from '../../src/shared/messages';
import { pdfFetchDecision } from '../../src/shared/pdf-policy';
import { fileSummary, PdfVerdict } from '../../src/shared/status';
import { checkedTogether, readTogether } from '../../src/together/read-together';
import { background, content, deliver, report } from './senders';

const DEPARTMENT = '上海市普陀区示例局';
const UNIT: BudgetSpec = {
  name: DEPARTMENT,
  year: 2025,
  scope: 'unit',
  leaves: [
    { code: '2010301', basic: 1_234_567, project: 0 },
    { code: '2080505', basic: 300_000, project: 0 },
  ],
};
const department = (edit = 0): BudgetSpec => ({
  name: DEPARTMENT,
  year: 2025,
  units: [{ name: '示例局本部' }],
  leaves: sumOf([UNIT]).map((l) => (l.code === '2010301' ? { ...l, basic: l.basic + edit } : l)),
});
const OTHER: BudgetSpec = { ...UNIT, name: '上海市普陀区另一局', scope: 'department', units: [{ name: '另一局本部' }] };

/** A report as the cache holds it: made when the PDF was checked alone, through storage (JSON). */
const cached = (spec: BudgetSpec, name: string) =>
  JSON.parse(JSON.stringify(checkDocument(parseText(budgetText(spec), { name })))) as unknown;
const hash = (n: number) => n.toString(16).padStart(64, '0');

describe('readTogether', () => {
  it('reads cached reports together exactly as core reads their documents: pairing, findings between them, verdicts', () => {
    const specs: [BudgetSpec, string][] = [
      [department(-34_567), 'dept.pdf'],
      [UNIT, 'unit.pdf'],
      [OTHER, 'other.pdf'],
    ];
    const direct = checkDocuments(specs.map(([s, n]) => parseText(budgetText(s), { name: n })));
    const read = readTogether(specs.map(([s, n], i) => ({ hash: hash(i), report: cached(s, n) })));
    const shape = (r: Report) => ({ pairing: r.pairing, findings: r.findings, summary: r.summary });
    expect(read.documents.map((d) => shape(d.report))).toEqual(direct.map(shape));
    // The unit above its department is found, in the department's report; the other department is compared with nothing.
    expect(read.documents[0]?.report.findings.some((f) => f.rule === 'across.units' && f.severity === 'error')).toBe(
      true,
    );
    expect(read.documents[2]?.report.pairing?.unpaired?.zh).toMatch(/^本次的其他文档都不是/);
    expect(read.dossiers.map((d) => d.documents.map((x) => x.name))).toEqual([['dept.pdf', 'unit.pdf']]);

    // What the page is told passes the message's schema and holds only the findings between documents.
    const page = TogetherChecked.parse(
      checkedTogether(specs.map(([s, n], i) => ({ hash: hash(i), report: cached(s, n) }))),
    );
    expect(page.documents.map((d) => [d.name, [...new Set(d.findings.map((f) => f.rule))], d.summary.verdict])).toEqual(
      [
        ['dept.pdf', ['across.units'], 'error'],
        ['unit.pdf', [], 'ok'],
        ['other.pdf', [], 'ok'],
      ],
    );
  });

  it('names apart two documents of the same file name, and leaves out what is not a report', () => {
    const read = readTogether([
      { hash: hash(1), report: cached(department(), 'budget.pdf') },
      { hash: hash(2), report: { findings: 'not a report' } },
      { hash: hash(3), report: cached(UNIT, 'budget.pdf') },
    ]);
    expect(read.documents.map((d) => [d.input.hash, d.report.source.name])).toEqual([
      [hash(1), 'budget.pdf'],
      [hash(3), 'budget.pdf (2)'],
    ]);
    expect(read.documents[0]?.report.pairing?.paired.map((p) => p.name)).toEqual(['budget.pdf (2)']);
  });
});

describe('readPageTogether', () => {
  const PAGE = 'https://czj.example.gov.cn/xxgk/budget.html';
  const url = (n: string) => `https://czj.example.gov.cn/files/${n}.pdf`;
  let deps: TogetherServiceDeps;
  let read: ReturnType<typeof vi.fn<(documents: TogetherInput[]) => Promise<TogetherChecked>>>;

  beforeEach(async () => {
    fakeBrowser.reset();
    read = vi.fn(async (documents) => checkedTogether(documents));
    deps = {
      cache: new PdfCache(),
      queue: new JobQueue<TogetherResult | null>(1),
      read,
      allowed: async (u, page) => pdfFetchDecision(u, page, false),
    };
    const store = (u: string, h: string, spec: BudgetSpec, name: string) =>
      deps.cache.store(
        u,
        { hash: h, name, summary: checkDocument(parseText(budgetText(spec), { name })).summary },
        cached(spec, name),
      );
    await store(url('dept'), hash(1), department(-34_567), 'dept.pdf');
    await store(url('unit'), hash(2), UNIT, 'unit.pdf');
    // The same bytes under a second link.
    await store(url('unit-copy'), hash(2), UNIT, 'unit.pdf');
  });

  it('reads the checked PDFs of the page together, each document once with all its links', async () => {
    const result = await readPageTogether(
      deps,
      [url('dept'), url('unit'), url('unit-copy'), url('never-checked')],
      PAGE,
    );
    expect(result?.documents.map((d) => [d.name, d.urls, [...new Set(d.findings.map((f) => f.rule))]])).toEqual([
      ['dept.pdf', [url('dept')], ['across.units']],
      ['unit.pdf', [url('unit'), url('unit-copy')], []],
    ]);
    expect(result?.left).toBe(1);
    expect(result?.dossiers).toHaveLength(1);
    expect(read).toHaveBeenCalledTimes(1);
    // The report page reads the same group again from the cache.
    const group = await groupReports(deps.cache, result?.id as string);
    expect(group?.documents.map((d) => [d.hash, d.urls])).toEqual([
      [hash(1), [url('dept')]],
      [hash(2), [url('unit'), url('unit-copy')]],
    ]);
    // The same documents are the same group, whatever the order of the links.
    expect((await readPageTogether(deps, [url('unit'), url('dept')], PAGE))?.id).toBe(result?.id);
  });

  it('takes nothing the fetch policy would not let the page link, and reads nothing with fewer than two documents', async () => {
    expect(await readPageTogether(deps, [url('dept'), url('unit')], 'https://other.example.org/page.html')).toBeNull();
    expect(await readPageTogether(deps, [url('unit'), url('unit-copy')], PAGE)).toBeNull();
    expect(read).not.toHaveBeenCalled();
    expect(await groupReports(deps.cache, hash(99))).toBeNull();
  });

  it('reads each document of a PDF of several with the others, one that could not be checked aside', async () => {
    const names = ['both.pdf（第1–9页）', 'both.pdf（第10–17页）', 'both.pdf（第18–20页）'];
    const reports = [cached(department(-34_567), names[0] as string), cached(UNIT, names[1] as string), null];
    const documents = [
      { name: names[0] as string, summary: (reports[0] as Report).summary, findings: [] },
      { name: names[1] as string, summary: (reports[1] as Report).summary, findings: [] },
      { name: names[2] as string, failure: { zh: '核对时出错', en: 'the check failed' }, findings: [] },
    ];
    const verdict = PdfVerdict.omit({ url: true, checkedAt: true }).parse({
      hash: hash(5),
      name: 'both.pdf',
      summary: fileSummary(documents),
      documents,
    });
    expect(verdict.summary.verdict).toBe('incomplete');
    await deps.cache.store(url('both'), verdict, reports);
    // One link is enough: its PDF holds two documents that were checked.
    const result = await readPageTogether(deps, [url('both')], PAGE);
    expect(result?.documents.map((d) => [d.name, d.urls, d.part, [...new Set(d.findings.map((f) => f.rule))]])).toEqual(
      [
        [names[0], [url('both')], 0, ['across.units']],
        [names[1], [url('both')], 1, []],
      ],
    );
    // Each under a hash of its own, neither the file's.
    const hashes = result?.documents.map((d) => d.hash) ?? [];
    expect(new Set([...hashes, hash(5)]).size).toBe(3);
    // The report page reads the same documents again from the PDF's list in the cache.
    const group = await groupReports(deps.cache, result?.id as string);
    expect(group?.documents.map((d) => [d.hash, d.urls, d.part])).toEqual([
      [hashes[0], [url('both')], 0],
      [hashes[1], [url('both')], 1],
    ]);
    expect(readTogether(group?.documents ?? []).documents.map((d) => d.report.summary)).toEqual(
      result?.documents.map((d) => d.summary),
    );
  });

  it('reads at most PAGE_LIMITS.maxTogether documents together and counts the rest as left out', async () => {
    // A cache that holds every link's report (the real one keeps MAX_REPORTS): the bound is the service's own.
    const cache = {
      report: async (u: string) => ({ verdict: { hash: hash(Number(/u(\d+)/.exec(u)?.[1])) }, report: {} }),
      rememberGroup: async () => {},
    } as unknown as PdfCache;
    const seen = vi.fn(async (documents: TogetherInput[]) => ({ documents: [], dossiers: [], seen: documents.length }));
    const urls = Array.from({ length: PAGE_LIMITS.maxTogether + 2 }, (_, i) => url(`u${i}`));
    const result = await readPageTogether({ ...deps, cache, read: seen }, urls, PAGE);
    expect(seen.mock.calls[0]?.[0]).toHaveLength(PAGE_LIMITS.maxTogether);
    expect(result?.left).toBe(2);
  });
});

describe('the messages of reading together', () => {
  const urls = ['https://czj.example.gov.cn/a.pdf', 'https://czj.example.gov.cn/b.pdf'];

  it('takes from a content script only pdf:together and together:open, each within its schema', async () => {
    fakeBrowser.reset();
    const refusals: [string, Refusal][] = [];
    const handled: string[] = [];
    const heard =
      <T>(type: string, reply: T) =>
      async () => {
        handled.push(type);
        return reply;
      };
    handleMessages(
      {
        'pdf:together': heard('pdf:together', null),
        'together:open': heard('together:open', null),
        'together:reports': heard('together:reports', null),
        'offscreen:together': heard('offscreen:together', { documents: [], dossiers: [] }),
      },
      (type, why) => refusals.push([type, why]),
    );
    await deliver({ type: 'pdf:together', payload: { urls } }, content);
    await deliver({ type: 'together:open', payload: { id: hash(1), url: urls[0] } }, content);
    await deliver({ type: 'together:reports', payload: { id: hash(1) } }, report);
    await deliver({ type: 'offscreen:together', payload: { documents: [] } }, background);
    expect(handled).toEqual(['pdf:together', 'together:open', 'together:reports', 'offscreen:together']);

    await deliver({ type: 'together:reports', payload: { id: hash(1) } }, content);
    await deliver({ type: 'offscreen:together', payload: { documents: [] } }, content);
    // One URL is enough (a PDF of several documents); none is not.
    await deliver({ type: 'pdf:together', payload: { urls: [] } }, content);
    await deliver({ type: 'pdf:together', payload: { urls: [...urls, 'file:///etc/passwd'] } }, content);
    const many = Array.from({ length: PAGE_LIMITS.maxPdfBadges + 1 }, (_, i) => `https://a.gov.cn/${i}.pdf`);
    await deliver({ type: 'pdf:together', payload: { urls: many } }, content);
    await deliver({ type: 'together:open', payload: { id: '../../etc', url: urls[0] } }, content);
    await deliver(
      {
        type: 'offscreen:together',
        payload: {
          documents: Array.from({ length: PAGE_LIMITS.maxTogether + 1 }, (_, i) => ({ hash: hash(i), report: {} })),
        },
      },
      background,
    );
    expect(handled).toHaveLength(4);
    expect(refusals).toEqual([
      ['together:reports', 'wrong-sender'],
      ['offscreen:together', 'wrong-sender'],
      ['pdf:together', 'bad-request'],
      ['pdf:together', 'bad-request'],
      ['pdf:together', 'bad-request'],
      ['together:open', 'bad-request'],
      ['offscreen:together', 'bad-request'],
    ]);
  });
});
