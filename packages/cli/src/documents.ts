import { type BudgetDocument, parseText } from '@hezhang/core';
import type { LoadedInput } from './inputs.js';

/** Reads one loaded file into the model. Throws with a reader-facing reason when it cannot. */
export async function readDocument(input: LoadedInput): Promise<BudgetDocument> {
  if (input.kind === 'text') {
    const text = new TextDecoder('utf-8').decode(input.bytes);
    return parseText(text, { name: input.name });
  }
  throw new InputFailure('此版本尚不能读取 PDF 文件', 'PDF files cannot be read by this build yet');
}

export class InputFailure extends Error {
  constructor(
    readonly reason: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}
