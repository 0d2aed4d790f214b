#!/usr/bin/env node
/**
 * Mistakes of wording planted in real documents, one at a time: how many are found, and with how many
 * findings. The kinds are those the official inspection flags in the text of a document (domain.md,
 * "What the official inspection also flags"), each drawn from the document's own sentences:
 *
 *   reason     a reason that says nothing: what follows 主要原因是 becomes 无 / 略 / XX / nothing
 *   cut        a paragraph cut off inside a word, as a clipped text box prints it (no closing 。)
 *   stop       a paragraph's closing full stop dropped
 *   copied     a subject's description (主要用于…) copied from another subject line
 *   typo       a common word changed by a real confusion (事务→事物, 截至→截止, 账→帐, 拨款→拔款 …)
 *   year       a comparison with the wrong year (上年 minus one), or the budget year written as last year
 *   stale      a subject under its former name (卫生健康支出 → 医疗卫生与计划生育支出)
 *   doubled    a word printed twice (减少减少)
 *   template   a template leftover: 增加 → 增加（减少）, an amount → XX万元
 *
 * As scripts/planted-real.mjs --prose does, each PDF is read once; a plant changes the page's text as
 * the reader gave it and the document is read again from it. The edit is made in a paragraph's printed
 * characters and the paragraph reflows: every character keeps its place on the page, those after the
 * edit move along it, and the last line grows or shrinks — as the author's edit would print.
 *
 * A plant is *found* when the check reports a finding above info of a place no finding of its rule
 * spoke of in the unchanged document (a place after the edit, moved by it, is the same place); `by-rule`
 * counts those found by the rule the kind is expected of (EXPECTED), `info-only` the misses only an info
 * notes. Findings per found: a cascade is bad. `--list` lists the misses, the cascades (more than two
 * findings) and the plants found only by another rule.
 *
 *   node scripts/planted-words.mjs [--per-doc N] [--kind K] [--list] [PDF…]   (default: the real PDFs)
 *
 * Needs a built @hezhang/pdf and @hezhang/core (pnpm build). A maintainer's tool: figures, not a test.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkDocument, parsePositioned, staleNames } from '../packages/core/dist/index.js';
import { extractPositioned } from '../packages/pdf/dist/node.js';
import { flag, option, files as pdfs } from './planted-args.mjs';

const perDoc = Number(option('--per-doc', '6'));
const only = option('--kind', undefined);
const list = flag('--list');
const files = pdfs();

const above = (r) => r.findings.filter((f) => f.severity !== 'info');
const infos = (r) => r.findings.filter((f) => f.severity === 'info');

/** The rules each kind is expected of. */
const EXPECTED = {
  reason: ['document.incomplete', 'document.leftovers'],
  cut: ['document.incomplete'],
  stop: ['document.full_stops', 'document.incomplete'],
  copied: ['prose.subject_descriptions'],
  typo: ['document.typos'],
  year: ['document.years', 'document.own_years'],
  stale: ['classification.stale_names'],
  doubled: ['document.leftovers'],
  template: ['document.leftovers'],
};

/**
 * Confusions a typist or an input method really makes, the right word first: same sound (事务/事物,
 * 截至/截止, 账/帐, 部门/部们) and look-alike characters (拨/拔, 算/箅, 采/釆, 费/废, 出/岀).
 */
const CONFUSIONS = [
  ['事务', '事物'],
  ['截至', '截止'],
  ['账', '帐'],
  ['拨款', '拔款'],
  ['预算', '预箅'],
  ['采购', '釆购'],
  ['经费', '经废'],
  ['支出', '支岀'],
  ['部门', '部们'],
];

/** Words whose first character alone ends a cut-off clause: the cut falls inside them. */
const CUT_WORDS = [
  '经费',
  '预算',
  '支出',
  '项目',
  '管理',
  '财政',
  '基本',
  '执行',
  '单位',
  '保障',
  '运行',
  '资金',
  '工作',
];

const PROSE = new Set(['functions', 'organization', 'explanation', 'other', 'unknown']);

/** Up to `n` of `xs`, spread evenly over them (deterministic). */
function spread(xs, n) {
  if (xs.length <= n) return xs;
  const out = [];
  for (let k = 0; k < n; k++) out.push(xs[Math.floor(((k + 0.5) * xs.length) / n)]);
  return out;
}

const isSpace = (c) => /\s/u.test(c);

/**
 * The printed characters of a paragraph: for each character of its text that is not a space, the run
 * (page index, item index) and offset that print it. Undefined when the runs on the paragraph's lines do
 * not print its text character for character.
 */
function slotsOf(positioned, paragraph) {
  if (!paragraph.pieces?.length) return undefined;
  const slots = [];
  for (const piece of paragraph.pieces) {
    const p = positioned.pages.findIndex((pg) => pg.page === piece.page);
    if (p < 0) return undefined;
    const [x0, y0, x1, y1] = piece.box;
    const runs = positioned.pages[p].items
      .map((item, i) => ({ item, i }))
      .filter(({ item }) => {
        const cy = (item.box[1] + item.box[3]) / 2;
        return cy >= y0 - 0.5 && cy <= y1 + 0.5 && item.box[0] < x1 - 0.5 && item.box[2] > x0 + 0.5;
      })
      .sort((a, b) => a.item.box[0] - b.item.box[0]);
    const want = [...paragraph.text.slice(piece.start, piece.end)].filter((c) => !isSpace(c)).length;
    let got = 0;
    const here = [];
    for (const { item, i } of runs)
      for (let k = 0; k < item.text.length; k++) {
        if (isSpace(item.text[k])) continue;
        got++;
        here.push({ p, i, k });
      }
    if (got !== want) return undefined;
    slots.push(...here);
  }
  const chars = [...paragraph.text].filter((c) => !isSpace(c)).length;
  return slots.length === chars ? slots : undefined;
}

/** Non-space characters of `text` before `at`. */
const squeezedAt = (text, at) => [...text.slice(0, at)].filter((c) => !isSpace(c)).length;

/**
 * The document's runs with one paragraph edited: [start, end) of its text replaced by `insert`. The
 * characters after the edit move along the paragraph's printed places; the last run grows or shrinks.
 */
function edited(positioned, paragraph, slots, start, end, insert, clippedToo) {
  const a = squeezedAt(paragraph.text, start);
  const b = squeezedAt(paragraph.text, end);
  const ins = [...insert].filter((c) => !isSpace(c));
  const copy = structuredClone(positioned);
  const source = slots.map((s) => positioned.pages[s.p].items[s.i].text[s.k]);
  const next = [...source.slice(0, a), ...ins, ...source.slice(b)];
  // Each run's characters as arrays, so that a slot's character can be set.
  const texts = new Map();
  const chars = (s) => {
    const id = `${s.p}:${s.i}`;
    if (!texts.has(id)) texts.set(id, { s, chars: [...copy.pages[s.p].items[s.i].text] });
    return texts.get(id).chars;
  };
  const shared = Math.min(next.length, slots.length);
  for (let j = a; j < shared; j++) chars(slots[j])[slots[j].k] = next[j];
  // Fewer characters: the last slots printed nothing (their characters dropped).
  const drop = new Set();
  for (let j = shared; j < slots.length; j++) {
    chars(slots[j])[slots[j].k] = undefined;
    drop.add(`${slots[j].p}:${slots[j].i}`);
  }
  // More characters: appended to the last run at its own pitch.
  const last = slots.at(-1);
  const extra = next.slice(shared);
  for (const [id, { s, chars: cs }] of texts) {
    const item = copy.pages[s.p].items[s.i];
    const kept = [];
    const edges = [];
    for (let k = 0; k < cs.length; k++) {
      if (cs[k] === undefined) continue;
      kept.push(cs[k]);
      if (item.edges) edges.push(item.edges[k]);
    }
    if (item.edges) edges.push(kept.length === cs.length ? item.edges[cs.length] : item.edges[kept.length]);
    let text = kept.join('');
    if (last && id === `${last.p}:${last.i}` && extra.length > 0) {
      const pitch = (item.box[2] - item.box[0]) / Math.max(1, item.text.length);
      for (const c of extra) {
        text += c;
        if (item.edges) edges.push((edges.at(-1) ?? item.box[2]) + pitch);
      }
      item.box = [item.box[0], item.box[1], item.box[2] + pitch * extra.length, item.box[3]];
    }
    if (item.edges) {
      // Dropped characters at a run's end: its edges and box end where its last character does.
      if (drop.has(id) && edges.length === text.length + 1) {
        item.box = [item.box[0], item.box[1], edges.at(-1), item.box[3]];
      }
      item.edges = edges.length === text.length + 1 ? edges : undefined;
      if (!item.edges) delete item.edges;
    } else if (drop.has(id) && item.text.length > 0) {
      item.box = [
        item.box[0],
        item.box[1],
        item.box[0] + ((item.box[2] - item.box[0]) * text.length) / item.text.length,
        item.box[3],
      ];
    }
    item.text = text;
  }
  for (const page of copy.pages) page.items = page.items.filter((item) => item.text.length > 0);
  // A text box the PDF also draws clipped (a copy of the paragraph outside the clip area) is the same
  // words: edited alike, where its line holds the edit with the words around it.
  if (clippedToo) {
    const old = source.filter((c) => !isSpace(c));
    const left = old.slice(Math.max(0, a - 5), a).join('');
    const mid = old.slice(a, b).join('');
    const right = old.slice(b, b + 5).join('');
    const pairs = [
      [left + mid + right, left + ins.join('') + right],
      [left + mid, left + ins.join('')],
      [mid + right, ins.join('') + right],
    ].filter(([from]) => from.length >= 8);
    const pages = new Set(paragraph.pieces.flatMap((piece) => [piece.page - 1, piece.page, piece.page + 1]));
    for (const page of copy.pages.filter((pg) => pages.has(pg.page)))
      for (const item of page.clipped ?? []) {
        const pair = pairs.find(([from]) => item.text.includes(from));
        if (!pair) continue;
        item.text = item.text.replace(pair[0], pair[1]);
        delete item.edges;
      }
  }
  return copy;
}

/** Every paragraph of prose with where it stands. */
function proseParagraphs(doc) {
  const out = [];
  for (const [si, s] of doc.sections.entries()) {
    if (!PROSE.has(s.kind)) continue;
    for (const [pi, p] of s.paragraphs.entries()) out.push({ si, pi, p, kind: s.kind });
  }
  return out;
}

/** The plants of one kind for a document: { where, start, end, insert, label }. */
function plantsOf(kind, doc) {
  const paragraphs = proseParagraphs(doc);
  const year = doc.meta.year;
  const out = [];
  const each = (re, make) => {
    for (const where of paragraphs)
      for (const m of where.p.text.matchAll(re)) {
        const plant = make(m, where);
        if (plant) out.push({ where, ...plant });
      }
  };
  switch (kind) {
    case 'reason': {
      const says = ['无', '略', 'XX', ''];
      let n = 0;
      each(/(?:主要原因是|原因是)[:：]?(?<reason>[^。；]{2,})(?=[。；])/gu, (m) => {
        const start = (m.index ?? 0) + m[0].length - m.groups.reason.length;
        const insert = says[n++ % says.length];
        return { start, end: start + m.groups.reason.length, insert, label: `${m[0].slice(0, 30)} → ${insert || '∅'}` };
      });
      break;
    }
    case 'cut': {
      // The paragraph ends inside one of its words, half-way or later: the rest is not printed.
      for (const where of paragraphs) {
        const t = where.p.text;
        if (t.length < 30) continue;
        let best;
        for (const w of CUT_WORDS)
          for (let i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1))
            if (i > t.length / 2 && i < t.length - 4 && (!best || i < best)) best = i;
        if (best !== undefined)
          out.push({
            where,
            start: best + 1,
            end: t.length,
            insert: '',
            label: `…${t.slice(best - 15, best + 1)}|${t.slice(best + 1, best + 6)}…`,
          });
      }
      break;
    }
    case 'stop': {
      for (const where of paragraphs) {
        const t = where.p.text.trimEnd();
        if (t.length < 20 || !/[，,]/u.test(t) || !t.endsWith('。')) continue;
        if (/^(?:\d+\s|[（(]?[一二三四五六七八九十\d]+[)）、.．])/u.test(t)) continue;
        out.push({ where, start: t.length - 1, end: t.length, insert: '', label: `…${t.slice(-20)} → no 。` });
      }
      break;
    }
    case 'copied': {
      const clauses = [];
      each(/主要用于(?<what>[^。；]{4,60})(?=[。；])/gu, (m, where) => {
        // A template's placeholder is no description.
        if (/[XＸ]{2}/u.test(m.groups.what)) return undefined;
        clauses.push({ where, start: (m.index ?? 0) + 4, what: m.groups.what });
        return undefined;
      });
      for (const [k, b] of clauses.entries()) {
        // Another line's description: the next one in the document that says something else.
        const a = [...clauses.slice(k + 1), ...clauses.slice(0, k)].find(
          (c) => c.what !== b.what && !c.what.includes(b.what) && !b.what.includes(c.what),
        );
        if (!a) continue;
        out.push({
          where: b.where,
          start: b.start,
          end: b.start + b.what.length,
          insert: a.what,
          label: `主要用于${b.what.slice(0, 20)} → ${a.what.slice(0, 20)}`,
        });
      }
      break;
    }
    case 'typo': {
      // Each confusion in turn, so that every one is planted in a document that prints its word.
      for (const [right, wrong] of CONFUSIONS) {
        const here = [];
        for (const where of paragraphs)
          for (let i = where.p.text.indexOf(right); i >= 0; i = where.p.text.indexOf(right, i + 1))
            here.push({
              where,
              start: i,
              end: i + right.length,
              insert: wrong,
              label: `${right}→${wrong}: ${where.p.text.slice(Math.max(0, i - 10), i + 12)}`,
            });
        out.push(...spread(here, Math.max(1, Math.ceil(perDoc / 3))));
      }
      return out;
    }
    case 'year': {
      if (!year) return out;
      // A comparison with last year written with the year before it.
      each(new RegExp(`(?:比|与|较|同)\\s*(${year - 1})\\s*年`, 'gu'), (m) => {
        const start = (m.index ?? 0) + m[0].indexOf(String(year - 1));
        return { start, end: start + 4, insert: String(year - 2), label: `${m[0]} → ${year - 2}年` };
      });
      // The budget year written as last year, in a sentence that compares it with last year.
      each(new RegExp(`(${year})\\s*年[^。；]{2,60}?(?:比|与|较)\\s*${year - 1}\\s*年`, 'gu'), (m) => {
        const start = m.index ?? 0;
        return { start, end: start + 4, insert: String(year - 1), label: `${m[0].slice(0, 24)} → ${year - 1}年` };
      });
      break;
    }
    case 'stale': {
      if (!year) return out;
      const formers = staleNames(year).filter((s) => s.current.name.length >= 4);
      for (const s of formers)
        each(new RegExp(s.current.name, 'gu'), (m) => {
          const start = m.index ?? 0;
          return {
            start,
            end: start + s.current.name.length,
            insert: s.former.name,
            label: `${s.current.name} → ${s.former.name}`,
          };
        });
      break;
    }
    case 'doubled': {
      each(/(?:增加|减少|增长|下降|支出|项目|预算|经费)/gu, (m) => {
        const start = m.index ?? 0;
        return { start, end: start + 2, insert: `${m[0]}${m[0]}`, label: `${m[0]}${m[0]}` };
      });
      break;
    }
    case 'template': {
      let n = 0;
      each(/(?<word>增加|减少|增长|下降)(?![（(])|(?<amount>\d+(?:\.\d+)?)(?=\s*万元)/gu, (m) => {
        const start = m.index ?? 0;
        if (m.groups.word) {
          const other = { 增加: '减少', 减少: '增加', 增长: '下降', 下降: '增长' }[m.groups.word];
          if (n++ % 2) return undefined;
          return {
            start,
            end: start + 2,
            insert: `${m.groups.word}（${other}）`,
            label: `${m.groups.word}（${other}）`,
          };
        }
        if (n++ % 2) return undefined;
        return { start, end: start + m[0].length, insert: 'XX', label: `${m[0]}万元 → XX万元` };
      });
      break;
    }
  }
  return spread(out, perDoc);
}

/** A finding's places, each with its rule, those after the edit moved back by it. */
function placesOf(f, shift) {
  const places = f.refs.map((r) => {
    let start = r.start;
    if (shift && r.section === shift.si && r.paragraph === shift.pi && start !== undefined && start >= shift.after)
      start -= shift.delta;
    return `${f.rule}|${[r.document, r.table, r.row, r.column, r.section, r.paragraph, start].join(':')}`;
  });
  return places.length > 0 ? places : [`${f.rule}|`];
}

/**
 * The findings of `report` that say something of a place no finding of the same rule spoke of before:
 * a finding that lists places (one per leftover, per typo) and lost one to the plant is not new.
 */
function newOf(findings, before, shift) {
  return findings.filter((f) => placesOf(f, shift).some((p) => !before.has(p)));
}

const KINDS = Object.keys(EXPECTED).filter((k) => !only || only === k);
const totals = Object.fromEntries(
  KINDS.map((k) => [
    k,
    { planted: 0, unplaced: 0, found: 0, byRule: 0, info: 0, findings: 0, cascades: 0, misses: [] },
  ]),
);

for (const file of files) {
  const positioned = await extractPositioned(new Uint8Array(readFileSync(file)));
  const name = basename(file);
  const doc = parsePositioned(positioned, { name });
  const base = checkDocument(doc);
  const before = new Set(above(base).flatMap((f) => placesOf(f)));
  const beforeInfo = new Set(infos(base).flatMap((f) => placesOf(f)));
  const line = [];
  for (const kind of KINDS) {
    const t = totals[kind];
    let planted = 0;
    let found = 0;
    for (const plant of plantsOf(kind, doc)) {
      const { where, start, end, insert } = plant;
      const slots = slotsOf(positioned, where.p);
      if (!slots) {
        t.unplaced++;
        continue;
      }
      // A clipped text box's hidden copy is left as it was for a cut: it holds what the box does not show.
      const copy = edited(positioned, where.p, slots, start, end, insert, kind !== 'cut');
      const report = checkDocument(parsePositioned(copy, { name }));
      const shift = { si: where.si, pi: where.pi, after: end, delta: insert.length - (end - start) };
      const added = newOf(above(report), before, shift);
      const addedInfo = newOf(infos(report), beforeInfo, shift);
      planted++;
      t.planted++;
      if (added.length > 0) {
        found++;
        t.found++;
        t.findings += added.length;
        if (added.some((f) => EXPECTED[kind].includes(f.rule))) t.byRule++;
        if (added.length > 2) t.cascades++;
        if (list && (added.length > 2 || !added.some((f) => EXPECTED[kind].includes(f.rule))))
          console.log(
            `  ${added.length > 2 ? 'cascade' : 'other rule'} ${kind} ${name} ${plant.label}:${added.map((f) => `\n    ${f.severity} ${f.rule} ${f.message.zh.slice(0, 110)}`).join('')}`,
          );
      } else {
        if (addedInfo.length > 0) t.info++;
        const said = addedInfo.length > 0 ? ` [info: ${addedInfo.map((f) => f.rule).join(', ')}]` : '';
        t.misses.push(`${name} ${plant.label}${said}`);
      }
    }
    line.push(`${kind} ${found}/${planted}`);
  }
  console.log(`${name}: ${line.join(', ')}`);
}
console.log('kind       planted  found  by-rule  info-only  findings/found  >2  (not placed)');
for (const kind of KINDS) {
  const t = totals[kind];
  console.log(
    `${kind.padEnd(10)} ${String(t.planted).padStart(7)} ${String(t.found).padStart(6)} ${String(t.byRule).padStart(8)} ${String(t.info).padStart(10)} ${(t.findings / Math.max(1, t.found)).toFixed(2).padStart(15)} ${String(t.cascades).padStart(3)}  (${t.unplaced})`,
  );
  if (list) for (const m of t.misses) console.log(`  missed ${kind} ${m}`);
}
process.exit(0);
