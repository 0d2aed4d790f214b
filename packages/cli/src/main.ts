import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  applyReview,
  type BudgetDocument,
  buildDossiers,
  checkingTogether,
  type Report,
  type ReviewedReport,
  ReviewFileError,
  reviewFile,
  rulesMarkdown,
} from '@hezhang/core';
import {
  HelpRequested,
  type Options,
  parseOptions,
  requestedLang,
  USAGE,
  UsageError,
  VersionRequested,
} from './args.js';
import { writeReadingPictures } from './debug.js';
import { expandInputs, type InputFailure } from './inputs.js';
import { defaultJobs, processAll } from './pool.js';
import { type BatchLine, renderBatchSummary } from './render/batch.js';
import { renderDossiers } from './render/dossier.js';
import { renderReport } from './render/report.js';
import { renderDocument } from './render/tables.js';
import { type MarksSource, openMarks, writeMarksFile } from './review.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** A status line for long runs (files done so far); '' clears it. Left out, no progress is shown. */
  progress?: (status: string) => void;
}

const nodeIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  // Progress only on a terminal: it rewrites one line of stderr, so stdout (and --json) stays clean.
  ...(process.stderr.isTTY ? { progress: (status: string) => process.stderr.write(`\r\x1b[K${status}`) } : {}),
};

/** This CLI's version, as its package.json gives it (one level above src/ and dist/ alike). */
const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** Exit codes: 0 no error findings, 1 error findings, 2 bad input or usage. */
export async function main(argv: readonly string[], io: Io = nodeIo): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (error instanceof HelpRequested) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (error instanceof VersionRequested) {
      io.stdout(`hezhang ${VERSION}\n`);
      return 0;
    }
    if (error instanceof UsageError) {
      // Said in the language the command line asked for, like every other message, then the usage.
      io.stderr(`hezhang: ${error.reason[requestedLang(argv)]}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }

  if (options.command === 'rules') {
    io.stdout(rulesMarkdown());
    return 0;
  }
  if (options.command === 'debug') {
    const file = options.files[0] as string;
    try {
      const { out, pages } = await writeReadingPictures(file, options.pages, options.out);
      // The full path: the picture is opened from a browser, wherever the command was run.
      const path = resolve(out);
      io.stdout(
        options.lang === 'en'
          ? `wrote ${path} (${pages.length === 1 ? 'page' : 'pages'} ${pages.join(', ')})\n`
          : `已写入 ${path}（第${pages.join('、')}页）\n`,
      );
      return 0;
    } catch (error) {
      io.stderr(`hezhang: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
  }
  // The marks are read first: a marks file that cannot be read stops the run before any work, and is
  // never written over; a report given as marks is never written over either (see review.ts).
  let marks: MarksSource | undefined;
  if (options.review !== undefined) {
    try {
      marks = await openMarks(options.review);
    } catch (error) {
      const reason = error instanceof ReviewFileError ? error.reason : { zh: String(error), en: String(error) };
      io.stderr(`hezhang: ${options.review}: ${reason[options.lang]}\n`);
      return 2;
    }
  }
  const { inputs, errors } = await expandInputs(options.files);
  const failures: InputFailure[] = [...errors];
  const results: (
    | BudgetDocument
    | Report
    | { source: { name: string; path: string }; error: { code: string; message: string; messageEn: string } }
  )[] = [];
  for (const e of errors) results.push(errorEntry(e));
  const batch: BatchLine[] = errors.map((failure) => ({ name: failure.path, failure }));

  const progress = inputs.length > 1 ? io.progress : undefined;
  let finished = 0;
  // Each document is checked as it is read, while the next are parsed; when all are read, those that
  // meet another (their department's other years, its units) are checked again with it.
  const together = options.command === 'check' ? checkingTogether() : undefined;
  const outcomes = await processAll(inputs, options.jobs ?? defaultJobs(), (index, outcome) => {
    if (outcome.kind === 'documents') for (const document of outcome.documents) together?.add(document);
    progress?.(`[${++finished}/${inputs.length}] ${inputs[index]?.name ?? ''}`);
  });
  progress?.('');

  // Checked together: documents of one department meet last year's document among the inputs.
  const documents = outcomes.flatMap((o) => (o.kind === 'documents' ? o.documents : []));
  const checked = together?.reports(documents) ?? [];
  const reports: Report[] = marks ? checked.map((r) => applyReview(r, marks.marks)) : checked;
  let errorFindings = false;
  let d = 0;
  for (const o of outcomes) {
    if (o.kind === 'error') {
      failures.push(o.error);
      results.push(errorEntry(o.error));
      batch.push({ name: o.error.name, failure: o.error });
      continue;
    }
    for (const document of o.documents) {
      const report = reports[d];
      d++;
      if (!report) {
        results.push(document);
        if (!options.json) io.stdout(`${renderDocument(document, options.lang)}\n\n`);
        continue;
      }
      if (report.summary.errors > 0) errorFindings = true;
      results.push(report);
      batch.push({ name: report.source.name, report });
      if (!options.json) io.stdout(`${renderReport(report, options.lang)}\n\n`);
    }
  }
  // Departments with several documents: their dossier (documents, findings between them, totals by year).
  const dossiers =
    !options.json && reports.length > 1 ? renderDossiers(buildDossiers(reports), options.lang, reports) : '';
  if (dossiers) io.stdout(`${dossiers}\n`);
  if (!options.json && options.command === 'check' && batch.length > 1)
    io.stdout(`${renderBatchSummary(batch, options.lang, errors.length + outcomes.length)}\n`);

  if (marks) {
    try {
      const written = await writeMarksFile(
        marks.target,
        reviewFile(reports as ReviewedReport[], marks.marks, options.lang),
      );
      // On stderr: stdout may be --json.
      io.stderr(
        options.lang === 'en' ? `hezhang: marks written to ${written}\n` : `hezhang: 核查标记已写入 ${written}\n`,
      );
    } catch (error) {
      io.stderr(
        `hezhang: ${marks.target}: ${options.lang === 'en' ? 'the marks file cannot be written' : '无法写入核查标记文件'} (${String(error)})\n`,
      );
      return 2;
    }
  }
  for (const f of failures) io.stderr(`hezhang: ${f.path}: ${options.lang === 'en' ? f.reason.en : f.reason.zh}\n`);
  if (options.json) io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  if (failures.length > 0) return 2;
  return errorFindings ? 1 : 0;
}

function errorEntry(e: InputFailure) {
  return {
    source: { name: e.name, path: e.path },
    error: { code: e.code, message: e.reason.zh, messageEn: e.reason.en },
  };
}
