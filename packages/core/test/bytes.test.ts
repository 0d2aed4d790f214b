import { concat, encodeGb18030, encodeUtf16le, flipBytes, random } from '@hezhang/test-support/damage';
import { describe, expect, it } from 'vitest';
import { checkDocument, decodeText, fileContent, isPdf, MAX_LINE_LENGTH, parseText } from '../src/index.js';
import { goldenTables, SEEDS } from './helpers.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const seed = SEEDS.find((s) => s.id === '001') ?? (SEEDS[0] as (typeof SEEDS)[number]);

describe('isPdf', () => {
  it('finds %PDF- in the first KiB, after leading junk too, and not later', () => {
    expect(isPdf(utf8('%PDF-1.7\n'))).toBe(true);
    expect(isPdf(concat(new Uint8Array(1000).fill(0x20), utf8('%PDF-1.4')))).toBe(true);
    expect(isPdf(concat(new Uint8Array(1020).fill(0x20), utf8('%PDF-1.4')))).toBe(false);
    expect(isPdf(utf8('%PDF'))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
  });
});

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('收入预算总表'))).toEqual({ text: '收入预算总表', encoding: 'utf-8', replaced: 0 });
    expect(decodeText(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('单位：元')))?.text).toBe('单位：元');
  });

  it('reads GB18030 and UTF-16 as the same text', () => {
    expect(decodeText(encodeGb18030(seed.text))).toMatchObject({ text: seed.text, encoding: 'gb18030', replaced: 0 });
    expect(decodeText(encodeUtf16le(seed.text))).toMatchObject({ text: seed.text, encoding: 'utf-16le' });
  });

  it('keeps reading a UTF-8 text with a few damaged bytes as UTF-8, marking what it lost', () => {
    const damaged = flipBytes(random(7), utf8(seed.text), 5);
    const decoded = decodeText(damaged);
    expect(decoded?.encoding).toBe('utf-8');
    expect(decoded?.replaced).toBeGreaterThan(0);
    expect(decoded?.replaced).toBeLessThanOrEqual(15);
  });

  it('refuses binary files: zip, JPEG, random bytes, NULs', () => {
    expect(decodeText(utf8('PK\u0003\u0004 not a format the page reads'))).toBeUndefined();
    expect(decodeText(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]))).toBeUndefined();
    const rnd = random(1);
    expect(decodeText(Uint8Array.from({ length: 4096 }, () => Math.floor(rnd() * 256)))).toBeUndefined();
    expect(decodeText(utf8('预算\u0000总表'))).toBeUndefined();
  });

  it('accepts the form feeds pdftotext writes between pages', () => {
    expect(decodeText(utf8('第一页\n\f第二页\n'))?.text).toContain('\f');
  });
});

describe('fileContent: the front door’s decision', () => {
  it('goes by the bytes: a PDF named .txt is a PDF, text named .pdf is not a PDF', () => {
    expect(fileContent('budget.txt', utf8('%PDF-1.7\n%…'))).toEqual({ kind: 'pdf' });
    expect(fileContent('budget.pdf', utf8('部门预算'))).toMatchObject({ kind: 'refused', code: 'not_pdf' });
    expect(fileContent('budget', utf8('部门预算'))).toMatchObject({ kind: 'text', text: '部门预算' });
  });

  it('refuses empty files, binary files, saved web pages and text that is one endless line', () => {
    expect(fileContent('a.txt', new Uint8Array())).toMatchObject({ kind: 'refused', code: 'empty' });
    expect(fileContent('a.docx', utf8('PK\u0003\u0004…'))).toMatchObject({ kind: 'refused', code: 'unsupported' });
    const page = fileContent('a.html', utf8('\n<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table>'));
    expect(page).toMatchObject({ kind: 'refused', code: 'unsupported' });
    expect(page.kind === 'refused' && page.reason.en).toContain('web page');
    const endless = fileContent('a.txt', utf8('预算'.repeat(MAX_LINE_LENGTH)));
    expect(endless.kind === 'refused' && endless.reason.zh).toContain(`${MAX_LINE_LENGTH * 2}`);
  });

  it('reads a seed re-encoded as GB18030 into the same tables as the UTF-8 original', () => {
    const content = fileContent(seed.file, encodeGb18030(seed.text));
    expect(content.kind).toBe('text');
    const doc = parseText(content.kind === 'text' ? content.text : '', { name: seed.file });
    const original = parseText(seed.text, { name: seed.file });
    expect(goldenTables(doc)).toEqual(goldenTables(original));
    expect(checkDocument(doc).summary).toEqual(checkDocument(original).summary);
  });
});
