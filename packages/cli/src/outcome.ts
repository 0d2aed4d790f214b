import type { BudgetDocument } from '@hezhang/core';
import { InputFailure, readDocument } from './documents.js';
import { type Input, type InputError, isInputError, loadInput } from './inputs.js';

/** What became of one input: its document, or why it could not be read. */
export type Outcome = { kind: 'document'; document: BudgetDocument } | { kind: 'error'; error: InputError };

/**
 * Reads one input. Checking happens afterwards, on all documents together, so that documents of one
 * department are checked against each other's years. Never throws: a failure is an outcome too.
 */
export async function processInput(input: Input): Promise<Outcome> {
  const loaded = await loadInput(input);
  if (isInputError(loaded)) return { kind: 'error', error: loaded };
  try {
    return { kind: 'document', document: await readDocument(loaded) };
  } catch (error) {
    const reason =
      error instanceof InputFailure
        ? { reason: error.reason, reasonEn: error.reasonEn }
        : { reason: `读取失败：${String(error)}`, reasonEn: `reading failed: ${String(error)}` };
    return { kind: 'error', error: { path: input.path, name: input.name, ...reason } };
  }
}
