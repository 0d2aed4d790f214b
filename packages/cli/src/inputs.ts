import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

export type InputKind = 'text' | 'pdf';

/** Extensions read as extracted text. */
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.tsv', '.text']);

export interface Input {
  path: string;
  name: string;
}

/** Expands folder arguments into the budget files they hold (PDF and text), sorted by name. */
export async function expandInputs(args: readonly string[]): Promise<{ inputs: Input[]; errors: InputError[] }> {
  const inputs: Input[] = [];
  const errors: InputError[] = [];
  for (const arg of args) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(arg);
    } catch {
      errors.push({
        path: arg,
        name: basename(arg),
        reason: '文件不存在或无法访问',
        reasonEn: 'no such file or not readable',
      });
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(arg)).sort();
      const files = entries.filter(
        (e) => extname(e).toLowerCase() === '.pdf' || TEXT_EXTENSIONS.has(extname(e).toLowerCase()),
      );
      if (files.length === 0)
        errors.push({
          path: arg,
          name: basename(arg),
          reason: '文件夹中没有 PDF 或文本文件',
          reasonEn: 'the folder holds no PDF or text file',
        });
      for (const f of files) inputs.push({ path: join(arg, f), name: f });
    } else {
      inputs.push({ path: arg, name: basename(arg) });
    }
  }
  return { inputs, errors };
}

export interface InputError {
  path: string;
  name: string;
  reason: string;
  reasonEn: string;
}

export interface LoadedInput extends Input {
  kind: InputKind;
  bytes: Uint8Array;
}

/** Reads a file and tells PDF from text by its first bytes, not its name. */
export async function loadInput(input: Input): Promise<LoadedInput | InputError> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(input.path));
  } catch {
    return { ...input, reason: '无法读取文件', reasonEn: 'the file cannot be read' };
  }
  if (bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-')
    return { ...input, kind: 'pdf', bytes };
  if (bytes.length === 0) return { ...input, reason: '文件为空', reasonEn: 'the file is empty' };
  if (!looksLikeText(bytes))
    return { ...input, reason: '不是 PDF 或 UTF-8 文本文件', reasonEn: 'neither a PDF nor UTF-8 text' };
  return { ...input, kind: 'text', bytes };
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample.length < bytes.length ? trimPartial(sample) : sample);
    return true;
  } catch {
    return false;
  }
}

/** Drops a UTF-8 sequence cut at the end of a sample. */
function trimPartial(sample: Uint8Array): Uint8Array {
  const end = sample.length;
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = sample[end - i] ?? 0;
    if ((b & 0xc0) === 0xc0) return sample.subarray(0, end - i);
    if ((b & 0x80) === 0) break;
  }
  return sample;
}

export function isInputError(x: LoadedInput | InputError): x is InputError {
  return 'reason' in x;
}
