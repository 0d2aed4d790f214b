import { createHash } from 'node:crypto';
import { type BudgetDocument, budgetRefusal } from '@hezhang/core';
import { InputError, readBudgetFile } from '@hezhang/pdf/node';
import { type Input, type InputFailure, readBytes } from './inputs.js';

/** What became of one input: its document, or why it could not be read. */
export type Outcome = { kind: 'document'; document: BudgetDocument } | { kind: 'error'; error: InputFailure };

/**
 * Reads one input through the front door (`readBudgetFile`: PDF or text by its bytes) and refuses what
 * is not a budget document (core's `budgetRefusal`). Checking
 * happens afterwards, on all documents together, so that documents of one department are checked
 * against each other's years. Never throws: a failure is an outcome too.
 */
export async function processInput(input: Input): Promise<Outcome> {
  const bytes = await readBytes(input);
  if (!(bytes instanceof Uint8Array)) return { kind: 'error', error: bytes };
  try {
    const document = await readBudgetFile(input.name, bytes);
    // A note or a letter reads as text too: core decides whether it is a budget at all, as the page does.
    const refusal = budgetRefusal(document);
    if (refusal) return { kind: 'error', error: { ...input, code: refusal.code, reason: refusal.reason } };
    // The file's identity, on which review marks are keyed (see docs/engine.md, "Review").
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return { kind: 'document', document: { ...document, source: { ...document.source, sha256 } } };
  } catch (error) {
    // readBudgetFile throws InputError only; anything else is a bug, still this file's error.
    const e = error instanceof InputError ? error : new InputError('failed', String(error));
    return { kind: 'error', error: { ...input, code: e.code, reason: e.reason } };
  }
}
