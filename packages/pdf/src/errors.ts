import type { RefusalCode } from '@hezhang/core';
import { describeBreach, type LimitBreach, READ_LIMITS, type ReadLimits } from './limits.js';

/**
 * Why a file could not be read: the front door's one error. `empty`, `not_pdf` and `unsupported`
 * come from the bytes (core's bytes stage), `encrypted` … `timeout` from reading a PDF, `too_complex`
 * from a bound of limits.ts (a file built to exhaust a reader, or far beyond any budget), `failed` from
 * an exception a reader should never have thrown (a bug, reported as the file's error rather than a
 * crash).
 */
export type InputErrorCode =
  | RefusalCode
  | 'encrypted'
  | 'malformed'
  | 'no_text'
  | 'aborted'
  | 'timeout'
  | 'too_complex'
  | 'failed';

/** @deprecated The same codes as InputErrorCode. */
export type PdfErrorCode = InputErrorCode;

const MESSAGES: Record<InputErrorCode, { zh: string; en: string }> = {
  empty: { zh: '文件为空', en: 'the file is empty' },
  not_pdf: { zh: '不是 PDF 文件', en: 'not a PDF file' },
  unsupported: {
    zh: '不支持的文件类型：请选择 PDF 或文本文件',
    en: 'unsupported file type: choose a PDF or a text file',
  },
  encrypted: { zh: 'PDF 文件已加密，需要密码才能读取', en: 'the PDF is encrypted and needs a password' },
  malformed: { zh: 'PDF 文件已损坏，无法解析', en: 'the PDF is damaged and cannot be parsed' },
  no_text: {
    zh: 'PDF 没有文本层（可能是扫描件），无法读取表格',
    en: 'the PDF has no text layer (probably a scan): its tables cannot be read',
  },
  aborted: { zh: '读取已取消', en: 'reading was cancelled' },
  timeout: { zh: '读取超时', en: 'reading timed out' },
  too_complex: {
    zh: '该文件超出可读取的大小/复杂度',
    en: 'the file exceeds the size or complexity Hezhang reads',
  },
  failed: { zh: '读取时出错', en: 'reading failed' },
};

/** The longest detail (a reader's own words) kept in a reason: the reason stays one line. */
const MAX_DETAIL = 200;

export interface InputErrorOptions {
  /** The reason in both languages, when the code's standard wording says less (core's refusals). */
  reason?: { zh: string; en: string };
  cause?: unknown;
}

/**
 * A file that cannot be read, with a code to branch on and a one-line reason in Chinese and English.
 * `message` is the English reason; `detail` the reader's own words (English, from pdf.js).
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly reason: { zh: string; en: string };
  readonly detail: string | undefined;

  constructor(
    readonly code: InputErrorCode,
    detail?: string,
    options: InputErrorOptions = {},
  ) {
    const base = options.reason ?? MESSAGES[code];
    const short = detail === undefined ? undefined : oneLine(detail);
    const reason = short ? { zh: `${base.zh}：${short}`, en: `${base.en}: ${short}` } : base;
    super(reason.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.detail = short;
  }

  /** The reason in Chinese (`reason.zh`). */
  get messageZh(): string {
    return this.reason.zh;
  }
}

/** @deprecated InputError under its former name: the same class. */
export const PdfReadError = InputError;
/** @deprecated InputError under its former name. */
export type PdfReadError = InputError;

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DETAIL ? `${flat.slice(0, MAX_DETAIL - 1)}…` : flat;
}

/** The InputError pdf.js' own exceptions (or anything else a read threw) stand for. */
export function fromPdfJsError(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const name = (error as { name?: string } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new InputError('encrypted', undefined, { cause: error });
  if (name === 'InvalidPDFException' && /empty/i.test(message))
    return new InputError('empty', undefined, { cause: error });
  return new InputError('malformed', message, { cause: error });
}

/** An exception no reader should throw, as the file's error. */
export function unexpected(error: unknown): InputError {
  if (error instanceof InputError) return error;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new InputError('failed', message, { cause: error });
}

/** A file past one of the read limits: `too_complex`, with the bound it broke in both languages. */
export function limitError(breach: LimitBreach, limits: ReadLimits = READ_LIMITS): InputError {
  const base = MESSAGES.too_complex;
  const what = describeBreach(breach, limits);
  return new InputError('too_complex', undefined, {
    reason: { zh: `${base.zh}：${what.zh}`, en: `${base.en}: ${what.en}` },
  });
}
