import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfLinks } from '../../src/content/pdf-links';
import { PageTogether } from '../../src/content/together';
import type { TogetherResult } from '../../src/shared/messages';

const answers: (TogetherResult | null)[] = [];
const asked: string[][] = [];
vi.mock('../../src/shared/messages', async (original) => ({
  ...(await original<typeof import('../../src/shared/messages')>()),
  sendMessage: vi.fn(async (_type: string, payload: { urls: string[] }) => {
    asked.push(payload.urls);
    return answers.shift() ?? null;
  }),
}));

const url = (n: string) => `https://czj.example.gov.cn/files/${n}.pdf`;
/** A result as the background answers it, with what the page reads of it (sendMessage is mocked: not parsed). */
const result = (id: string, names: string[]) =>
  ({
    id: id.repeat(64).slice(0, 64),
    left: 0,
    documents: names.map((n) => ({ name: `${n}.pdf`, urls: [url(n)], findings: [], summary: { verdict: 'ok' } })),
  }) as unknown as TogetherResult;

/**
 * The page's checked PDFs read together (content/together.ts): what was read together is shown until
 * the page's checked PDFs change — and taken back when fewer than two are left checked, or when the
 * background has nothing to read together, instead of staying on the badges and in the panel.
 */
describe('PageTogether', () => {
  let checked: { url: string; hash: string; documents: number }[];
  let shown: [string, string[]][];
  let results: (TogetherResult | undefined)[];
  let together: PageTogether;
  const links = () =>
    ({
      busy: false,
      checked: () => [...checked],
      showTogether: (id: string, documents: { urls: string[] }[]) => shown.push([id, documents.flatMap((d) => d.urls)]),
    }) as unknown as PdfLinks;
  const settle = async () => {
    together.settled();
    await vi.runAllTimersAsync();
  };

  beforeEach(() => {
    vi.useFakeTimers();
    answers.length = 0;
    asked.length = 0;
    checked = [];
    shown = [];
    results = [];
    together = new PageTogether(links, (r) => results.push(r));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the result, asks again only when the checked PDFs change, and takes it back when one is left', async () => {
    checked = [
      { url: url('dept'), hash: 'a', documents: 1 },
      { url: url('unit'), hash: 'b', documents: 1 },
    ];
    answers.push(result('1', ['dept', 'unit']));
    await settle();
    expect(asked).toEqual([[url('dept'), url('unit')]]);
    expect(shown).toEqual([['1'.repeat(64), [url('dept'), url('unit')]]]);
    expect(together.id).toBe('1'.repeat(64));

    // Nothing changed: not asked again.
    await settle();
    expect(asked).toHaveLength(1);

    // The unit's PDF could not be checked again: one left, nothing read together any more.
    checked = [{ url: url('dept'), hash: 'a', documents: 1 }];
    await settle();
    expect(asked).toHaveLength(1);
    expect(shown.at(-1)).toEqual(['', []]);
    expect(results).toEqual([expect.objectContaining({ id: '1'.repeat(64) }), undefined]);
    expect(together.id).toBeUndefined();

    // Checked again: read together again.
    checked.push({ url: url('unit'), hash: 'b', documents: 1 });
    answers.push(result('2', ['dept', 'unit']));
    await settle();
    expect(asked).toHaveLength(2);
    expect(together.id).toBe('2'.repeat(64));
  });

  it('takes the result back when the background has nothing to read together for the new set', async () => {
    checked = [
      { url: url('dept'), hash: 'a', documents: 1 },
      { url: url('unit'), hash: 'b', documents: 1 },
    ];
    answers.push(result('1', ['dept', 'unit']));
    await settle();
    // The unit's PDF now has the department's bytes: the background answers nothing.
    checked = [
      { url: url('dept'), hash: 'a', documents: 1 },
      { url: url('unit'), hash: 'a', documents: 1 },
    ];
    await settle();
    expect(asked).toHaveLength(2);
    expect(shown.at(-1)).toEqual(['', []]);
    expect(results.at(-1)).toBeUndefined();
    expect(together.id).toBeUndefined();
  });

  it('with never two checked, asks nothing and shows nothing', async () => {
    checked = [{ url: url('dept'), hash: 'a', documents: 1 }];
    await settle();
    expect([asked, shown, results]).toEqual([[], [], []]);
  });
});
