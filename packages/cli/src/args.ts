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

/** A command line that cannot be run, with the reason in both languages (shown in the run's --lang). */
export class UsageError extends Error {
  constructor(readonly reason: { zh: string; en: string }) {
    super(reason.en);
    this.name = 'UsageError';
  }
}

/** `--help` (or `-h`, or `help`): the usage goes to stdout and the exit code is 0, as every CLI does. */
export class HelpRequested extends Error {}

/** `--version` (or `-V`): the version goes to stdout, exit code 0. */
export class VersionRequested extends Error {}

const usage = (zh: string, en: string) => new UsageError({ zh, en });

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  page: { type: 'string', short: 'p', multiple: true },
  out: { type: 'string', short: 'o' },
  review: { type: 'string' },
} as const satisfies Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }>;

type OptionName = keyof typeof OPTIONS;

/**
 * The language a command line asks for, read before it is parsed: a usage error is said in it too.
 * Anything but `--lang en` is Chinese, the default.
 */
export function requestedLang(argv: readonly string[]): Lang {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang=en' || (arg === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'zh';
}

export const USAGE = `用法 / usage:
  hezhang check <file|folder…> [--json] [--lang zh|en] [--jobs N] [--review marks.json]
  hezhang extract <file|folder…> [--json]
  hezhang rules
  hezhang debug <file.pdf> [--page N…] [--out picture.html]
  hezhang --help | --version

  check    核对预算文件并报告发现的问题；同一部门不同年度的文件互相比较 / check documents and report
           findings; documents of one department in different years are compared; with several
           files, one line per file and a total at the end
  --review 读取并写回核查标记文件（已核实／误报／待核查及备注），误报不计入结论 / read and write back
           the marks file (confirmed / dismissed / open, with notes); dismissed findings leave the verdict
  extract  输出读取到的表格与文字 / print the tables and prose as read
  rules    列出全部核对规则（Markdown） / list every rule (markdown)
  debug    画出读表时的判断（分段、线、列、行、每段文字的归属）/ draw what the table reader decided on each
           page (where tables start and end and why, rulings, columns, rows, every text's role)

  --jobs N   同时读取的文件数（默认：全部 CPU 核心）/ files read at once (default: every core)
  --json     每个输入一个 JSON 条目 / one JSON entry per input
  --lang en  英文输出 / output in English

退出码 / exit codes: 0 无错误 no error findings · 1 有错误 error findings · 2 输入或用法错误 bad input or usage`;

/**
 * The command line, checked option by option (node:util's parseArgs reads it; its own errors, in
 * English only and naming its internals, are not shown: every refusal here is a UsageError).
 */
export function parseOptions(argv: readonly string[]): Options {
  const { tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  const values: Partial<Record<OptionName, string | boolean | string[]>> = {};
  const positionals: string[] = [];
  for (const token of tokens ?? []) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const raw = token.rawName;
    if (!Object.hasOwn(OPTIONS, token.name)) throw usage(`未知选项 ${raw}`, `unknown option ${raw}`);
    const name = token.name as OptionName;
    const spec: { type: 'boolean' | 'string'; multiple?: boolean } = OPTIONS[name];
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw usage(`${raw} 不带值`, `${raw} takes no value`);
      values[name] = true;
      continue;
    }
    // "--lang --json": a value that is another option is a value left out.
    if (!token.value || (!token.inlineValue && token.value.startsWith('-')))
      throw usage(`${raw} 需要一个值`, `${raw} needs a value`);
    if (spec.multiple) values[name] = [...((values[name] as string[] | undefined) ?? []), token.value];
    else values[name] = token.value;
  }
  const [command, ...files] = positionals;
  if (values.help || command === 'help') throw new HelpRequested();
  if (values.version || command === 'version') throw new VersionRequested();
  if (command !== 'check' && command !== 'extract' && command !== 'rules' && command !== 'debug') {
    throw command
      ? usage(
          `未知命令“${command}”（可用的命令：check、extract、rules、debug）`,
          `unknown command "${command}" (check, extract, rules or debug)`,
        )
      : usage('没有给出命令', 'no command given');
  }
  if (files.length === 0 && command !== 'rules') throw usage(`${command}：没有给出文件`, `${command}: no file given`);
  const lang = (values.lang as string | undefined) ?? 'zh';
  if (lang !== 'zh' && lang !== 'en')
    throw usage(`--lang 只能是 zh 或 en，不能是“${lang}”`, `--lang must be zh or en, not "${lang}"`);
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw usage('--jobs 必须是正整数', '--jobs must be a positive integer');
  }
  if (command === 'debug' && files.length !== 1)
    throw usage('debug：只能给出一个 PDF 文件', 'debug: give exactly one PDF');
  const pages = ((values.page as string[] | undefined) ?? []).flatMap((p) => p.split(',')).map(Number);
  if (pages.some((p) => !Number.isInteger(p) || p < 1))
    throw usage('--page 必须是页码（1、2……）', '--page must be a page number (1, 2, …)');
  if (pages.length > 0 && command !== 'debug') throw usage('--page 只用于 debug', '--page goes with debug');
  const out = values.out as string | undefined;
  if (out !== undefined && command !== 'debug') throw usage('--out 只用于 debug', '--out goes with debug');
  const review = values.review as string | undefined;
  if (review !== undefined && command !== 'check') throw usage('--review 只用于 check', '--review goes with check');
  return {
    command,
    files,
    pages,
    ...(out ? { out } : {}),
    ...(review !== undefined ? { review } : {}),
    json: values.json === true,
    lang,
    ...(jobs ? { jobs } : {}),
  };
}
