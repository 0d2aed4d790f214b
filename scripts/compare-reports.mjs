#!/usr/bin/env node
/**
 * Compares `hezhang check --json` reports written before issue 11 (strings: message/messageEn,
 * formula/formulaEn, title/titleEn, Chinese-only reasons and problems, diagnostics with messages)
 * with reports of this build (one bilingual type `{zh, en}`, problems and diagnostics as codes with
 * parameters). Each new report is put back into the old shape — problems rendered with `problemText`
 * — and compared field by field. English the old reports did not have (reasons, some formulas,
 * tolerances) is counted, not compared.
 *
 *   node scripts/compare-reports.mjs OLD_DIR NEW_DIR   (files of the same name in both)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemText } from '../packages/core/dist/index.js';

const [oldDir, newDir] = process.argv.slice(2);
if (!oldDir || !newDir) {
  console.error('usage: compare-reports.mjs OLD_DIR NEW_DIR');
  process.exit(2);
}

let addedEnglish = 0;
const diffs = [];

function toOld(report, old) {
  const r = structuredClone(report);
  r.findings = r.findings.map((f, i) => {
    const o = old.findings[i] ?? {};
    const out = { ...f, message: f.message.zh, messageEn: f.message.en };
    if (f.formula) {
      out.formula = f.formula.zh;
      if (o.formulaEn !== undefined) out.formulaEn = f.formula.en;
      else if (f.formula.en !== f.formula.zh) addedEnglish++;
    }
    if (f.tolerance) {
      const joined = `${f.tolerance.zh} / ${f.tolerance.en}`;
      out.tolerance = o.tolerance === joined ? joined : f.tolerance.zh;
      if (o.tolerance !== joined) addedEnglish++;
    }
    return out;
  });
  r.checks = r.checks.map((c) => {
    const out = { ...c, title: c.title.zh, titleEn: c.title.en };
    if (c.reason) {
      out.reason = c.reason.zh;
      addedEnglish++;
    }
    return out;
  });
  const diagnostics = (list) =>
    list.map((d) => {
      const { params, ...rest } = d;
      const words = problemText(d);
      return { ...rest, message: words.zh, messageEn: words.en };
    });
  r.document.diagnostics = diagnostics(r.document.diagnostics);
  r.tables = r.tables.map((t) => ({
    ...t,
    problems: t.problems.map((p) => problemText(p).zh),
    ...(t.untrusted ? { untrusted: problemText(t.untrusted).zh } : {}),
  }));
  return r;
}

/** Key order aside, the same JSON. */
function same(a, b, path, out) {
  if (a === b) return;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    out.push(`${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`);
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) same(a[k], b[k], `${path}.${k}`, out);
}

let files = 0;
for (const file of readdirSync(oldDir).filter((f) => f.endsWith('.json'))) {
  const before = JSON.parse(readFileSync(join(oldDir, file), 'utf8'));
  const after = JSON.parse(readFileSync(join(newDir, file), 'utf8'));
  files++;
  const list = Array.isArray(before) ? before : [before];
  const now = Array.isArray(after) ? after : [after];
  if (list.length !== now.length) diffs.push(`${file}: ${list.length} reports ≠ ${now.length}`);
  list.forEach((old, i) => {
    const out = [];
    same(old, 'error' in (now[i] ?? {}) ? now[i] : toOld(now[i], old), `${file}[${i}]`, out);
    diffs.push(...out);
  });
}
for (const d of diffs.slice(0, 50)) console.log(d);
console.log(
  `${files} files compared: ${diffs.length} difference(s); ${addedEnglish} English text(s) the old reports lacked`,
);
process.exit(diffs.length > 0 ? 1 : 0);
