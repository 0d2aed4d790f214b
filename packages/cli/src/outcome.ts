import { createHash } from 'node:crypto';
import { type BudgetDocument, budgetRefusal } from '@hezhang/core';
import { InputError, readBudgetDocuments } from '@hezhang/pdf/node';
import { type Input, type InputFailure, readBytes } from './inputs.js';

/**
 * What became of one input: its documents (one, unless the file holds several: a department's budget
 * with its units' after it), or why it could not be read.
 */
export type Outcome = { kind: 'documents'; documents: BudgetDocument[] } | { kind: 'error'; error: InputFailure };

/**
 * Reads one input through the front door (`readBudgetDocuments`: PDF or text by its bytes, every
 * document a PDF holds) and refuses what is not a budget document (core's `budgetRefusal`). Each
 * document is checked as it arrives and again with the others it meets. Never throws: a failure is an
 * outcome too.
 */
export async function processInput(input: Input): Promise<Outcome> {
  const bytes = await readBytes(input);
  if (!(bytes instanceof Uint8Array)) return { kind: 'error', error: bytes };
  try {
    const documents = await readBudgetDocuments(input.name, bytes);
    // A note or a letter reads as text too: core decides whether it is a budget at all, as the page
    // does. A file of several documents is refused only when its first is no budget.
    const refusal = budgetRefusal(documents[0] as BudgetDocument);
    if (refusal) return { kind: 'error', error: { ...input, code: refusal.code, reason: refusal.reason } };
    // The file's identity, on which review marks are keyed (see docs/engine.md, "Review"); a document
    // of a file of several, the file's and its pages'.
    const file = createHash('sha256').update(bytes);
    const several = documents.length > 1;
    return {
      kind: 'documents',
      documents: documents.map((document) => {
        // Its name says its pages ("部门预算.pdf（第27–48页）").
        const sha256 = several ? file.copy().update(document.source.name).digest('hex') : file.copy().digest('hex');
        return { ...document, source: { ...document.source, sha256 } };
      }),
    };
  } catch (error) {
    // readBudgetDocuments throws InputError only; anything else is a bug, still this file's error.
    const e = error instanceof InputError ? error : new InputError('failed', String(error));
    return { kind: 'error', error: { ...input, code: e.code, reason: e.reason } };
  }
}
