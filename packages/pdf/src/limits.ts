/**
 * How much one file may cost to read: every bound on the readers, in one place, with its reason.
 * pdf.js has none of its own (a 4 KB file can make it inflate 1 GiB, or work a minute on one page), so
 * each bound is enforced here, before or around pdf.js:
 *
 * - before pdf.js, by a pre-scan of the file's structure (`prescan/`): every compressed stream is
 *   inflated once, streaming and capped (never held whole), page content and forms are tokenised to
 *   count what each page draws, and the page tree is walked for loops and size. Linear in the
 *   inflated bytes, and those are capped: 12–90 ms on real budgets (docs/security.md);
 * - while pdf.js reads, by the extractor: the page count pdf.js reports, pdf.js' own image limit, and
 *   a watchdog on time without progress that ends the read and replaces pdf.js' worker (Node: its
 *   thread, also ended by a watchdog on memory; browsers: the caller's worker);
 * - after each page, by the extractor: the text runs pdf.js returned.
 *
 * Past a bound the file is refused with InputError `too_complex` and a reason naming the bound
 * (该文件超出可读取的大小/复杂度：…); nothing is half-read. Every bound sits far above the largest
 * real budget measured (in brackets: the most seen on the real budgets of ../shared/fixtures/real and
 * the repository's fixtures), and far below what costs seconds or hundreds of megabytes.
 */
export interface ReadLimits {
  /** Bytes of one file. The bytes are held two or three times while read (caller, pdf.js, transfer). [3.7 MB] */
  maxFileBytes: number;
  /**
   * Bytes of a text file (extracted text, the CLI's and the page's other input): core reads text at
   * about 5 s per million characters; a whole budget as text is 50–300 KB. [60 KB, the seeds]
   */
  maxTextBytes: number;
  /** Bytes one stream inflates to: pdf.js holds a stream's whole output (and each stage of a filter chain). [~6 MB, a font] */
  maxStreamBytes: number;
  /** Bytes all streams of the file inflate to together: the time to inflate and parse them. [~30 MB] */
  maxInflatedBytes: number;
  /** Pixels of one image: pdf.js decodes images on pages without text to RGBA (4 bytes a pixel). [0] */
  maxImagePixels: number;
  /** Pages of one document: ~100 pages a second. [35] */
  maxPages: number;
  /** Text runs drawn on one page, counting each form as often as it is drawn. [~3,000] */
  maxTextRunsPerPage: number;
  /** Bytes of text drawn on one page (glyphs, two bytes each in CID fonts). [~40,000] */
  maxGlyphBytesPerPage: number;
  /** Operators on one page, forms expanded. [~60,000] */
  maxOperatorsPerPage: number;
  /**
   * Operators drawn in the whole document (each page as often as the page tree lists it, each form as
   * often as it is drawn) per MB of file (documentBound): pdf.js works through one to two million a
   * second, so a file of a few KB that draws one stream on every page, or a form a thousand times,
   * costs about a second at most. [65,000 in a 0.2 MB file: 30 times below]
   */
  maxOperatorsPerDocument: number;
  /**
   * Content bytes drawn in the whole document (counted as operators are) per MB of file
   * (documentBound): pdf.js parses about 20 MB of content a second, again each time a page or form
   * draws it — a 94 KB file whose 200 pages share one 50 MB stream held pdf.js past a minute. [0.6 MB in a 0.16 MB file: 20 times below]
   */
  maxContentBytesPerDocument: number;
  /**
   * Pages the page tree lists more than once (a shared subtree): every real document lists each page
   * object once, and each listing costs pdf.js a page read (~10 ms). [0]
   */
  maxRepeatedPages: number;
  /**
   * Graphics states saved one inside the other (q … Q; drawing a form or a transparency group saves one
   * too; marked content nested as deep counts alike): pdf.js' cost grows with the square of the depth —
   * 1,000 deep costs it 0.4 s, 10,000 deep 20 s on one core. The pre-scan refuses a file past it; the
   * page reader (interpret.ts), meeting it where the scan could not see, reports that page unreadable
   * and reads the rest. [6]
   */
  maxNestingDepth: number;
  /**
   * Glyphs one page may draw before the page reader reports it unreadable instead of read (the rest
   * of the document is read): the densest real budget page draws about 3,000 (czj-2025-dept), an A3
   * table in 5 pt type about 20,000. Ten times that is no budget page; its runs would cost seconds and
   * hundreds of megabytes. [~3,000]
   */
  maxGlyphsPerPage: number;
  /**
   * Fills the page reader looks at under one glyph to find its background, the last painted first (and
   * as many images for a scan under invisible text): a real page paints a few over one spot (the page,
   * a band, a cell). A page painting hundreds over one spot is built to slow readers down; its text
   * under them counts as printed (a bound on work, not a refusal). [3]
   */
  maxBackdropDepth: number;
  /** Forms drawn inside forms: pdf.js recurses once per level and fails near 5,000. [2] */
  maxFormDepth: number;
  /** Dictionaries and arrays one inside the other in the file's syntax. [5] */
  maxObjectDepth: number;
  /**
   * Time pdf.js may spend without finishing a page (a page of a real budget takes 10–300 ms, one that
   * loads a large font about a second; under heavy load ten times that). Past it the read ends and
   * pdf.js' worker is replaced: it may be stuck in a loop.
   */
  stallMs: number;
  /**
   * Node: how much the process' resident memory may grow while one file is read; past it pdf.js'
   * thread is ended (the read fails, the process lives). Only a file the pre-scan could not see into
   * (encrypted with a password not given, or too broken to follow) gets that far. With the ~150 MB the CLI holds before reading, one file stays
   * under 1 GB. [~250 MB, czj-2024-final]
   */
  readerMemoryMb: number;
}

export const READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 200 * 1024 * 1024,
  maxTextBytes: 2 * 1024 * 1024,
  maxStreamBytes: 64 * 1024 * 1024,
  maxInflatedBytes: 512 * 1024 * 1024,
  maxImagePixels: 40_000_000,
  maxPages: 5_000,
  maxTextRunsPerPage: 50_000,
  maxGlyphBytesPerPage: 1_000_000,
  maxOperatorsPerPage: 2_000_000,
  maxOperatorsPerDocument: 2_000_000,
  maxContentBytesPerDocument: 64 * 1024 * 1024,
  maxRepeatedPages: 100,
  maxNestingDepth: 256,
  maxGlyphsPerPage: 200_000,
  maxBackdropDepth: 64,
  maxFormDepth: 32,
  maxObjectDepth: 64,
  stallMs: 20_000,
  readerMemoryMb: 768,
});

/**
 * A whole-document bound for a file of `fileBytes`: `perMb` for each MB of file, a smaller file counting
 * as one. What a file may make a reader do grows with what it holds; a few KB never buys more than a
 * second or two of work, and a real budget is far below (its content compresses 3–10 times).
 */
export function documentBound(perMb: number, fileBytes: number): number {
  return Math.round(perMb * Math.max(1, fileBytes / (1024 * 1024)));
}

/** The bounds the page reader (interpret.ts) applies to each page. */
export type PageLimits = Pick<ReadLimits, 'maxNestingDepth' | 'maxGlyphsPerPage' | 'maxBackdropDepth'>;

/** The bounds of one read: the defaults with a caller's overrides (tests, a tool with other needs). */
export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...READ_LIMITS, ...overrides };
}

const MIB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MIB ? `${Math.round(bytes / MIB)} MB` : `${Math.round(bytes / 1024)} KB`);
const count = (n: number) => n.toLocaleString('en-US');

/** What went past a bound, in words for both languages (the reason's second half). */
export type LimitBreach =
  | { limit: 'maxFileBytes'; actual: number }
  | { limit: 'maxTextBytes'; actual: number }
  | { limit: 'maxStreamBytes'; object?: number }
  | { limit: 'maxInflatedBytes' }
  | { limit: 'maxImagePixels'; actual: number; object?: number }
  | { limit: 'maxPages'; actual: number }
  | { limit: 'maxTextRunsPerPage'; actual: number; page: number }
  | { limit: 'maxGlyphBytesPerPage'; actual: number; page: number }
  | { limit: 'maxOperatorsPerPage'; actual: number; page: number }
  | { limit: 'maxOperatorsPerDocument'; actual: number; bound: number }
  | { limit: 'maxContentBytesPerDocument'; actual: number; bound: number }
  | { limit: 'maxRepeatedPages'; actual: number; distinct: number }
  | { limit: 'maxNestingDepth'; actual: number; page: number }
  | { limit: 'maxFormDepth'; page: number; cycle?: boolean }
  | { limit: 'maxObjectDepth' }
  | { limit: 'stallMs'; page: number }
  | { limit: 'readerMemoryMb' };

/** The bound broken, said in one line in each language. */
export function describeBreach(b: LimitBreach, limits: ReadLimits): { zh: string; en: string } {
  const onPage = 'page' in b ? { zh: `第 ${b.page} 页`, en: `page ${b.page}` } : { zh: '', en: '' };
  switch (b.limit) {
    case 'maxFileBytes':
      return {
        zh: `文件大小 ${size(b.actual)}，超过上限 ${size(limits.maxFileBytes)}`,
        en: `the file is ${size(b.actual)}, over the limit of ${size(limits.maxFileBytes)}`,
      };
    case 'maxTextBytes':
      return {
        zh: `文本文件大小 ${size(b.actual)}，超过上限 ${size(limits.maxTextBytes)}`,
        en: `a text file of ${size(b.actual)}, over the limit of ${size(limits.maxTextBytes)}`,
      };
    case 'maxStreamBytes':
      return {
        zh: `一个数据流${b.object ? `（对象 ${b.object}）` : ''}解压后超过 ${size(limits.maxStreamBytes)}（可能是解压炸弹）`,
        en: `a stream${b.object ? ` (object ${b.object})` : ''} inflates to more than ${size(limits.maxStreamBytes)} (a decompression bomb?)`,
      };
    case 'maxInflatedBytes':
      return {
        zh: `全部数据流解压后超过 ${size(limits.maxInflatedBytes)}`,
        en: `its streams inflate to more than ${size(limits.maxInflatedBytes)} in all`,
      };
    case 'maxImagePixels':
      return {
        zh: `一幅图像有 ${count(b.actual)} 像素，超过上限 ${count(limits.maxImagePixels)}`,
        en: `an image of ${count(b.actual)} pixels, over the limit of ${count(limits.maxImagePixels)}`,
      };
    case 'maxPages':
      return {
        zh: `共 ${count(b.actual)} 页，超过上限 ${count(limits.maxPages)} 页`,
        en: `${count(b.actual)} pages, over the limit of ${count(limits.maxPages)}`,
      };
    case 'maxTextRunsPerPage':
      return {
        zh: `${onPage.zh}有 ${count(b.actual)} 段文字，超过上限 ${count(limits.maxTextRunsPerPage)}`,
        en: `${onPage.en} draws ${count(b.actual)} text runs, over the limit of ${count(limits.maxTextRunsPerPage)}`,
      };
    case 'maxGlyphBytesPerPage':
      return {
        zh: `${onPage.zh}的文字超过 ${count(limits.maxGlyphBytesPerPage)} 字节`,
        en: `${onPage.en} draws more than ${count(limits.maxGlyphBytesPerPage)} bytes of text`,
      };
    case 'maxOperatorsPerPage':
      return {
        zh: `${onPage.zh}有 ${count(b.actual)} 个绘制指令，超过上限 ${count(limits.maxOperatorsPerPage)}`,
        en: `${onPage.en} has ${count(b.actual)} drawing operators, over the limit of ${count(limits.maxOperatorsPerPage)}`,
      };
    case 'maxOperatorsPerDocument':
      return {
        zh: `全文共绘制 ${count(b.actual)} 个指令（含重复绘制），超过此大小文件的上限 ${count(b.bound)}`,
        en: `it draws ${count(b.actual)} operators in all (repeats included), over the limit of ${count(b.bound)} for a file of its size`,
      };
    case 'maxContentBytesPerDocument':
      return {
        zh: `全文共需解析 ${size(b.actual)} 的绘制内容（含重复绘制），超过此大小文件的上限 ${size(b.bound)}`,
        en: `it draws ${size(b.actual)} of content in all (repeats included), over the limit of ${size(b.bound)} for a file of its size`,
      };
    case 'maxRepeatedPages':
      return {
        zh: `页面树列出 ${count(b.actual)} 页，其中不同的页面只有 ${count(b.distinct)} 个`,
        en: `its page tree lists ${count(b.actual)} pages of which only ${count(b.distinct)} are distinct`,
      };
    case 'maxNestingDepth':
      return {
        zh: `${onPage.zh}的图形状态嵌套 ${count(b.actual)} 层，超过上限 ${count(limits.maxNestingDepth)} 层`,
        en: `${onPage.en} nests graphics states ${count(b.actual)} deep, over the limit of ${count(limits.maxNestingDepth)}`,
      };
    case 'maxFormDepth':
      return b.cycle
        ? { zh: `${onPage.zh}的表单对象引用了自身`, en: `${onPage.en} draws a form that draws itself` }
        : {
            zh: `${onPage.zh}的表单对象嵌套超过 ${limits.maxFormDepth} 层`,
            en: `${onPage.en} nests forms more than ${limits.maxFormDepth} deep`,
          };
    case 'maxObjectDepth':
      return {
        zh: `对象嵌套超过 ${limits.maxObjectDepth} 层`,
        en: `objects nested more than ${limits.maxObjectDepth} deep`,
      };
    case 'stallMs':
      return {
        zh: `读取${onPage.zh} ${Math.round(limits.stallMs / 1000)} 秒仍无进展，已停止`,
        en: `reading ${onPage.en} made no progress for ${Math.round(limits.stallMs / 1000)} s and was stopped`,
      };
    case 'readerMemoryMb':
      return {
        zh: `读取所需内存超过 ${limits.readerMemoryMb} MB，已停止`,
        en: `reading it needed more than ${limits.readerMemoryMb} MB of memory and was stopped`,
      };
  }
}
