import { NOT_BUDGET } from '@hezhang/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, leftTheMachine, openSession, type Session } from './browser.js';
import { fixture } from './fixtures.js';

const text = (s: string) => new TextEncoder().encode(s);

/** Files that are not budgets, not PDFs, encrypted or broken, and the message each must get. */
const CASES = [
  {
    name: 'broken.pdf',
    bytes: text('%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R>>\nthis is not the rest of a PDF'),
    code: 'malformed',
    zh: 'PDF 已损坏',
  },
  {
    name: 'photo.pdf',
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    code: 'not_pdf',
    zh: '不是 PDF 文件',
  },
  { ...fixture('encrypted.pdf'), code: 'encrypted', zh: '需要密码' },
  // Refused by core's decision, with core's reason: the CLI refuses it with the same words (exit 2).
  {
    name: 'notes.txt',
    bytes: text('会议纪要\n今天讨论了下周的安排。\n'),
    code: 'not_budget',
    zh: NOT_BUDGET.reason.zh,
  },
  {
    name: 'letter.txt',
    bytes: text('关于2025年部门预算的说明\n各位同事：\n部门预算编制工作即将开始，请各处室于下周前报送材料。\n'),
    code: 'not_budget',
    zh: NOT_BUDGET.reason.zh,
  },
  {
    name: 'budget.docx',
    bytes: text('PK\u0003\u0004 not a format the page reads'),
    code: 'unsupported',
    zh: '不支持的文件类型',
  },
  { name: 'empty.pdf', bytes: new Uint8Array(), code: 'empty', zh: '文件为空' },
];

describe('files that cannot be checked', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('each gets a clear message, and the page goes on with the others', async () => {
    await dropFiles(s.page, CASES);
    for (const c of CASES) {
      const entry = s.page.locator(`[data-document="${c.name}"][data-error]`);
      await entry.waitFor();
      expect(await entry.getAttribute('data-error'), c.name).toBe(c.code);
      expect(await entry.getByRole('alert').textContent(), c.name).toContain(c.zh);
      expect(await entry.getAttribute('data-status')).toBeNull();
    }
  });

  it('cancels a file while it is read, and checks the next one all the same', async () => {
    const file = fixture('known-mistake.pdf');
    await dropFiles(s.page, [{ ...file, name: 'cancelled.pdf' }]);
    const reading = s.page.locator('[data-document="cancelled.pdf"][aria-busy="true"]');
    await reading.getByRole('button', { name: '取消' }).click();
    await s.page.locator('[data-document="cancelled.pdf"].file-cancelled').waitFor();
    await dropFiles(s.page, [file]);
    await s.page.locator('[data-document="known-mistake.pdf"][data-status="error"]').waitFor();
  });

  it('says it in English after the switch', async () => {
    await s.page.getByRole('button', { name: 'English', exact: true }).click();
    const alert = s.page.locator('[data-document="broken.pdf"]').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('damaged');
    const note = s.page.locator('[data-document="notes.txt"]').getByRole('alert');
    expect(await note.textContent()).toContain(NOT_BUDGET.reason.en);
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(leftTheMachine(s)).toEqual([]);
  });
});
