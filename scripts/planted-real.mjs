#!/usr/bin/env node
/**
 * Mistakes planted in real documents, one at a time: how many are found, and with how many findings.
 * Each PDF is read once; then, for a sample of its table amounts, one amount is misprinted (one digit
 * changed, as a typing slip does) and the document checked again. A planted mistake is *found* when the
 * check reports a finding above info that the unchanged document does not; its *findings* are how many
 * such findings it brings (a careful reviewer writes one or two, not a cascade). Amounts no identity
 * covers cannot be found by any check: they are counted apart (`uncovered`: no comparison that held
 * on the unchanged document used the cell). Amounts under 100 printed units are not planted: a slip
 * of 0.01 万元 is within the rounding of the sums they are in.
 *
 *   node scripts/planted-real.mjs [--per-doc N] [--list] [PDF…]   (default: the real PDFs the tests read)
 *
 * With --prose, amounts and percentages stated in the text are planted instead: one digit changed
 * in the page's text as the reader gave it, and the document read again from it — a real sentence
 * with one thing changed. Every stated amount is tried; one the checks never compare (a project's
 * amount, a count) is expected to go unfound: the misses are listed (--list) to be judged.
 *
 * Needs a built @hezhang/pdf and @hezhang/core (pnpm build). A maintainer's tool: figures, not a test.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkDocument, parsePositioned } from '../packages/core/dist/index.js';
import { extractPositioned } from '../packages/pdf/dist/node.js';
import { random } from '../packages/test-support/damage.mjs';
import { flag, option, files as pdfs } from './planted-args.mjs';

const perDoc = Number(option('--per-doc', '80'));
const list = flag('--list');
const prose = flag('--prose');
const files = pdfs();

/** One digit of the printed amount changed: the second significant one, up or down by one. */
function slip(value, step, up) {
  const printed = Math.round(value / step);
  const digits = String(Math.abs(printed));
  if (digits.length < 2) return (printed + (up ? 1 : -1)) * step;
  const place = 10 ** (digits.length - 2);
  const digit = Number(digits[1]);
  const delta = (up ? digit < 9 : digit === 0) ? place : -place;
  return (printed + Math.sign(printed) * delta) * step;
}

const above = (r) => r.findings.filter((f) => f.severity !== 'info');
/** A finding by its rule and places: one the plant only changed the amounts of is not new. */
const placeOf = (r) => [r.document, r.table, r.row, r.column, r.section, r.paragraph, r.start].join(':');
const key = (f) => `${f.rule}|${f.refs.map(placeOf).sort().join(' ')}`;
const worded = (f) => `${key(f)}|${f.message.zh}`;
/** A cell as the refs name it. */
const cellOf = (table, row, column) => `${table}|${row}|${column}`;

const totals = { planted: 0, found: 0, uncovered: 0, foundCovered: 0, findings: 0, cascades: 0 };
for (const file of files) {
  const positioned = await extractPositioned(new Uint8Array(readFileSync(file)));
  const name = basename(file);
  const doc = parsePositioned(positioned, { name });
  const base = checkDocument(doc, { passes: true });
  if (prose) {
    plantInProse(positioned, doc, new Set(above(base).map(key)), new Set(above(base).map(worded)), name);
    continue;
  }
  const before = new Set(above(base).map(key));
  // Cells some comparison used: those a held comparison names in its refs.
  const used = new Set();
  for (const p of base.passes ?? []) {
    for (const ref of p.refs ?? [])
      if (ref.table && ref.row && ref.column) used.add(cellOf(ref.table, ref.row, ref.column));
  }
  const cells = [];
  for (const [t, table] of doc.tables.entries()) {
    if (table.unreadable) continue;
    // Amounts are 分; a table prints 0.01 万元 (10,000 分) or whole 元 (100 分).
    const step = table.unit === '万元' ? 10_000 : 100;
    for (const [r, row] of table.rows.entries()) {
      for (const [column, value] of Object.entries(row.values)) {
        // A slip in an amount under 100 printed units is within the rounding of the sums it is in.
        if (value === null || Math.abs(value) < 100 * step) continue;
        cells.push({ t, r, column, value, step });
      }
    }
  }
  const next = random(cells.length * 7919 + basename(file).length);
  const chosen = [];
  const pool = cells.slice();
  while (chosen.length < perDoc && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
  const stats = { planted: 0, found: 0, uncovered: 0, foundCovered: 0, findings: 0, cascades: 0, rules: {} };
  const misses = [];
  for (const cell of chosen) {
    const table = doc.tables[cell.t];
    const row = table.rows[cell.r];
    const planted = slip(cell.value, cell.step, next() < 0.5);
    const copy = structuredClone(doc);
    copy.tables[cell.t].rows[cell.r].values[cell.column] = planted;
    const report = checkDocument(copy);
    const added = above(report).filter((f) => !before.has(key(f)));
    const covered = used.has(cellOf(table.kind, row.key, cell.column));
    stats.planted++;
    if (!covered) stats.uncovered++;
    if (added.length > 0) {
      stats.found++;
      if (covered) stats.foundCovered++;
      stats.findings += added.length;
      if (added.length > 2) stats.cascades++;
      for (const f of added) stats.rules[f.rule] = (stats.rules[f.rule] ?? 0) + 1;
    } else if (covered) misses.push(`${table.kind} ${row.key} ${cell.column}: ${cell.value / 100} → ${planted / 100}`);
    if (list && added.length > 2)
      console.log(`  cascade ${table.kind} ${row.key} ${cell.column}: ${added.map((f) => f.rule).join(', ')}`);
  }
  console.log(
    `${basename(file)}: planted ${stats.planted}, found ${stats.found} (covered ${stats.planted - stats.uncovered}, found ${stats.foundCovered}), findings per found ${(stats.findings / Math.max(1, stats.found)).toFixed(2)}, more than two ${stats.cascades}`,
  );
  if (list) for (const m of misses) console.log(`  missed ${m}`);
  for (const k of Object.keys(totals)) totals[k] += stats[k];
}
/** A printed amount with its second significant digit changed (one up, or down from 9): the same length. */
function slipText(text) {
  const digits = [...text].map((c, i) => (/[0-9]/.test(c) ? i : -1)).filter((i) => i >= 0);
  const first = digits.findIndex((i) => text[i] !== '0');
  const at = digits[first + 1];
  if (first < 0 || at === undefined) return undefined;
  const d = Number(text[at]);
  return `${text.slice(0, at)}${d === 9 ? 8 : d + 1}${text.slice(at + 1)}`;
}

/**
 * The printed lines of a document: per page, the runs of one baseline (within 2 pt) left to right, their
 * text joined, and for a character of it the run and the offset in the run that print it.
 */
function lines(positioned) {
  const out = [];
  for (const [p, page] of positioned.pages.entries()) {
    const rows = [];
    const order = page.items.map((item, i) => ({ item, i })).sort((a, b) => a.item.box[1] - b.item.box[1]);
    for (const run of order) {
      const row = rows.find((r) => Math.abs(r.y - run.item.box[1]) < 2);
      if (row) row.runs.push(run);
      else rows.push({ y: run.item.box[1], runs: [run] });
    }
    for (const row of rows) {
      row.runs.sort((a, b) => a.item.box[0] - b.item.box[0]);
      const starts = [];
      let text = '';
      for (const run of row.runs) {
        starts.push(text.length);
        text += run.item.text;
      }
      const at = (offset) => {
        let k = starts.length - 1;
        while (k > 0 && (starts[k] ?? 0) > offset) k--;
        return { i: row.runs[k].i, offset: offset - (starts[k] ?? 0) };
      };
      out.push({ p, text, at });
    }
  }
  return out;
}

function plantInProse(positioned, doc, before, words, name) {
  const stats = { planted: 0, found: 0, findings: 0, cascades: 0, unplaced: 0, already: 0 };
  const misses = [];
  const squeeze = (t) => t.replace(/\s+/g, '');
  const seen = new Set();
  // Each claim's amount, and the percentages it states (a change, a share, a completion rate).
  const figures = doc.claims.flatMap((claim) => [
    ...(claim.amount && claim.amount.fen !== 0 ? [{ claim, amount: claim.amount }] : []),
    ...[claim.change?.percent, claim.share?.percent, claim.execution?.completion]
      .filter((x) => x && x.value !== 0)
      .map((amount) => ({ claim, amount })),
  ]);
  const printed = lines(positioned);
  for (const { claim, amount } of figures) {
    if (seen.has(`${claim.text}|${amount.text}`)) continue;
    seen.add(`${claim.text}|${amount.text}`);
    const slipped = slipText(amount.text);
    if (!slipped) continue;
    // Where the amount is printed inside this sentence: a printed line (its runs, left to right) that
    // holds it, reading as the sentence does just before it. Only the changed digit's run is edited.
    const sentence = squeeze(claim.text);
    const digit = [...amount.text].findIndex((c, i) => c !== slipped[i]);
    const places = printed.flatMap(({ p, text, at }) => {
      const found = [];
      for (let from = text.indexOf(amount.text); from >= 0; from = text.indexOf(amount.text, from + 1)) {
        const lead = squeeze(text.slice(0, from)).slice(-6);
        if (lead.length >= 2 && sentence.includes(lead + squeeze(amount.text))) found.push({ p, ...at(from + digit) });
      }
      return found;
    });
    if (places.length !== 1) {
      stats.unplaced++;
      continue;
    }
    const [{ p, i, offset }] = places;
    const copy = structuredClone(positioned);
    const item = copy.pages[p].items[i];
    item.text = `${item.text.slice(0, offset)}${slipped[digit]}${item.text.slice(offset + 1)}`;
    const report = checkDocument(parsePositioned(copy, { name }));
    const added = above(report).filter((f) => !before.has(key(f)));
    // A statement already wrong, now wrong otherwise: its finding says so (found, not new).
    const reworded = above(report).filter((f) => before.has(key(f)) && !words.has(worded(f)));
    stats.planted++;
    if (added.length === 0 && reworded.length > 0) stats.already++;
    if (added.length > 0 || reworded.length > 0) {
      stats.found++;
      stats.findings += added.length;
      if (added.length > 2) stats.cascades++;
      if (list && added.length > 2)
        console.log(
          `  cascade “${claim.label}” ${amount.text} → ${slipped}: ${added.map((f) => `\n    ${f.severity} ${f.rule} ${f.message.zh.slice(0, 120)}`).join('')}`,
        );
    } else misses.push(`${claim.kind} “${claim.label}” ${amount.text} → ${slipped}: ${claim.text.slice(0, 60)}`);
  }
  console.log(
    `${name} (prose): planted ${stats.planted} (not placed ${stats.unplaced}), found ${stats.found} (in statements already reported ${stats.already}), findings per found ${(stats.findings / Math.max(1, stats.found)).toFixed(2)}, more than two ${stats.cascades}`,
  );
  if (list) for (const m of misses) console.log(`  missed ${m}`);
  totals.planted += stats.planted;
  totals.found += stats.found;
  totals.findings += stats.findings;
  totals.cascades += stats.cascades;
}

if (prose)
  console.log(
    `all (prose): planted ${totals.planted}, found ${totals.found}; findings per found ${(totals.findings / Math.max(1, totals.found)).toFixed(2)}; more than two findings ${totals.cascades}`,
  );
else
  console.log(
    `all: planted ${totals.planted}, found ${totals.found}; covered ${totals.planted - totals.uncovered}, of them found ${totals.foundCovered} (${((100 * totals.foundCovered) / Math.max(1, totals.planted - totals.uncovered)).toFixed(1)}%); findings per found ${(totals.findings / Math.max(1, totals.found)).toFixed(2)}; more than two findings ${totals.cascades}`,
  );
process.exit(0);
