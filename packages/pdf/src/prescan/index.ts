/**
 * The pre-scan: what reading a PDF will cost, measured before pdf.js sees it, and a refusal
 * (InputError `too_complex`) past any bound of limits.ts. One pass over the file's objects, one
 * capped, streaming inflate of each compressed stream (object streams first, whose objects complete
 * the table), the page tree walked for loops and size, and each page's content costed with every
 * form it draws expanded as often as it is drawn. Image codecs are never decoded: an image costs its
 * declared pixels.
 *
 * An encrypted file is read as pdf.js reads it, with the empty user password or the caller's
 * (decrypt.ts). What it cannot see it leaves to the bounds applied while pdf.js reads (page count,
 * text runs per page, the watchdog, the memory watchdog): a file encrypted with another handler or an
 * unknown password (pdf.js cannot open those either), and a structure too broken to follow (pdf.js
 * rebuilds it its own way).
 */
import { InputError, limitError } from '../errors.js';
import { documentBound, type LimitBreach, type ReadLimits } from '../limits.js';
import { concat } from './bytes.js';
import { type ContentCost, ContentCounter } from './content.js';
import { streamDecryptor } from './decrypt.js';
import { decode, type InflateWhole } from './filters.js';

export type { InflateWhole } from './filters.js';

import { type ObjectTable, objectsInStream, type PdfObject, resolve, scanObjects } from './objects.js';
import { isDict, isRef, NestingTooDeep, nameOf, type PdfDict, type PdfValue } from './syntax.js';

/** What the pre-scan measured (the largest page's figures; for benchmarks and the notes). */
export interface PrescanReport {
  pages: number;
  streams: number;
  /** Bytes the streams inflated to, every filter stage counted. */
  inflatedBytes: number;
  /** The file is encrypted. */
  encrypted: boolean;
  /** Encrypted with a handler or password the scan does not know: its streams were not measured. */
  blind: boolean;
  /** The page tree could be followed (else page checks were left to pdf.js' read). */
  pageTree: boolean;
  /** Each figure's largest value among the pages (forms expanded). */
  largestPage: Expanded;
  /** The whole document as pdf.js will draw it: each page as often as listed, each stream as often as drawn. */
  drawn: { operators: number; contentBytes: number };
}

/** A page tree that loops is damage (pdf.js says so too), not a bound: `malformed`, with where. */
const PAGE_TREE_LOOP = {
  zh: 'PDF 文件已损坏，无法解析：页面树中有循环引用',
  en: 'the PDF is damaged and cannot be parsed: its page tree loops back on itself',
};

class Breach extends Error {
  constructor(readonly breach: LimitBreach) {
    super(breach.limit);
  }
}

/** Saturating sum and product: counts of a fan-out bomb overflow any integer type. */
const CEILING = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number) => Math.min(CEILING, a + b);
const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : Math.min(CEILING, a * b));

/** What a page (or a form) draws, every form it draws expanded as often as it draws it. */
export interface Expanded {
  /** Content bytes parsed, each stream as often as it is drawn. */
  contentBytes: number;
  operators: number;
  textRuns: number;
  glyphBytes: number;
  depth: number;
  formDepth: number;
}

/**
 * Measures the file against `limits`; throws InputError `too_complex` past one of them. `inflateWhole`
 * is the platform's one-shot inflate where it has one (Node); else streams inflate through
 * DecompressionStream.
 */
export async function prescan(
  bytes: Uint8Array,
  limits: ReadLimits,
  inflateWhole?: InflateWhole,
  password?: string,
): Promise<PrescanReport> {
  try {
    return await measure(bytes, limits, inflateWhole, password);
  } catch (error) {
    if (error instanceof Breach) throw limitError(error.breach, limits);
    if (error instanceof NestingTooDeep) throw limitError({ limit: 'maxObjectDepth' }, limits);
    throw error;
  }
}

async function measure(
  bytes: Uint8Array,
  limits: ReadLimits,
  inflateWhole: InflateWhole | undefined,
  password: string | undefined,
): Promise<PrescanReport> {
  if (bytes.length > limits.maxFileBytes) throw new Breach({ limit: 'maxFileBytes', actual: bytes.length });
  const table = scanObjects(bytes, limits.maxObjectDepth);
  const encrypted = table.trailer?.get('Encrypt') !== undefined;
  // Read as pdf.js reads it: with the empty user password (or the caller's).
  const decrypt = encrypted ? await streamDecryptor(table, password) : undefined;
  const blind = encrypted && !decrypt;
  let inflated = 0;
  let streams = 0;

  /** Decodes one stream's data (decrypted first), counting it against the limits; `sink` sees the output. */
  const decodeObject = async (object: PdfObject, dict: PdfDict, sink?: (chunk: Uint8Array) => void) => {
    const num = object.num;
    let data: Uint8Array | undefined = bytes.subarray(object.stream?.start ?? 0, object.stream?.end ?? 0);
    // Cross-reference streams are never encrypted.
    if (decrypt && nameOf(dict.get('Type')) !== 'XRef') data = await decrypt(num, object.gen, data);
    if (!data) return;
    streams++;
    const filters = filterNames(resolve(table, dict.get('Filter')));
    if (filters.length === 0) {
      sink?.(data);
      return;
    }
    const parms = resolve(table, dict.get('DecodeParms'));
    const early =
      isDict(parms) && typeof parms.get('EarlyChange') === 'number' ? (parms.get('EarlyChange') as number) : 1;
    const result = await decode(data, filters, limits.maxStreamBytes, sink, early, inflateWhole);
    inflated = add(inflated, result.allStages);
    if (result.capped) throw new Breach({ limit: 'maxStreamBytes', object: num });
    if (inflated > limits.maxInflatedBytes) throw new Breach({ limit: 'maxInflatedBytes' });
  };

  // Object streams first: the objects they hold (page dictionaries among them) complete the table.
  if (!blind) {
    for (const object of [...table.objects.values()]) {
      if (!object.stream || !isDict(object.value) || nameOf(object.value.get('Type')) !== 'ObjStm') continue;
      const parts: Uint8Array[] = [];
      await decodeObject(object, object.value, (c) => parts.push(c));
      for (const inner of objectsInStream(concat(parts), object.value, limits.maxObjectDepth))
        if (!table.objects.has(inner.num)) table.objects.set(inner.num, inner);
    }
  }

  const tree = pageTree(table, limits);
  const contentStreams = new Set<number>();
  for (const page of tree?.pages ?? []) for (const ref of contentRefs(table, page.dict)) contentStreams.add(ref);

  // Every other stream: images by their declared size, content and forms tokenised, the rest counted.
  const costs = new Map<number, ContentCost>();
  for (const object of table.objects.values()) {
    if (!object.stream || !isDict(object.value)) continue;
    const dict = object.value;
    const type = nameOf(dict.get('Type'));
    const subtype = nameOf(dict.get('Subtype'));
    if (type === 'ObjStm') continue;
    if (subtype === 'Image') {
      const pixels = times(numberOf(resolve(table, dict.get('Width'))), numberOf(resolve(table, dict.get('Height'))));
      if (pixels > limits.maxImagePixels)
        throw new Breach({ limit: 'maxImagePixels', actual: pixels, object: object.num });
      continue;
    }
    // Streams the scan cannot decrypt are ciphertext to it (xref streams excepted: never encrypted).
    if (blind && type !== 'XRef') continue;
    if (subtype === 'Form' || contentStreams.has(object.num)) {
      const counter = new ContentCounter();
      await decodeObject(object, dict, (chunk) => counter.feed(chunk));
      costs.set(object.num, counter.finish());
    } else await decodeObject(object, dict);
  }

  const largest: Expanded = { contentBytes: 0, operators: 0, textRuns: 0, glyphBytes: 0, depth: 0, formDepth: 0 };
  const drawn = { operators: 0, contentBytes: 0 };
  if (tree && !blind) {
    const costing: Costing = { table, costs, forms: new Map(), drawing: new Set(), limits, page: 0 };
    const pageCosts = new Map<number, Expanded>();
    tree.pages.forEach((page, i) => {
      costing.page = i + 1;
      const own = contentRefs(table, page.dict).map((ref) => costs.get(ref));
      const cost = expandContent(costing, own, page.resources);
      // Annotations' appearances are drawn with the page (pdf.js' operator list includes them).
      for (const ref of appearanceRefs(table, page.dict)) {
        const form = formCost(costing, ref, page.resources);
        if (form) addDrawn(cost, form, 1, 0);
      }
      check(cost, limits, costing.page);
      pageCosts.set(page.num, cost);
      for (const key of Object.keys(largest) as (keyof Expanded)[]) largest[key] = Math.max(largest[key], cost[key]);
    });
    if (tree.count - tree.pages.length > limits.maxRepeatedPages)
      throw new Breach({ limit: 'maxRepeatedPages', actual: tree.count, distinct: tree.pages.length });
    // Every page as often as the tree lists it, every stream as often as it is drawn: what pdf.js will
    // parse, against what a file of this size may ask for (a small file that draws one stream on every
    // page, or a form a thousand times, is the amplification this stops).
    drawn.operators = tree.total((num) => pageCosts.get(num)?.operators ?? 0);
    drawn.contentBytes = tree.total((num) => pageCosts.get(num)?.contentBytes ?? 0);
    const operators = documentBound(limits.maxOperatorsPerDocument, bytes.length);
    if (drawn.operators > operators)
      throw new Breach({ limit: 'maxOperatorsPerDocument', actual: drawn.operators, bound: operators });
    const contentBytes = documentBound(limits.maxContentBytesPerDocument, bytes.length);
    if (drawn.contentBytes > contentBytes)
      throw new Breach({ limit: 'maxContentBytesPerDocument', actual: drawn.contentBytes, bound: contentBytes });
  }
  return {
    pages: tree?.count ?? 0,
    streams,
    inflatedBytes: inflated,
    encrypted,
    blind,
    pageTree: tree !== undefined,
    largestPage: largest,
    drawn,
  };
}

function check(cost: Expanded, limits: ReadLimits, page: number): void {
  if (cost.depth > limits.maxNestingDepth) throw new Breach({ limit: 'maxNestingDepth', actual: cost.depth, page });
  if (cost.textRuns > limits.maxTextRunsPerPage)
    throw new Breach({ limit: 'maxTextRunsPerPage', actual: cost.textRuns, page });
  if (cost.glyphBytes > limits.maxGlyphBytesPerPage)
    throw new Breach({ limit: 'maxGlyphBytesPerPage', actual: cost.glyphBytes, page });
  if (cost.operators > limits.maxOperatorsPerPage)
    throw new Breach({ limit: 'maxOperatorsPerPage', actual: cost.operators, page });
}

/** What costing a page needs: the streams' own costs, the forms costed so far, the forms being expanded. */
interface Costing {
  table: ObjectTable;
  costs: Map<number, ContentCost>;
  forms: Map<number, Expanded>;
  drawing: Set<number>;
  limits: ReadLimits;
  /** The page being costed (1-based, for the reason). */
  page: number;
}

/**
 * A content's cost with every form it draws expanded, as often as it draws it. A form's own cost is
 * computed once; `drawing` holds the forms being expanded, so that a form drawing itself is seen, and
 * nesting deeper than maxFormDepth stops.
 */
function expandContent(
  c: Costing,
  parts: readonly (ContentCost | undefined)[],
  resources: PdfDict | undefined,
): Expanded {
  const out: Expanded = { contentBytes: 0, operators: 0, textRuns: 0, glyphBytes: 0, depth: 0, formDepth: 0 };
  const xobjects = resolve(c.table, resources?.get('XObject'));
  for (const part of parts) {
    if (!part) continue;
    out.contentBytes = add(out.contentBytes, part.bytes);
    out.operators = add(out.operators, part.operators);
    out.textRuns = add(out.textRuns, part.textRuns);
    out.glyphBytes = add(out.glyphBytes, part.glyphBytes);
    out.depth = Math.max(out.depth, part.maxDepth);
    if (!isDict(xobjects)) continue;
    for (const [name, draw] of part.draws) {
      const ref = xobjects.get(name);
      if (!isRef(ref)) continue;
      const form = formCost(c, ref.ref, resources);
      if (form) addDrawn(out, form, draw.times, draw.depth);
    }
  }
  return out;
}

/** A form drawn `count` times at graphics-state depth `depth`, added to what draws it. */
function addDrawn(out: Expanded, form: Expanded, count: number, depth: number): void {
  out.contentBytes = add(out.contentBytes, times(count, form.contentBytes));
  out.operators = add(out.operators, times(count, form.operators));
  out.textRuns = add(out.textRuns, times(count, form.textRuns));
  out.glyphBytes = add(out.glyphBytes, times(count, form.glyphBytes));
  // Drawing a form saves the graphics state (pdf.js: paintFormXObjectBegin).
  out.depth = Math.max(out.depth, depth + 1 + form.depth);
  out.formDepth = Math.max(out.formDepth, form.formDepth + 1);
}

/** The normal appearance streams of a page's annotations (/Annots → /AP → /N, a stream or one per state). */
function appearanceRefs(table: ObjectTable, page: PdfDict): number[] {
  const annots = resolve(table, page.get('Annots'));
  if (!Array.isArray(annots)) return [];
  const out: number[] = [];
  for (const a of annots.slice(0, 10_000)) {
    const annot = resolve(table, a);
    const ap = isDict(annot) ? resolve(table, annot.get('AP')) : undefined;
    const normal = isDict(ap) ? ap.get('N') : undefined;
    if (isRef(normal)) out.push(normal.ref);
    else {
      const states = resolve(table, normal);
      if (isDict(states)) for (const v of states.values()) if (isRef(v)) out.push(v.ref);
    }
  }
  return out;
}

function formCost(c: Costing, num: number, callerResources: PdfDict | undefined): Expanded | undefined {
  const known = c.forms.get(num);
  if (known) return known;
  const object = c.table.objects.get(num);
  if (!object?.stream || !isDict(object.value) || nameOf(object.value.get('Subtype')) !== 'Form') return undefined;
  if (c.drawing.has(num)) throw new Breach({ limit: 'maxFormDepth', page: c.page, cycle: true });
  if (c.drawing.size >= c.limits.maxFormDepth) throw new Breach({ limit: 'maxFormDepth', page: c.page });
  const own = resolve(c.table, object.value.get('Resources'));
  c.drawing.add(num);
  const cost = expandContent(c, [c.costs.get(num)], isDict(own) ? own : callerResources);
  c.drawing.delete(num);
  c.forms.set(num, cost);
  return cost;
}

interface PageNode {
  num: number;
  dict: PdfDict;
  resources: PdfDict | undefined;
}

interface PageTree {
  /** Each page once, in the order the tree first lists it. */
  pages: PageNode[];
  /** Pages as readers count them: a subtree listed twice counts twice. */
  count: number;
  /** The sum of a per-page figure over the tree, each page as often as it is listed. */
  total(figure: (num: number) => number): number;
}

/**
 * The document's pages, walked from the catalog: a node listed among its own descendants is a loop; a
 * node listed twice (a shared subtree) counts its pages twice, as readers do, but is walked once.
 * Undefined when there is no page tree to follow.
 */
function pageTree(table: ObjectTable, limits: ReadLimits): PageTree | undefined {
  let catalog = resolve(table, table.trailer?.get('Root'));
  if (!isDict(catalog))
    catalog = [...table.objects.values()].find(
      (o) => isDict(o.value) && nameOf(o.value.get('Type')) === 'Catalog',
    )?.value;
  if (!isDict(catalog)) return undefined;
  const root = catalog.get('Pages');
  if (!isRef(root)) return undefined;

  /** Pages nodes walked: their kids (object numbers) and how many pages they hold. */
  const nodes = new Map<number, { kids: number[]; count: number }>();
  const pages = new Map<number, PageNode>();
  const walk = (num: number, ancestors: Set<number>, inherited: PdfDict | undefined): number => {
    if (ancestors.has(num)) throw new InputError('malformed', undefined, { reason: PAGE_TREE_LOOP });
    if (ancestors.size > limits.maxObjectDepth) throw new Breach({ limit: 'maxObjectDepth' });
    const known = nodes.get(num);
    if (known) return known.count;
    const node = table.objects.get(num)?.value;
    if (!isDict(node)) return 0;
    const own = resolve(table, node.get('Resources'));
    const resources = isDict(own) ? own : inherited;
    const kids = resolve(table, node.get('Kids'));
    if (!Array.isArray(kids) || nameOf(node.get('Type')) === 'Page') {
      if (!pages.has(num)) pages.set(num, { num, dict: node, resources });
      return 1;
    }
    ancestors.add(num);
    const refs = kids.filter(isRef).map((k) => k.ref);
    let count = 0;
    // Counted to the end (each shared node once: cheap), so that the reason gives the true count.
    for (const kid of refs) count = add(count, walk(kid, ancestors, resources));
    ancestors.delete(num);
    nodes.set(num, { kids: refs, count });
    return count;
  };
  const count = walk(root.ref, new Set(), undefined);
  if (count > limits.maxPages) throw new Breach({ limit: 'maxPages', actual: count });
  return {
    pages: [...pages.values()],
    count,
    total(figure) {
      const sums = new Map<number, number>();
      const sum = (num: number): number => {
        const node = nodes.get(num);
        if (!node) return pages.has(num) ? figure(num) : 0;
        const known = sums.get(num);
        if (known !== undefined) return known;
        let total = 0;
        for (const kid of node.kids) total = add(total, sum(kid));
        sums.set(num, total);
        return total;
      };
      return sum(root.ref);
    },
  };
}

function contentRefs(table: ObjectTable, page: PdfDict): number[] {
  const contents = page.get('Contents');
  if (isRef(contents)) {
    const value = table.objects.get(contents.ref)?.value;
    // /Contents 5 0 R may point at an array of streams.
    if (Array.isArray(value)) return value.filter(isRef).map((r) => r.ref);
    return [contents.ref];
  }
  if (Array.isArray(contents)) return contents.filter(isRef).map((r) => r.ref);
  return [];
}

function filterNames(filter: PdfValue | undefined): string[] {
  if (Array.isArray(filter)) return filter.map((f) => nameOf(f) ?? '?');
  const name = nameOf(filter);
  return name ? [name] : [];
}

function numberOf(v: PdfValue | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
}
