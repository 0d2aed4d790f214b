import { parseArgs } from 'node:util';

export type Command = 'check' | 'extract' | 'rules' | 'debug';
export type Lang = 'zh' | 'en';

export interface Options {
  command: Command;
  files: string[];
  json: boolean;
  lang: Lang;
  /** Files read at once, each PDF on a pdf.js thread of its own (default: all cores). */
  jobs?: number;
  /** debug: pages to draw (1-based; empty: every page with a table) and the HTML file to write. */
  pages: number[];
  out?: string;
  /** check: the marks file to read (if it exists), apply and write back. */
  review?: string;
}

export class UsageError extends Error {}

/** `--help` (or `-h`, or `help`): the usage goes to stdout and the exit code is 0, as every CLI does. */
export class HelpRequested extends Error {}

export const USAGE = `用法 / usage:
  hezhang check <file|folder…> [--json] [--lang zh|en] [--jobs N] [--review marks.json]
  hezhang extract <file|folder…> [--json]
  hezhang rules
  hezhang debug <file.pdf> [--page N…] [--out picture.html]
  hezhang --help

  check    核对预算文件并报告发现的问题；同一部门不同年度的文件互相比较 / check documents and report
           findings; documents of one department in different years are compared; with several
           files, one line per file and a total at the end
  --review 读取并写回核查标记文件（已核实／误报／待核查及备注），误报不计入结论 / read and write back
           the marks file (confirmed / dismissed / open, with notes); dismissed findings leave the verdict
  extract  输出读取到的表格与文字 / print the tables and prose as read
  rules    列出全部核对规则（Markdown） / list every rule (markdown)
  debug    画出读表时的判断（线、列、行、每段文字的归属）/ draw what the table reader decided on each page

  --jobs N   同时读取的文件数（默认：全部 CPU 核心）/ files read at once (default: every core)
  --json     每个输入一个 JSON 条目 / one JSON entry per input
  --lang en  英文输出 / output in English

退出码 / exit codes: 0 无错误 no error findings · 1 有错误 error findings · 2 输入或用法错误 bad input or usage`;

export function parseOptions(argv: readonly string[]): Options {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'zh' },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h', default: false },
        page: { type: 'string', short: 'p', multiple: true },
        out: { type: 'string', short: 'o' },
        review: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [command, ...files] = parsed.positionals;
  if (parsed.values.help || command === 'help') throw new HelpRequested();
  if (command !== 'check' && command !== 'extract' && command !== 'rules' && command !== 'debug') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
  if (files.length === 0 && command !== 'rules') throw new UsageError(`${command}: no file given`);
  const lang = parsed.values.lang;
  if (lang !== 'zh' && lang !== 'en') throw new UsageError(`--lang must be zh or en, not "${String(lang)}"`);
  let jobs: number | undefined;
  if (parsed.values.jobs !== undefined) {
    jobs = Number(parsed.values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive integer`);
  }
  if (command === 'debug' && files.length !== 1) throw new UsageError('debug: give exactly one PDF');
  const pages = ((parsed.values.page as string[] | undefined) ?? []).flatMap((p) => p.split(',')).map(Number);
  if (pages.some((p) => !Number.isInteger(p) || p < 1)) throw new UsageError('--page must be a page number (1, 2, …)');
  const out = typeof parsed.values.out === 'string' ? parsed.values.out : undefined;
  const review = typeof parsed.values.review === 'string' ? parsed.values.review : undefined;
  if (review !== undefined && command !== 'check') throw new UsageError('--review goes with check');
  if (review === '') throw new UsageError('--review needs a file name');
  return {
    command,
    files,
    pages,
    ...(out ? { out } : {}),
    ...(review !== undefined ? { review } : {}),
    json: parsed.values.json === true,
    lang,
    ...(jobs ? { jobs } : {}),
  };
}
