import { type BudgetDocument, checkDocument, type Report } from '@hezhang/core';
import type { Command } from './args.js';
import { InputFailure, readDocument } from './documents.js';
import { type Input, type InputError, isInputError, loadInput } from './inputs.js';

/** What became of one input: its document (extract), its report (check), or why it could not be read. */
export type Outcome =
  | { kind: 'document'; document: BudgetDocument }
  | { kind: 'report'; report: Report }
  | { kind: 'error'; error: InputError };

/** Reads and (for `check`) checks one input. Never throws: a failure is an outcome too. */
export async function processInput(input: Input, command: Command): Promise<Outcome> {
  const loaded = await loadInput(input);
  if (isInputError(loaded)) return { kind: 'error', error: loaded };
  try {
    const document = await readDocument(loaded);
    return command === 'extract' ? { kind: 'document', document } : { kind: 'report', report: checkDocument(document) };
  } catch (error) {
    const reason =
      error instanceof InputFailure
        ? { reason: error.reason, reasonEn: error.reasonEn }
        : { reason: `读取失败：${String(error)}`, reasonEn: `reading failed: ${String(error)}` };
    return { kind: 'error', error: { path: input.path, name: input.name, ...reason } };
  }
}
