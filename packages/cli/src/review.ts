/**
 * `hezhang check --review FILE`: the volunteer's marks, read before the check (a missing file is an
 * empty one) and written back after it with every finding of the run, new ones open.
 *
 * FILE may be a marks file or anything else core reads marks from — the page's JSON export (a report
 * with its review), the CLI's own `--json` output. Only a marks file is written back in place: a
 * report is never overwritten. Its marks go to a marks file of their own beside it (`report.json` →
 * `report.marks.json`), read too when it is already there, and the run says where it wrote.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { REVIEW_FORMAT, type ReviewEntry, type ReviewFile, ReviewFileError, readReviewMarks } from '@hezhang/core';

/** The marks a run starts from, and the marks file it writes them back to. */
export interface MarksSource {
  marks: ReviewEntry[];
  /** The marks file written after the run: FILE itself when it is one (or does not exist yet). */
  target: string;
}

/** The marks file kept beside a file that is not one: "report.json" → "report.marks.json". */
export function marksFileBeside(path: string): string {
  return `${path.replace(/\.json$/i, '')}.marks.json`;
}

/** JSON at `path`, or undefined when there is no such file. */
async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ReviewFileError({ zh: '无法读取核查标记文件', en: 'the marks file cannot be read' }, { cause: error });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ReviewFileError(
      { zh: `核查标记文件不是有效的 JSON：${String(error)}`, en: `the marks file is not valid JSON: ${String(error)}` },
      { cause: error },
    );
  }
}

const isMarksFile = (json: unknown) =>
  typeof json === 'object' && json !== null && (json as { format?: unknown }).format === REVIEW_FORMAT;

export async function openMarks(path: string): Promise<MarksSource> {
  const json = await readJson(path);
  if (json === undefined) return { marks: [], target: path };
  const marks = readReviewMarks(json);
  if (isMarksFile(json)) return { marks, target: path };
  // A report (or a list of marks): its marks are read, and written to a marks file of their own.
  const target = marksFileBeside(path);
  const beside = await readJson(target);
  if (beside === undefined) return { marks, target };
  if (!isMarksFile(beside))
    throw new ReviewFileError({
      zh: `${target} 已存在，但不是核查标记文件：不会覆盖它`,
      en: `${target} exists and is not a marks file: it is not written over`,
    });
  // A finding marked in both keeps its latest mark.
  return { marks: readReviewMarks([...marks, ...readReviewMarks(beside)]), target };
}

/** Written beside the file and renamed over it: an interrupted run never leaves half a marks file. */
export async function writeMarksFile(path: string, file: ReviewFile): Promise<string> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
  return resolve(path);
}
