import { z } from 'zod';
import { type Bilingual, bi, countEn, pageSpans, quote } from './bilingual.js';
import { SourceRef } from './source.js';

/**
 * What a reader could not do, as a code with parameters: rendered in either language by
 * `problemText`, so the model carries no prose of its own and a new language is a new column here.
 */
export const ProblemParam = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]);
/**
 * The cells a table problem leaves in doubt: the rows (by key) and columns it touches, on one side of a
 * summary table. A field left out means all: no scope at all is the whole table. Checks that need a
 * cell in doubt report insufficient data; the others run.
 */
export const ProblemScope = z.object({
  side: z.enum(['income', 'expenditure']).optional(),
  rows: z.array(z.string()).optional(),
  columns: z.array(z.string()).optional(),
  /**
   * Rows of codes the table does not print ordered before this code, and its rows that are no code
   * (合计, printed or not): the page that printed its title and first rows was lost (rows kept apart
   * read as the table, or a table found by its header that opens with a 款 or a 项), so those rows may
   * be printed there and its totals sum rows not read. The rows of codes it prints are read.
   */
  unprintedBefore: z.string().optional(),
});
export type ProblemScope = z.infer<typeof ProblemScope>;

export const Problem = z.object({
  code: z.string(),
  params: z.record(z.string(), ProblemParam).default({}),
  /** Where on the page (PDFs: page and box) or in the text (line) the problem was met. */
  at: SourceRef.optional(),
  scope: ProblemScope.optional(),
});
export type Problem = z.infer<typeof Problem>;

/** Where a problem was met, in its words: a page of a PDF, a line of a text. */
type Line = { line?: number | string; page?: number };
const list = (xs: readonly (string | number)[], sep: string) => xs.join(sep);

/**
 * "第3页" / "page 3: " where the problem was met on a PDF's page, "第12行" / "line 12: " on a text's
 * line, or nothing where the reader knew neither (no "第?行").
 */
const lineAt = (p: Line) =>
  p.page !== undefined
    ? { zh: `第${p.page}页`, en: `page ${p.page}: ` }
    : typeof p.line === 'number' || /^\d+$/.test(String(p.line))
      ? { zh: `第${p.line}行`, en: `line ${p.line}: ` }
      : { zh: '', en: '' };

/**
 * A font as a reader can name it: its embedded name, or — where the PDF reader knew only its own id
 * for it (pdf.js' "g_d0_f2") — no name.
 */
const font = (name: string) =>
  /^g_d\d+_f\d+$/.test(name) || name === ''
    ? { zh: '一种字体', en: 'a font' }
    : { zh: `字体 ${name}`, en: `font ${name}` };

/** "page 3" / "pages 3, 5". */
const pagesEn = (pages: readonly (string | number)[]) =>
  `${pages.length === 1 ? 'page' : 'pages'} ${list(pages, ', ')}`;

/** Why rows under no title and no header cannot go on with the table before them (recognize/page-break.ts). */
const apartWhy = (p: { after: string; reason: string; mark: string }) =>
  ({
    other_codes: bi(
      `其科目${p.mark}不属于前一表${quote(p.after)}所用的分类`,
      `their subject ${p.mark} is not of the classification of the table before, ${quote(p.after)}`,
    ),
    codes_restart: bi(
      `其科目${p.mark}在前一表${quote(p.after)}中已经列出`,
      `the table before, ${quote(p.after)}, already listed their subject ${p.mark}`,
    ),
    closed: bi(
      `而前一表${quote(p.after)}已在其${quote(p.mark)}行结束`,
      `while the table before, ${quote(p.after)}, ended at its ${quote(p.mark)} row`,
    ),
    noted: bi(
      `而前一表${quote(p.after)}已在其注释（${p.mark}）后结束`,
      `while the table before, ${quote(p.after)}, ended with its note (${quote(p.mark)})`,
    ),
    uncoded: bi(
      `其科目${p.mark}是款或项，而前一表${quote(p.after)}不按款、项列行`,
      `their subject ${p.mark} is a 款 or 项, which the table before, ${quote(p.after)}, does not list`,
    ),
  })[p.reason] ?? { zh: '', en: '' };

/** Every problem code and its words. */
const PROBLEM_TEXT = {
  // The document as a whole.
  no_tables: () =>
    bi('未识别到任何预算表：无法核对表格', 'No budget table was recognised: the tables cannot be checked'),
  more_documents: (p: { from: number; to: number; title: string }) =>
    bi(
      `第${p.from}–${p.to}页是另一份文档${p.title ? `（${p.title}）` : ''}，未核对：请将其另存为单独的文件后核对`,
      `pages ${p.from}–${p.to} are another document${p.title ? ` (${quote(p.title)})` : ''}, not checked: save them as a file of their own to check them`,
    ),
  /** A page that prints an earlier page again, read once (layout/positioned.ts `printedAgain`). */
  page_repeated: (p: { page: number; of: number; pages?: readonly number[] }) =>
    p.pages && p.pages.length > 1
      ? bi(
          `第${pageSpans(p.pages).zh}页重复印出前面的页面（共${p.pages.length}页，只按一次核对）`,
          `pages ${pageSpans(p.pages).en} print earlier pages again (${p.pages.length} pages, checked once)`,
        )
      : bi(
          `第${p.page}页重复印出第${p.of}页（只按一次核对）`,
          `page ${p.page} prints page ${p.of} again (checked once)`,
        ),
  /** Rows of a table under no title, its title after them (recognize/segment.ts `printedBefore`). */
  table_pages_out_of_order: (p: { title: string; page: number; titlePage: number }) =>
    bi(
      `“${p.title}”的第${p.page}页印在其标题页（第${p.titlePage}页）之前：页面顺序颠倒`,
      `${quote(p.title)}: page ${p.page} is printed before its title's page (page ${p.titlePage}): pages out of order`,
    ),
  /**
   * A table recognised by the header at the top of a page, no title before it (its title's page lost, the
   * title an image). `first`: the 款 or 项 it opens with (head_lost) — the rows before it were on that page.
   */
  table_title_missing: (p: { page: number; title: string; first?: string }) =>
    bi(
      `第${p.page}页的表格未找到标题，按表头识别为“${p.title}”${p.first ? `；首行为${p.first}，印有标题和此前各行的一页可能缺失，${p.first}之前的行与合计未核对` : ''}`,
      `page ${p.page}: a table without its title, recognised by its header as ${quote(p.title)}${p.first ? `; it opens with ${p.first}: the page with its title and the rows before may be missing, those rows and its totals not checked` : ''}`,
    ),
  /** A page opening with a header that is no table's of the template: its lines are kept apart, not checked. */
  table_unrecognised: (p: { page: number; header: string }) =>
    bi(
      `第${p.page}页的表格未找到标题，表头（${p.header}）不属于任何已知的表，未核对`,
      `page ${p.page}: a table without its title whose header (${quote(p.header)}) is no known table's, not checked`,
    ),
  /**
   * Rows at the top of a page, under no title and no header, that cannot go on with the table before
   * them (recognize/page-break.ts): why — their code is of the other classification, or one that table
   * listed already; that table printed its total, or its note.
   */
  table_rows_apart: (p: { page: number; after: string; reason: string; mark: string }) => {
    const why = apartWhy(p);
    return bi(
      `第${p.page}页起的行没有标题和表头，${why.zh}：这些行属于另一张表（其标题所在页可能缺失），未核对`,
      `page ${p.page}: rows without a title or a header, and ${why.en}: they are another table's (the page of its title may be missing), not checked`,
    );
  },
  /**
   * Rows kept apart so (table_rows_apart) read as the one table of the template they fit: the next the
   * template expects that the document does not print, their codes and amounts its kind.
   */
  table_rows_read_as: (p: { page: number; title: string; after: string; reason: string; mark: string }) => {
    const why = apartWhy(p);
    return bi(
      `第${p.page}页起的行没有标题和表头，${why.zh}：按其科目、数列与表的顺序读作${quote(p.title)}（其标题所在页可能缺失）`,
      `page ${p.page}: rows without a title or a header, and ${why.en}: read as ${quote(p.title)} by their subjects, their amounts and the order of the tables (the page of its title may be missing)`,
    );
  },
  /**
   * A table read from rows kept apart, or found by its header opening with a 款 or a 项: the page with its
   * title and first rows lost (scope `unprintedBefore`).
   */
  head_lost: (p: { page: number }) =>
    bi(
      `第${p.page}页之前印有标题和开头各行的一页未找到，表中未列出的前面各行可能印在那里`,
      `the page before page ${p.page} with its title and first rows was not found: rows it does not print before them may be there`,
    ),
  table_read_problems: (p: { title: string; count: number }) =>
    bi(
      `${p.title}：${p.count}处内容未能可靠读取`,
      `${quote(p.title)}: ${countEn(p.count, 'place')} could not be read reliably`,
    ),
  // The PDF text layer.
  text_private_use: (p: { page: number; count: number }) =>
    bi(
      `第${p.page}页有${p.count}个私用区字符，无法还原为汉字`,
      `page ${p.page} has ${countEn(p.count, 'private-use character')} that cannot be turned back into text`,
    ),
  text_no_text_layer: (p: { page: number }) =>
    bi(
      `第${p.page}页没有文字层（可能是扫描图片），其内容无法核对`,
      `page ${p.page} has no text layer (probably a scanned image): its content cannot be checked`,
    ),
  /**
   * Words drawn outside the clip area of their cell or text box, printed visibly nowhere near; `pages`:
   * clipped the same way on each of them (a header repeated on every page).
   */
  text_clipped: (p: { page: number; text: string; pages?: readonly number[] }) =>
    bi(
      `第${list(p.pages ?? [p.page], '、')}页部分文字未正常显示（被所在单元格或文本框裁去）：${p.text}`,
      `${pagesEn(p.pages ?? [p.page])}: text clipped by its cell or text box, not visible on the page: ${quote(p.text)}`,
    ),
  text_blank_page: (p: { page: number }) =>
    bi(`文档中间的第${p.page}页是空白页`, `page ${p.page}, inside the document, is blank`),
  text_unreadable_page: (p: { page: number; reason: string }) =>
    bi(
      `第${p.page}页超出可读取的复杂度（${p.reason === 'too_deep' ? '图形状态嵌套过深' : '字形过多'}），其内容未读取`,
      `page ${p.page} is beyond what can be read (${p.reason === 'too_deep' ? 'graphics states nested too deep' : 'too many glyphs'}): its content was not read`,
    ),
  text_unmapped_font: (p: { font: string; pages: readonly number[] }) =>
    bi(
      `${font(p.font).zh} 没有 Unicode 映射，第${list(p.pages, '、')}页用它印的文字无法读取`,
      `${font(p.font).en} has no Unicode map: its text on ${pagesEn(p.pages)} cannot be read`,
    ),
  text_lookalike: (p: { count: number }) =>
    bi(
      `已将${p.count}个康熙部首、兼容汉字或全角字符规范化为常用字符`,
      `${p.count} Kangxi radical, compatibility ideograph or full-width ${p.count === 1 ? 'character was' : 'characters were'} normalised`,
    ),
  // One table.
  /** A table printed on pages whose text cannot be trusted: fonts without a Unicode map, pages with private-use characters. */
  untrusted_text: (p: { fonts: readonly string[]; privateUse: readonly number[]; counts: readonly number[] }) =>
    bi(
      `文本层不可信：${[
        ...p.fonts.map((f) => `${font(f).zh} 没有 Unicode 映射`),
        ...p.privateUse.map((page, i) => `第${page}页有${p.counts[i]}个私用区字符`),
      ].join('；')}`,
      `the text layer cannot be trusted: ${[
        ...p.fonts.map((f) => `${font(f).en} has no Unicode map`),
        ...p.privateUse.map((page, i) => `page ${page} has ${countEn(p.counts[i] ?? 0, 'private-use character')}`),
      ].join('; ')}`,
    ),
  no_value_columns: (p: { page: number }) =>
    bi(`第${p.page}页：未能从表头识别出数值列`, `page ${p.page}: no value column was recognised in the header`),
  stray_content: (p: Line & { text: string }) =>
    bi(`${lineAt(p).zh}无法归入列的内容：${p.text}`, `${lineAt(p).en}content that fits no column: ${quote(p.text)}`),
  code_without_parent: (p: Line & { codes: string }) =>
    bi(`${lineAt(p).zh}科目编码缺少上级：${p.codes}`, `${lineAt(p).en}codes without a parent: ${p.codes}`),
  /** A code column holding no subject code ("7"), beside a name the classification does not place. */
  unplaced_code: (p: Line & { codes: string; row: string }) =>
    bi(
      `${lineAt(p).zh}编码列中的“${p.codes}”不是科目编码，科目名称“${p.row}”也无法确定其编码`,
      `${lineAt(p).en}${quote(p.codes)} in the code columns is no subject code, and the name ${quote(p.row)} does not tell the code`,
    ),
  values_without_code: (p: Line & { text: string }) =>
    bi(
      `${lineAt(p).zh}有数值但没有科目编码或名称：${p.text}`,
      `${lineAt(p).en}values without a code or a name: ${quote(p.text)}`,
    ),
  single_row_repeated: (p: Line) =>
    bi(
      `${lineAt(p).zh ? `${lineAt(p).zh}：` : ''}单行表出现多于一行数值`,
      `${lineAt(p).en}a one-row table with more than one row of values`,
    ),
  too_many_values: (p: Line & { values: number; columns: number }) =>
    bi(
      `${lineAt(p).zh}数值多于列数（${p.values} > ${p.columns}）`,
      `${lineAt(p).en}more values than columns (${p.values} > ${p.columns})`,
    ),
  /** Text inside a table that no row took (a name fragment, a label the template does not know, with no value). */
  unplaced_text: (p: { page: number; text: string }) =>
    bi(
      `第${p.page}页表内文字未能归入任何行：${p.text}`,
      `page ${p.page}: text in the table that no row took: ${quote(p.text)}`,
    ),
  /** An amount printed inside a table's area that was read into no cell. */
  unplaced_amount: (p: { page: number; text: string }) =>
    bi(
      `第${p.page}页表内数值“${p.text}”未能归入任何单元格`,
      `page ${p.page}: the amount ${quote(p.text)} printed in the table was read into no cell`,
    ),
  /** A side of a summary table's row printed values without a name. */
  values_without_label: (p: { page: number; text: string }) =>
    bi(`第${p.page}页有数值但没有行名：${p.text}`, `page ${p.page}: values without a row name: ${quote(p.text)}`),
  placement_unsolved: () =>
    bi(
      '纯文本丢失了空单元格，且没有一种列位置能满足表内恒等式：数值按从左到右放置',
      'plain text lost the blank cells and no placement satisfies the identities: values were placed left to right',
    ),
  placement_ambiguous: () =>
    bi(
      '纯文本丢失了空单元格，部分数值的列位置无法由恒等式唯一确定',
      'plain text lost the blank cells: the identities leave the columns of some values open',
    ),
  unknown_line: (p: { side: 'income' | 'expenditure'; label: string }) =>
    bi(
      `未识别的${p.side === 'income' ? '收入' : '支出'}行：${p.label}`,
      `unrecognised ${p.side} line: ${quote(p.label)}`,
    ),
  repeated_line: (p: { label: string }) => bi(`重复的行：${p.label}`, `repeated line: ${quote(p.label)}`),
  unreadable_value: (p: { page: number; row: string; text: string }) =>
    bi(
      `第${p.page}页“${p.row}”行：数值“${p.text}”无法读取（可能是相邻两格的数字连在一起）`,
      `page ${p.page}, row ${quote(p.row)}: the number ${quote(p.text)} cannot be read (two cells' numbers may run together)`,
    ),
  fused_name: (p: { page: number; row: string }) =>
    bi(
      `第${p.page}页“${p.row}”行：名称似由两行拼成，该行未能可靠读取`,
      `page ${p.page}, row ${quote(p.row)}: the name seems made of two rows' names; the row could not be read reliably`,
    ),
  line_too_many_values: (p: { label: string }) =>
    bi(`“${p.label}”的数值多于列数`, `${quote(p.label)} has more values than columns`),
} satisfies Record<string, (params: never) => Bilingual>;

export type ProblemCode = keyof typeof PROBLEM_TEXT;

/** A problem with its parameters checked against its code: `problem('repeated_line', { label })`. */
export function problem<C extends ProblemCode>(code: C, ...params: Parameters<(typeof PROBLEM_TEXT)[C]>): Problem {
  return { code, params: (params[0] ?? {}) as Problem['params'] };
}

/** A problem met at a place (`at`), leaving some cells in doubt (`scope`; none: the whole table). */
export function located(p: Problem, at?: Problem['at'], scope?: ProblemScope): Problem {
  return {
    ...p,
    ...(at && Object.keys(at).length > 0 ? { at } : {}),
    ...(scope ? { scope } : {}),
  };
}

/** A problem in words; a code this build does not know is shown as itself. */
export function problemText(p: Pick<Problem, 'code' | 'params'>): Bilingual {
  const words = (PROBLEM_TEXT as unknown as Record<string, ((params: Problem['params']) => Bilingual) | undefined>)[
    p.code
  ];
  if (!words) return bi(p.code);
  try {
    return words(p.params ?? {});
  } catch {
    // Parameters of another shape (a report from another build): the code still says what it was.
    return bi(p.code);
  }
}
