/**
 * `hezhang check --review marks.json`: the volunteer's marks, read before the check (a missing file
 * is an empty one) and written back after it with every finding of the run, new ones open.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { type ReviewFile, ReviewFileError, type ReviewMark, readReviewMarks } from '@hezhang/core';

export async function readMarksFile(path: string): Promise<ReviewMark[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ReviewFileError({ zh: '无法读取核查标记文件', en: 'the marks file cannot be read' }, { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ReviewFileError(
      { zh: `核查标记文件不是有效的 JSON：${String(error)}`, en: `the marks file is not valid JSON: ${String(error)}` },
      { cause: error },
    );
  }
  return readReviewMarks(json);
}

/** Written beside the file and renamed over it: an interrupted run never leaves half a marks file. */
export async function writeMarksFile(path: string, file: ReviewFile): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  await rename(temporary, path);
}
