import { type BudgetDocument, parseText } from '@hezhang/core';
import { PdfReadError, readBudgetPdf } from '@hezhang/pdf/node';
import type { LoadedInput } from './inputs.js';

/** Reads one loaded file into the model. Throws InputFailure with a reader-facing reason when it cannot. */
export async function readDocument(input: LoadedInput): Promise<BudgetDocument> {
  if (input.kind === 'text') {
    const text = new TextDecoder('utf-8').decode(input.bytes);
    return parseText(text, { name: input.name });
  }
  try {
    return await readBudgetPdf(input.bytes, { name: input.name });
  } catch (error) {
    if (error instanceof PdfReadError) throw new InputFailure(error.messageZh, error.message);
    throw error;
  }
}

export class InputFailure extends Error {
  constructor(
    readonly reason: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}
