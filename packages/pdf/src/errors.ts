/** Why a PDF could not be read. */
export type PdfErrorCode = 'not_pdf' | 'empty' | 'encrypted' | 'malformed' | 'no_text' | 'aborted' | 'timeout';

const MESSAGES: Record<PdfErrorCode, { zh: string; en: string }> = {
  not_pdf: { zh: '不是 PDF 文件', en: 'not a PDF file' },
  empty: { zh: 'PDF 文件为空', en: 'the PDF file is empty' },
  encrypted: { zh: 'PDF 文件已加密，需要密码才能读取', en: 'the PDF is encrypted and needs a password' },
  malformed: { zh: 'PDF 文件已损坏，无法解析', en: 'the PDF is damaged and cannot be parsed' },
  no_text: {
    zh: 'PDF 没有文本层（可能是扫描件），无法读取表格',
    en: 'the PDF has no text layer (probably a scan): its tables cannot be read',
  },
  aborted: { zh: '读取已取消', en: 'reading was cancelled' },
  timeout: { zh: '读取超时', en: 'reading timed out' },
};

/** A PDF that cannot be read, with a code to branch on and a message in Chinese and English. */
export class PdfReadError extends Error {
  override readonly name = 'PdfReadError';
  readonly messageZh: string;

  constructor(
    readonly code: PdfErrorCode,
    detail?: string,
    options?: { cause?: unknown },
  ) {
    const m = MESSAGES[code];
    super(detail ? `${m.en}: ${detail}` : m.en, options);
    this.messageZh = detail ? `${m.zh}：${detail}` : m.zh;
  }
}

/** The PdfReadError pdf.js' own exceptions stand for. */
export function fromPdfJsError(error: unknown): PdfReadError {
  if (error instanceof PdfReadError) return error;
  const name = (error as { name?: string } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new PdfReadError('encrypted', undefined, { cause: error });
  if (name === 'InvalidPDFException' && /empty/i.test(message))
    return new PdfReadError('empty', undefined, { cause: error });
  return new PdfReadError('malformed', message, { cause: error });
}
