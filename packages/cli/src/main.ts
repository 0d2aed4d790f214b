import { type BudgetDocument, checkDocument, type Report } from '@hezhang/core';
import { type Options, parseOptions, USAGE, UsageError } from './args.js';
import { InputFailure, readDocument } from './documents.js';
import { expandInputs, type InputError, isInputError, loadInput } from './inputs.js';
import { renderReport } from './render/report.js';
import { renderDocument } from './render/tables.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const nodeIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** Exit codes: 0 no error findings, 1 error findings, 2 bad input or usage. */
export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) io.stderr(`hezhang: ${error.message}\n`);
      io.stderr(`${USAGE}\n`);
      return 2;
    }
    throw error;
  }

  const { inputs, errors } = await expandInputs(options.files);
  const failures: InputError[] = [...errors];
  const results: (
    | BudgetDocument
    | Report
    | { source: { name: string; path: string }; error: { message: string; messageEn: string } }
  )[] = [];
  for (const e of errors) results.push(errorEntry(e));

  let errorFindings = false;
  for (const input of inputs) {
    const loaded = await loadInput(input);
    let outcome: BudgetDocument | InputError;
    if (isInputError(loaded)) outcome = loaded;
    else {
      try {
        outcome = await readDocument(loaded);
      } catch (error) {
        outcome =
          error instanceof InputFailure
            ? { ...input, reason: error.reason, reasonEn: error.reasonEn }
            : { ...input, reason: `读取失败：${String(error)}`, reasonEn: `reading failed: ${String(error)}` };
      }
    }
    if ('reason' in outcome) {
      failures.push(outcome);
      results.push(errorEntry(outcome));
      continue;
    }
    if (options.command === 'extract') {
      results.push(outcome);
      if (!options.json) io.stdout(`${renderDocument(outcome, options.lang)}\n\n`);
      continue;
    }
    const report = checkDocument(outcome);
    if (report.summary.errors > 0) errorFindings = true;
    results.push(report);
    if (!options.json) io.stdout(`${renderReport(report, options.lang)}\n\n`);
  }

  for (const f of failures) io.stderr(`hezhang: ${f.path}: ${options.lang === 'en' ? f.reasonEn : f.reason}\n`);
  if (options.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  if (failures.length > 0) return 2;
  return errorFindings ? 1 : 0;
}

function errorEntry(e: InputError) {
  return { source: { name: e.name, path: e.path }, error: { message: e.reason, messageEn: e.reasonEn } };
}
