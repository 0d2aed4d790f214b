import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { limitError, READ_LIMITS } from '@hezhang/pdf/node';

/** Extensions a folder's files must have to be read: PDFs and extracted text. */
const FOLDER_EXTENSIONS = new Set(['.pdf', '.txt', '.md', '.markdown', '.tsv', '.text']);

export interface Input {
  path: string;
  name: string;
  /** Its size in bytes when it was listed (the pool reads the largest first). */
  size?: number;
}

/**
 * Why an input was not read: the front door's InputError code (or the CLI's own `missing`,
 * `no_files`, `unreadable`), and a one-line reason in both languages.
 */
export interface InputFailure {
  path: string;
  name: string;
  code: string;
  reason: { zh: string; en: string };
}

const REASONS = {
  missing: { zh: '文件不存在或无法访问', en: 'no such file or not readable' },
  no_files: { zh: '文件夹中没有 PDF 或文本文件', en: 'the folder holds no PDF or text file' },
  unreadable: { zh: '无法读取文件', en: 'the file cannot be read' },
} satisfies Record<string, { zh: string; en: string }>;

export function failure(input: Input, code: keyof typeof REASONS): InputFailure {
  return { ...input, code, reason: REASONS[code] };
}

/**
 * Expands folder arguments into the budget files they hold (by extension: PDF and text), sorted by
 * name. A file named on the command line is read whatever its name: the front door goes by its bytes.
 */
export async function expandInputs(args: readonly string[]): Promise<{ inputs: Input[]; errors: InputFailure[] }> {
  const inputs: Input[] = [];
  const errors: InputFailure[] = [];
  for (const arg of args) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(arg);
    } catch {
      errors.push(failure({ path: arg, name: basename(arg) }, 'missing'));
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(arg)).sort();
      const files = entries.filter((e) => FOLDER_EXTENSIONS.has(extname(e).toLowerCase()));
      if (files.length === 0) errors.push(failure({ path: arg, name: basename(arg) }, 'no_files'));
      for (const f of files) {
        const path = join(arg, f);
        const size = await stat(path).then(
          (s) => s.size,
          () => undefined,
        );
        inputs.push({ path, name: f, ...(size !== undefined ? { size } : {}) });
      }
    } else {
      inputs.push({ path: arg, name: basename(arg), size: info.size });
    }
  }
  return { inputs, errors };
}

/** A file's bytes, or why it cannot be read (a file past the size bound is not read at all). */
export async function readBytes(input: Input): Promise<Uint8Array | InputFailure> {
  try {
    const { size } = await stat(input.path);
    if (size > READ_LIMITS.maxFileBytes) {
      const e = limitError({ limit: 'maxFileBytes', actual: size });
      return { ...input, code: e.code, reason: e.reason };
    }
    return new Uint8Array(await readFile(input.path));
  } catch {
    return failure(input, 'unreadable');
  }
}
